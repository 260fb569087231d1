// The iframe pages' script: turns the page's query parameters into one widget element,
// and tells the host page how tall the content is, so the iframe needs no scrollbar.
//
// Height messages (they carry nothing but the height):
//   - Canvas: `lti.frameResize`, sent as a JSON string (Canvas and older LMS handlers parse
//     strings; current Canvas also accepts it).
//   - H5P's resizer (Moodle, WordPress): the hello / prepareResize / resize handshake.
//   - ler-resizer.js (any other host) listens for the same `lti.frameResize` message.
import { ATTRIBUTES } from '../ler-widgets.js';

const tag = document.documentElement.dataset.widget;
const params = new URLSearchParams(location.search);
// A page of one module or one checklist (embed/module-viewer/<module>.html,
// embed/checklist/<list>.html, written by the packager) holds its widget already, with the
// text pre-rendered inside; the query parameters then adjust it (`lang`, `section`, …), all
// but the module and the list it is the page of.
const written = document.querySelector(`#widget > ${tag}`);
const widget = written ?? document.createElement(tag);
const itsOwn = (name) => written && (name === 'module' || name === 'list');
for (const name of ATTRIBUTES) {
  if (params.has(name) && !itsOwn(name)) widget.setAttribute(name, params.get(name));
}
// A framed document is a page of its own: the widget's title is its h1, unless the page
// already has one (the inspector's) or the host asks for another level.
if (!params.has('heading-level') && !written?.hasAttribute('heading-level') && !document.querySelector('h1')) {
  widget.setAttribute('heading-level', '1');
}
if (!written) document.getElementById('widget').append(widget);

// The page's own words (an iframe page's heading and title) in the language asked for, when
// the page has them (`data-es`); the widget speaks it from its own catalogues.
const asked = params.get('lang')?.trim();
if (asked && asked.split(/[-_]/)[0].toLowerCase() === 'es') {
  for (const el of document.querySelectorAll('[data-es]')) el.textContent = el.dataset.es;
  if (document.querySelector('[data-es]')) document.documentElement.lang = asked;
}

if (window.parent !== window) {
  let h5pFriendly = false;
  let lastHeight = 0;

  const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

  const report = () => {
    const h = height();
    if (h === lastHeight) return;
    lastHeight = h;
    window.parent.postMessage(JSON.stringify({ subject: 'lti.frameResize', height: h }), '*');
    if (h5pFriendly) {
      window.parent.postMessage({ context: 'h5p', action: 'prepareResize',
        scrollHeight: h, clientHeight: document.documentElement.clientHeight }, '*');
    }
  };

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || data.context !== 'h5p') return;
    if (data.action === 'hello' || data.action === 'ready') {
      if (data.action === 'ready') {
        window.parent.postMessage({ context: 'h5p', action: 'hello' }, '*');
        return;
      }
      h5pFriendly = true;
      lastHeight = 0;
      report();
    } else if (data.action === 'resizePrepared') {
      window.parent.postMessage({ context: 'h5p', action: 'resize',
        scrollHeight: height() }, '*');
    } else if (data.action === 'resize') {
      lastHeight = 0;
      report();
    }
  });
  window.parent.postMessage({ context: 'h5p', action: 'hello' }, '*');

  new ResizeObserver(report).observe(document.documentElement);
  report();
}
