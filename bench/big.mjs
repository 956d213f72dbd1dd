// Big communes in the real page: one table for communes of 10,000 and 50,000 children, measured in
// headless Chromium (a fresh profile for every measurement), and DuckDB-wasm beside PrevPlan on the
// same Observatory CSV. Prints the table as markdown and writes the raw samples to bench/out/.
// Nothing here asserts: a step that fails prints "n/a (why)" and the others go on.
//
// usage: node bench/big.mjs [--sizes "10000 50000"] [--runs 3] [--csv-rows "10000 100000"]
//          [--report-sizes "10000 50000 100000"] [--duck-sizes "10000 100000"] [--no-duckdb]
//          [--steps load,commune,csv,report,duck]
// Needs build/native/prevplan-cli and the web build (build/web/site, build/web/site-test).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import {
  cliPath, click, createPlan, findItem, hasItem, items, launch, launchPersistent, nextFrames, openApp,
  publishedSiteDir, saved, siteDir, startServer,
} from '../tests/e2e/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const numbers = (text) => text.split(/[ ,]+/).filter(Boolean).map(Number);
const sizes = numbers(arg('--sizes', '10000 50000'));
const runs = Number(arg('--runs', 3));
const csvSizes = numbers(arg('--csv-rows', '10000 100000'));
const reportSizes = numbers(arg('--report-sizes', '10000 50000 100000'));
const duckSizes = process.argv.includes('--no-duckdb') ? [] : numbers(arg('--duck-sizes', '10000 100000'));
const steps = new Set(arg('--steps', 'load,commune,csv,report,duck').split(','));
const TODAY = '2026-11-29';
const SEED = '42';

const outDir = join(here, 'out');
const dataDir = mkdtempSync(join(tmpdir(), 'prevplan-big-'));
mkdirSync(outDir, { recursive: true });
const raw = { started: new Date().toISOString(), loadBefore: loadavg(), cores: cpus().length, runs, sizes, csvSizes, reportSizes, duckSizes, results: {} };
const log = (...a) => console.error('big:', ...a);

