// Time from navigation to the first drawn frame in headless Chromium, with an empty workspace
// and with a stored commune of N children (imported once, then reloaded from IndexedDB).
// Usage: node bench/first_frame.mjs [children=10000] [runs=5]   (after scripts/build-web.sh
// and scripts/build-native.sh; run from the repository root)
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launchPersistent, openApp, click, findItem, saved, nextFrames, cliPath,
} from '../tests/e2e/harness.mjs';

const children = Number(process.argv[2] || 10000);
const runs = Number(process.argv[3] || 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeToReady(page) {
  await page.reload();
  await page.waitForFunction(() => window.prevplanTest !== undefined);
  await page.evaluate(() => window.prevplanTest.ready);
  return page.evaluate(() => performance.now());
}

const server = await startServer();
const profile = await mkdtemp(join(tmpdir(), 'prevplan-bench-'));
const context = await launchPersistent(profile);
try {
  const page = await openApp(context, server.url);
  const empty = [];
  for (let i = 0; i < runs; i++) empty.push(await timeToReady(page));

  const file = join(profile, `demo-${children}.json`);
  execFileSync(cliPath, ['demo', '--children', String(children), '--seed', '1', '-o', file]);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => {
    await click(page, 'Fișier');
    await click(page, 'Importă…');
  })()]);
  const t0 = Date.now();
  await chooser.setFiles(file);
  await page.waitForFunction(() => window.prevplanTest.state().plans.length > 0, null, { timeout: 120000 });
  const importMs = Date.now() - t0;
  await saved(page);
  const savedMs = Date.now() - t0;
  const stored = [];
  for (let i = 0; i < runs; i++) stored.push(await timeToReady(page));
  await nextFrames(page, 2);
  console.log(`first frame, empty workspace: median ${median(empty).toFixed(0)} ms (runs: ${empty.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`import of ${children} children: ${importMs} ms; stored in IndexedDB after ${savedMs} ms`);
  console.log(`first frame, ${children} children stored: median ${median(stored).toFixed(0)} ms (runs: ${stored.map((x) => x.toFixed(0)).join(', ')})`);
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
  await server.close();
}
