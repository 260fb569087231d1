// ler-widgets.js: the one script a host page includes.
//
//   <script type="module" src="https://…/ler-widgets.js"></script>
//   <ler-module-viewer module="why-credentials"></ler-module-viewer>
//
// It loads the wasm a page needs once, shares its stylesheets among every widget, and gives
// each element its own shadow root so host CSS cannot reach inside. Options are the
// element's attributes; changing one re-renders the widget; removing the element unmounts it.

const here = new URL('.', import.meta.url);
const defaultCourse = new URL('content/course.json', here).href;

// The wasm bundles, each started the first time one of its elements connects, so a page
// downloads only what it shows. `core` holds the module viewer and the checklist, which
// must share one instance (their progress store lives in its memory); `scorm` is `core`
// with the SCORM bridge, for a page whose viewer reports to an LMS (the packages' launch
// pages); `explorer` keeps no progress and comes alone; the credential inspector has its
// own (inspector/).
const BUNDLES = {
  core: 'ler-www', scorm: 'ler-scorm', explorer: 'ler-explorer', inspector: 'inspector/ler-inspector',
};
const bundleOf = (kind) => {
  if (kind === 'credential-explorer') return 'explorer';
  // Decided once per page: both core bundles together would split the store in two.
  return (coreBundle ??= reportsToLms() ? 'scorm' : 'core');
};
// As the viewer reads its boolean `lms` attribute: present, and not "false", "no" or "0".
const reportsToLms = () => [...document.querySelectorAll('ler-module-viewer[lms]')]
  .some((el) => !['false', 'no', '0'].includes(el.getAttribute('lms').trim().toLowerCase()));
let coreBundle = null;
const started = {};

// The glue and the wasm are requested at once (not the wasm after the glue has run), and
// the course files the widgets will ask for are already on their way (see `prefetch`).
const start = (bundle) => (started[bundle] ??= (async () => {
  const name = BUNDLES[bundle];
  const [glue, wasm] = await Promise.all([
    import(new URL(`${name}.js`, here).href),
    wasmSource(new URL(`${name}_bg.wasm`, here)),
  ]);
  await glue.default({ module_or_path: wasm });
  return glue;
})());

// Streaming compilation needs the `application/wasm` type; some hosts send .wasm as
// `application/octet-stream` (Moodle's pluginfile.php does). Compiled from the bytes
// instead, the widgets start the same, without the console warning wasm-bindgen prints
// when streaming fails.
async function wasmSource(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the server answered ${response.status} for ${url}`);
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/wasm' ? response : WebAssembly.compile(await response.arrayBuffer());
}

// The course files a widget will read, requested when its element connects instead of
// after the wasm has arrived and started, and shared by the bundles of a page (each wasm
// instance has its own file cache, so the page with a viewer and an explorer would
// otherwise fetch course.json twice). The widgets' fetch (crate ler-fetch) asks
// `window.lerWidgetsPrefetched(url)` before it asks the network: each caller gets its own
// copy of the response. A kept response is let go after a while, so a large one is not
// held for the life of the page; a later ask then fetches anew. The addresses are
// resolved as the widgets resolve them (`src` against the document, the module and the
// library beside the course index).
const KEEP_MS = 30_000;
const kept = new Map();
window.lerWidgetsPrefetched ??= (url) => kept.get(url)?.then((response) => response.clone());
function prefetch(host, kind) {
  const attribute = (name) => host.getAttribute(name)?.trim() || null;
  let course;
  try {
    const src = attribute('src');
    course = src ? new URL(src, document.baseURI).href : defaultCourse;
  } catch {
    return; // not a URL: the widget itself says so
  }
  const index = keep(course);
  const module = attribute('module');
  if ((kind === 'module-viewer' || kind === 'checklist') && module) {
    // Only a module the index lists, as the widget checks before it asks for one: a wrong
    // id is told in the widget, without a 404 in the console.
    index.then((r) => r.clone().json())
      .then((c) => c.modules?.some((m) => m.id === module) && keep(new URL(`modules/${module}.json`, course).href))
      .catch(() => {});
  }
  if (kind === 'credential-explorer') keep(new URL('library.json', course).href);
}

// Starts fetching `url` once per page and keeps the answer for a while (see above).
function keep(url) {
  if (!kept.has(url)) {
    const response = fetch(url);
    response.catch(() => {}); // a failure is the widget's to report, not an unhandled rejection
    kept.set(url, response);
    setTimeout(() => kept.delete(url), KEEP_MS);
  }
  return kept.get(url);
}

// Resolves once the core widgets (module viewer, checklist) have started; kept for pages
// that awaited it before the bundles were split.
const ready = { then: (ok, fail) => start(bundleOf('module-viewer')).then(ok, fail) };
// Every widget adopts the shared stylesheet, then its bundle's own, so a page downloads the
// rules of the widgets it shows. Each is fetched once per page, when the first widget that
// needs it connects. A page that links a stylesheet itself (the pre-rendered pages do, to
// style their text) has it loaded already when this module runs (stylesheets in the head
// block scripts): its rules are copied instead of fetching the file a second time.
const SHARED_SHEET = 'ler-widgets.css';
const SHEETS = {
  core: 'ler-core.css', scorm: 'ler-core.css', explorer: 'ler-explorer.css', inspector: 'ler-inspector.css',
};
const sheetUrls = (bundle) => [SHARED_SHEET, SHEETS[bundle]].map((file) => new URL(file, here).href);
const pageRules = (url) => {
  try {
    const linked = [...document.styleSheets].find((s) => s.href === url);
    return linked && [...linked.cssRules].map((rule) => rule.cssText).join('\n');
  } catch {
    return null; // not readable: fetched below
  }
};
const sheets = {};
// Resolves to the bundle's sheets, or to null: then each shadow root links the files.
const sheetsFor = (bundle) => Promise.all(sheetUrls(bundle).map((url) => (sheets[url] ??= Promise
  .resolve(pageRules(url) || fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`)))))
  .then((css) => {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  })
  .catch(() => null))))
  .then((list) => (list.every(Boolean) ? list : null));

