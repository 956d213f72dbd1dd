// The needs report timed inside the page (headless Chromium, the test site's
// prevplanTest.timeReport): for each size, the demo commune is made in the page, its households are
// recorded in the slices the app makes a frame from when a plan opens, then the report is computed
// as every screen gets it after an edit (one household replaced, `--runs` times), on another date
// (from the records alone), and from the plan alone (every household read again, as before the
// records were kept). Prints milliseconds as a markdown table.
// Builds nothing: run scripts/build-web.sh first (or set PREVPLAN_SITE to another test site).
//
// usage: node bench/report_page.mjs [--sizes "10000 100000"] [--runs 5]
import { loadavg } from 'node:os';

import { launch, openApp, startServer } from '../tests/e2e/harness.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('--sizes', '10000 100000').split(/[ ,]+/).filter(Boolean).map(Number);
const runs = Number(arg('--runs', 5));
const ms = (x) => (typeof x === 'number' ? x.toFixed(1) : 'n/a');

const server = await startServer();
const browser = await launch();
try {
  const page = await openApp(await browser.newContext(), server.url);
  if (!(await page.evaluate(() => typeof window.prevplanTest.timeReport === 'function')))
    throw new Error('the test API has no timeReport');
  console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${runs} runs each`);
  console.log('| children | households | after an edit (median ms) | recording, in slices (ms) | longest slice (ms) | first report (ms) | another date, from the records (median ms) | from the plan alone (median ms) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const r = await page.evaluate(([c, k]) => window.prevplanTest.timeReport(c, k), [n, runs]);
    console.log(`| ${n} | ${r.households} | ${ms(r.median)} | ${ms(r.recording)} | ${ms(r.longestSlice)} | ${ms(r.firstReport)} | ${ms(r.fromRecords)} | ${ms(r.fromPlan)} |`);
    console.error(JSON.stringify(r));
  }
  console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
} finally {
  await browser.close();
  await server.close();
}
