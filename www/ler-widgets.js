// ler-widgets.js: the one script a host page includes.
//
//   <script type="module" src="https://…/ler-widgets.js"></script>
//   <ler-module-viewer module="why-credentials"></ler-module-viewer>
//
// It loads the wasm once per page, shares one stylesheet among every widget, and gives each
// element its own shadow root so host CSS cannot reach inside. Options are the element's
// attributes; changing one re-renders the widget; removing the element unmounts it.
import init, { mount_widget } from './ler-www.js';

const here = new URL('.', import.meta.url);
const defaultCourse = new URL('content/course.json', here).href;
// The widgets' wasm starts when the first of their elements connects (a page with only the
// credential inspector never downloads it); `ready` stays awaitable as before.
let started = null;
const start = () => (started ??= init({ module_or_path: new URL('ler-www_bg.wasm', here) }));
const ready = { then: (ok, fail) => start().then(ok, fail) };
const sheet = fetch(new URL('ler-widgets.css', here))
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
  .then((css) => {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  })
  .catch(() => null); // fall back to a <link> per shadow root

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
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    let mount;
    let style;
    try {
      [mount, style] = await Promise.all([this.constructor.load(), sheet]);
    } catch (error) {
      showError(shadow, `The widgets could not start: ${error}`);
      return;
    }
    if (generation !== this.#generation || !this.isConnected) return;
    this.#unmount();
    if (style) {
      shadow.adoptedStyleSheets = [style];
      shadow.replaceChildren();
    } else {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL('ler-widgets.css', here).href;
      shadow.replaceChildren(link);
    }
    const root = document.createElement('div');
    root.className = 'ler-root';
    shadow.append(root);
    try {
      this.#handle = mount(this, root);
    } catch (error) {
      showError(shadow, `This widget stopped because of an internal error: ${error}`);
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

function showError(shadow, message) {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.textContent = message;
  shadow.replaceChildren(box);
}

for (const [kind, tag] of Object.entries(TAGS)) {
  if (kind !== 'credential-inspector' && !customElements.get(tag)) {
    customElements.define(tag, class extends LerWidget {
      // Resolves to a function that mounts this kind of widget.
      static load = () => start().then(() => (host, root) => mount_widget(kind, host, root, defaultCourse));
    });
  }
}

// The credential inspector is a bundle of its own (inspector/), imported the first time a
// <ler-credential-inspector> connects, so pages without one never download it.
let inspector = null;
const loadInspector = () => (inspector ??= import(new URL('inspector/ler-inspector.js', here).href)
  .then(async (m) => {
    await m.default({ module_or_path: new URL('inspector/ler-inspector_bg.wasm', here) });
    return m;
  }));

if (!customElements.get(TAGS['credential-inspector'])) {
  customElements.define(TAGS['credential-inspector'], class extends LerWidget {
    static load = () => loadInspector().then((m) => (host, root) => m.mount_inspector(host, root, here.href));
  });
}

export { ready };
