// The gallery's sample progress. Widgets keep progress in localStorage under
// ler-widgets/v1/<course>/<widget>/<id> (see widgets/src/store/); this script writes a
// known state for three modules before the widgets load, and puts back what was there
// before when the page is left, so a reviewer's own progress on the site is kept.
const here = new URL('.', import.meta.url);
const getJson = async (path) => {
  const r = await fetch(new URL(path, here));
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json();
};

const saved = new Map();
function put(key, value) {
  if (!saved.has(key)) saved.set(key, localStorage.getItem(key));
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, JSON.stringify(value));
}
addEventListener('pagehide', () => {
  for (const [key, old] of saved) {
    if (old === null) localStorage.removeItem(key);
    else localStorage.setItem(key, old);
  }
});

const checklistsOf = (m) => m.sections.filter((s) => s.kind.checklist).map((s) => s.kind.checklist);
const itemsOf = (list) => list.groups.flatMap((g) => g.items.map((i) => i.id));
const questionsOf = (s) => (s.kind.reflect ?? []).map((q) => q.id);

/** Writes module `m`'s state: 'empty', 'progress' or 'done'. */
function seed(courseId, m, state) {
  const key = (widget, id) => `ler-widgets/v1/${courseId}/${widget}/${id}`;
  const sections = m.sections.map((s) => s.id);
  const visited = { empty: [], progress: sections.slice(0, 3), done: sections }[state];
  put(key('viewer', m.id), visited.length ? { v: 1, s: visited, l: [visited[visited.length - 1]] } : null);
  let answered = 0;
  for (const s of m.sections.filter((x) => x.kind.reflect)) {
    const ids = questionsOf(s).filter(() => state === 'done' || (state === 'progress' && answered++ < 1));
    const t = Object.fromEntries(ids.map((id) => [id, 'A sample answer written for the gallery.']));
    put(key('reflections', s.id), ids.length ? { v: 1, t } : null);
  }
  for (const list of checklistsOf(m)) {
    const items = itemsOf(list);
    const done = { empty: [], progress: items.slice(0, 2), done: items }[state];
    put(key('checklist', list.id), done.length ? { v: 1, d: done } : null);
  }
}

try {
  const course = await getJson('content/course.json');
  const modules = await Promise.all(course.modules.map((m) => getJson(`content/modules/${m.id}.json`)));
  // Modules with a checklist, so each state shows on both the viewer and the checklist.
  const usable = modules.filter((m) => checklistsOf(m).length > 0);
  const states = ['empty', 'progress', 'done'];
  usable.slice(0, 3).forEach((m, i) => seed(course.id, m, states[i]));
  for (const el of document.querySelectorAll('[data-gallery-module]')) {
    const m = usable[Number(el.dataset.galleryModule)];
    if (m) el.setAttribute('module', m.id);
  }
} catch (e) {
  // Without the sample states the widgets still load and show their own errors.
  console.warn(`gallery: sample progress not set up (${e.message})`);
}
await import('./ler-widgets.js');