// ---- figures ------------------------------------------------------------------------------------

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (x, digits = 0) => (Number.isFinite(x)
  ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a');
const kb = (bytes) => `${fmt(bytes / 1000, 1)} KB`;
// A measured step: its samples, or why it has none.
async function attempt(name, fn) {
  try {
    const value = await fn();
    raw.results[name] = value;
    return value;
  } catch (e) {
    const why = String(e && e.message ? e.message : e).split('\n')[0].slice(0, 120);
    log(`${name} failed: ${why}`);
    raw.results[name] = { error: why };
    return { error: why };
  }
}
const na = (r) => `n/a (${r.error})`;
// "median (min–max), n=…" of the samples, in the unit given.
function summary(samples, unit = 'ms', digits = 0) {
  const ok = samples.filter(Number.isFinite);
  if (!ok.length) return 'n/a (no sample)';
  const lo = Math.min(...ok), hi = Math.max(...ok);
  const spread = ok.length > 1 ? ` (${fmt(lo, digits)}–${fmt(hi, digits)})` : '';
  return `${fmt(median(ok), digits)} ${unit}${spread}, n=${ok.length}`;
}

// ---- the page's instruments (an init script in every measured page) -----------------------------

// Long main-thread tasks; every IndexedDB put/add with its value's size; the first frame.
function instruments() {
  const b = (window.__bench = { longtasks: [], writes: [], walks: [], firstFrame: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    b.noLongtasks = String(e);
  }
  // Bytes of a stored value: strings by length (the stored data is mostly ASCII), buffers and
  // typed arrays by byteLength, IDBFS's {timestamp, mode, contents} and other objects by their parts.
  const size = (v, depth = 0) => {
    if (v === null || v === undefined) return 0;
    if (typeof v === 'string') return v.length;
    if (typeof v === 'number' || typeof v === 'boolean') return 8;
    if (v instanceof ArrayBuffer) return v.byteLength;
    if (ArrayBuffer.isView(v)) return v.byteLength;
    if (v instanceof Blob) return v.size;
    if (v instanceof Date) return 8;
    if (typeof v === 'object' && depth < 4) {
      let n = 0;
      for (const k of Object.keys(v)) n += size(v[k], depth + 1);
      return n;
    }
    return 0;
  };
  window.__benchSize = size;
  for (const name of ['put', 'add']) {
    const original = IDBObjectStore.prototype[name];
    IDBObjectStore.prototype[name] = function (value, key) {
      b.writes.push({ t: performance.now(), store: this.name, bytes: size(value) + size(key) });
      return original.apply(this, arguments);
    };
  }
  // A walk of the whole store: IDBFS's syncfs reads every key's timestamp through this cursor.
  const walk = IDBIndex.prototype.openKeyCursor;
  IDBIndex.prototype.openKeyCursor = function () {
    b.walks.push(performance.now());
    return walk.apply(this, arguments);
  };
  // The test API's `ready` resolves inside the first drawn frame: note the time right there.
  let api;
  Object.defineProperty(window, 'prevplanTest', {
    configurable: true,
    get: () => api,
    set: (value) => {
      api = value;
      if (value && value.ready) value.ready.then(() => { b.firstFrame = performance.now(); });
    },
  });
}

const pageNow = (page) => page.evaluate(() => performance.now());
// The longest long task overlapping [from, to] (page clock), once the observer has reported.
async function longestTask(page, from, to) {
  await page.waitForTimeout(300);
  return page.evaluate(([a, z]) => {
    if (window.__bench.noLongtasks) return NaN;
    const hits = window.__bench.longtasks.filter((t) => t.start < z && t.start + t.duration > a);
    return hits.reduce((m, t) => Math.max(m, t.duration), 0);
  }, [from, to]);
}

// Every IndexedDB store of the page, read back: entries and bytes (values and keys).
async function storedBytes(page) {
  return page.evaluate(async () => {
    const size = window.__benchSize;
    const open = (name) => new Promise((res, rej) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const stores = [];
    for (const { name } of await indexedDB.databases()) {
      const db = await open(name);
      for (const storeName of db.objectStoreNames) {
        const sum = await new Promise((res, rej) => {
          let bytes = 0, entries = 0;
          const req = db.transaction(storeName, 'readonly').objectStore(storeName).openCursor();
          req.onsuccess = () => {
            const c = req.result;
            if (!c) return res({ bytes, entries });
            bytes += size(c.value) + size(c.key);
            entries++;
            c.continue();
          };
          req.onerror = () => rej(req.error);
        });
        stores.push({ database: name, store: storeName, ...sum });
      }
      db.close();
    }
    return { stores, bytes: stores.reduce((n, s) => n + s.bytes, 0) };
  });
}

// Waits until `test` holds, one frame at a time.
async function until(page, test, timeout = 180000) {
  const deadline = Date.now() + timeout;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await nextFrames(page, 1);
  }
}

// A fresh profile with the instruments, the test site open; closed and deleted by `done`.
async function freshProfile(server) {
  const dir = mkdtempSync(join(tmpdir(), 'prevplan-big-profile-'));
  const context = await launchPersistent(dir);
  await context.addInitScript(instruments);
  const page = await openApp(context, server.url);
  return { context, page, done: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

// ---- data -----------------------------------------------------------------------------------------

function demo(children, ext, extra = []) {
  const file = join(dataDir, `demo-${children}${extra.length ? '-c5' : ''}.${ext}`);
  if (!existsSync(file)) {
    execFileSync(cliPath, ['demo', '--children', String(children), '--seed', SEED, '--today', TODAY, ...extra, '-o', file]);
  }
  return file;
}

// ---- 1. first-load bytes (the published site, a fresh browser) ------------------------------------

async function firstLoad() {
  const dir = existsSync(join(publishedSiteDir, 'index.html')) ? publishedSiteDir : siteDir;
  const server = await startServer('/prevplan/', dir);
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    const files = [];
    for (const r of responses) {
      const body = await r.body().catch(() => null);
      if (!body) continue;
      const name = decodeURIComponent(new URL(r.url()).pathname.split('/').pop() || 'index.html');
      const sizes = await r.request().sizes().catch(() => ({}));
      const local = join(dir, name);
      files.push({
        name, status: r.status(), encoding: r.headers()['content-encoding'] || 'none',
        transferred: sizes.responseBodySize ?? NaN, raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        precompressed: ['.br', '.gz'].filter((ext) => existsSync(local + ext)),
      });
    }
    const total = (k) => files.reduce((n, f) => n + f[k], 0);
    return { site: basename(dir), files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---- 2. a stored commune: workspace import, storage, reload, one small edit -----------------------

async function importWorkspace(page, file) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => {
    await click(page, 'Fișier');
    await click(page, 'Importă…');
  })()]);
  const t0 = await pageNow(page);
  const wall0 = Date.now();
  await chooser.setFiles(file);
  // The imported plan opens (its steps are drawn), or at least its row is listed.
  await until(page, async () => (await items(page)).some((it) => it.label === 'Observatorul copiilor' || it.label === 'Deschide'));
  const shown = Date.now() - wall0;
  await saved(page);
  const durable = Date.now() - wall0;
  const t1 = await pageNow(page);
  return { shownMs: shown, savedMs: durable, longestTaskMs: await longestTask(page, t0, t1) };
}

async function reloadTimed(page) {
  await page.reload();
  await page.waitForFunction(() => window.__bench && window.__bench.firstFrame !== null, null, { timeout: 300000 });
  const firstFrame = await page.evaluate(() => window.__bench.firstFrame);
  await page.waitForTimeout(2000);  // opening may go on after the first frame
  return { firstFrameMs: firstFrame, longestTaskMs: await longestTask(page, 0, firstFrame + 2000) };
}

// One household added in the open plan's Observatory: what the save writes and how long it blocks.
async function smallEdit(page) {
  if (await hasItem(page, 'Deschide')) await click(page, 'Deschide');
  await click(page, 'Observatorul copiilor', { timeout: 60000 });
  await saved(page);
  await page.waitForTimeout(500);
  const it = await findItem(page, 'Adaugă o gospodărie');
  await page.mouse.move(it.x + Math.min(it.w / 2, 40), it.y + it.h / 2);
  await nextFrames(page, 1);
  const t0 = await pageNow(page);
  await page.mouse.click(it.x + Math.min(it.w / 2, 40), it.y + it.h / 2);
  await nextFrames(page, 2);
  await saved(page);
  await page.waitForTimeout(300);
  const t1 = await pageNow(page);
  const writes = await page.evaluate((a) => window.__bench.writes.filter((w) => w.t >= a), t0);
  const walks = await page.evaluate((a) => window.__bench.walks.filter((t) => t >= a).length, t0);
  return {
    editToSavedMs: t1 - 300 - t0, writes: writes.length, bytes: writes.reduce((n, w) => n + w.bytes, 0), walks,
    longestTaskMs: await longestTask(page, t0, t1),
  };
}

async function commune(server, children) {
  const file = demo(children, 'json');
  const samples = [];
  for (let r = 0; r < runs; r++) {
    log(`commune ${children}: run ${r + 1}/${runs}`);
    const { page, done } = await freshProfile(server);
    const sample = {};
    try {
      sample.import = await attempt(`import-${children}-${r}`, () => importWorkspace(page, file));
      sample.stored = await attempt(`stored-${children}-${r}`, () => storedBytes(page));
      sample.reload = await attempt(`reload-${children}-${r}`, () => reloadTimed(page));
      sample.edit = await attempt(`edit-${children}-${r}`, () => smallEdit(page));
      sample.pageErrors = page.errors.slice(0, 5);
    } finally {
      await done();
    }
    samples.push(sample);
  }
  return { children, fileBytes: statSync(file).size, samples };
}

// ---- 3. the Observatory CSV imported through the app's screens --------------------------------------

// The check's progress bar, "12.544 / 100.000 de rânduri – citire", when one is drawn.
const csvProgress = (list) => list.map((it) => it.label).find((l) => / \/ [\d.]+ de rânduri – /.test(l));
const framesDrawn = (page) => page.evaluate(() => window.prevplanTest.frames());

// Each phase: its time from the moment it started (page clock), and its longest main-thread task.
// The check as the page lives it, without the test's click and polling: from the last frame
// that still drew "Verifică fișierul" (the click is read in the next one) to the first that
// shows the result, on the page's clock, watched at every animation frame.
async function watchCheck(page) {
  await page.evaluate(() => {
    const b = (window.benchCheck = { lastButton: null, shown: null });
    const has = (label) => window.prevplanTest.items().some((it) => it.label === label);
    const watch = () => {
      if (has('Importă tot')) b.shown = performance.now();
      else {
        if (has('Verifică fișierul')) b.lastButton = performance.now();
        requestAnimationFrame(watch);
      }
    };
    requestAnimationFrame(watch);
  });
}

async function csvImport(server, rows) {
  const file = demo(rows, 'csv', ['--county', '5']);
  const samples = [];
  for (let r = 0; r < runs; r++) {
    log(`csv ${rows}: run ${r + 1}/${runs}`);
    const { page, done } = await freshProfile(server);
    try {
      samples.push(await attempt(`csv-${rows}-${r}`, async () => {
        await createPlan(page, { commune: 'Bench' });
        await click(page, 'Observatorul copiilor');
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Importă Observatorul (CSV)…')]);
        const t0 = await pageNow(page);
        await chooser.setFiles(file);
        await findItem(page, 'Verifică fișierul', { timeout: 300000 });
        const tMapped = await pageNow(page);
        await watchCheck(page);
        await click(page, 'Verifică fișierul');
        const tCheck = await pageNow(page);
        // The bar, frame by frame, until the result shows: the frames drawn and the labels seen.
        const frames0 = await framesDrawn(page);
        let labels = 0, last = null;
        for (const deadline = Date.now() + 600000; ;) {
          const list = await items(page);
          if (list.some((it) => it.label === 'Importă tot')) break;
          const label = csvProgress(list);
          if (label && label !== last) [labels, last] = [labels + 1, label];
          if (Date.now() > deadline) throw new Error('the check did not end');
          await nextFrames(page, 1);
        }
        const tChecked = await pageNow(page);
        const frames = (await framesDrawn(page)) - frames0;
        const inPage = await page.evaluate(() => window.benchCheck);
        await click(page, 'Importă tot');
        const tApply = await pageNow(page);
        await until(page, async () => !(await hasItem(page, 'Importă tot')));
        const tApplied = await pageNow(page);
        await saved(page);
        const tSaved = await pageNow(page);
        const shown = (await items(page)).find((it) => it.label.startsWith('Afișați:'));
        return {
          mappedMs: tMapped - t0, checkMs: tChecked - tCheck, checkInPageMs: inPage.shown - inPage.lastButton, applyMs: tApplied - tApply, saveMs: tSaved - tApplied,
          checkFrames: frames, checkLabels: labels,
          longestToMappingMs: await longestTask(page, t0, tMapped),
          longestCheckMs: await longestTask(page, tCheck, tChecked),
          longestApplyMs: await longestTask(page, tApply, tApplied),
          longestSaveMs: await longestTask(page, tApplied, tSaved),
          shown: shown ? shown.label : null, pageErrors: page.errors.slice(0, 5),
        };
      }));
    } finally {
      await done();
    }
  }
  return { rows, fileBytes: statSync(file).size, samples };
}

// ---- 4. the needs report in the page (the test API's timing hook) ----------------------------------

async function reportInPage(server) {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    const has = await page.evaluate(() => typeof window.prevplanTest.timeReport === 'function');
    if (!has) throw new Error('the test API has no timeReport');
    const out = {};
    for (const n of reportSizes) {
      log(`report ${n}`);
      out[n] = await page.evaluate(([c, k]) => window.prevplanTest.timeReport(c, k), [n, Math.max(runs, 5)]);
    }
    return out;
  } finally {
    await browser.close();
  }
}

// ---- 5. DuckDB-wasm beside PrevPlan, Table 1 over the same CSV --------------------------------------

function installDuckdb() {
  if (existsSync(join(here, 'node_modules', '@duckdb', 'duckdb-wasm'))) return;
  log('installing @duckdb/duckdb-wasm into bench/node_modules');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: ['ignore', 'ignore', 'inherit'] });
}

