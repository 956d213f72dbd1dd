// Nothing the site serves or writes runs code it should not: the published site has no test API
// (no C function that dumps the workspace, no window.prevplanTest, even with ?test=1); the shell
// page's Content-Security-Policy lets the app work (demo, export, import) without one violation
// and stops an injected inline script; prevplan-cli writes the named Registry only when told it
// goes out unencrypted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, mkdtemp, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launch, openApp, click, findItem, screenshot, nextFrames, cliPath, publishedSiteDir,
} from './harness.mjs';

let testSite, published, browser, work;
before(async () => {
  testSite = await startServer();
  published = await startServer('/prevplan/', publishedSiteDir);
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), 'prevplan-inert-'));
});
after(async () => {
  await browser.close();
  await testSite.close();
  await published.close();
});

// Every CSP violation and console error of the page, from its first script on.
async function watchPolicy(context) {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

function policyMessages(page) {
  return page.errors.filter((m) => /Content.Security.Policy|Refused to/i.test(m));
}

const testExports = ['prevplan_test_state', 'prevplan_test_items', 'prevplan_test_import_errors', 'prevplan_test_frames'];

async function exportsOf(page) {
  return page.evaluate((names) => names.filter((n) => typeof Module['_' + n] === 'function' ||
    (Module.asm !== undefined && typeof Module.asm[n] === 'function')), testExports);
}

test('the published site has no test API, even with ?test=1; the test build has it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(`${published.url}?test=1`);
  // The app runs: its runtime is up and the loading message gone.
  await page.waitForFunction(() => typeof Module !== 'undefined' && Module.calledRun === true, null, { timeout: 20000 });
  await page.waitForFunction(() => document.getElementById('status').classList.contains('hidden'));
  // A few frames later nothing has appeared either.
  await page.evaluate(() => new Promise((resolve) => {
    let n = 0;
    const tick = () => (++n >= 10 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }));
  assert.equal(await page.evaluate(() => typeof window.prevplanTest), 'undefined');
  assert.deepEqual(await exportsOf(page), []);
  const call = await page.evaluate(() => {
    try { Module.ccall('prevplan_test_state', 'number', [], []); return 'called'; } catch (e) { return 'refused'; }
  });
  assert.equal(call, 'refused');
  // The functions the app itself needs are still there.
  assert.deepEqual(await page.evaluate(() => [typeof Module._prevplan_all_saved, typeof Module._prevplan_paste]),
    ['function', 'function']);
  assert.deepEqual(page.errors, []);
  await context.close();

  const testContext = await browser.newContext();
  const testPage = await openApp(testContext, testSite.url);
  assert.deepEqual(await exportsOf(testPage), testExports);
  await testContext.close();
});

test('the shell page\'s Content-Security-Policy lets the demo, an export and an import work, and stops inline script', async () => {
  const shell = await readFile(join(publishedSiteDir, 'index.html'), 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(shell);
  assert.ok(policy, 'the page carries a policy');
  for (const directive of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "base-uri 'none'", "form-action 'none'"])
    assert.ok(policy[1].split('; ').includes(directive), directive);
  assert.doesNotMatch(shell, /<script>|<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(shell, /\son[a-z]+=/, 'no inline event handler');
  assert.doesNotMatch(shell, /https?:\/\//, 'no other host');

  const context = await browser.newContext({ acceptDownloads: true });
  await watchPolicy(context);
  const page = await openApp(context, testSite.url);
  await click(page, 'Încearcă demonstrația');
  await findItem(page, 'DEMO – date fictive');
  await click(page, 'Observatorul copiilor');  // an opened plan shows its dashboard first
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Exportă Observatorul (CSV)')]);
  const csv = join(work, 'observator.csv');
  await download.saveAs(csv);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Importă Observatorul (CSV)…')]);
  await chooser.setFiles(csv);
  await click(page, 'Verifică fișierul');
  await findItem(page, 'Copii noi: 0 · modificați: 0 · la fel: 600 · din plan, neatinși: 0', { timeout: 30000 });
  await screenshot(page, 'inert-csp-import');
  await click(page, 'Importă tot');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(policyMessages(page), []);
  assert.deepEqual(page.errors, []);

  // The plan document opens in a new tab (a blob: page, which keeps the app's policy as well as
  // its own) with its inline style applied and nothing refused.
  await click(page, 'Partajare');
  const [tab] = await Promise.all([context.waitForEvent('page'), click(page, 'Deschide documentul într-o filă nouă')]);
  await tab.waitForLoadState('load');
  const width = await tab.evaluate(() => parseFloat(getComputedStyle(document.body).maxWidth));
  assert.ok(Math.abs(width - 180 / 25.4 * 96) < 0.1, `the document's style sets 180 mm, not ${width}`);
  assert.deepEqual(await tab.evaluate(() => window.cspViolations), []);
  await tab.close();
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);

  // A script put into the page is refused, and the refusal is seen.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = 1';
    document.body.appendChild(s);
  });
  await nextFrames(page, 2);
  assert.equal(await page.evaluate(() => window.injected), undefined);
  const refusals = await page.evaluate(() => window.cspViolations);
  assert.equal(refusals.length, 1);
  assert.match(refusals[0], /^script-src(-elem)? inline$/);
  await context.close();
});

test('prevplan-cli export-package --named-registry refuses unless --unencrypted, then warns on stderr', async () => {
  const file = join(work, 'demo.json');
  execFileSync(cliPath, ['demo', '--children', '60', '--seed', '3', '-o', file]);
  const out = join(work, 'named.json');
  const refused = spawnSync(cliPath, ['export-package', file, '-o', out, '--named-registry'], { encoding: 'utf8' });
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /--unencrypted/);
  await assert.rejects(access(out), 'nothing written');

  const written = spawnSync(cliPath, ['export-package', file, '-o', out, '--named-registry', '--unencrypted'], { encoding: 'utf8' });
  assert.equal(written.status, 0, written.stderr);
  assert.match(written.stderr, /^warning: .*named\.json is not encrypted\. The package holds the named Registry/);
  assert.equal(written.stdout, '');
  const named = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(named.package.contents, 'named-registry');
  assert.ok(named.plans[0].households.length > 0);

  // The aggregated package needs no flag and says nothing; --unencrypted alone is a mistake.
  const plain = spawnSync(cliPath, ['export-package', file, '-o', join(work, 'plain.json')], { encoding: 'utf8' });
  assert.equal(plain.status, 0);
  assert.equal(plain.stderr, '');
  const stray = spawnSync(cliPath, ['export-package', file, '-o', join(work, 'x.json'), '--unencrypted'], { encoding: 'utf8' });
  assert.equal(stray.status, 2);
});
