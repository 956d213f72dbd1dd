// From needs to a plan in the browser: candidates scored in the matrix with the totals worked out
// by hand below, a consultation round recorded, objectives and actions added, the budget's sums
// checked; then the demo commune's complete plan, its partnership session and monitoring.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, click, typeInto, findItem, items, state, screenshot, nextFrames, createPlan,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

// A tab or a header with "allow overlap" takes a click only once the mouse rests on it.
async function restAndClick(page, label) {
  const it = await findItem(page, label);
  await page.mouse.move(it.x + Math.min(it.w / 2, 40), it.y + it.h / 2);
  await nextFrames(page, 3);
  await page.mouse.click(it.x + Math.min(it.w / 2, 40), it.y + it.h / 2);
  await nextFrames(page, 3);
}

async function score(page, candidate, criterion, value) {
  await click(page, `${candidate} · ${criterion}`);
  await click(page, `Punctaj ${value}`);
}

const planning = async (page) => (await state(page)).plans[0].planning;

test('a matrix scored by hand, a round recorded, objectives and actions add up to the budget shown', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Deal', 'Vale'] });

    // Three candidates added by hand (the commune has no needs data yet).
    await click(page, 'Priorități');
    await restAndClick(page, 'Candidați');
    for (const name of ['Centru de zi', 'Școala părinților', 'Sprijin pentru acte']) {
      await typeInto(page, 'Numele serviciului', name);
      await click(page, 'Adaugă candidatul');
    }
    assert.deepEqual((await planning(page)).candidates.map((c) => c.name), ['Centru de zi', 'Școala părinților', 'Sprijin pentru acte']);

    // No household yet: size and urgency are 1 for everyone. Weights 3 3 2 2 2 1 1 (total 14).
    // Centru de zi: 3·1 + 3·1 + 2·4 + 2·3 + 2·5 + 1·2 + 1·1 = 33 → 33/14 = 2,36 (decimal comma)
    // Școala părinților: 3 + 3 + 2·5 = 16 → 1.14;  Sprijin pentru acte: 6 → 0.43
    await restAndClick(page, 'Matricea de prioritizare');
    await score(page, 'Centru de zi', 'Consultarea', 4);
    await score(page, 'Centru de zi', 'Resurse umane și materiale', 3);
    await score(page, 'Centru de zi', 'Resurse financiare', 5);
    await score(page, 'Centru de zi', 'Colaborare instituțională', 2);
    await score(page, 'Centru de zi', 'Parteneriat cu societatea civilă', 1);
    await score(page, 'Școala părinților', 'Consultarea', 5);
    await findItem(page, 'Total Centru de zi 2,36');
    await findItem(page, 'Total Școala părinților 1,14');
    await findItem(page, 'Total Sprijin pentru acte 0,43');
    await screenshot(page, 'planning-matrix');

    // Urgency weighed 0 (total 11): Centru de zi 30/11 = 2.73, Școala părinților 13/11 = 1.18.
    await typeInto(page, 'Pondere: Urgența', '0');
    await findItem(page, 'Total Centru de zi 2,73');
    await findItem(page, 'Total Școala părinților 1,18');
    assert.equal((await planning(page)).weights.urgency, 0);

    // A consultation round by SMS: 3 people from the school, votes for two candidates.
    await restAndClick(page, 'Runde de consultare');
    await click(page, 'Forma');
    await click(page, 'Sondaj prin SMS');
    await typeInto(page, 'Organizația', 'Școala Gimnazială');
    await click(page, 'Categoria');
    await click(page, 'Școala');
    await typeInto(page, 'Număr', '3');
    await click(page, 'Adaugă participanți');
    await typeInto(page, 'Voturi: Școala părinților', '12');
    await typeInto(page, 'Voturi: Centru de zi', '5');
    await typeInto(page, 'Decizii', 'Școala părinților intră pe lista scurtă.');
    await click(page, 'Înregistrează runda');
    const round = (await planning(page)).rounds[0];
    assert.equal(round.format, 'sms_poll');
    assert.deepEqual(round.participants, [{ organisation: 'Școala Gimnazială', kind: 'school', count: 3 }]);
    assert.deepEqual(round.opinions.map((o) => [o.votes]), [[5], [12]]);
    await findItem(page, `Runda 1 · ${round.date.split('-').reverse().join('.')} · Sondaj prin SMS · 3 participanți`);
    await screenshot(page, 'planning-round');

    // The short list: two of three — the app says why the methodology asks for 3 to 5.
    await restAndClick(page, 'Matricea de prioritizare');
    await click(page, 'Lista scurtă: Centru de zi');
    await click(page, 'Lista scurtă: Școala părinților');
    await findItem(page, 'Pe lista scurtă: 2 priorități.');
    await findItem(page, 'Metodologia (secțiunea 1.1.4.3) cere o listă scurtă de, ideal, 3–5 priorități concrete: cu mai puține, '
      + 'grupurile mari sau urgente rămân fără serviciu; procesul poate avea mai multe runde.');
    await click(page, 'Lista scurtă: Sprijin pentru acte');
    await findItem(page, 'Lista scurtă are 3–5 priorități, cum cere metodologia.');

    // The strategy: 2027-2031, Table 4 objective (1) measured by 2.i.2.
    await click(page, 'Planul');
    await typeInto(page, 'Primul an al strategiei', '2027');
    await click(page, 'Adaugă din Tabelul 4');
    await click(page, '(1) Toți copiii au certificat de naștere.');
    let p = await planning(page);
    assert.equal(p.start_year, 2027);
    assert.deepEqual(p.objectives[0].baseline, { measure: '2.i.2', basis: 'observed', unit: 'children_directly' });
    assert.equal(p.objectives[0].target, 0);
    assert.equal(p.objectives[0].target_date, '2031-12-31');
    await screenshot(page, 'planning-objectives');

    // Two actions: 12,000 + 8,000 RON from the local budget, 50,000 RON from POR axis 8.
    await restAndClick(page, 'Acțiuni');
    await click(page, 'Adaugă o acțiune');
    await typeInto(page, 'Descrierea', 'Campanie pentru acte');
    await typeInto(page, 'Cost 2027', '12000');
    await typeInto(page, 'Cost 2028', '8000');
    await click(page, 'Sursa de finanțare');
    await click(page, 'Bugetul local');
    await click(page, 'Adaugă o acțiune');
    await typeInto(page, 'Descrierea', 'Amenajarea centrului de zi');
    await typeInto(page, 'Cost 2027', '50000');
    await click(page, 'Sursa de finanțare');
    await click(page, 'Programul Operațional Regional (POR) – Axa prioritară 8 – Dezvoltarea infrastructurii sanitare și sociale');
    p = await planning(page);
    assert.deepEqual(p.actions.map((a) => [a.description, a.costs, a.funding]), [
      ['Campanie pentru acte', { 2027: 12000, 2028: 8000 }, 'buget-local'],
      ['Amenajarea centrului de zi', { 2027: 50000 }, 'por-ax8'],
    ]);
    await screenshot(page, 'planning-actions');

    // Budget: 70,000 in all; 2027 62,000 of which 12,000 local (19.4 %); 2028 8,000, all local.
    await restAndClick(page, 'Buget');
    await findItem(page, 'Bugetul estimat al strategiei: 70.000 lei');
    await findItem(page, '2027: 62.000 lei');
    await findItem(page, '19,4 %');
    await findItem(page, '2028: 8.000 lei');
    await findItem(page, '100,0 %');
    await screenshot(page, 'planning-budget');

    // Staffing: one social worker, no Registry yet.
    await restAndClick(page, 'Personal');
    await typeInto(page, 'Persoane din SPAS care lucrează cazuri', '1');
    await findItem(page, 'Cazuri active (copii în Registru): 0');
    assert.equal((await planning(page)).spas_staff, 1);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('the demo commune walks from the required services to a complete plan', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    const year = await page.evaluate(() => new Date().getFullYear());
    await click(page, 'Încearcă demonstrația');
    await findItem(page, 'DEMO – date fictive');

    await click(page, 'Servicii necesare');
    await screenshot(page, 'planning-demo-required');
    await click(page, 'Priorități');
    await findItem(page, 'Pe lista scurtă: 4 priorități.');
    await screenshot(page, 'planning-demo-matrix');
    await restAndClick(page, 'Runde de consultare');
    await screenshot(page, 'planning-demo-rounds');

    // The projector: a click raises a score, after 5 it goes back to 1.
    const first = (await planning(page)).candidates[0];
    assert.equal(first.scores.consultation.score, 5);
    await click(page, 'Sesiune de parteneriat (proiector)');
    await click(page, `${first.name} · Consultarea`);
    assert.equal((await planning(page)).candidates[0].scores.consultation.score, 1);
    await click(page, 'Pornește cronometrul');
    await screenshot(page, 'planning-demo-session');
    await click(page, 'Închide sesiunea');

    await click(page, 'Planul');
    await screenshot(page, 'planning-demo-objectives');
    await restAndClick(page, 'Acțiuni');
    await screenshot(page, 'planning-demo-actions');
    await restAndClick(page, 'Planul anual de acțiune');
    await screenshot(page, 'planning-demo-action-plan');

    // The demo's actions (demo_planning.cpp), summed by hand:
    // year 1: 6,000 + 85,000 + 5,000 + 12,000 + 2,500 + 3,000 = 113,500, of which local 28,500 (25.1 %)
    // five years: 24,000 + 265,000 + 16,000 + 60,000 + 12,500 + 15,000 = 392,500
    // year 4: 4,000 + 12,000 + 2,500 + 3,000 = 21,500, all local (100.0 %)
    await restAndClick(page, 'Buget');
    await findItem(page, 'Bugetul estimat al strategiei: 392.500 lei');
    await findItem(page, `${year}: 113.500 lei`);
    await findItem(page, '25,1 %');
    await findItem(page, `${year + 3}: 21.500 lei`);
    await screenshot(page, 'planning-demo-budget');
    await restAndClick(page, 'Personal');
    await screenshot(page, 'planning-demo-staffing');
    // The open tab stays open when the language changes: its id is not its translated title.
    await findItem(page, 'Cazuri active (copii în Registru): 478');
    await click(page, 'Limba');
    await click(page, 'English');
    await findItem(page, 'Active cases (children in the Registry): 478');
    await screenshot(page, 'planning-demo-staffing-en');
    await click(page, 'Language');
    await click(page, 'Română');
    await findItem(page, 'Cazuri active (copii în Registru): 478');

    await click(page, 'Monitorizare');
    await screenshot(page, 'planning-demo-monitoring');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('staffing counts with the caseload norm chosen: 30 per prevention case officer by default', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await click(page, 'Încearcă demonstrația');
    await findItem(page, 'DEMO – date fictive');
    await click(page, 'Planul');
    await restAndClick(page, 'Personal');
    const needed = async () => (await items(page)).find((it) => it.label.startsWith('Persoane necesare')).label;

    // 478 active cases: ⌈478 / 30⌉ = 16 people; ⌈478 / 25⌉ = 20; ⌈478 / 50⌉ = 10.
    await findItem(page, 'Cazuri active (copii în Registru): 478');
    await findItem(page, '30 – responsabil de caz prevenire din SPAS (Ordinul 288/2006, standardul 9.5)');
    assert.match(await needed(), /: 16$/);
    assert.equal((await planning(page)).caseload, undefined);  // the default is not written
    await screenshot(page, 'planning-staffing-norms');
    await page.setViewportSize({ width: 1024, height: 600 });
    await screenshot(page, 'planning-staffing-norms-1024');
    await page.setViewportSize({ width: 1280, height: 800 });

    await click(page, '25 – responsabil de caz (standardul 9.6 anterior, înlocuit de Ordinul 288/2006)');
    assert.match(await needed(), /: 20$/);
    assert.equal((await planning(page)).caseload, 'case_officer_25');
    await click(page, '50 – manager de caz DGASPC, copii din protecția specială (HG 797/2017; nu pentru prevenirea în SPAS)');
    assert.match(await needed(), /: 10$/);
    assert.equal((await planning(page)).caseload, 'gd797_50');

    await click(page, 'Limba');
    await click(page, 'English');
    await findItem(page, '30 – SPAS prevention case officer (Order 288/2006, standard 9.5)');
    await findItem(page, '50 – DGASPC case manager, children in special protection (GD 797/2017; not for SPAS prevention work)');
    await screenshot(page, 'planning-staffing-norms-en');
    await page.setViewportSize({ width: 1024, height: 600 });
    await screenshot(page, 'planning-staffing-norms-en-1024');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