function duck(children) {
  const csv = demo(children, 'csv', ['--county', '5']);
  const json = join(dataDir, `obs-${children}.json`);
  const cliImport = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    execFileSync(cliPath, ['import-csv', csv, '-o', json, '--county', '5', '--commune', 'Bench', '--today', TODAY]);
    cliImport.push(performance.now() - t);
  }
  const reportFile = join(dataDir, `report-${children}.json`);
  const rep = spawnSync(cliPath, ['report', json, '--format', 'json', '--as-of', TODAY, '--timings'], { maxBuffer: 1 << 28 });
  if (rep.status !== 0) throw new Error(`prevplan-cli report: ${rep.stderr}`);
  writeFileSync(reportFile, rep.stdout);
  const res = spawnSync(process.execPath, [join(here, 'duck_table1.mjs'), csv, reportFile, '--runs', String(runs), '--as-of', TODAY],
    { maxBuffer: 1 << 24 });
  if (res.status !== 0) throw new Error(`duck_table1: ${String(res.stderr).trim().split('\n').pop()}`);
  const line = String(res.stdout).trim().split('\n').pop();
  return { children, csvBytes: statSync(csv).size, cliImportMs: cliImport, cliReportTimings: String(rep.stderr).trim(), duckdb: JSON.parse(line) };
}

