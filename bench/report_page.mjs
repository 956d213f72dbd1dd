// The needs report timed inside the page (headless Chromium, the test site's
// prevplanTest.timeReport): for each size, the demo commune is made in the page, then the report is
// computed `--runs` times from the plan alone (each household read again), once through a
// ReportCache (which records every household) and `--runs` times more through that cache on another
// date (counted from the household records alone). Prints medians in ms as a markdown table.
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
  console.log('| children | households | from the plan (median ms) | recording every household (ms) | from the records (median ms) |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const r = await page.evaluate(([c, k]) => window.prevplanTest.timeReport(c, k), [n, runs]);
    console.log(`| ${n} | ${r.households} | ${ms(r.median)} | ${ms(r.recorded)} | ${ms(r.fromRecords)} |`);
    console.error(JSON.stringify(r));
  }
  console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
} finally {
  await browser.close();
  await server.close();
}
