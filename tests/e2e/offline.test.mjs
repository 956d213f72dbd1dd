// Offline and updates: after one visit the service worker (web/sw.js) starts the app with the
// server stopped, and the plans stay; a new version of the site waits in the background while the
// running session goes on with its own, until the user chooses "reîncarcă"; the site is
// installable. Served by scripts/serve.py, so the worker caches files that arrived compressed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import {
  launch, launchPersistent, openApp, startServe, click, typeInto, findItem, hasItem, createPlan, state, saved, nextFrames, screenshot,
  siteDir, publishedSiteDir,
} from './harness.mjs';

const stampScript = fileURLToPath(new URL('../../scripts/stamp-worker.py', import.meta.url));
const work = await mkdtemp(join(tmpdir(), 'prevplan-offline-'));
after(async () => { await rm(work, { recursive: true, force: true }); });

// Waits until this page's site has an active service worker (the first visit installs it).
async function offlineReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => new Promise((resolve) => {
    const worker = registration.active;
    if (worker.state === 'activated') return resolve();
    worker.addEventListener('statechange', () => { if (worker.state === 'activated') resolve(); });
  })));
}

// After a reload: the app's first frames, as openApp waits for them.
async function started(page) {
  await page.waitForFunction(() => window.prevplanTest !== undefined);
  await page.evaluate(() => window.prevplanTest.ready);
  await nextFrames(page, 2);
}

// An edit on the plan's commune step.
async function addVillage(page, name) {
  await typeInto(page, 'Satul', name);
  await click(page, 'Adaugă un sat');
}

// The notice at a laptop's and a small netbook's size, in Romanian and in English.
async function noticeScreenshots(page) {
  for (const [width, height] of [[1366, 768], [1024, 600]]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `offline-update-ready-ro-${width}`);
  }
  await click(page, 'Limba');
  await click(page, 'English');
  await findItem(page, 'A new version is ready —');
  await screenshot(page, 'offline-update-ready-en-1024');
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'offline-update-ready-en-1366');
  await click(page, 'Language');
  await click(page, 'Română');
  await page.setViewportSize({ width: 1280, height: 800 });
}

// What the page runs: copy B of the site marks itself (see copyOfSite).
const runningVersion = (page) => page.evaluate(() => window.prevplanSiteCopy || 'A');

// A copy of the test site; `mark` appends a line to its prevplan.js (with fresh compressed
// copies), and the copy's service worker is stamped again, as a new build would.
async function copyOfSite(name, mark) {
  const dir = join(work, name);
  await cp(siteDir, dir, { recursive: true });
  if (mark) {
    const js = Buffer.concat([await readFile(join(dir, 'prevplan.js')), Buffer.from(`\nwindow.prevplanSiteCopy = '${mark}';\n`)]);
    await writeFile(join(dir, 'prevplan.js'), js);
    await writeFile(join(dir, 'prevplan.js.gz'), gzipSync(js));
    await writeFile(join(dir, 'prevplan.js.br'), brotliCompressSync(js));
  }
  execFileSync('python3', [stampScript, dir], { stdio: 'ignore' });
  return dir;
}

test('after one visit the app starts with the server stopped, and a plan opens, changes and stays', async () => {
  let server = await startServe(siteDir);
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await offlineReady(page);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Ștefănești'] });
    await saved(page);
    await server.close();
    server = null;

    await page.reload();
    await started(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker serves the page');
    // The deferred part of the wasm (every screen but the start page) comes from the cache too.
    await page.evaluate(() => Module.prevplanDeferred.whenReady);
    assert.ok(await page.evaluate(() => caches.keys().then((names) => caches.open(names[0]))
      .then((cache) => cache.match(Module.prevplanDeferred.file)).then((r) => r !== undefined)));
    assert.equal((await state(page)).plans[0].commune, 'Ștefănești');
    await click(page, 'Deschide');
    await addVillage(page, 'Țarina');
    await saved(page);
    await screenshot(page, 'offline-plan');

    await page.reload();
    await started(page);
    const plans = (await state(page)).plans;
    assert.equal(plans.length, 1);
    assert.deepEqual(plans[0].villages.map((v) => v.name), ['Ștefănești', 'Țarina']);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
    if (server) await server.close();
  }
});

test('a new version waits while the session runs the old one, and the user chooses when to reload', async () => {
  const [siteA, siteB] = await Promise.all([copyOfSite('a'), copyOfSite('b', 'B')]);
  let server = await startServe(siteA);
  const { port } = server;
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await offlineReady(page);
    await page.reload();  // the next start: version A's worker serves the session
    await started(page);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Ștefănești'] });
    await saved(page);

    // The host publishes version B; the tab looks for it (hourly, or now).
    await server.close();
    server = await startServe(siteB, { port });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await findItem(page, 'O versiune nouă este gata —', { timeout: 30000 });
    await noticeScreenshots(page);

    // The session goes on with version A: its files come from A's cache, and edits are saved.
    assert.equal(await runningVersion(page), 'A');
    const served = await page.evaluate(() => fetch('prevplan.js').then((r) => r.text()));
    assert.doesNotMatch(served, /prevplanSiteCopy/);
    await addVillage(page, 'Țarina');
    assert.equal((await state(page)).plans[0].villages.length, 2);

    // "reîncarcă" saves the last change first, then the page runs version B with the same data.
    const reload = await findItem(page, 'reîncarcă');
    await page.mouse.move(reload.x + reload.w / 2, reload.y + reload.h / 2);
    await nextFrames(page, 1);
    await Promise.all([page.waitForEvent('load', { timeout: 30000 }), page.mouse.click(reload.x + reload.w / 2, reload.y + reload.h / 2)]);
    await started(page);
    assert.equal(await runningVersion(page), 'B');
    const plans = (await state(page)).plans;
    assert.equal(plans[0].commune, 'Ștefănești');
    assert.deepEqual(plans[0].villages.map((v) => v.name), ['Ștefănești', 'Țarina']);
    assert.equal(await hasItem(page, 'O versiune nouă este gata —'), false);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the published site is installable and keeps only its own version', async () => {
  const server = await startServe(publishedSiteDir);
  // Not a fresh incognito context: an incognito window cannot install anything.
  const profile = await mkdtemp(join(work, 'profile-'));
  const context = await launchPersistent(profile);
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => typeof Module !== 'undefined' && Module.calledRun === true, null, { timeout: 30000 });
    await offlineReady(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1);
    assert.match(caches[0], new RegExp(`^prevplan ${server.url} [0-9a-f]{16}$`));
    // Kept as the browser decoded it: the type stays, the host's encoding does not.
    const wasm = await page.evaluate((name) => caches.open(name).then((c) => c.match('prevplan.wasm'))
      .then((r) => [r.headers.get('content-type'), r.headers.get('content-encoding')]), caches[0]);
    assert.deepEqual(wasm, ['application/wasm', null]);
  } finally {
    await context.close();
    await server.close();
  }
});
