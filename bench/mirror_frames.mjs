// What the screen-reader mirror costs a frame: the Observatory of a 10,000-child plan scrolled
// in headless Chromium with the mirror recording and sending, then with it switched off (the test
// build's prevplan_test_mirror), the same wheel steps each time, several rounds alternating.
//
// usage: node bench/mirror_frames.mjs [--children 10000] [--rounds 3] [--cli build/native/prevplan-cli]
// Needs the built test site (scripts/build-web.sh) and the native CLI (scripts/build-native.sh).
// "work" is the time inside the app's animation-frame callback (ImGui, the views, the mirror's
// recording and its DOM updates, GL calls); the DOM work of web/a11y.js is in it, since the app
// hands the description over inside its frame.
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, openApp, click, items, nextFrames } from '../tests/e2e/harness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const children = Number(arg('--children', 10000));
const rounds = Number(arg('--rounds', 3));
const cli = arg('--cli', join(root, 'build', 'native', 'prevplan-cli'));

const dir = await mkdtemp(join(tmpdir(), 'prevplan-bench-'));
const planJson = join(dir, 'demo.json');
execFileSync(cli, ['demo', '--children', String(children), '--seed', '7', '-o', planJson]);

const timeCallbacks = () => {
  window.benchWork = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => {
    const start = performance.now();
    cb(t);
    if (window.benchOn) window.benchWork.push(performance.now() - start);
  });
};

const median = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const p95 = (ms) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length * 0.95)];

const server = await startServer();
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(timeCallbacks);
  const page = await openApp(context, server.url);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Fișier').then(() => click(page, 'Importă…'))]);
  await chooser.setFiles(planJson);
  await click(page, 'Observatorul copiilor', { timeout: 60000 });
  for (let i = 0; i < 600 && !(await items(page)).some((it) => it.label.startsWith('Afișați:')); ++i) await nextFrames(page, 1);
  await page.mouse.move(760, 500);

  // 40 wheel steps down and back, one drawn frame each: every frame has new rows to mirror.
  const scroll = async (mirror) => {
    await page.evaluate((on) => { Module.ccall('prevplan_test_mirror', null, ['number'], [on ? 1 : 0]); }, mirror);
    await nextFrames(page, 3);
    await page.evaluate(() => { window.benchWork = []; window.benchOn = true; });
    for (let i = 0; i < 40; ++i) {
      await page.mouse.wheel(0, i < 20 ? 300 : -300);
      await nextFrames(page, 1);
    }
    return page.evaluate(() => { window.benchOn = false; return window.benchWork.filter((ms) => ms > 0.05); });
  };
  const withMirror = [], without = [];
  for (let r = 0; r < rounds; ++r) {
    withMirror.push(...await scroll(true));
    without.push(...await scroll(false));
  }
  await scroll(true);
  const mirrored = await page.evaluate(() => document.querySelectorAll('#a11y [role=row]').length);
  console.log(JSON.stringify({
    children, rounds, mirroredRows: mirrored,
    withMirror: { frames: withMirror.length, medianMs: median(withMirror).toFixed(2), p95Ms: p95(withMirror).toFixed(2) },
    withoutMirror: { frames: without.length, medianMs: median(without).toFixed(2), p95Ms: p95(without).toFixed(2) },
    pageErrors: page.errors,
  }, null, 1));
} finally {
  await browser.close();
  await server.close();
}
