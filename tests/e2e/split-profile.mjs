// Records which wasm functions the start of the app runs, for the split of the wasm
// (scripts/refresh-primary-list.sh, docs/hosting.md "The first load"). It opens instrumented
// sites (wasm-split --instrument) in headless Chromium and writes the profile each instrumented
// module keeps (its __write_profile export):
// - site-first.prof: the published site, a first visit, the pointer moved over the start page;
// - site-returning.prof: the same site started again with the demonstration plan stored;
// - test.prof: the test site started as the browser tests start it (openApp, items, frames).
//   node split-profile.mjs SITE_DIR TEST_SITE_DIR OUT_DIR
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, launchPersistent, openApp, items, nextFrames, startServe } from './harness.mjs';

const [site, testSite, outDir] = process.argv.slice(2);
if (!outDir) throw new Error('usage: node split-profile.mjs SITE_DIR TEST_SITE_DIR OUT_DIR');

// Frames drawn, counted from the browser's side (the published site has no test API).
async function frames(page, n) {
  await page.evaluate((count) => new Promise((resolve) => {
    let left = count;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);
}

async function start(context, url) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('split-profile: page error', String(e)));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await page.waitForFunction(() => window.Module && Module.calledRun);
  await frames(page, 30);
  return page;
}

// The pointer across the whole start page, as a first visitor reads it (hover, tooltips).
async function look(page) {
  for (let y = 20; y < 768; y += 60) {
    for (let x = 20; x < 1366; x += 150) {
      await page.mouse.move(x, y);
      await frames(page, 1);
    }
  }
  await frames(page, 10);
}

async function profile(page, name) {
  const bytes = await page.evaluate(() => {
    const size = 1 << 20;
    const at = Module._malloc(size);
    const written = Module.asm.__write_profile(at, size);
    return Array.from(HEAPU8.subarray(at, at + written));
  });
  await writeFile(join(outDir, name), Buffer.from(bytes));
}

async function publishedSite() {
  const server = await startServe(site);
  const userData = await mkdtemp(join(tmpdir(), 'prevplan-profile-'));
  try {
    const context = await launchPersistent(userData);
    try {
      let page = await start(context, server.url);
      await look(page);
      await profile(page, 'site-first.prof');
      // A returning user: the demonstration plan stored (through the screen-reader mirror's
      // button: this site has no test API), then a new start, which lists it.
      await page.getByRole('button', { name: 'Încearcă demonstrația' }).dispatchEvent('click');
      await frames(page, 30);
      await page.waitForTimeout(5000);
      await page.close();
      page = await start(context, server.url);
      await look(page);
      await profile(page, 'site-returning.prof');
      await page.close();
    } finally {
      await context.close();
    }
  } finally {
    await rm(userData, { recursive: true, force: true });
    await server.close();
  }
}

async function testSiteStart() {
  const server = await startServe(testSite);
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await items(page);
    await page.evaluate(() => window.prevplanTest.focused());
    await nextFrames(page, 10);
    await profile(page, 'test.prof');
  } finally {
    await browser.close();
    await server.close();
  }
}

await publishedSite();
await testSiteStart();
