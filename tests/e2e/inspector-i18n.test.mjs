// The credential inspector in Spanish: on a page that declares `lang="es"` (or its iframe
// page with `?lang=es`) its interface, verdict, checks and dates speak Spanish, while what
// the credential says stays as written and the course's section titles are marked English;
// axe-core finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoAxeViolations, useBrowser, assertClean } from './browser.mjs';

const env = useBrowser();

/** A Spanish host page of the built site, served for this test only. */
async function spanishPage(context, body) {
  const url = `${env.server.url}inspector-es.html`;
  await context.route(url, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Inspector</title>
<script type="module" src="/ler-widgets.js"></script></head>
<body><main><h1>Inspector</h1>${body}</main></body></html>`,
  }));
  return url;
}

/** The text of the inspector's shadow root, as written. */
const shadowText = (page) => page.locator('ler-credential-inspector').first()
  .evaluate((el) => el.shadowRoot.querySelector('.ler-root').textContent);

const status = (widget, id) => widget.locator(`li[data-check="${id}"] .ler-check-status`).innerText();

test('inspector on a Spanish page: a real badge inspected, the report in Spanish, the data as written', async () => {
  const { page, context, problems } = await openPage(env.browser, 'about:blank');
  await page.goto(await spanishPage(context,
    '<ler-credential-inspector src="/examples/credentials/ob30-simple.json"></ler-credential-inspector>'));
  const widget = page.locator('ler-credential-inspector');
  await widget.locator('li[data-check="signature"]').waitFor();

  const text = await shadowText(page);
  for (const words of ['Inspector de credenciales', 'Pegue una credencial (JSON o JWT)', 'Inspeccionar',
    'Credencial de ejemplo', 'Cargar el ejemplo', 'Credencial Open Badges 3.0', 'Qué dice', 'Emisor',
    'Comprobaciones', 'Integridad', 'Estructura', 'Transparencia', 'Confianza', 'Qué dice el curso:',
    'La firma se verifica', 'JSON sin procesar']) {
    assert.ok(text.includes(words), `the inspector says “${words}”`);
  }
  for (const words of ['Credential inspector', 'What it says', 'Checks', 'The signature verifies', 'Raw JSON']) {
    assert.ok(!text.includes(words), `the inspector no longer says “${words}”`);
  }
  // The verdict and the outcomes are words in Spanish.
  assert.match(await widget.locator('#ler-insp-verdict').innerText(), /^(Firma válida|No se puede verificar): /);
  assert.equal(await status(widget, 'signature'), 'Superada');
  assert.match(await widget.locator('li[data-check="signature"]').innerText(),
    /La firma eddsa-rdfc-2022 coincide con la clave Ed25519 /);
  assert.equal(await status(widget, 'status'), 'Ausente (opcional)');
  assert.match(await widget.locator('li[data-check="status"]').innerText(), /No hay credentialStatus \(opcional\): /);
  assert.ok(text.includes('Una credencial Open Badges 3.0: una credencial verificable'), 'what it is, in Spanish');
  // The date is written for the language; the instant as the credential wrote it.
  const issued = widget.locator('.ler-facts time').first();
  assert.equal(await issued.innerText(), '1 de enero de 2010');
  assert.equal(await issued.getAttribute('datetime'), '2010-01-01T00:00:00Z');
  // The credential's own words are never translated.
  const card = await widget.locator('.ler-inspector-card').innerText();
  assert.match(card, /Teamwork Badge/);
  assert.match(card, /Example Corp/);
  // The course's section titles stay in English, and say so.
  const courseTitle = widget.locator('.ler-inspector-pillar .ler-muted span[lang]').first();
  assert.equal(await courseTitle.getAttribute('lang'), 'en');
  assert.match(await courseTitle.innerText(), /^Integrity: /);
  await assertNoAxeViolations(page, 'inspector in Spanish, a verified badge');

  // A sample chosen from the list, in Spanish too: the CLR and its record.
  await widget.locator('select').selectOption('clr20-simple.json');
  assert.equal(await widget.locator('select option:checked').innerText(), 'Expediente CLR 2.0');
  await widget.locator('button', { hasText: 'Cargar el ejemplo' }).click();
  await widget.locator('#ler-insp-clr').waitFor();
  assert.equal(await widget.locator('#ler-insp-clr').innerText(), 'El expediente del estudiante');
  assert.match(await widget.locator('.ler-inspector-report > p.ler-muted').first().innerText(),
    /^Origen: el ejemplo «Expediente CLR 2.0»\.$/);
  await assertNoAxeViolations(page, 'inspector in Spanish, the CLR sample');
  assertClean(problems);
  await context.close();
});

test('inspector in Spanish: what cannot be read is an alert in Spanish', async () => {
  const { page, context, problems } = await openPage(env.browser, 'about:blank');
  await page.goto(await spanishPage(context, '<ler-credential-inspector></ler-credential-inspector>'));
  const widget = page.locator('ler-credential-inspector');
  await widget.locator('textarea').first().fill('{"not": "closed"');
  await widget.locator('button', { hasText: 'Inspeccionar' }).click();
  const alert = widget.locator('[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /^No se pudo inspeccionar el texto pegado\n+Esto no es JSON válido: /);
  await assertNoAxeViolations(page, 'inspector in Spanish, an alert');
  assertClean(problems);
  await context.close();
});

test('embed/credential-inspector.html?lang=es: the framed inspector speaks Spanish, and axe finds nothing', async () => {
  const src = encodeURIComponent('../examples/credentials/ob30-simple-err-expired.json');
  const { page, context, problems } = await openPage(env.browser,
    `${env.server.url}embed/credential-inspector.html?src=${src}&lang=es`);
  const widget = page.locator('ler-credential-inspector');
  await widget.locator('li[data-check="dates"]').waitFor();
  assert.equal(await widget.getAttribute('lang'), 'es');
  // The page's own heading and title too.
  assert.equal(await page.locator('h1').innerText(), 'Inspector de credenciales');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  assert.match(await page.title(), /^Inspector de credenciales/);
  assert.equal(await status(widget, 'dates'), 'Fallida');
  assert.ok((await shadowText(page)).includes('Las fechas la hacen válida ahora'));
  assert.match(await widget.locator('li[data-check="dates"]').innerText(), /Caducada: validUntil es el 1 de enero de 2010\./);
  assert.match(await widget.locator('#ler-insp-verdict').innerText(), /No la acepte tal como está: Caducada/);
  await assertNoAxeViolations(page, 'embed/credential-inspector.html?lang=es');
  assertClean(problems);
  await context.close();
});
