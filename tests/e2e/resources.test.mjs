// Resources and required services as a social worker builds them: a commune whose Observatory
// has 15 children of single-parent families (2.b, suspected: no home visit yet), so Table 3 asks
// for after-school (D4) and parental education (B1). Services typed in through the forms move the
// gap analysis exactly as worked out by hand below.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launch, openApp, click, typeInto, findItem, hasItem, items, state, screenshot, nextFrames, scrollTo,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

// Five households of three children, each nucleus with 2.b (and any `more`) answered yes on its sheet.
function singleParentCommune(more = {}) {
  const households = [0, 1, 2, 3, 4].map((h) => ({
    id: `h${h}`, village: 'Deal',
    families: [{
      id: `f${h}`, head: `Familia ${h + 1}`,
      sheet: { id: `0500${h + 1}`, filled_on: '2026-01-10', answers: { '*': 'no', '2.b': 'yes', ...more } },
      children: [0, 1, 2].map((c) => ({ id: `c${h}${c}`, name: `Copil ${h + 1}.${c + 1}`, birth_date: '2016-05-01' })),
    }],
  }));
  return {
    format: 'prevplan-workspace', version: 1,
    plans: [{ id: 'p1', county: 5, commune: 'Ștefănești', villages: [{ name: 'Deal' }, { name: 'Vale' }],
      created: '2026-01-10T09:00:00', modified: '2026-01-10T09:00:00', next_serial: 100, households }],
  };
}

async function importWorkspace(page, doc) {
  const file = join(await mkdtemp(join(tmpdir(), 'prevplan-resources-')), 'stefanesti.json');
  await writeFile(file, JSON.stringify(doc));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => {
    await click(page, 'Fișier');
    await click(page, 'Importă…');
  })()]);
  await chooser.setFiles(file);
  await click(page, 'Observatorul copiilor');  // the imported plan opens on its dashboard
  await findItem(page, 'Afișați: 15 copii din 5 gospodării (5 familii)');
}

// Opens a combo and scrolls its list until the item shows, then picks it.
async function pick(page, combo, item) {
  const box = await findItem(page, combo);
  await click(page, combo);
  await page.mouse.move(box.x + 60, box.y + box.h + 80);
  for (let i = 0; i < 30 && !(await hasItem(page, item)); ++i) {
    await page.mouse.wheel(0, 200);
    await nextFrames(page, 2);
  }
  // A row that just appeared may still be clipped at the list's edge: bring it further in.
  await page.mouse.wheel(0, 120);
  await nextFrames(page, 2);
  await click(page, item);
}

// Tabs select on the press, so the press must last a frame (a click's down and up can share one).
async function tab(page, label) {
  const it = await findItem(page, label);
  await page.mouse.move(it.x + Math.min(it.w / 2, 40), it.y + it.h / 2);
  await page.mouse.down();
  await nextFrames(page, 2);
  await page.mouse.up();
  await nextFrames(page, 2);
}

// The by-service line of a Table 2 type, as the view titles it.
async function serviceLine(page, prefix) {
  await click(page, 'Servicii necesare');
  await tab(page, 'Pe servicii');
  const line = (await items(page)).find((it) => it.label.startsWith(prefix));
  assert.ok(line, `no line for ${prefix}`);
  return line.label;
}

async function resources(page) {
  return (await state(page)).plans[0].resources;
}

const afterSchool = 'D4 Servicii de tip „școală după școală”';
const parenting = 'B1 Servicii de educație parentală';

