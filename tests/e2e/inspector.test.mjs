// The credential inspector in real headless Chromium: drop, pick, paste and samples; the
// report, the checks and the errors; keyboard only; axe-core after every state; its bundle
// loaded only where it is used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync, sign } from 'node:crypto';
import { serve } from './server.mjs';
import { openPage, assertNoAxeViolations, focusedDescription, useBrowser, assertClean } from './browser.mjs';

const SAMPLES = new URL('../../examples/credentials/', import.meta.url).pathname;

const env = useBrowser();

async function openInspector() {
  const requests = [];
  const opened = await openPage(env.browser, `${env.server.url}inspector.html`, {
    before: (page) => page.on('request', (r) => requests.push(r.url())),
  });
  const widget = opened.page.locator('ler-credential-inspector');
  await widget.locator('textarea').waitFor();
  return { ...opened, widget, requests };
}

const status = (widget, id) => widget.locator(`li[data-check="${id}"] .ler-check-status`).innerText();

test('inspector: a baked PNG dropped on the drop zone shows its name, issuer and checks', async () => {
  const { page, widget, problems, requests } = await openInspector();
  await assertNoAxeViolations(page, 'inspector, empty');
  const png = readFileSync(`${SAMPLES}ob30-simple-json.png`).toString('base64');
  // Synthesise the drop a pointer user makes: a DataTransfer holding the file.
  await widget.locator('.ler-inspector-drop').evaluate((zone, b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'badge.png', { type: 'image/png' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, png);
  await widget.locator('#ler-insp-kind').waitFor();
  assert.equal(await widget.locator('#ler-insp-kind').innerText(), 'Open Badges 3.0 credential');
  const card = await widget.locator('.ler-inspector-card').innerText();
  assert.match(card, /Teamwork Badge/);
  assert.match(card, /Example Corp/);
  assert.match(await widget.locator('.ler-inspector-report').innerText(), /openbadgecredential iTXt chunk/);
  assert.equal(await status(widget, 'proof-present'), 'Pass');
  // Its eddsa-rdfc-2022 proof, verified in the page with the bundled JSON-LD contexts.
  assert.equal(await status(widget, 'signature'), 'Pass');
  // Optional parts the badge leaves out are information, not failures.
  assert.equal(await status(widget, 'alignment'), 'Not present (optional)');
  assert.equal(await widget.locator('li[data-check] .ler-check-status', { hasText: /^Fail$/ }).count(), 0);
  assert.match(await widget.locator('#ler-insp-verdict').innerText(), /^Signature valid: /);
  // Four pillars, each linking to its section of the record-integrity module.
  const links = await widget.locator('.ler-inspector-pillar > p a').evaluateAll((as) => as.map((a) => a.href));
  assert.equal(links.length, 4);
  assert.ok(links[0].endsWith('index.html?module=record-integrity#ler:record-integrity/pillar-integrity'), links[0]);
  // The raw view marks what the checks read.
  await widget.locator('summary').click();
  assert.ok(await widget.locator('.ler-inspector-raw mark').count() > 0);
  await assertNoAxeViolations(page, 'inspector, PNG dropped, raw view open');
  assert.ok(requests.some((u) => u.endsWith('/inspector/ler-inspector_bg.wasm')));
  // The page has no other widget, so the widgets' own wasm is never fetched.
  assert.ok(!requests.some((u) => u.endsWith('ler-www_bg.wasm')), 'core wasm not loaded');
  assertClean(problems);
});

test('inspector: the file picker reads a VC-JWT and says why its signature is not verified', async () => {
  const { page, widget, problems } = await openInspector();
  await widget.locator('input[type="file"]').setInputFiles(`${SAMPLES}ob30-simple.jwt`);
  await widget.locator('li[data-check="signature"]').waitFor();
  assert.match(await widget.locator('li[data-check="signature"]').innerText(),
    /^Not checked: The signature verifies\. Signature not verified: the issuer's public key is not in the token/);
  assert.match(await widget.locator('.ler-inspector-report').innerText(), /compact JWT \(VC-JWT\)/);
  await assertNoAxeViolations(page, 'inspector, JWT');
  assertClean(problems);
});

test('inspector: garbled or tampered input gives an alert inside the widget, never a crash', async () => {
  const { page, widget, problems } = await openInspector();
  const textarea = widget.locator('textarea');
  const inspect = widget.getByRole('button', { name: 'Inspect', exact: true });
  await textarea.fill('{"@context": ["https://www.w3.org/ns/credentials/v2", ');
  await inspect.click();
  const alert = widget.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Could not inspect the pasted text\s+This is not valid JSON/);
  await assertNoAxeViolations(page, 'inspector, JSON error');
  // A JWT with one changed character in its signature part: decoded, never "Pass".
  const jwt = readFileSync(`${SAMPLES}ob30-simple.jwt`, 'utf8').trim();
  await textarea.fill(`${jwt.slice(0, -3)}AAA`);
  await inspect.click();
  await widget.locator('li[data-check="signature"]').waitFor();
  assert.notEqual(await status(widget, 'signature'), 'Pass');
  // Deep nesting is refused with a message.
  await textarea.fill('['.repeat(5000) + ']'.repeat(5000));
  await inspect.click();
  await alert.waitFor();
  assert.match(await alert.innerText(), /nested more than 64 levels/);
  // Markup in a credential stays text.
  const hostile = JSON.parse(readFileSync(`${SAMPLES}ob30-simple.json`, 'utf8'));
  hostile.name = '<img src=x onerror="window.pwned=1">';
  await textarea.fill(JSON.stringify(hostile));
  await inspect.click();
  await widget.locator('.ler-inspector-card').waitFor();
  assert.match(await widget.locator('.ler-inspector-card').innerText(), /<img src=x onerror/);
  assert.equal(await widget.locator('.ler-inspector-card img').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await assertNoAxeViolations(page, 'inspector, hostile name');
  assertClean(problems);
});

test('inspector: an Ed25519 VC-JWT with its key verifies in the browser; one changed character does not', async () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  const b64 = (s) => Buffer.from(s).toString('base64url');
  const credential = JSON.parse(readFileSync(`${SAMPLES}ob30-simple.json`, 'utf8'));
  delete credential.proof;
  const input = `${b64(JSON.stringify({ alg: 'EdDSA', typ: 'JWT', jwk }))}.${b64(JSON.stringify(credential))}`;
  const token = `${input}.${sign(null, Buffer.from(input), privateKey).toString('base64url')}`;
  const { page, widget, problems } = await openInspector();
  const inspect = widget.getByRole('button', { name: 'Inspect', exact: true });
  await widget.locator('textarea').fill(token);
  await inspect.click();
  await widget.locator('li[data-check="signature"]').waitFor();
  assert.equal(await status(widget, 'signature'), 'Pass');
  assert.match(await widget.locator('li[data-check="signature"]').innerText(), /Nothing here shows that the key belongs to the issuer/);
  await assertNoAxeViolations(page, 'inspector, verified JWT');
  // The name with one letter changed, re-encoded: the signature no longer matches.
  const forged = `${input.split('.')[0]}.${b64(JSON.stringify(credential).replace('Teamwork Badge', 'Teamwork Badgf'))}.${token.split('.')[2]}`;
  await widget.locator('textarea').fill(forged);
  await inspect.click();
  await widget.locator('li[data-check="signature"] .ler-check-status', { hasText: 'Fail' }).waitFor();
  assert.equal(await status(widget, 'signature'), 'Fail');
  assert.match(await widget.locator('.ler-inspector-card').innerText(), /Teamwork Badgf/);
  await assertNoAxeViolations(page, 'inspector, tampered JWT');
  assertClean(problems);
});

test('inspector: keyboard only — paste and inspect, then load the CLR sample and read its graph', async () => {
  const { page, widget, problems } = await openInspector();
  // Tab from the top of the page to the paste box.
  let f;
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    f = await focusedDescription(page);
    if (f?.tag === 'textarea') break;
  }
  assert.equal(f?.tag, 'textarea');
  const complete = JSON.parse(readFileSync(`${SAMPLES}ob30-complete.json`, 'utf8'));
  // Its images are on 1edtech.edu: this test stays on 127.0.0.1.
  delete complete.image;
  delete complete.credentialSubject.achievement.image;
  await page.keyboard.insertText(JSON.stringify(complete));
  await page.keyboard.press('Tab');
  assert.equal((await focusedDescription(page)).text, 'Inspect');
  await page.keyboard.press('Enter');
  await widget.locator('.ler-inspector-achievement').waitFor();
  // achievementType Degree, placed in the course's hierarchy with links to the explorer.
  const chain = widget.locator('.ler-inspector-chain a');
  await chain.first().waitFor();
  assert.equal(await chain.first().innerText(), 'Degree');
  assert.match(await chain.first().getAttribute('href'), /credential-explorer\.html\?focus=degree$/);
  assert.match(await status(widget, 'status'), /Not checked/);
  await assertNoAxeViolations(page, 'inspector, complete badge');
  // The samples: keyboard to the select, pick the CLR, then the button.
  const select = widget.locator('select');
  await select.focus();
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => o.value));
  const steps = options.indexOf('clr20-simple.json');
  for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await select.inputValue(), 'clr20-simple.json');
  await page.keyboard.press('Tab');
  assert.equal((await focusedDescription(page)).text, 'Load sample');
  await page.keyboard.press('Enter');
  await widget.locator('.ler-inspector-clr table').waitFor();
  const row = await widget.locator('.ler-inspector-clr tbody tr').first().innerText();
  assert.match(row, /Achievement 1.*\n?.*is the parent of \(isParentOf\).*\n?.*Achievement 2/s);
  assert.equal(await widget.locator('#ler-insp-kind').innerText(), 'Comprehensive Learner Record 2.0');
  await assertNoAxeViolations(page, 'inspector, CLR sample');
  assertClean(problems);
});

