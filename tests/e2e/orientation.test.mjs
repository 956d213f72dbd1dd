// Orientation in an open plan: the demo opens on its dashboard, whose counts and overdue work are
// the core's (read back through `prevplan-cli progress` on the same workspace); the step list
// numbers the twelve steps and shows each one's state in words; "Pasul următor" moves on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launch, openApp, click, findItem, items, nextFrames, screenshot, cliPath,
} from './harness.mjs';

let server;
let work;
before(async () => {
  server = await startServer();
  work = await mkdtemp(join(tmpdir(), 'orientation-'));
});
after(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

const stepTitles = ['Comuna', 'Observatorul copiilor', 'Identificarea riscurilor', 'Registrul copiilor în risc',
  'De făcut', 'Raportul privind copiii în risc', 'Resurse', 'Servicii necesare', 'Priorități', 'Planul',
  'Monitorizare', 'Partajare'];
const stateWords = { 'not started': 'neînceput', 'in progress': 'în lucru', done: 'gata' };
const overdueLabels = {
  'abuse-suspicion-visit': 'Vizite în 72 de ore: suspiciune de abuz sau neglijare',
  'notify-dgaspc': 'Anunțarea DGASPC: abuz sau neglijare confirmate',
  'risk-identification': 'Vizite la domiciliu în 72 de ore',
  'service-plan': 'Planuri de servicii (30 de zile)',
  'monitoring-visit': 'Vizite de monitorizare',
  'refresh-observation': 'Fișe de observație de completat sau actualizat',
};
// As core/base/words.h groups thousands in Romanian.
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

// What the core says of the page's own workspace, on the page's day.
async function coreProgress(page) {
  const file = join(work, 'workspace.json');
  await writeFile(file, await page.evaluate(() => JSON.stringify(window.prevplanTest.state())));
  const day = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const out = execFileSync(cliPath, ['progress', file, '--as-of', day], { encoding: 'utf8' });
  const facts = { steps: [], overdue: [] };
  for (const line of out.trim().split('\n')) {
    let m;
    if ((m = /^step (\d+) ([a-z ]+): (.*)$/.exec(line))) facts.steps.push({ n: +m[1], state: m[2], reason: m[3] });
    else if ((m = /^overdue (\S+) (legal|routine) (\d+) /.exec(line))) facts.overdue.push({ kind: m[1], legal: m[2] === 'legal', count: +m[3] });
    else if ((m = /^(\S+) (\d+)$/.exec(line))) facts[m[1]] = +m[2];
  }
  return facts;
}

async function openDemo(viewport = { width: 1366, height: 768 }) {
  const browser = await launch();
  const page = await openApp(await browser.newContext(), server.url);
  await page.setViewportSize(viewport);
  await nextFrames(page, 3);
  await click(page, 'Încearcă demonstrația');
  await findItem(page, 'DEMO – date fictive');
  return { browser, page };
}

async function labels(page) {
  return (await items(page)).map((it) => it.label);
}

test('the demo opens on its dashboard: the core\'s counts, overdue work legal deadlines first, and the next step', async () => {
  const { browser, page } = await openDemo();
  try {
    const core = await coreProgress(page);
    assert.equal(core.children, 600);
    for (const [label, value] of [
      ['Copii 0–17 în Observator', grouped(core.children)],
      ['Gospodării', grouped(core.households)],
      ['Copii în familii cu riscuri', grouped(core['at-risk-children'])],
      ['Copii în Registru', grouped(core['registry-children'])],
      ['Situații de risc confirmate', grouped(core['confirmed-risks'])],
      ['Planuri de servicii întocmite', `${grouped(core['service-plans'])} din ${grouped(core['registry-children'])}`],
    ]) await findItem(page, `${label}: ${value}`);

    // Overdue work: each kind with the core's count; the legal deadlines above the others.
    assert.ok(core.overdue.length > 0, 'the demo has overdue work');
    const all = await items(page);
    const rows = core.overdue.map((o) => {
      const row = all.find((it) => it.label === `${overdueLabels[o.kind]}: ${grouped(o.count)}`);
      assert.ok(row, `${o.kind}: ${o.count}`);
      return { ...o, y: row.y };
    });
    for (const legal of rows.filter((r) => r.legal))
      for (const routine of rows.filter((r) => !r.legal)) assert.ok(legal.y < routine.y, `${legal.kind} above ${routine.kind}`);

    // The step list: numbered, each step's state in words, as the core computes it.
    const seen = await labels(page);
    assert.equal(core.steps.length, 12);
    for (const s of core.steps) assert.ok(seen.includes(`${s.n}. ${stepTitles[s.n - 1]}: ${stateWords[s.state]}`), `step ${s.n}`);
    await screenshot(page, 'orientation-dashboard-1366-ro');

    // What to do next: the first step not done, and the button opens it.
    const next = `Pasul următor: ${core.next}. ${stepTitles[core.next - 1]}`;
    await click(page, next);
    assert.ok(!(await labels(page)).includes(next) || core.next === 12, 'the dashboard gave way to the step');
    if (core.next < 12) await findItem(page, `Pasul următor: ${core.next + 1}. ${stepTitles[core.next]}`);

    // An overdue row opens the work queue, which ends with the step after it.
    await click(page, 'Tablou de bord');
    await click(page, `${overdueLabels[core.overdue[0].kind]}: ${grouped(core.overdue[0].count)}`);
    await findItem(page, 'Pasul următor: 6. Raportul privind copiii în risc');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('"Pasul următor" walks the steps in the method\'s order', async () => {
  const { browser, page } = await openDemo();
  try {
    await click(page, 'Comuna');
    for (let n = 2; n <= 12; ++n) {
      await click(page, `Pasul următor: ${n}. ${stepTitles[n - 1]}`);
      // The pointer leaves the button, as a hand would, before the next screen's button is pressed.
      await page.mouse.move(5, 5);
      await nextFrames(page, 2);
    }
    // The last step has no next one.
    const left = (await labels(page)).filter((l) => l.startsWith('Pasul următor'));
    assert.deepEqual(left, []);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 600 }]) {
  test(`the dashboard and a step's way on fit at ${viewport.width}×${viewport.height}, in Romanian and English`, async () => {
    const { browser, page } = await openDemo(viewport);
    try {
      const size = `${viewport.width}`;
      const inWindow = async (label) => {
        const it = await findItem(page, label);
        assert.ok(it.y >= 0 && it.y + it.h <= viewport.height && it.x + it.w <= viewport.width, `${label} in the window`);
      };
      await screenshot(page, `orientation-dashboard-${size}-ro`);
      await click(page, 'Observatorul copiilor');
      await inWindow('Pasul următor: 3. Identificarea riscurilor');
      await screenshot(page, `orientation-observatory-${size}-ro`);

      await click(page, 'Limba');
      await click(page, 'English');
      await click(page, 'Dashboard');
      await findItem(page, 'Children 0–17 in the Observatory: 600');
      await screenshot(page, `orientation-dashboard-${size}-en`);
      await click(page, 'Priorities');
      await inWindow('Next step: 10. The plan');
      await screenshot(page, `orientation-priorities-${size}-en`);
      assert.deepEqual(page.errors, []);
    } finally {
      await browser.close();
    }
  });
}
