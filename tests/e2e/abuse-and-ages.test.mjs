// Two things a real commune must not miss: a suspicion of abuse or neglect, impossible to overlook
// where it is recorded and first in the work queue; and a child who turns 18, who leaves the
// Observatory, the Registry, the queue and the report's counts on that day, with the exit shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, click, typeInto, findItem, hasItem, state, screenshot, createPlan, scrollTo,
  rowTexts,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

// The browser's today shifted by days (and years), as ISO and as people read it (dd.mm.yyyy).
async function day(page, plusDays = 0, plusYears = 0) {
  const iso = await page.evaluate(([n, y]) => {
    const d = new Date();
    d.setFullYear(d.getFullYear() + y);
    d.setDate(d.getDate() + n);
    const pad = (x) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, [plusDays, plusYears]);
  return { iso, shown: `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` };
}

// A household of one nucleus with the given children, [name, birth date], left open in its editor.
async function addHousehold(page, head, children) {
  await click(page, 'Observatorul copiilor');
  await click(page, 'Adaugă o gospodărie');
  await typeInto(page, 'Capul familiei', head);
  for (let i = 0; i < children.length; ++i) await click(page, 'Adaugă un copil');
  for (const [i, [name, born]] of children.entries()) {
    await typeInto(page, `Numele copilului ${i + 1}`, name);
    await typeInto(page, `Data nașterii ${i + 1}`, born);
  }
}

// Screenshots at the two sizes a commune's laptops have, in Romanian and English.
async function screenshots(page, name) {
  for (const [w, h] of [[1366, 768], [1024, 600]]) {
    await page.setViewportSize({ width: w, height: h });
    await screenshot(page, `${name}-ro-${w}`);
  }
  await click(page, 'Limba');
  await click(page, 'English');
  for (const [w, h] of [[1366, 768], [1024, 600]]) {
    await page.setViewportSize({ width: w, height: h });
    await screenshot(page, `${name}-en-${w}`);
  }
  await click(page, 'Language');
  await click(page, 'Română');
  await page.setViewportSize({ width: 1280, height: 800 });
}

const kAbuseMarker = '⚠ Suspiciune de abuz sau neglijare';
const kAbuseRowMarker = '⚠ abuz';
const kAbuseVisit = '⚠ Vizită în 72 h (suspiciune de abuz/neglijare)';
const kNotifyNow = '⚠ Anunțați DGASPC acum (abuz/neglijare)';
const kRefresh = 'Fișa de observație de completat sau actualizat';

test('a suspicion of neglect: a red band at once, marked in the lists, an urgent visit first; the DGASPC after the visit confirms', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Deal', 'Vale'] });
    // A household without a sheet yet: a routine task due today.
    await addHousehold(page, 'Popa Ion', [['Mihai Popa', '2014-05-05']]);
    await addHousehold(page, 'Ionescu Maria', [['Ana Ionescu', '2016-01-10']]);
    await click(page, 'Completează fișa de observație');
    const band = (by) => `⚠ SUSPICIUNE DE ABUZ SAU NEGLIJARE. Vizita la domiciliu cu fișa de identificare a riscurilor în cel mult 72 de ore de la primirea fișei: până la ${by}. Dacă vizita o confirmă, SPAS anunță imediat DGASPC.`;
    const in3 = await day(page, 3);
    assert.equal(await hasItem(page, band(in3.shown)), false);
    await click(page, '1.b Da');  // a routine suspicion raises no band
    assert.equal(await hasItem(page, band(in3.shown)), false);
    await scrollTo(page, '6.b3 Da');
    await click(page, '6.b3 Da');
    await findItem(page, band(in3.shown));  // the moment it is ticked, 72 hours from the sheet's date
    await screenshots(page, 'abuse-sheet-band');

    // The sheet reached SPAS a day after it was filled in: the 72 hours count from then.
    await scrollTo(page, 'Primită de SPAS la', { direction: -1 });
    const yesterday = await day(page, -1);
    await typeInto(page, 'Data completării', yesterday.iso);
    await typeInto(page, 'Primită de SPAS la', (await day(page)).iso);
    await findItem(page, band(in3.shown));
    let sheet = (await state(page)).plans[0].households[1].families[0].sheet;
    assert.equal(sheet.filled_on, yesterday.iso);
    assert.equal(sheet.received_on, (await day(page)).iso);

    // The Observatory row and the household carry the marker, in words.
    await click(page, 'Gospodăria');
    await findItem(page, kAbuseMarker);
    await click(page, '← Observatorul');
    const row = await rowTexts(page, 'Ana Ionescu');
    assert.ok(row.includes(kAbuseRowMarker), row.join(' | '));
    assert.ok(!(await rowTexts(page, 'Mihai Popa')).includes(kAbuseRowMarker));
    await screenshots(page, 'abuse-observatory');

    // Work queue: the urgent visit first, before the routine sheet due today; no DGASPC task yet.
    await click(page, 'De făcut');
    await findItem(page, '⚠ 1 sarcină urgentă');
    const urgent = await findItem(page, kAbuseVisit);
    const routine = await findItem(page, kRefresh);
    assert.ok(urgent.y < routine.y, 'the urgent visit is listed first');
    assert.equal(await hasItem(page, kNotifyNow), false);
    await screenshots(page, 'abuse-work-queue');

    // The visit: before it, a prompt; once 6.b3 is confirmed, notify the DGASPC now.
    await click(page, 'Identificarea riscurilor');
    await click(page, 'Ionescu Maria');
    await findItem(page, '⚠ Fișa de observație semnalează o suspiciune de abuz sau neglijare: faceți vizita în 72 de ore și confirmați sau infirmați. Dacă o confirmați, anunțați imediat DGASPC.');
    await click(page, '6.b3 Confirmă');
    await findItem(page, 'ATENȚIE: vizita a confirmat un posibil abuz, neglijare sau exploatare. Anunțați DGASPC ACUM (HG 691/2015, art. 12); DGASPC verifică în 48 de ore.');
    await click(page, 'De făcut');
    const notify = await findItem(page, kNotifyNow);
    assert.ok(notify.y < (await findItem(page, kRefresh)).y, 'the notification is listed first');
    assert.equal(await hasItem(page, kAbuseVisit), false);
    await screenshot(page, 'abuse-work-queue-notify');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('a child who turned 18 before today leaves the counts, the Registry and the queue, with the exit shown', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Deal'] });
    const born = await day(page, -10, -18);     // 18 ten days ago
    const birthday = await day(page, -10);
    await addHousehold(page, 'Dinu Elena', [['Radu Dinu', born.iso], ['Ioana Dinu', '2015-03-08']]);
    await findItem(page, `A împlinit 18 ani la ${birthday.shown}: a ieșit din Observator`);
    await click(page, 'Completează fișa de observație');
    await typeInto(page, 'Data completării', (await day(page, -20)).iso);  // observed while Radu was 17
    await click(page, '1.b Da');
    await click(page, 'Identificarea riscurilor');
    await click(page, 'Dinu Elena');
    await click(page, '1.b Confirmă');

    // The Observatory keeps Radu, with his exit, and counts only Ioana.
    await click(page, 'Observatorul copiilor');
    await findItem(page, 'Afișați: 1 copil din 1 gospodărie (1 familie)');
    assert.ok((await rowTexts(page, 'Radu Dinu')).includes(`A împlinit 18 ani la ${birthday.shown}: a ieșit din Observator`));
    await screenshots(page, 'age-observatory');

    await click(page, 'Registrul copiilor în risc');
    await findItem(page, 'Copii în Registru: 1');
    await findItem(page, `Major din ${birthday.shown}`);
    await screenshots(page, 'age-registry');

    // Only Ioana's service plan is due (the sheet is refreshed in a year).
    await click(page, 'De făcut');
    await findItem(page, '1 sarcină, dintre care 0 depășite');

    // The report counts one child in the household, suspected and confirmed.
    await click(page, 'Raportul privind copiii în risc');
    assert.deepEqual(await rowTexts(page, 'Cel puțin un risc'), ['Cel puțin un risc', '1', '1', '1', '1']);
    const plan = (await state(page)).plans[0];
    assert.equal(plan.households[0].families[0].children.length, 2);  // never deleted
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