test('services added through the forms change the required services as worked out by hand', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await importWorkspace(page, singleParentCommune());

    // Nothing inventoried: 15 suspected children need both services, which are missing.
    await click(page, 'Servicii necesare');
    await findItem(page, 'Gospodării cu cel puțin un risc: 5 (confirmate: 0), cu 15 copii (confirmați: 0)');
    assert.equal(await serviceLine(page, afterSchool), `${afterSchool} — 15 copii — lipsește: de înființat`);
    assert.equal(await serviceLine(page, parenting), `${parenting} — 15 copii — lipsește: de înființat`);
    await tab(page, 'Pe grupuri de risc');
    await click(page, '2.b Familii monoparentale — serviciu necesar — 15 copii din 5 gospodării (doar suspectați: identificarea riscurilor nu este făcută)');
    await screenshot(page, 'resources-groups-empty');
    await tab(page, 'Servicii candidate');
    await findItem(page, 'Candidați: 5 (rămași: 5, renunțați: 0)');  // 3 core services + D4 + B1

    // The micro-area: a neighbouring town, no transport yet.
    await click(page, 'Resurse');
    await tab(page, 'Microzona funcțională');
    await typeInto(page, 'Localitate nouă', 'Orășeni');
    await click(page, 'Adaugă localitatea');
    await findItem(page, 'Localități: 1 (rurale: 1, urbane: 0; fără transport: 1)');

    // An after-school programme in the commune with 14 free places: one short of 15.
    await tab(page, 'Inventarul serviciilor');
    await click(page, 'Adaugă un serviciu');
    await pick(page, 'Tipul de serviciu (Tabelul 2)', afterSchool);
    await typeInto(page, 'Denumirea serviciului', 'Școală după școală Deal');
    await pick(page, 'Localitatea', 'Deal');
    await typeInto(page, 'Locuri libere', '14');
    await typeInto(page, 'Capacitatea', '25');
    await screenshot(page, 'resources-service-form');
    await click(page, '← Inventarul');
    await findItem(page, 'În inventar: 1 serviciu (1 în comună, 0 în microzonă); 0 de verificat');
    assert.equal(await serviceLine(page, afterSchool), `${afterSchool} — 15 copii — locuri insuficiente în comună`);
    await tab(page, 'Servicii candidate');
    await findItem(page, 'Candidați: 5 (rămași: 5, renunțați: 0)');  // D4 is now to be extended
    assert.equal((await resources(page)).services[0].free_places, 14);

    // One more free place: covered in the commune, no longer a candidate.
    await click(page, 'Resurse');
    await click(page, afterSchool);
    await typeInto(page, 'Locuri libere', '15');
    await click(page, '← Inventarul');
    assert.equal(await serviceLine(page, afterSchool), `${afterSchool} — 15 copii — acoperit în comună`);

    // Parental education only in the micro-area, without transport, 20 free places.
    await click(page, 'Resurse');
    await click(page, 'Adaugă un serviciu');
    await pick(page, 'Tipul de serviciu (Tabelul 2)', parenting);
    await typeInto(page, 'Denumirea serviciului', 'Școala părinților');
    await pick(page, 'Localitatea', 'Orășeni · În microzonă');
    await typeInto(page, 'Locuri libere', '20');
    await scrollTo(page, 'Verificat cu furnizorul la');
    await typeInto(page, 'Verificat cu furnizorul la', '2025-01-15');  // long ago: flagged
    await findItem(page, 'Neverificat de peste 3 luni: confirmați datele cu furnizorul.');
    await click(page, '← Inventarul');
    await findItem(page, 'În inventar: 2 servicii (1 în comună, 1 în microzonă); 1 de verificat');
    await findItem(page, 'Școala părinților 15.01.2025 de verificat');
    await screenshot(page, 'resources-inventory');
    assert.equal(await serviceLine(page, parenting), `${parenting} — 15 copii — microzonă fără transport`);
    await click(page, parenting + ' — 15 copii — microzonă fără transport');
    await screenshot(page, 'resources-by-service');

    // Transport found: the micro-area covers it.
    await click(page, 'Resurse');
    await tab(page, 'Microzona funcțională');
    await click(page, 'Transport Orășeni');
    assert.equal(await serviceLine(page, parenting), `${parenting} — 15 copii — acoperit cu microzona`);

    // Only the three core services remain; dismiss one with a reason, then search the inventory.
    await tab(page, 'Servicii candidate');
    await findItem(page, 'Candidați: 3 (rămași: 3, renunțați: 0)');
    await click(page, 'Renunță la candidat', { nth: 1 });
    await typeInto(page, 'Motivul renunțării', 'Biblioteca se redeschide în martie');
    await click(page, 'Confirmă renunțarea');
    await findItem(page, 'Candidați: 3 (rămași: 2, renunțați: 1)');
    await findItem(page, 'Renunțat: Biblioteca se redeschide în martie');
    await screenshot(page, 'resources-candidates');
    assert.deepEqual((await resources(page)).dismissals,
      [{ candidate: 'core:socializare-timp-liber', reason: 'Biblioteca se redeschide în martie' }]);

    await click(page, 'Resurse');
    await tab(page, 'Inventarul serviciilor');
    await typeInto(page, 'Caută', 'parintilor');
    await findItem(page, 'Afișate: 1 din 2 servicii');
    const saved = await resources(page);
    assert.deepEqual(saved.micro_area, [{ name: 'Orășeni', travel_minutes: 30, transport: true }]);
    assert.equal(saved.services[1].type, 'B1');
    assert.equal(saved.services[1].locality, 'Orășeni');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('the service sheet records the A2.5 interview, SSoc2, SSoc6 and, for the micro-area, IS18 and SSoc9', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await importWorkspace(page, singleParentCommune());
    await click(page, 'Resurse');
    await tab(page, 'Microzona funcțională');
    await typeInto(page, 'Localitate nouă', 'Orășeni');
    await click(page, 'Adaugă localitatea');
    await tab(page, 'Inventarul serviciilor');
    await click(page, 'Adaugă un serviciu');
    await pick(page, 'Tipul de serviciu (Tabelul 2)', parenting);
    await typeInto(page, 'Denumirea serviciului', 'Școala părinților');

    // In the commune, IS18 and SSoc9 are not asked.
    await pick(page, 'Localitatea', 'Deal');
    await typeInto(page, 'Fișă completată de', 'Stan Ioana');
    await typeInto(page, 'Persoana intervievată (nume, funcție, telefon)', 'Popescu Ana, coordonatoare, 0744 000 000');
    await click(page, 'Are locuri pentru copii reintegrați sau plasați în comună Da');
    await typeInto(page, 'Cost aproximativ pentru un beneficiar (lei)', '20');
    await screenshot(page, 'resources-service-form-a25-top');
    await scrollTo(page, 'SPAS a trimis pe cineva în ultimele 12 luni Nu');
    assert.equal(await hasItem(page, 'Din câte știți, a avut beneficiari din comună în ultimele 12 luni Da'), false);

    await page.mouse.move(760, 300);
    for (let i = 0; i < 4; ++i) {  // back to the top of the form
      await page.mouse.wheel(0, -1000);
      await nextFrames(page, 2);
    }
    await pick(page, 'Localitatea', 'Orășeni · În microzonă');
    await scrollTo(page, 'Serviciul spune că a avut beneficiari din comună în ultimele 12 luni Nu');
    await click(page, 'Din câte știți, a avut beneficiari din comună în ultimele 12 luni Da');
    await click(page, 'Serviciul spune că a avut beneficiari din comună în ultimele 12 luni Nu');
    await screenshot(page, 'resources-service-form-a25');
    await page.setViewportSize({ width: 1024, height: 600 });
    await screenshot(page, 'resources-service-form-a25-1024');
    await page.setViewportSize({ width: 1366, height: 768 });
    await click(page, 'Limba');
    await click(page, 'English');
    await findItem(page, 'The service says it had beneficiaries from the commune in the last 12 months No');
    await screenshot(page, 'resources-service-form-a25-en');
    await page.setViewportSize({ width: 1024, height: 600 });
    await screenshot(page, 'resources-service-form-a25-en-1024');

    const [s] = (await resources(page)).services;
    assert.equal(s.interviewer, 'Stan Ioana');
    assert.equal(s.interviewee, 'Popescu Ana, coordonatoare, 0744 000 000');
    assert.equal(s.places_for_separated, 'yes');
    assert.equal(s.beneficiary_cost, 20);
    assert.equal(s.commune_beneficiaries, 'yes');
    assert.equal(s.commune_beneficiaries_reported, 'no');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('Table 3 work that is the SPAS\'s own is shown as such, never as a service to set up', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    // The same 15 children also have a parent in prison (2.j): counselling for the family (B2) is
    // to be set up; keeping in touch with the prisoner is the SPAS's own work (G1).
    await importWorkspace(page, singleParentCommune({ '2.j': 'yes' }));
    assert.match(await serviceLine(page, 'G1 '), / — 15 copii — munca SPAS$/);
    assert.match(await serviceLine(page, 'B2 '), / — 15 copii — lipsește: de înființat$/);
    await screenshot(page, 'resources-spas-work');
    await tab(page, 'Servicii candidate');
    await findItem(page, 'Candidați: 6 (rămași: 6, renunțați: 0)');  // 3 core services + D4, B1, B2
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
