// The host pages the benchmarks generate: custom elements on a plain page that loads
// `ler-widgets.js` from the folder above, as a host site does. Shared by bench.mjs (time to
// first widget, memory) and page-speed.mjs (the throttled comparison with the H5P peer).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The compiled modules in `dist` (their JSON), in file-name order. */
export function readModules(dist) {
  return readdirSync(join(dist, 'content/modules')).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(dist, 'content/modules', f), 'utf8')));
}

/** Every checklist of the course: { module, list, title }. */
export function readChecklists(modules) {
  return modules.flatMap((m) => m.sections.filter((s) => s.kind?.checklist)
    .map((s) => ({ module: m.id, list: s.kind.checklist.id, title: s.kind.checklist.title })));
}

export const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="../ler-widgets.js"></script></head><body>
${body}
</body></html>\n`;
export const viewerTag = (m) => `<ler-module-viewer module="${m}"></ler-module-viewer>`;
export const checklistTag = (c) => `<ler-checklist module="${c.module}" list="${c.list}"></ler-checklist>`;
export const explorerTag = '<ler-credential-explorer></ler-credential-explorer>';
/** The kinds of the 50-widget page, each also written alone: file suffix → tag. */
export const MIXED_KINDS = { viewers: 'ler-module-viewer', checklists: 'ler-checklist', explorers: 'ler-credential-explorer' };

/**
 * Writes the generated pages into `dir` (served as `bench/` beside dist/'s files):
 * viewer.html, checklist.html, viewer-checklist.html, all-three.html, mixed-50.html and, to
 * say where the 50-widget page's time goes, each kind of its widgets alone
 * (mixed-50-<kind>.html). Returns what they hold.
 */
export function writeBenchPages(dist, dir) {
  mkdirSync(dir, { recursive: true });
  const modules = readModules(dist);
  const checklists = readChecklists(modules);
  const viewerModule = 'why-credentials';
  const checklist = checklists.find((c) => c.module === 'record-integrity') ?? checklists[0];
  writeFileSync(join(dir, 'checklist.html'), page(checklistTag(checklist)));
  writeFileSync(join(dir, 'viewer.html'), page(viewerTag(viewerModule)));
  writeFileSync(join(dir, 'viewer-checklist.html'), page(`${viewerTag(viewerModule)}\n${checklistTag(checklist)}`));
  writeFileSync(join(dir, 'all-three.html'), page(`${viewerTag(viewerModule)}\n${checklistTag(checklist)}\n${explorerTag}`));
  const mixed = [];
  for (let i = 0; mixed.length < 50; i++) {
    const k = i % 3;
    if (k === 0) mixed.push(viewerTag(modules[i % modules.length].id));
    else if (k === 1) mixed.push(checklistTag(checklists[i % checklists.length]));
    else mixed.push(explorerTag);
  }
  writeFileSync(join(dir, 'mixed-50.html'), page(mixed.join('\n')));
  for (const [kind, tag] of Object.entries(MIXED_KINDS)) {
    writeFileSync(join(dir, `mixed-50-${kind}.html`), page(mixed.filter((t) => t.startsWith(`<${tag}`)).join('\n')));
  }
  const mixCount = {
    viewers: mixed.filter((t) => t.startsWith('<ler-module-viewer')).length,
    checklists: mixed.filter((t) => t.startsWith('<ler-checklist')).length,
    explorers: mixed.filter((t) => t.startsWith('<ler-credential-explorer')).length,
  };
  return { modules, checklists, viewerModule, checklist, mixCount };
}