test('inspector: a src that cannot be fetched is explained, CORS included', async () => {
  const { page, problems } = await openPage(env.browser, `${env.server.url}embed/credential-inspector.html?src=${encodeURIComponent('/no-such-credential.json')}`);
  const alert = page.locator('ler-credential-inspector').getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /The server answered 404/);
  await assertNoAxeViolations(page, 'inspector embed, src 404');
  assert.deepEqual(problems.external, []);
  assert.deepEqual(problems.page, []);
  // Another origin (another port) that sends no CORS headers: the browser refuses the read.
  const other = await serve([SAMPLES]);
  try {
    const src = encodeURIComponent(`${other.url}ob30-simple.json`);
    const opened = await openPage(env.browser, `${env.server.url}embed/credential-inspector.html?src=${src}`);
    const message = opened.page.locator('ler-credential-inspector').getByRole('alert');
    await message.waitFor();
    assert.match(await message.innerText(), /CORS headers \(Access-Control-Allow-Origin\)/);
    assert.deepEqual(opened.problems.external, []);
  } finally {
    await other.close();
  }
});

test('inspector: the core widget pages never request the inspector bundle', async () => {
  for (const path of ['', 'explorer.html', 'examples/plain-site/']) {
    const requests = [];
    const { page } = await openPage(env.browser, `${env.server.url}${path}`, {
      before: (p) => p.on('request', (r) => requests.push(r.url())),
    });
    await page.waitForLoadState('networkidle');
    assert.ok(requests.some((u) => /ler-(www|explorer)_bg\.wasm$/.test(u)), `${path}: widgets loaded`);
    assert.ok(!requests.some((u) => u.includes('/inspector/')), `${path}: ${requests.filter((u) => u.includes('inspector'))}`);
    await page.context().close();
  }
});

