// Test stand-in for the parent side of H5P's resizer protocol (h5p-php-library:
// js/h5p-resizer.js): answers
// `hello`, then sizes the iframe from `prepareResize` / `resize` messages.
(function () {
  function frameFor(source) {
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === source) return frame;
    }
    return null;
  }
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.context !== 'h5p') return;
    const frame = frameFor(event.source);
    if (!frame) return;
    const reply = (msg) => event.source.postMessage({ context: 'h5p', ...msg }, event.origin);
    if (data.action === 'hello') {
      frame.style.width = '100%';
      reply({ action: 'hello' });
    } else if (data.action === 'prepareResize') {
      if (frame.clientHeight !== data.scrollHeight) frame.style.height = `${data.clientHeight}px`;
      reply({ action: 'resizePrepared' });
    } else if (data.action === 'resize') {
      frame.style.height = `${data.scrollHeight}px`;
      window.lastH5pResize = data.scrollHeight;
    }
  });
  for (const frame of document.getElementsByTagName('iframe')) {
    frame.addEventListener('load', () => frame.contentWindow.postMessage({ context: 'h5p', action: 'ready' }, '*'));
  }
})();