// The one list of the widgets' option attributes (each widget reads its own, in Rust); the
// iframe pages (embed/embed.js) copy the query parameters of these names onto the element.
// `lms` is left out on purpose: a SCORM launch page writes it once, and the iframe pages
// never report to an LMS.
export const ATTRIBUTES = ['module', 'section', 'compact', 'objectives', 'src', 'list', 'readonly',
  'notes', 'focus', 'expanded', 'compare', 'module-href', 'explorer-href', 'samples',
  'heading-level', 'lang'];

// The one list of the widgets: element kind (also the name of its iframe page,
// embed/<kind>.html) → custom element tag.
export const TAGS = {
  'module-viewer': 'ler-module-viewer',
  checklist: 'ler-checklist',
  'credential-explorer': 'ler-credential-explorer',
  'credential-inspector': 'ler-credential-inspector',
};

class LerWidget extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #handle = null;
  #generation = 0;

  connectedCallback() { this.#render(); }

  disconnectedCallback() {
    this.#generation += 1;
    this.#unmount();
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && this.isConnected && this.#handle) this.#render();
  }

  async #render() {
    const generation = ++this.#generation;
    this.constructor.prefetch?.(this);
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // A page may carry the widget's content pre-rendered, as the element's child (see
    // `takeOver`): shown through a slot until the widget has drawn itself.
    const prerendered = this.querySelector(':scope > .ler-prerendered');
    if (prerendered && !shadow.firstChild) shadow.append(document.createElement('slot'));
    let mount;
    let styles;
    try {
      [mount, styles] = await Promise.all([this.constructor.load(), sheetsFor(this.constructor.bundle())]);
    } catch (error) {
      // The pre-rendered text stays readable below the alert.
      showError(shadow, `The widgets could not start: ${error}`, prerendered);
      return;
    }
    if (generation !== this.#generation || !this.isConnected) return;
    this.#unmount();
    const slot = prerendered?.isConnected ? shadow.querySelector('slot') : null;
    const kept = slot ? [slot] : [];
    if (styles) {
      shadow.adoptedStyleSheets = styles;
      shadow.replaceChildren(...kept);
    } else {
      const links = sheetUrls(this.constructor.bundle()).map((url) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = url;
        return link;
      });
      shadow.replaceChildren(...links, ...kept);
    }
    const root = document.createElement('div');
    root.className = 'ler-root';
    // Before the slot: an alert the widget draws instead of its content stands above the
    // pre-rendered text (see `takeOver`).
    shadow.insertBefore(root, slot);
    if (slot) takeOver(root, slot, prerendered);
    try {
      this.#handle = mount(this, root);
    } catch (error) {
      showError(shadow, `This widget stopped because of an internal error: ${error}`, slot && prerendered);
    }
  }

  #unmount() {
    if (this.#handle) {
      try { this.#handle.unmount(); } catch { /* already gone */ }
      this.#handle.free?.();
      this.#handle = null;
    }
  }
}

function showError(shadow, message, prerendered) {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.textContent = message;
  const slot = prerendered?.isConnected ? [document.createElement('slot')] : [];
  shadow.replaceChildren(box, ...slot);
}

// The widget takes the place of its pre-rendered content (the pages the packager writes:
// the same elements and classes, so nothing moves) once it has drawn itself: until then it
// renders out of sight, and the learner reads the pre-rendered text. "Drawn" is the first
// moment the widget's root holds something and no loading line. If it drew an alert and
// not the counterpart of the pre-rendered content (the element of the same class: the
// course file could not be read, say), the alert goes above the text, which stays.
function takeOver(root, slot, prerendered) {
  root.hidden = true;
  const counterpart = prerendered.firstElementChild?.classList[0];
  const settle = () => {
    if (!root.firstElementChild || root.querySelector('.ler-loading')) return false;
    root.hidden = false;
    if (root.querySelector('.ler-alert') && !(counterpart && root.querySelector(`.${counterpart}`))) return true;
    slot.remove();
    prerendered.remove();
    return true;
  };
  if (settle()) return;
  const watch = new MutationObserver(() => settle() && watch.disconnect());
  watch.observe(root, { childList: true, subtree: true });
}

for (const [kind, tag] of Object.entries(TAGS)) {
  if (kind !== 'credential-inspector' && !customElements.get(tag)) {
    customElements.define(tag, class extends LerWidget {
      static bundle = () => bundleOf(kind);
      // Resolves to a function that mounts this kind of widget.
      static load = () => start(bundleOf(kind))
        .then((glue) => (host, root) => glue.mount_widget(kind, host, root, defaultCourse));
      // Only while the bundle is not started yet: afterwards the widgets' own file cache
      // has what they read, and a file prefetched again would be fetched for nobody.
      static prefetch = (host) => started[bundleOf(kind)] || prefetch(host, kind);
    });
  }
}

// The credential inspector's bundle starts the first time a <ler-credential-inspector>
// connects, so pages without one never download it.

if (!customElements.get(TAGS['credential-inspector'])) {
  customElements.define(TAGS['credential-inspector'], class extends LerWidget {
    static bundle = () => 'inspector';
    static load = () => start('inspector').then((m) => (host, root) => m.mount_inspector(host, root, here.href));
  });
}

export { ready };