const VALIDATOR = new URL('../../inspector/tests/fixtures/validator/', import.meta.url).pathname;

test('inspector: a Data Integrity proof verifies in the page from src; one changed character fails', async () => {
  const src = encodeURIComponent('../examples/credentials/ob30-simple.json');
  const { page, problems } = await openPage(env.browser, `${env.server.url}embed/credential-inspector.html?src=${src}`);
  const widget = page.locator('ler-credential-inspector');
  const signature = widget.locator('li[data-check="signature"]');
  await signature.waitFor();
  assert.equal(await status(widget, 'signature'), 'Pass');
  assert.match(await signature.innerText(), /The eddsa-rdfc-2022 signature matches the Ed25519 key/);
  await assertNoAxeViolations(page, 'inspector embed, verified Data Integrity proof');
  // The same badge with one letter of its name changed, served by the page's own origin
  // (answered inside the browser: nothing is written to the served folder).
  const forged = readFileSync(`${SAMPLES}ob30-simple.json`, 'utf8').replace('Teamwork Badge', 'Teamwork Badgf');
  assert.ok(forged.includes('Teamwork Badgf'), 'the sample has the name the forgery changes');
  await page.route('**/forged/ob30-simple.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: forged,
  }));
  await page.goto(`${env.server.url}embed/credential-inspector.html?src=${encodeURIComponent('../forged/ob30-simple.json')}`);
  const other = page.locator('ler-credential-inspector');
  await other.locator('li[data-check="signature"]').waitFor();
  assert.equal(await status(other, 'signature'), 'Fail');
  assert.match(await other.locator('li[data-check="signature"]').innerText(), /does not match/);
  assert.match(await other.locator('.ler-inspector-card').innerText(), /Teamwork Badgf/);
  await assertNoAxeViolations(page, 'inspector embed, tampered Data Integrity proof');
  assertClean(problems);
});

