// Test stand-in for Canvas's handling of `lti.frameResize` (canvas-lms:
// ui/shared/lti/jquery/messages.ts and subjects/lti.frameResize.ts; documented in
// doc/api/lti_window_post_message.md): the message may be an object or a JSON string; Canvas finds the iframe
// whose contentWindow sent it and sets its height attribute and style height.
window.addEventListener('message', (event) => {
  let data = event.data;
  if (typeof data === 'string') {
    try { data = JSON.parse(data); } catch { return; }
  }
  const subject = data && (data.subject || data.messageType);
  if (subject !== 'lti.frameResize') return;
  let height = Number(data.height);
  if (!(height > 0)) height = 1;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.height = String(height);
      frame.style.height = `${height}px`;
      window.lastFrameResize = height;
    }
  }
});
