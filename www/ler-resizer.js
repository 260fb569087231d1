// ler-resizer.js: for host pages that do not size a pasted iframe themselves (a Moodle Page,
// most sites; Canvas does). Include it once on the page that holds ler-widgets iframes:
//   <script src="https://your.host/ler-widgets/ler-resizer.js" defer></script>
// It sets each iframe's height from the `lti.frameResize` messages the iframe pages send.
(function () {
  if (window.lerResizer) return;
  window.lerResizer = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (typeof data === 'string') {
      try { data = JSON.parse(data); } catch (e) { return; }
    }
    if (!data || data.subject !== 'lti.frameResize') return;
    var height = Math.max(1, Math.round(Number(data.height) || 0));
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        return;
      }
    }
  });
})();