test('inspector: an issuer key in a controller document is fetched only when asked, after a notice', async () => {
  const { page, widget, problems } = await openInspector();
  // The validator's sample whose verification method has no key in its fragment.
  const doc = readFileSync(`${VALIDATOR}simple-err-proof-method.json`, 'utf8');
  const url = 'https://example.edu/issuers/565049';
  const method = JSON.parse(doc).proof.verificationMethod;
  let served = 0;
  // Answered inside the browser: nothing leaves the machine.
  await page.route(`${url}`, (route) => {
    served += 1;
    return route.fulfill({
      status: 200,
      headers: { 'Access-Control-Allow-Origin': '*' },
      contentType: 'application/json',
      body: JSON.stringify({
        id: url,
        verificationMethod: [{ id: method, type: 'Multikey', controller: url,
          publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi' }],
        assertionMethod: [method],
      }),
    });
  });
  await widget.locator('textarea').fill(doc);
  await widget.getByRole('button', { name: 'Inspect', exact: true }).click();
  await widget.locator('li[data-check="signature"]').waitFor();
  assert.equal(await status(widget, 'signature'), 'Not checked');
  const keys = widget.locator('.ler-inspector-keys');
  assert.match(await keys.innerText(), /sends one request to example\.edu: that server learns your IP address/);
  await assertNoAxeViolations(page, 'inspector, key fetch offered');
  assert.equal(served, 0, 'nothing fetched before the click');
  await keys.getByRole('button', { name: 'Fetch the key from example.edu' }).click();
  const verdict = keys.locator('[data-key-verdict]');
  await verdict.waitFor();
  // The proof covers its own (altered) verification method, so even the right key fails.
  assert.equal(await verdict.getAttribute('data-key-verdict'), 'Fail');
  assert.match(await verdict.innerText(), /does not match/);
  assert.equal(served, 1);
  await assertNoAxeViolations(page, 'inspector, key fetched');
  assert.deepEqual(problems.external, [url]);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.page, []);
});

/** A folder served with CORS headers, as an issuer's status endpoint would be. Files are
 * read per request, so they can be written once the address (with its port) is known. */
async function corsFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'ler-status-'));
  const server = await serve([dir], { headers: () => ({ 'access-control-allow-origin': '*' }) });
  return {
    url: server.url,
    write: (name, value) => writeFileSync(join(dir, name), JSON.stringify(value)),
    close: async () => { await server.close(); rmSync(dir, { recursive: true }); },
  };
}

const embedded = (src) => `${env.server.url}embed/credential-inspector.html?src=${encodeURIComponent(src)}`;

