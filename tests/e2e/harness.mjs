// Shared pieces of the browser tests: a loopback static server for the built site, Debian's
// Chromium through playwright-core, and helpers that find widgets by their visible labels.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
// The tests drive the test build (the same app with the test API); publishedSiteDir is the site
// a host serves, without it.
export const siteDir = process.env.PREVPLAN_SITE || join(here, '..', '..', 'build', 'web', 'site-test');
export const publishedSiteDir = process.env.PREVPLAN_PUBLISHED_SITE || join(here, '..', '..', 'build', 'web', 'site');
export const artifactsDir = join(here, 'artifacts');
export const dataDir = join(here, '..', 'data');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.data': 'application/octet-stream', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json', '.csv': 'text/csv',
};

// Serves the site under a sub-path, as a static host would, to prove relative URLs work.
export async function startServer(prefix = '/prevplan/', dir = siteDir) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404); return res.end(); }
    let rel = normalize(url.pathname.slice(prefix.length) || 'index.html');
    if (rel.startsWith('..')) { res.writeHead(403); return res.end(); }
    try {
      const body = await readFile(join(dir, rel));
      res.writeHead(200, { 'content-type': types[extname(rel)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

// Serves a folder with scripts/serve.py (what scripts/run.sh serves with: the precompressed
// copies), under a sub-path; `port` 0 picks a free one. Stopping it and serving again on the same
// port keeps the origin, and with it the browser's service worker and stored data.
export async function startServe(dir, { base = '/prevplan/', port = 0 } = {}) {
  const script = join(here, '..', '..', 'scripts', 'serve.py');
  const child = spawn('python3', [script, '--port', String(port), '--base', base, dir], { stdio: ['ignore', 'pipe', 'ignore'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.split('\n')[0].trim());
    });
    child.on('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
  return { url, port: Number(new URL(url).port), close: () => new Promise((r) => { child.once('exit', r); child.kill(); }) };
}

export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs });
}

export async function launchPersistent(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: chromiumArgs,
    viewport: { width: 1280, height: 800 }, acceptDownloads: true,
  });
}

// Opens the app in test mode and waits for the first drawn frame; fails on any page error.
export async function openApp(context, baseUrl, query = '') {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${baseUrl}?test=1${query}`);
  await page.waitForFunction(() => window.prevplanTest !== undefined);
  await page.evaluate(() => window.prevplanTest.ready);
  await nextFrames(page, 2);
  return page;
}

export async function nextFrames(page, n = 2) {
  const start = await page.evaluate(() => window.prevplanTest.frames());
  await page.waitForFunction((target) => window.prevplanTest.frames() >= target, start + n);
}

export async function items(page) {
  return page.evaluate(() => window.prevplanTest.items());
}

// Waits until a widget with this visible label is drawn (the nth one when several are) and
// stays in place for a frame: a popup's first frame lays out before it moves into position.
// `widget`: a widget before a text of the same words (a heading, a field's label above it).
export async function findItem(page, label, { nth = 0, timeout = 5000, widget = false } = {}) {
  const deadline = Date.now() + timeout;
  let previous = null;
  for (;;) {
    const named = (await items(page)).filter((it) => it.label === label);
    const widgets = widget ? named.filter((it) => it.id !== 0) : [];
    const found = widgets.length > nth ? widgets : named;
    const it = found.length > nth ? found[nth] : null;
    if (it && previous && it.x === previous.x && it.y === previous.y && it.w === previous.w) return it;
    previous = it;
    if (Date.now() > deadline) {
      const labels = (await items(page)).map((x) => x.label);
      throw new Error(`no widget labelled "${label}" (seen: ${JSON.stringify(labels)})`);
    }
    await nextFrames(page, 1);
  }
}

export async function hasItem(page, label) {
  return (await items(page)).some((it) => it.label === label);
}

// Clicks a widget by its label with real mouse events, as a person would: the pointer rests
// on the widget for a frame first (ImGui tabs ignore a press that arrives with the move).
// `settle: false` when the click reloads the page: the frames after it would be another page's.
export async function click(page, label, options = {}) {
  const it = await findItem(page, label, { widget: true, ...options });
  const x = it.x + Math.min(it.w / 2, 40), y = it.y + it.h / 2;
  await page.mouse.move(x, y);
  await nextFrames(page, 1);
  await page.mouse.click(x, y);
  if (options.settle !== false) await nextFrames(page, 2);
}

// Focuses a text field by label and types into it (non-ASCII text through the test hook).
export async function typeInto(page, label, text, options = {}) {
  await click(page, label, options);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await nextFrames(page, 1);
  await page.evaluate((t) => window.prevplanTest.type(t), text);
  await nextFrames(page, 2);
}

// A plan made through the new-plan form, left open.
export async function createPlan(page, { county = 'Bihor (05)', commune, villages = [] }) {
  await click(page, 'Începe planul comunei');
  await click(page, 'Județul');
  await click(page, county);
  await typeInto(page, 'Comuna', commune);
  if (villages.length) await typeInto(page, 'Satele', villages.join('\n'));
  await click(page, 'Creează planul');
}

// Whether a labelled widget is drawn inside the window (a scrolled-away one is listed too).
export async function inView(page, label) {
  const height = page.viewportSize().height;
  return (await items(page)).some((it) => it.label === label && it.y >= 0 && it.y + it.h <= height);
}

// Scrolls what is under the middle of the page until a labelled widget is in view.
export async function scrollTo(page, label, { direction = 1, steps = 60 } = {}) {
  const { width, height } = page.viewportSize();
  await page.mouse.move(width / 2, height / 2);
  for (let i = 0; i < steps; ++i) {
    if (await inView(page, label)) return findItem(page, label);
    await page.mouse.wheel(0, direction * 300);
    await nextFrames(page, 2);
  }
  return findItem(page, label);
}

// The labelled texts on the same line as a label, left to right: a table row as a person reads it.
export async function rowTexts(page, label) {
  const first = await findItem(page, label);
  const all = await items(page);
  return all.filter((it) => Math.abs(it.y - first.y) < 3 && it.window === first.window)
    .sort((a, b) => a.x - b.x).map((it) => it.label);
}

export async function state(page) {
  return page.evaluate(() => window.prevplanTest.state());
}

// File › Importă… with a workspace file, until its plans are in the workspace and saved.
export async function importWorkspace(page, file, plans = 1) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => {
    await click(page, 'Fișier');
    await click(page, 'Importă…');
  })()]);
  await chooser.setFiles(file);
  await page.waitForFunction((n) => window.prevplanTest.state().plans.length === n, plans, { timeout: 120000 });
  await saved(page);
}

export async function saved(page) {
  await page.evaluate(() => window.prevplanTest.saved());
}

export async function screenshot(page, name) {
  await mkdir(artifactsDir, { recursive: true });
  await nextFrames(page, 2);
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
}

// The native command-line tool, built by the test script next to the site.
export const cliPath = process.env.PREVPLAN_CLI || join(here, '..', '..', 'build', 'native', 'prevplan-cli');
