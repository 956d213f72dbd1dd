// Frame times of the Observatory with a 10,000-child plan in headless Chromium, and the time to
// import a 10,000-row Observatory CSV into it (check and apply), as a user would do them.
//
// usage: node bench/observatory_frames.mjs [--children 10000] [--cli build/native/prevplan-cli]
// Needs the built site (scripts/build-web.sh) and the native CLI (scripts/build-native.sh).
// Frame time = interval between animation frames as the page sees them (requestAnimationFrame),
// so it includes ImGui, WebGL through SwiftShader and the browser; 16.7 ms is the 60 Hz floor.
// "work" is the time spent inside the app's own frame callback (ImGui, the views, GL calls).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  startServer, launch, openApp, click, typeInto, findItem, hasItem, items, nextFrames,
} from '../tests/e2e/harness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const children = Number(arg('--children', 10000));
const cli = arg('--cli', join(root, 'build', 'native', 'prevplan-cli'));

const dir = await mkdtemp(join(tmpdir(), 'prevplan-bench-'));
const planJson = join(dir, 'demo.json');
const planCsv = join(dir, 'demo.csv');
execFileSync(cli, ['demo', '--children', String(children), '--seed', '7', '-o', planJson]);
execFileSync(cli, ['demo', '--children', String(children), '--seed', '7', '-o', planCsv]);

// Waits until a labelled text starting with `prefix` is drawn (or, with gone, until `label` is not).
async function waitFor(page, test, timeout = 120000) {
  const deadline = Date.now() + timeout;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error('bench: timed out');
    await nextFrames(page, 1);
  }
}
const shows = (page, prefix) => async () => (await items(page)).some((it) => it.label.startsWith(prefix));

function stats(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { frames: ms.length, median: at(0.5).toFixed(1), p95: at(0.95).toFixed(1), worst: sorted.at(-1).toFixed(1) };
}

// Times every animation-frame callback of the page (the app draws its frames in one).
const timeCallbacks = () => {
  window.benchWork = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => {
    const start = performance.now();
    cb(t);
    if (!window.benchStop) window.benchWork.push(performance.now() - start);
  });
};

// Records animation-frame intervals, and the app's work in each, while `action` runs.
async function frameTimes(page, action) {
  await page.evaluate(() => {
    window.benchWork = [];
    window.benchFrames = [];
    let last = performance.now();
    window.benchStop = false;
    const tick = (t) => {
      window.benchFrames.push(t - last);
      last = t;
      if (!window.benchStop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  return page.evaluate(() => {
    window.benchStop = true;
    return { interval: window.benchFrames.slice(1), work: window.benchWork.filter((ms) => ms > 0.05) };
  });
}

const server = await startServer();
const browser = await launch();
try {
  const context = await browser.newContext();
  await context.addInitScript(timeCallbacks);
  const page = await openApp(context, server.url);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Fișier').then(() => click(page, 'Importă…'))]);
  await chooser.setFiles(planJson);
  await click(page, 'Observatorul copiilor');
  await waitFor(page, shows(page, `Afișați: ${children} copii`));

  // Scrolling: 60 wheel steps over the table.
  await page.mouse.move(760, 450);
  const scrolling = await frameTimes(page, async () => {
    for (let i = 0; i < 60; ++i) {
      await page.mouse.wheel(0, i < 30 ? 400 : -250);
      await nextFrames(page, 1);
    }
  });
  // Filtering: typing a name letter by letter, then the status and village filters.
  const filtering = await frameTimes(page, async () => {
    await typeInto(page, 'Caută', 'popescu');
    await typeInto(page, 'Caută', '');
    await click(page, 'Filtru stare');
    await click(page, 'În Registru');
    await click(page, 'Filtru sat');
    await click(page, 'Valea Mică');
    await click(page, 'Șterge filtrele');
  });

  // Importing the 10,000-row CSV into the plan: file read, mapping, check, comparison, apply.
  const t0 = Date.now();
  const [csvChooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Importă Observatorul (CSV)…')]);
  await csvChooser.setFiles(planCsv);
  await findItem(page, 'Verifică fișierul', { timeout: 60000 });
  const tMapped = Date.now();
  await click(page, 'Verifică fișierul');
  const result = await findItem(page, 'Importă tot', { timeout: 120000 });
  const tChecked = Date.now();
  await click(page, 'Importă tot');
  await waitFor(page, async () => !(await hasItem(page, 'Importă tot')));
  const tApplied = Date.now();

  const csvBytes = (await readFile(planCsv)).length;
  console.log(JSON.stringify({
    children,
    scrolling: { interval: stats(scrolling.interval), work: stats(scrolling.work) },
    filtering: { interval: stats(filtering.interval), work: stats(filtering.work) },
    csvImport: {
      rows: children, megabytes: (csvBytes / 1e6).toFixed(1),
      openAndMapMs: tMapped - t0, checkAndCompareMs: tChecked - tMapped, applyMs: tApplied - tChecked,
      totalMs: tApplied - t0, resultShown: Boolean(result),
    },
    pageErrors: page.errors,
  }, null, 1));
} finally {
  await browser.close();
  await server.close();
}