test('inspector embed: no credentialStatus is "not present", never a failure', async () => {
  const { page, problems } = await openPage(env.browser, embedded('../examples/credentials/ob30-simple.json'));
  const widget = page.locator('ler-credential-inspector');
  await widget.locator('li[data-check="status"]').waitFor();
  assert.equal(await status(widget, 'status'), 'Not present (optional)');
  assert.match(await widget.locator('li[data-check="status"]').innerText(), /No credentialStatus \(optional\)/);
  assert.equal(await widget.locator('.ler-inspector-status').count(), 0, 'no status panel without a status list');
  // A valid sample: never "Changed or forged" (which of the other two verdicts depends on
  // whether its proof suite is verified in the browser).
  assert.match(await widget.locator('#ler-insp-verdict').innerText(), /^(Cannot verify|Signature valid): /);
  await assertNoAxeViolations(page, 'inspector embed, status not present');
  assertClean(problems);
});

test('inspector embed: a status list pasted, chosen as a file, or fetched on request decides revocation', async () => {
  const issuer = await corsFolder();
  try {
    const complete = JSON.parse(readFileSync(`${SAMPLES}ob30-complete.json`, 'utf8'));
    // Its images are on 1edtech.edu: this test stays on 127.0.0.1.
    delete complete.image;
    delete complete.credentialSubject.achievement.image;
    const listAt = `${issuer.url}revocations.json`;
    complete.credentialStatus.id = listAt;
    issuer.write('credential.json', complete);
    issuer.write('revocations.json', { id: listAt, revokedCredential: [{ id: 'urn:uuid:someone-else' }] });
    const { page, problems } = await openPage(env.browser, embedded(`${issuer.url}credential.json`));
    const widget = page.locator('ler-credential-inspector');
    const panel = widget.locator('.ler-inspector-status');
    await panel.waitFor();
    // Before any list: not checked, with the list's address; nothing fetched yet.
    assert.equal(await status(widget, 'status'), 'Not checked');
    assert.match(await widget.locator('li[data-check="status"]').innerText(), new RegExp(`publishes the status \\(1EdTechRevocationList\\) at ${listAt}`));
    const host = new URL(issuer.url).host;
    assert.match(await panel.innerText(), new RegExp(`Fetching sends one request from your browser to ${host}, for ${listAt}`));
    await assertNoAxeViolations(page, 'inspector embed, status list not yet given');

    // Pasted: a list that names this credential as revoked.
    await panel.locator('textarea').fill(JSON.stringify({ id: listAt, revokedCredential: [{ id: complete.id, revoked: true }] }));
    await panel.getByRole('button', { name: 'Check against the pasted list' }).click();
    await widget.locator('li[data-check="status"] .ler-check-status', { hasText: /^Fail$/ }).waitFor();
    assert.match(await widget.locator('li[data-check="status"]').innerText(), /Revoked by the pasted list: the list names/);
    assert.match(await widget.locator('#ler-insp-verdict').innerText(), /Do not accept it as it stands: Revoked by the pasted list/);
    // The button pressed was drawn anew with the report: the focus is on the verdict.
    await page.waitForFunction(() => document.querySelector('ler-credential-inspector')
      .shadowRoot.activeElement?.id === 'ler-insp-verdict');
    await assertNoAxeViolations(page, 'inspector embed, status list pasted: revoked');

    // Chosen as a file: not a list at all, so not checked, with the reason.
    await widget.locator('.ler-inspector-status input[type="file"]').setInputFiles({
      name: 'notalist.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2]'),
    });
    await widget.locator('li[data-check="status"]', { hasText: 'the file notalist.json' }).waitFor();
    assert.equal(await status(widget, 'status'), 'Not checked');
    assert.match(await widget.locator('li[data-check="status"]').innerText(), /Not checked against the file notalist\.json: The list is not a JSON object/);

    // Fetched on request, from the issuer's server: this credential is not on it.
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await widget.getByRole('button', { name: `Fetch the status list from ${host}` }).click();
    await widget.locator('li[data-check="status"] .ler-check-status', { hasText: /^Pass$/ }).waitFor();
    assert.match(await widget.locator('li[data-check="status"]').innerText(), new RegExp(`Not revoked according to the list fetched from ${listAt}`));
    assert.deepEqual(requests, [listAt]);
    await assertNoAxeViolations(page, 'inspector embed, status list fetched: not revoked');
    assertClean(problems);
  } finally {
    await issuer.close();
  }
});
