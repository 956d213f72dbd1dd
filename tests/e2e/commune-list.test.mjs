// A mayoralty's own list of children (Romanian headers, no household codes): the columns are
// recognised, the proposed households are reviewed before anything is applied, and the command-line
// tool imports the same list with the same proposal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, openApp, click, findItem, hasItem, items, createPlan, cliPath, dataDir, screenshot, state } from './harness.mjs';

const listPath = join(dataDir, 'csv', 'commune-list.csv');
let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

async function openList(page) {
  await click(page, 'Observatorul copiilor');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Importă Observatorul (CSV)…')]);
  await chooser.setFiles(listPath);
  await findItem(page, 'Verifică fișierul');
}

async function screenshots(page, name) {
  for (const [w, h] of [[1366, 768], [1024, 600]]) {
    await page.setViewportSize({ width: w, height: h });
    await screenshot(page, `${name}-${w}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a mayoralty list: review shows the proposed households, uncertain first; confirm puts them in the Observatory', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Deal', villages: ['Deal', 'Vale'] });
    await openList(page);
    await screenshots(page, 'commune-list-mapping-ro');
    await click(page, 'Verifică fișierul');
    await findItem(page, '5 gospodării, 7 familii, 9 copii');
    await findItem(page, 'De verificat, mai întâi: 4 gospodării');
    // The uncertain households come before the one nothing is doubted about.
    const labels = (await items(page)).map((it) => it.label);
    const first = (l) => labels.indexOf(l);
    assert.ok(first('fără adresă: o gospodărie separată') >= 0);
    assert.ok(first('Georgescu Ion: Georgescu Radu și Georgescu Maria') > first('fără adresă: o gospodărie separată'));
    await findItem(page, 'Popescu Maria: Popescu Ana și POPESCU Ion; Ionescu Vasile: Ionescu Mihai');
    await screenshots(page, 'commune-list-review-ro');
    // Nothing is in the plan while the proposal waits.
    assert.equal((await state(page)).plans[0].households.length, 0);
    await click(page, 'Confirmă gospodăriile și verifică fișierul');
    await findItem(page, '9 rânduri citite, 0 cu erori', { timeout: 15000 });
    await findItem(page, 'Copii noi: 9 · modificați: 0 · la fel: 0 · din plan, neatinși: 0');
    await click(page, 'Importă tot');
    await findItem(page, 'Afișați: 9 copii din 5 gospodării (7 familii)', { timeout: 15000 });
    const plan = (await state(page)).plans[0];
    assert.equal(plan.households.length, 5);
    const mare = plan.households.find((h) => h.address === 'Str. Mare nr. 12');
    assert.deepEqual(mare.families.map((f) => f.head), ['Popescu Maria', 'Ionescu Vasile']);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('the review in English, and back to the columns without a change to the plan', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Deal', villages: ['Deal', 'Vale'] });
    await click(page, 'Limba');
    await click(page, 'English');
    await click(page, 'Children Observatory');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Import the Observatory (CSV)…')]);
    await chooser.setFiles(listPath);
    await click(page, 'Check the file');
    await findItem(page, '5 households, 7 families, 9 children');
    await screenshots(page, 'commune-list-review-en');
    await click(page, 'Back to the columns');
    await findItem(page, 'Check the file');
    assert.equal(await hasItem(page, '5 households, 7 families, 9 children'), false);
    assert.equal((await state(page)).plans[0].households.length, 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('prevplan-cli import-csv reads the same list, applies the proposal and prints its summary', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'prevplan-list-'));
  const out = join(dir, 'deal.json');
  const printed = execFileSync(cliPath, ['import-csv', listPath, '-o', out, '--county', '5', '--commune', 'Deal',
    '--today', '2026-11-30', '--lang', 'ro']).toString();
  assert.match(printed, /ignored column: Nr\. crt\./);
  assert.match(printed, /unrecognised column, ignored: Observații/);
  assert.match(printed, /Propunere: 5 gospodării, 7 familii, 9 copii\./);
  assert.match(printed, /De verificat: 4 gospodării\./);
  assert.match(printed, /rândul 5 – Vale, \(fără adresă\): Stan Elena – fără adresă: o gospodărie separată/);
  const plan = JSON.parse(await readFile(out, 'utf8')).plans[0];
  assert.equal(plan.households.length, 5);
  assert.equal(plan.households.flatMap((h) => h.families).length, 7);
  // The same list gives the same codes.
  const again = join(dir, 'again.json');
  execFileSync(cliPath, ['import-csv', listPath, '-o', again, '--county', '5', '--commune', 'Deal', '--today', '2026-11-30']);
  const ids = (p) => p.households.map((h) => h.id);
  assert.deepEqual(ids(JSON.parse(await readFile(again, 'utf8')).plans[0]), ids(plan));
});