// ---- the run --------------------------------------------------------------------------------------

const server = await startServer();
const results = { communes: {}, csv: {}, duck: {} };
try {
  if (steps.has('load')) { log('first load'); results.load = await attempt('first-load', firstLoad); }
  if (steps.has('commune')) for (const n of sizes) results.communes[n] = await attempt(`commune-${n}`, () => commune(server, n));
  if (steps.has('csv')) for (const n of csvSizes) results.csv[n] = await attempt(`csv-${n}`, () => csvImport(server, n));
  if (steps.has('report')) results.report = await attempt('report', () => reportInPage(server));
  if (steps.has('duck') && duckSizes.length) {
    const installed = await attempt('duckdb-install', installDuckdb);
    for (const n of duckSizes) {
      log(`duckdb ${n}`);
      results.duck[n] = installed && installed.error ? installed : await attempt(`duck-${n}`, () => duck(n));
    }
  }
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

// ---- the table --------------------------------------------------------------------------------------

const cell = (n, pick) => {
  const c = results.communes[n];
  if (!c) return 'not run';
  if (c.error) return na(c);
  const got = c.samples.map((s) => {
    try { return pick(s); } catch { return NaN; }
  });
  if (!got.some(Number.isFinite)) {
    const why = c.samples.map((s) => Object.values(s).find((v) => v && v.error)).find(Boolean);
    return why ? na(why) : 'n/a (no sample)';
  }
  return got;
};
const row = (what, pick, unit = 'ms', digits = 0) => `| ${what} | ${sizes.map((n) => {
  const got = cell(n, pick);
  return Array.isArray(got) ? summary(got, unit, digits) : got;
}).join(' | ')} |`;
raw.loadAfter = loadavg();
const lines = [];
const L = (s = '') => lines.push(s);
L(`## Big communes in the page (headless Chromium; median (min–max), n = runs; ${new Date().toISOString().slice(0, 10)})`);
L(`${raw.cores} cores; load average ${raw.loadBefore[0].toFixed(1)} at the start, ${raw.loadAfter[0].toFixed(1)} at the end (other work shares the machine).`);
L();
L(`| what | ${sizes.map((n) => `${fmt(n)} children`).join(' | ')} |`);
L(`|---|${sizes.map(() => '---|').join('')}`);
const load = results.load;
const loadCell = !load ? 'not run' : load.error ? na(load)
  : `${kb(load.raw)} raw / ${kb(load.gzip)} gzip -9 / ${kb(load.brotli)} brotli -q 11`;
L(`| first load, every file the page fetched (the same for any commune) | ${sizes.map(() => loadCell).join(' | ')} |`);
if (load && !load.error) {
  const sent = [...new Set(load.files.map((f) => f.encoding))].join(', ');
  const pre = load.files.filter((f) => f.precompressed.length).length;
  L(`| … sent compressed by the server? | ${sizes.map(() => `content-encoding: ${sent}; ${pre} of ${load.files.length} files have .br/.gz beside them`).join(' | ')} |`);
}
L(row('workspace file import: file chosen → plan shown', (s) => s.import.shownMs));
L(row('workspace file import: file chosen → saved', (s) => s.import.savedMs));
L(row('… its longest main-thread task', (s) => s.import.longestTaskMs));
L(`| stored bytes per child (all IndexedDB stores after saving ÷ children) | ${sizes.map((n) => {
  const got = cell(n, (s) => s.stored.bytes / n);
  return Array.isArray(got) ? summary(got, 'B') : got;
}).join(' | ')} |`);
L(row('reload with the commune stored: first frame', (s) => s.reload.firstFrameMs));
L(row('… longest main-thread task while opening (to first frame + 2 s)', (s) => s.reload.longestTaskMs));
L(row('one small edit (add a household) after the reload: bytes written to IndexedDB', (s) => s.edit.bytes, 'B'));
L(row('… IndexedDB puts', (s) => s.edit.writes, 'puts'));
L(row('… walks of the whole store (IDBFS syncfs key cursors)', (s) => s.edit.walks, 'walks'));
L(row('… edit → saved', (s) => s.edit.editToSavedMs));
L(row('… longest main-thread task of that save', (s) => s.edit.longestTaskMs));
L();
if (load && !load.error) {
  L('| first-load file | raw | gzip -9 | brotli -q 11 | sent as |');
  L('|---|---|---|---|---|');
  for (const f of load.files) L(`| ${f.name} | ${fmt(f.raw)} | ${fmt(f.gzip)} | ${fmt(f.brotli)} | ${f.encoding}, ${fmt(f.transferred)} B |`);
  L(`| **total (${load.site})** | **${fmt(load.raw)}** | **${fmt(load.gzip)}** | **${fmt(load.brotli)}** | |`);
  L();
}
// One column per CSV size.
const csvCell = (n, pick, unit = 'ms') => {
  const c = results.csv[n];
  if (!c) return 'not run';
  if (c.error) return na(c);
  const got = c.samples.map((s) => (s.error ? NaN : pick(s)));
  if (!got.some(Number.isFinite)) return na(c.samples.find((s) => s.error) || { error: 'no sample' });
  return summary(got, unit);
};
if (csvSizes.length && steps.has('csv')) {
  L(`| Observatory CSV imported through the app's screens | ${csvSizes.map((n) => `${fmt(n)} rows`).join(' | ')} |`);
  L(`|---|${csvSizes.map(() => '---|').join('')}`);
  const csvRow = (what, pick, unit) => L(`| ${what} | ${csvSizes.map((n) => csvCell(n, pick, unit)).join(' | ')} |`);
  csvRow('file chosen → mapping screen', (s) => s.mappedMs);
  csvRow('… its longest main-thread task', (s) => s.longestToMappingMs);
  csvRow('"Verifică fișierul" → result shown (read, checked, compared)', (s) => s.checkMs);
  csvRow('… the same in the page: the last frame with the button → the first with the result', (s) => s.checkInPageMs);
  csvRow('… its longest main-thread task', (s) => s.longestCheckMs);
  csvRow('… frames drawn meanwhile (the bar moves)', (s) => s.checkFrames, 'frames');
  csvRow('"Importă tot" → children in the plan', (s) => s.applyMs);
  csvRow('… its longest main-thread task', (s) => s.longestApplyMs);
  csvRow('… then → saved', (s) => s.saveMs);
  csvRow('… its longest main-thread task (the store\'s writer)', (s) => s.longestSaveMs);
  L();
}
const rep = results.report;
L('| needs report in the page (test API timeReport: the core\'s report over the demo commune) | median ms |');
L('|---|---|');
for (const n of reportSizes) {
  const r = !rep ? null : rep.error ? rep : rep[n];
  L(`| ${fmt(n)} children | ${!r ? 'not run' : r.error ? na(r) : `${fmt(r.median, 1)} ms (${fmt(Math.min(...r.samples), 1)}–${fmt(Math.max(...r.samples), 1)}), n=${r.samples.length}, the first run cold`} |`);
}
if (duckSizes.length && steps.has('duck')) {
  L();
  L('| DuckDB-wasm beside PrevPlan, Table 1 of the same Observatory CSV | DuckDB-wasm | PrevPlan |');
  L('|---|---|---|');
  for (const n of duckSizes) {
    const d = results.duck[n];
    if (!d || d.error) { L(`| ${fmt(n)} children | ${d ? na(d) : 'not run'} | |`); continue; }
    const db = d.duckdb;
    const pageCsv = results.csv[n] ? `${csvCell(n, (s) => s.checkMs)} read and checked, then ${csvCell(n, (s) => s.applyMs)} applied (in the page, through the screens)` : 'n/a (not imported in the page at this size)';
    const r = rep && !rep.error && rep[n];
    L(`| ${fmt(n)}: figures equal | ${db.equal} of ${db.total}${db.differences.length ? ` (first differences: ${JSON.stringify(db.differences.slice(0, 2))})` : ''} | (the reference: prevplan-cli report) |`);
    L(`| ${fmt(n)}: engine start | ${fmt(db.instantiate)} ms (${db.duckdb}, ${db.bundle}, 1 thread) | – |`);
    L(`| ${fmt(n)}: load the CSV | ${summary(db.load)} (read_csv, no validation) | ${pageCsv}; native CLI import-csv (whole process) ${summary(d.cliImportMs)} |`);
    L(`| ${fmt(n)}: compute Table 1 | ${summary(db.compute)}; CPU ${summary(db.computeCpu || [])} (Table 1 only, wide SQL) | ${r ? `${fmt(r.median, 1)} ms in the page (the whole report)` : 'n/a (no report timing at this size)'} |`);
  }
}
const table = lines.join('\n');
console.log(table);
const stamp = raw.started.replace(/[:.]/g, '-');
writeFileSync(join(outDir, `big-${stamp}.json`), JSON.stringify({ ...raw, table }, null, 1));
log(`raw samples in bench/out/big-${stamp}.json`);
