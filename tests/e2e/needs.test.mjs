// The needs analysis as a social worker does it: a household typed in through the forms, its
// Observation Sheet, the home visit, and the Registry, work queue and report showing exactly the
// figures worked out by hand below; then spreadsheets in and out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launch, openApp, click, typeInto, findItem, hasItem, items, state, screenshot, nextFrames,
  dataDir, createPlan, scrollTo, rowTexts,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

// ---- helpers ------------------------------------------------------------------------------------

// The browser's today, and days after it, as the app computes them (local time).
async function isoDay(page, plusDays = 0) {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    const pad = (x) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, plusDays);
}

// A date as people read it (DD.MM.YYYY), from ISO; and back, to compare dates of a CSV export.
const shown = (isoDate) => isoDate.split('-').reverse().join('.');
const iso = (shownDate) => shownDate.split('.').reverse().join('-');

async function csvPlanState(page) {
  const plan = (await state(page)).plans[0];
  const children = plan.households.flatMap((h) => h.families.flatMap((f) => f.children));
  return { plan, children };
}

// ---- a household through the forms, and the figures that follow from it -------------------------

test('a household typed in, observed and visited shows the hand-computed figures everywhere', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    const today = await isoDay(page);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Deal', 'Vale'] });

    // The household: one nucleus, two children.
    await click(page, 'Observatorul copiilor');
    await click(page, 'Adaugă o gospodărie');
    await typeInto(page, 'Capul familiei', 'Popescu Elena');
    await click(page, 'Adaugă un copil');
    await click(page, 'Adaugă un copil');
    await typeInto(page, 'Numele copilului 1', 'Ștefan Popescu');
    await typeInto(page, 'Data nașterii 1', '2015-03-08');
    await click(page, 'Sexul 1');
    await click(page, 'M');
    await typeInto(page, 'Numele copilului 2', 'Ioana Popescu');
    await typeInto(page, 'Data nașterii 2', '2018-07-01');
    await click(page, 'Sexul 2');
    await click(page, 'F');
    await screenshot(page, 'needs-household');

    // The Observation Sheet: 1.a.1 from the keyboard (Tab to it, D for yes), the rest by mouse.
    await click(page, 'Completează fișa de observație');
    await typeInto(page, 'Completată de', 'Ana Dobre');
    await typeInto(page, 'Funcția', 'asistent social');
    // From "Funcția", Tab goes to the date, the received date, then to 1.a, then to 1.a.1; D answers yes.
    for (let i = 0; i < 4; ++i) {
      await page.keyboard.press('Tab');
      await nextFrames(page, 2);
    }
    await page.keyboard.type('d');
    await nextFrames(page, 2);
    await click(page, '1.b Da');
    await click(page, '2.b Da');
    await scrollTo(page, '4.b Da');
    await click(page, '4.b Da');
    await click(page, '4.b Ioana Popescu');  // 4.b concerns Ioana directly
    await scrollTo(page, '6.b2 Da');
    await click(page, '6.b2 Da');
    await scrollTo(page, '6.b2 Ștefan Popescu');  // the abuse band above the sheet pushed it down
    await click(page, '6.b2 Ștefan Popescu'); // 6.b2 concerns Ștefan directly
    await screenshot(page, 'needs-sheet');
    let family = (await csvPlanState(page)).plan.households[0].families[0];
    assert.deepEqual(family.sheet.answers, { '1.a.1': 'yes', '1.b': 'yes', '2.b': 'yes', '4.b': 'yes', '6.b2': 'yes' });
    assert.equal(family.sheet.id, '05001');
    assert.equal(family.sheet.filled_on, today);
    assert.equal(family.sheet.visit_planned_on, await isoDay(page, 3));  // the 72-hour visit, suggested
    assert.deepEqual(family.children.map((c) => c.exposed_observed), [['6.b2'], ['4.b']]);

    // Risk identification: four suspicions confirmed (1.b, 2.b, 4.b, 6.b2), poverty rejected.
    await click(page, 'Identificarea riscurilor');
    await click(page, 'Popescu Elena');
    for (const code of ['1.b', '2.b', '4.b', '6.b2']) await click(page, `${code} Confirmă`);
    await findItem(page, 'ATENȚIE: vizita a confirmat un posibil abuz, neglijare sau exploatare. Anunțați DGASPC ACUM (HG 691/2015, art. 12); DGASPC verifică în 48 de ore.');
    await click(page, '1.a.1 Infirmă');
    await click(page, '1.a Infirmă');
    await screenshot(page, 'needs-risk-alert');
    await click(page, 'DGASPC a fost anunțată azi');
    assert.equal(await hasItem(page, 'DGASPC a fost anunțată azi'), false);
    family = (await csvPlanState(page)).plan.households[0].families[0];
    assert.equal(family.risk.dgaspc_notified_on, today);
    assert.equal(family.risk.visited_on, today);
    assert.deepEqual(family.children.map((c) => c.registered_on), [today, today]);
    assert.deepEqual(family.children.map((c) => c.exposed_confirmed), [['6.b2'], ['4.b']]);

    // Registry: both children, 4 confirmed risk situations (1.b, 2.b, 4.b, 6.b) → yearly visits;
    // the service plan is due 30 days after the visit.
    await click(page, 'Registrul copiilor în risc');
    await findItem(page, 'Copii în Registru: 2');
    await screenshot(page, 'needs-registry');

    // Work queue: the two service plans, nothing overdue (the sheet is new, the visit done, the DGASPC told).
    await click(page, 'De făcut');
    await findItem(page, '2 sarcini, dintre care 0 depășite');
    await screenshot(page, 'needs-work-queue');
    await click(page, 'Deschide');
    await click(page, 'Începe planul de servicii');
    await typeInto(page, 'Plan întocmit la', today);
    await typeInto(page, 'Aprobat prin dispoziția primarului la', today);
    await click(page, 'Centru de zi');
    await findItem(page, `Următoarea vizită: ${shown(await isoDay(page, 0)).replace(/\d{4}$/, (y) => Number(y) + 1)} (la 12 luni, 4 riscuri confirmate)`);
    await screenshot(page, 'needs-service-plan');
    await click(page, 'De făcut');
    await findItem(page, '1 sarcină, dintre care 0 depășite');

    // Report: one household, two children; suspected and confirmed by dimension.
    await click(page, 'Raportul privind copiii în risc');
    // [dimension, suspected households, children, confirmed households, children]
    const expected = [
      ['1. Situația economică', '1', '2', '1', '2'],   // 1.a (via 1.a.1) and 1.b; 1.b confirmed
      ['2. Situația socială', '1', '2', '1', '2'],
      ['3. Starea de sănătate', '0', '0', '0', '0'],
      ['4. Nivelul de educație', '1', '2', '1', '2'],
      ['5. Condițiile de locuit', '0', '0', '0', '0'],
      ['6. Comportamente la risc', '1', '2', '1', '2'],
      ['Cel puțin un risc', '1', '2', '1', '2'],
    ];
    for (const row of expected) assert.deepEqual(await rowTexts(page, row[0]), row);
    await screenshot(page, 'needs-report');
    const year = today.slice(0, 4);
    await scrollTo(page, `Îngheață raportul ca cifrele anului ${year}`);
    await click(page, `Îngheață raportul ca cifrele anului ${year}`);
    const frozenOn = await isoDay(page);  // the test may have started the day before
    await findItem(page, `${year} (la ${shown(frozenOn)}): 2 copii, 1 gospodărie cu suspiciuni, 1 cu riscuri confirmate, 2 copii în Registru`);
    await screenshot(page, 'needs-report-frozen');
    const plan = (await csvPlanState(page)).plan;
    assert.equal(plan.report_snapshots.length, 1);
    assert.equal(plan.report_snapshots[0].report.registry.children, 2);

    // The Observatory lists both, and the search finds Ștefan without diacritics.
    await click(page, 'Observatorul copiilor');
    await findItem(page, 'Afișați: 2 copii din 1 gospodărie (1 familie)');
    await typeInto(page, 'Caută', 'stefan');
    await findItem(page, 'Afișați: 1 copil din 1 gospodărie (1 familie)');
    await findItem(page, 'Ștefan Popescu');
    await screenshot(page, 'needs-observatory');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

// ---- spreadsheets ----------------------------------------------------------------------------

async function importCsv(page, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Importă Observatorul (CSV)…')]);
  await chooser.setFiles(path);
  await findItem(page, 'Verifică fișierul');
}

test('a commune spreadsheet with errors: columns mapped, every error listed by row and column, valid rows imported', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Deal', 'Vale'] });
    await click(page, 'Observatorul copiilor');
    await importCsv(page, join(dataDir, 'csv', 'needs-mapping-errors.csv'));
    // Recognised by their Romanian names; the choice for "Strada și numărul" is confirmed by hand.
    await click(page, 'Înseamnă Strada și numărul');
    await click(page, 'Adresa (address)');
    await screenshot(page, 'needs-csv-mapping');
    await click(page, 'Verifică fișierul');
    await findItem(page, '5 rânduri citite, 3 cu erori', { timeout: 15000 });
    for (const where of ['rândul 3, coloana birth_date', 'rândul 4, coloana sex', 'rândul 5, coloana village']) {
      const found = (await items(page)).some((it) => it.label.startsWith(where + ':'));
      assert.ok(found, `an error at ${where}`);
    }
    await findItem(page, 'Copii noi: 2 · modificați: 0 · la fel: 0 · din plan, neatinși: 0');
    assert.equal(await hasItem(page, 'Importă tot'), true);
    await screenshot(page, 'needs-csv-errors');
    await click(page, 'Importă doar rândurile valide (2)');
    const { plan, children } = await csvPlanState(page);
    assert.deepEqual(children.map((c) => c.name).sort(), ['Ene Sorina', 'Radu Ana']);
    assert.equal(plan.households.find((h) => h.id === 'G1').address, 'Str. Mare 1');
    assert.equal(plan.csv_mapping['strada si numarul'], 'address');  // remembered for next time
    // One undo step takes the whole import back.
    await page.keyboard.press('Control+z');
    await nextFrames(page, 2);
    assert.equal((await csvPlanState(page)).children.length, 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('the Observatory exported as CSV comes back as the same children; a renamed child and another family\'s CNP wait for a choice', async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await openApp(context, server.url);
    await click(page, 'Încearcă demonstrația');
    await findItem(page, 'DEMO – date fictive');
    const before = (await csvPlanState(page)).children.length;
    assert.equal(before, 600);
    await click(page, 'Observatorul copiilor');  // an opened plan shows its dashboard first
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Exportă Observatorul (CSV)')]);
    const text = await readFile(await download.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFFhousehold_id;family_id;village;'), 'UTF-8 with BOM, ";" separated');
    assert.equal(text.trimEnd().split('\r\n').length, before + 1);

    // Correct one child's name, as someone would in Excel (a child with a CNP, so it is found
    // by it), and import the table back: a CNP under another name waits for a choice.
    const lines = text.split('\r\n');
    const row = lines.findIndex((l, i) => i > 0 && l.split(';')[6] !== '');
    const cells = lines[row].split(';');
    const oldName = cells[5];
    cells[5] += ' Maria';
    lines[row] = cells.join(';');
    const dir = await mkdtemp(join(tmpdir(), 'prevplan-csv-'));
    const edited = join(dir, 'observator.csv');
    await writeFile(edited, lines.join('\r\n'));
    await importCsv(page, edited);
    await click(page, 'Verifică fișierul');
    await findItem(page, `Copii noi: 0 · modificați: 0 · la fel: ${before - 1} · din plan, neatinși: 0`, { timeout: 60000 });
    await findItem(page, '1 conflict de rezolvat');
    await findItem(page, `CNP-ul din fișier este al unui copil din plan cu alt nume: ${cells[5]}`);
    await findItem(page, oldName);  // the plan's version beside the file's
    await click(page, 'Importă tot');  // greyed out: nothing is committed yet
    assert.equal((await csvPlanState(page)).children.filter((c) => c.name === cells[5]).length, 0);
    await click(page, 'Valorile din fișier');
    await findItem(page, 'Fiecare conflict are o alegere.');
    await findItem(page, `Copii noi: 0 · modificați: 1 · la fel: ${before - 1} · din plan, neatinși: 0`);
    await screenshot(page, 'needs-csv-reimport');
    await click(page, 'Importă tot');
    const after = await csvPlanState(page);
    assert.equal(after.children.length, before);
    assert.equal(after.children.filter((c) => c.name === cells[5]).length, 1);

    // A partial file: one child of another family carrying that child's CNP (and birth date and
    // sex, as twins would). Both versions show; keeping the plan's changes nobody.
    const owner = after.children.find((c) => c.name === cells[5]);
    const observedOn = lines[0].split(';').indexOf('observed_on');
    const other = lines.findIndex((l, i) => {
      const c = l.split(';');
      return i > 0 && c.length > observedOn && c[1] !== cells[1] && c[6] === '' && iso(c[observedOn]) >= iso(cells[7]);  // observed after the birth
    });
    const twin = lines[other].split(';');
    twin[6] = cells[6];
    twin[7] = cells[7];
    twin[8] = cells[8];
    const partial = join(dir, 'observator-partial.csv');
    await writeFile(partial, [lines[0], twin.join(';')].join('\r\n'));
    await importCsv(page, partial);
    await click(page, 'Verifică fișierul');
    await findItem(page, "1 conflict de rezolvat", { timeout: 60000 });
    await findItem(page, `CNP-ul din fișier este al unui copil din altă familie a planului: ${twin[5]}`);
    await findItem(page, 'CNP-ul trece la copilul din fișier; copilul din plan rămâne fără CNP.');
    assert.equal(await hasItem(page, 'Alt copil (se adaugă)'), false);  // a CNP stays unique
    await click(page, 'Păstrează planul');
    await findItem(page, `Copii noi: 0 · modificați: 0 · la fel: 1 · din plan, neatinși: ${before - 1}`);
    await click(page, 'Importă tot');
    const kept = await csvPlanState(page);
    assert.deepEqual(kept.children.find((c) => c.id === owner.id), owner);
    assert.equal(kept.children.filter((c) => c.cnp === cells[6]).length, 1);
    assert.equal(kept.children.length, before);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
