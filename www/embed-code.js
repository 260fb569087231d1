// The embed-code generator: options → live preview + three snippets.
import { TAGS } from './ler-widgets.js';

const here = new URL('.', import.meta.url);
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const moduleSelect = document.getElementById('opt-module');
const listSelect = document.getElementById('opt-list');
const status = document.getElementById('copy-status');

const NAMES = { 'module-viewer': 'Module viewer', checklist: 'Checklist',
  'credential-explorer': 'Credential explorer', 'credential-inspector': 'Credential inspector' };

let course = { modules: [] };
const moduleFiles = new Map();

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  .replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function options() {
  const data = new FormData(form);
  const widget = data.get('widget');
  const opts = {};
  const applies = (name) => {
    const holder = form.querySelector(`[name="${name}"]`)?.closest('[data-for]');
    return !holder || holder.dataset.for.split(' ').includes(widget);
  };
  for (const [name, value] of data.entries()) {
    if (name === 'widget' || !applies(name)) continue;
    const input = form.querySelector(`[name="${name}"]`);
    if (input.type === 'checkbox') opts[name] = input.value === 'on' ? '' : value;
    else if (value) opts[name] = value;
  }
  return { widget, opts };
}

function titleFor(widget, opts) {
  const module = course.modules.find((m) => m.id === opts.module);
  return module && (widget === 'module-viewer' || widget === 'checklist')
    ? `${NAMES[widget]}: ${module.title}` : `${NAMES[widget]}: From Records to Recognition`;
}

function render() {
  const { widget, opts } = options();
  for (const el of form.querySelectorAll('[data-for]')) {
    el.hidden = !el.dataset.for.split(' ').includes(widget);
  }
  const tag = TAGS[widget];
  const attrs = Object.entries(opts)
    .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`)).join('');
  // A module viewer frames the page of its module and a checklist the page of its list,
  // which hold their text before the widgets start (embed/module-viewer/<module>.html,
  // embed/checklist/<list>.html); the explorer, the one page of its kind with its options
  // in the query.
  const own = widget === 'module-viewer' ? opts.module : widget === 'checklist' ? opts.list : '';
  const query = new URLSearchParams(Object.entries(opts)
    .filter(([k]) => !(own && (k === 'module' || k === 'list')))
    .map(([k, v]) => [k, v === '' ? 'true' : v]));
  const page = own ? `embed/${widget}/${encodeURIComponent(own)}.html` : `embed/${widget}.html`;
  const frameUrl = new URL(`${page}${query.size ? `?${query}` : ''}`, here).href;
  const title = escapeHtml(titleFor(widget, opts));
  const iframe = `<iframe src="${escapeHtml(frameUrl)}" title="${title}" width="100%" height="600" loading="lazy" style="border: 0; width: 100%;"></iframe>`;
  document.getElementById('code-script').textContent =
    `<script type="module" src="${new URL('ler-widgets.js', here).href}"></script>\n<${tag}${attrs}></${tag}>`;
  document.getElementById('code-iframe').textContent = iframe;
  document.getElementById('code-moodle').textContent =
    `${iframe}\n<script src="${new URL('ler-resizer.js', here).href}" defer></script>`;
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(opts)) el.setAttribute(k, v);
  preview.replaceChildren(el);
}

async function moduleFile(id) {
  if (!moduleFiles.has(id)) {
    moduleFiles.set(id, fetch(new URL(`content/modules/${id}.json`, here)).then((r) => r.json()));
  }
  return moduleFiles.get(id);
}

async function fillLists() {
  const module = await moduleFile(moduleSelect.value);
  const lists = module.sections.filter((s) => s.kind.checklist).map((s) => s.kind.checklist);
  listSelect.replaceChildren(...lists.map((l) => new Option(l.title, l.id)));
}

form.addEventListener('change', async (event) => {
  if (event.target === moduleSelect) await fillLists();
  render();
});

document.addEventListener('click', async (event) => {
  const id = event.target.dataset?.copy;
  if (!id) return;
  try {
    await navigator.clipboard.writeText(document.getElementById(id).textContent);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copying was blocked; select the code and copy it by hand.';
  }
});

fetch(new URL('content/course.json', here))
  .then((r) => r.json())
  .then(async (c) => {
    course = c;
    moduleSelect.replaceChildren(...c.modules.map((m) => new Option(`${m.order}. ${m.title}`, m.id)));
    await fillLists();
    render();
  })
  .catch(() => { status.textContent = 'The course could not be loaded.'; render(); });
