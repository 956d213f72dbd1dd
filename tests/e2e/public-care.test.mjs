// Children already in public care: a family whose only child is in special protection stays
// followed (its sheet, the mandatory risk identification) and the report has its section on them;
// the Registry spreadsheet carries the section 4.2 template's columns.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  startServer, launch, openApp, click, typeInto, findItem, state, screenshot, nextFrames, createPlan, scrollTo,
  rowTexts,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

async function family(page) {
  return (await state(page)).plans[0].households[0].families[0];
}

// Each screen at both sizes the app is used at, scrolled to a labelled widget if given.
async function screenshots(page, name, label) {
  for (const [width, height] of [[1366, 768], [1024, 600]]) {
    await page.setViewportSize({ width, height });
    await nextFrames(page, 3);
    if (label) await scrollTo(page, label);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await nextFrames(page, 3);
}

async function switchLanguage(page, to) {
  await click(page, to === 'English' ? 'Limba' : 'Language');
  await click(page, to);
}

test('a family whose only child is in special protection is followed, and the report counts it in its own section', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Deal', 'Vale'] });

    // The family: the mother at home, her only child in a placement centre.
    await click(page, 'Observatorul copiilor');
    await click(page, 'Adaugă o gospodărie');
    await typeInto(page, 'Capul familiei', 'Ionescu Maria');
    await click(page, 'Adaugă un copil');
    await typeInto(page, 'Numele copilului 1', 'Andrei Ionescu');
    await typeInto(page, 'Data nașterii 1', '2014-02-03');
    await click(page, 'În protecție specială 1');
    assert.equal((await family(page)).children[0].in_protection, true);
    await screenshots(page, 'public-care-household');
    await switchLanguage(page, 'English');
    await findItem(page, 'In special protection 1');
    await screenshots(page, 'public-care-household-en');
    await switchLanguage(page, 'Română');

    // Work queue: the sheet and the risk identification, both due today (no sheet yet).
    await click(page, 'De făcut');
    await findItem(page, '2 sarcini, dintre care 0 depășite');

    // The risk identification opens without a suspicion; the visit confirms 2.f.
    await click(page, 'Identificarea riscurilor');
    await click(page, 'Ionescu Maria');
    await scrollTo(page, '2.f Confirmă');
    await click(page, '2.f Confirmă');
    await screenshots(page, 'public-care-risk', '2.f Confirmă');
    const f = await family(page);
    assert.equal(f.risk.verdicts['2.f'], 'confirmed');
    assert.ok(f.children[0].registered_on, 'the child enters the Registry');

    // The report's section: one child in care, one family, visited, confirmed, no plan yet.
    await click(page, 'Raportul privind copiii în risc');
    await scrollTo(page, 'Copii din Observator aflați în protecție specială');
    assert.deepEqual(await rowTexts(page, 'Copii din Observator aflați în protecție specială'),
      ['Copii din Observator aflați în protecție specială', '1']);
    assert.deepEqual(await rowTexts(page, 'Familiile lor (nuclee familiale)'), ['Familiile lor (nuclee familiale)', '1']);
    assert.deepEqual(await rowTexts(page, '… cu fișa de identificare a riscurilor completată (obligatorie pentru ele)'),
      ['… cu fișa de identificare a riscurilor completată (obligatorie pentru ele)', '1']);
    assert.deepEqual(await rowTexts(page, '… cu un plan de servicii întocmit, pentru reintegrarea copilului'),
      ['… cu un plan de servicii întocmit, pentru reintegrarea copilului', '0']);
    await screenshots(page, 'public-care-report', '… vizitate pentru monitorizare în ultimele 12 luni');
    await switchLanguage(page, 'English');
    await scrollTo(page, 'Observatory children in special protection');
    assert.deepEqual(await rowTexts(page, 'Observatory children in special protection'),
      ['Observatory children in special protection', '1']);
    await screenshots(page, 'public-care-report-en', '… visited for monitoring in the past 12 months');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('the Registry spreadsheet has the section 4.2 columns: who identified the risks, the officer\'s function, the revision', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext({ acceptDownloads: true }), server.url);
    await click(page, 'Încearcă demonstrația');
    await findItem(page, 'DEMO – date fictive');
    await click(page, 'Registrul copiilor în risc');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Exportă Registrul (CSV)')]);
    const text = await readFile(await download.path(), 'utf8');
    const header = text.replace(/^\uFEFF/, '').split('\r\n')[0].split(';');
    for (const column of ['Identificarea riscurilor făcută de', 'Funcția', 'Data identificării riscurilor',
      'Funcția responsabilului de caz', 'Ultima vizită de monitorizare', 'Este necesară revizuirea planului? (Da/Nu)',
      'Data revizuirii', 'Motivul revizuirii'])
      assert.ok(header.includes(column), column);
    // Every row has as many cells as the header (no cell holds the separator in the demo).
    const rows = text.trimEnd().split('\r\n').slice(1);
    assert.ok(rows.length > 0);
    const ws = (await state(page)).plans[0];
    const visited = ws.households.flatMap((h) => h.families).filter((f) => f.risk && f.risk.visited_by);
    assert.ok(visited.length > 0, 'the demo records who made the risk identification');
    assert.ok(rows.some((r) => r.includes(`;${visited[0].risk.visited_by};`)), 'the risk identification\'s author is exported');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
