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
const ready = init({ module_or_path: new URL('ler-www_bg.wasm', here) });
const sheet = fetch(new URL('ler-widgets.css', here))
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
  .then((css) => {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  })
  .catch(() => null); // fall back to a <link> per shadow root

const OPTIONS = ['module', 'section', 'compact', 'objectives', 'src', 'list', 'readonly',
  'notes', 'focus', 'expanded', 'compare'];

class LerWidget extends HTMLElement {
  static observedAttributes = OPTIONS;
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
    let style;
    try {
      [, style] = await Promise.all([ready, sheet]);
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
      this.#handle = mount_widget(this.constructor.kind, this, root, defaultCourse);
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

const WIDGETS = {
  'ler-module-viewer': 'module-viewer',
  'ler-checklist': 'checklist',
  'ler-credential-explorer': 'credential-explorer',
};

for (const [tag, kind] of Object.entries(WIDGETS)) {
  if (!customElements.get(tag)) {
    customElements.define(tag, class extends LerWidget { static kind = kind; });
  }
}

export { ready };
