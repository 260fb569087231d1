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
// The bundles that have started: a widget of theirs draws itself at once.
const running = new Set();

// The glue and the wasm are requested at once (not the wasm after the glue has run), and
// the course files the widgets will ask for are already on their way (see `prefetch`).
const start = (bundle) => (started[bundle] ??= (async () => {
  const name = BUNDLES[bundle];
  const [glue, wasm] = await Promise.all([
    import(new URL(`${name}.js`, here).href),
    wasmSource(new URL(`${name}_bg.wasm`, here)),
  ]);
  await glue.default({ module_or_path: wasm });
  running.add(bundle);
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

// Text before the wasm on a host page. The site carries each module's and each checklist's
// text as a fragment, written by the packager from the compiled course
// (`prerendered/<kind>/<id>.html`): a viewer or a checklist of the course beside this
// script shows it in its shadow root while its bundle is on its way, and the widget takes
// its place once drawn, as on the pre-rendered pages (`takeOver`). Only the course beside
// the script: its origin is the one the wasm itself is trusted from; what a foreign `src`
// names is never shown as markup. Only with the options the fragments were written for
// (default heading level, first section open, interface not in Spanish): with another, the
// widget would draw something else in its place.
const FRAGMENT_ID = { 'module-viewer': 'module', checklist: 'list' };
const FRAGMENT_CHANGERS = ['src', 'section', 'compact', 'objectives', 'readonly', 'notes', 'heading-level', 'lms'];
// The language the widget will speak, as ler-i18n's `Lang::for_mount` finds it: the nearest
// `lang` declared for the element (the page's <html> is its ancestor).
const declaredLang = (host) => (host.closest('[lang]')?.getAttribute('lang') ?? '').trim().toLowerCase();
// Resolves to the address of `host`'s fragment, or to null. Only an id the site's list of
// fragments names is asked for: a wrong one is told in the widget, without a 404.
async function fragmentUrl(host, kind) {
  const id = host.getAttribute(FRAGMENT_ID[kind] ?? '')?.trim();
  if (!id || FRAGMENT_CHANGERS.some((name) => host.hasAttribute(name))) return null;
  if (/^es(-|$)/.test(declaredLang(host))) return null;
  const index = await keep(new URL('prerendered/index.json', here).href)
    .then((r) => (r.ok ? r.clone().json() : null)).catch(() => null);
  if (!Array.isArray(index?.[kind]) || !index[kind].includes(id)) return null;
  return new URL(`prerendered/${kind}/${encodeURIComponent(id)}.html`, here).href;
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
    // Settles once the fragment is shown, or is not to be: the text comes before the widget.
    const fragment = !prerendered && !shadow.firstChild ? this.#showFragment(shadow, generation) : null;
    let mount;
    let styles;
    try {
      [mount, styles] = await Promise.all([this.constructor.load(), sheetsFor(this.constructor.bundle())]);
    } catch (error) {
      // The pre-rendered text stays readable below the alert.
      await fragment;
      if (generation === this.#generation) showError(shadow, `The widgets could not start: ${error}`, textShown(shadow, prerendered));
      return;
    }
    await fragment;
    await turn(this);
    try {
      this.#mount(shadow, prerendered, generation, mount, styles);
    } finally {
      turnDone();
    }
  }

  #mount(shadow, prerendered, generation, mount, styles) {
    if (generation !== this.#generation || !this.isConnected) return;
    this.#unmount();
    const kept = textShown(shadow, prerendered);
    const slot = kept[0] ?? null;
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
    if (slot) takeOver(root, kept, prerendered ?? slot);
    try {
      this.#handle = mount(this, root);
    } catch (error) {
      showError(shadow, `This widget stopped because of an internal error: ${error}`, textShown(shadow, prerendered));
    }
  }

  // Shows the widget's fragment (see `fragmentUrl`) in its empty shadow root, styled as the
  // widget will be, unless the widget has drawn itself (or another render began) first.
  async #showFragment(shadow, generation) {
    // Never rejects: a fragment that cannot be shown only means the widget comes without it.
    const url = await this.constructor.fragment?.(this);
    if (!url) return;
    const [html, styles] = await Promise.all([
      keep(url).then((r) => (r.ok ? r.clone().text() : null), () => null),
      sheetsFor(this.constructor.bundle()),
    ]);
    if (!html || !styles || shadow.firstChild || generation !== this.#generation || !this.isConnected) return;
    shadow.adoptedStyleSheets = styles;
    shadow.innerHTML = html;
    const text = shadow.firstElementChild;
    if (!text?.classList.contains('ler-prerendered')) {
      shadow.replaceChildren();
      return;
    }
    // The widget speaks English where the page declares none or another language.
    if (!declaredLang(this).startsWith('en')) text.lang = 'en';
  }

  #unmount() {
    if (this.#handle) {
      try { this.#handle.unmount(); } catch { /* already gone */ }
      this.#handle.free?.();
      this.#handle = null;
    }
  }
}

// Mounting builds a widget's whole view in one go: fifty widgets started together would
// hold the main thread for a second, the page frozen until the last was drawn. Widgets
// whose bundle is ready wait their turn here instead and mount in slices of about
// `SLICE_MS`, so the page paints and answers input between slices (not between every two
// widgets: each frame lays the whole page out again). Next in line is the first waiting
// widget on screen, else the first that shows no text yet, else the first to connect: the
// widgets a learner sees come alive first, and none stays blank behind ones already
// readable.
const SLICE_MS = 50;
const waiting = [];
const onScreen = new Set();
const screenWatch = typeof IntersectionObserver === 'function'
  ? new IntersectionObserver((entries) => {
    for (const e of entries) (e.isIntersecting ? onScreen.add(e.target) : onScreen.delete(e.target));
  }, { rootMargin: '50%' })
  : null;
let sliceStart = null;
// Resolves when it is `host`'s turn to mount; `turnDone` must follow, whatever happens.
const turn = (host) => new Promise((resolve) => {
  waiting.push({ host, resolve });
  screenWatch?.observe(host);
  if (sliceStart === null) {
    sliceStart = 0;
    setTimeout(startSlice, 0);
  }
});
function startSlice() {
  sliceStart = performance.now();
  release();
}
function release() {
  const pick = (test) => waiting.findIndex((w) => test(w.host));
  const at = [pick((h) => onScreen.has(h)), pick((h) => !h.shadowRoot?.firstChild), 0].find((i) => i >= 0);
  const [{ host, resolve }] = waiting.splice(at, 1);
  screenWatch?.unobserve(host);
  onScreen.delete(host);
  resolve();
}
function turnDone() {
  if (!waiting.length) sliceStart = null;
  else if (performance.now() - sliceStart < SLICE_MS) release();
  else setTimeout(startSlice, 0);
}

// What of the pre-rendered text the shadow root shows: the slot of the element's child, or
// the fragment the loader put there.
const textShown = (shadow, prerendered) => {
  if (prerendered?.isConnected) return [shadow.querySelector('slot') ?? document.createElement('slot')];
  // (`:scope` matches nothing in a shadow root: its children are looked at instead.)
  const fragment = [...shadow.children].find((child) => child.classList.contains('ler-prerendered'));
  return fragment ? [fragment] : [];
};

function showError(shadow, message, kept) {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.textContent = message;
  shadow.replaceChildren(box, ...kept);
}

// The widget takes the place of its pre-rendered content (`text`: the element's child on
// the pages the packager writes, shown through a slot, or the fragment in its shadow root;
// the same elements and classes, so nothing moves) once it has drawn itself: until then it
// renders out of sight, and the learner reads the pre-rendered text. "Drawn" is the first
// moment the widget's root holds something and no loading line. If it drew an alert and
// not the counterpart of the pre-rendered content (the element of the same class: the
// course file could not be read, say), the alert goes above the text, which stays.
// `parts` are the nodes to remove then.
function takeOver(root, parts, text) {
  root.hidden = true;
  const counterpart = text.firstElementChild?.classList[0];
  const settle = () => {
    if (!root.firstElementChild || root.querySelector('.ler-loading')) return false;
    root.hidden = false;
    if (root.querySelector('.ler-alert') && !(counterpart && root.querySelector(`.${counterpart}`))) return true;
    for (const part of new Set([...parts, text])) part.remove();
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
      // Only while the bundle has not started: then the widget draws itself at once.
      static fragment = (host) => (kind in FRAGMENT_ID && !running.has(bundleOf(kind)) ? fragmentUrl(host, kind) : null);
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
