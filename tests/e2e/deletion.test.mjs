// Nothing lost by one click: a delete asks first, naming the record and what goes with it, and is
// followed by a notice whose Undo (or Ctrl+Z) brings back exactly that step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, click, typeInto, findItem, hasItem, items, state, screenshot, nextFrames,
  createPlan,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

// The confirmation's own button: the one with that label in the confirmation window.
async function confirm(page, label) {
  await findItem(page, label);
  const all = (await items(page)).filter((it) => it.label === label);
  const nth = all.findIndex((it) => it.window.includes('confirm-deletion'));
  assert.ok(nth >= 0, `the confirmation shows "${label}"`);
  await click(page, label, { nth });
}

const households = async (page) => (await state(page)).plans[0].households ?? [];
const services = async (page) => (await state(page)).plans[0].resources?.services ?? [];

test('a household is deleted only after the confirmation names it and its counts, and Undo brings it back', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await page.setViewportSize({ width: 1366, height: 768 });
    await createPlan(page, { commune: 'Ștefănești', villages: ['Deal'] });

    // Popescu Elena's nucleus with two children, Popescu Ion's with one: 2 families, 3 children.
    await click(page, 'Observatorul copiilor');
    await click(page, 'Adaugă o gospodărie');
    await typeInto(page, 'Capul familiei', 'Popescu Elena');
    await click(page, 'Adaugă un copil');
    await click(page, 'Adaugă un copil');
    await click(page, 'Adaugă o familie');
    await typeInto(page, 'Capul familiei', 'Popescu Ion', { nth: 1 });
    await click(page, 'Adaugă un copil', { nth: 1 });
    assert.equal((await households(page)).length, 1);

    const question = 'Ștergeți gospodăria „Popescu Elena, Popescu Ion”?';
    const counts = 'Se șterg și: 2 familii și 3 copii.';
    // Cancel keeps it.
    await click(page, 'Șterge gospodăria');
    await findItem(page, question);
    await findItem(page, counts);
    await screenshot(page, 'deletion-household-confirm-1366');
    assert.equal((await households(page)).length, 1, 'nothing is deleted before the confirmation');
    await click(page, 'Renunță');
    assert.equal(await hasItem(page, question), false);
    assert.equal((await households(page)).length, 1);

    // Enter does not delete (Cancel has the focus); Escape closes the question.
    await click(page, 'Șterge gospodăria');
    await findItem(page, question);
    await page.keyboard.press('Enter');
    await nextFrames(page, 3);
    assert.equal((await households(page)).length, 1, 'Enter keeps the household');
    await page.keyboard.press('Escape');
    await nextFrames(page, 3);
    assert.equal(await hasItem(page, question), false, 'Escape closes the confirmation');
    assert.equal((await households(page)).length, 1);

    // Delete removes it; the notice says what went; its Undo brings it all back.
    await click(page, 'Șterge gospodăria');
    await confirm(page, 'Șterge gospodăria');
    assert.equal((await households(page)).length, 0);
    const notice = 'Gospodăria „Popescu Elena, Popescu Ion” a fost ștearsă, cu 2 familii și 3 copii.';
    await findItem(page, notice);
    await screenshot(page, 'deletion-household-notice-1366');
    await click(page, 'Anulează');
    const back = await households(page);
    assert.equal(back.length, 1);
    assert.deepEqual(back[0].families.map((f) => [f.head, f.children.length]), [['Popescu Elena', 2], ['Popescu Ion', 1]]);
    assert.equal(await hasItem(page, notice), false, 'the notice goes once its step is undone');

    // The English words, on a small screen.
    await page.setViewportSize({ width: 1024, height: 600 });
    await click(page, 'Limba');
    await click(page, 'English');
    await click(page, 'Deal');  // the household's row opens it
    await click(page, 'Delete the household');
    await findItem(page, 'Delete the household “Popescu Elena, Popescu Ion”?');
    await findItem(page, 'Also deleted: 2 families and 3 children.');
    await screenshot(page, 'deletion-household-confirm-1024-en');
    await confirm(page, 'Delete the household');
    await findItem(page, 'Household “Popescu Elena, Popescu Ion” deleted, with 2 families and 3 children.');
    await screenshot(page, 'deletion-household-notice-1024-en');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('a service asks before it goes, and Ctrl+Z after the notice undoes exactly that deletion', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Deal'] });
    await click(page, 'Resurse');
    await click(page, 'Adaugă un serviciu');
    await typeInto(page, 'Denumirea serviciului', 'Centru de zi Deal');
    await page.mouse.move(700, 500);
    for (let i = 0; i < 20 && !(await hasItem(page, 'Șterge serviciul')); ++i) {
      await page.mouse.wheel(0, 300);
      await nextFrames(page, 2);
    }
    await click(page, 'Șterge serviciul');
    await findItem(page, 'Ștergeți serviciul „Centru de zi Deal” din inventar?');
    await findItem(page, 'Nu se șterge nimic altceva.');
    await screenshot(page, 'deletion-service-confirm');
    await confirm(page, 'Șterge serviciul');
    assert.equal((await services(page)).length, 0);
    await findItem(page, 'Serviciul „Centru de zi Deal” a fost șters.');
    await page.keyboard.press('Control+z');
    await nextFrames(page, 3);
    assert.deepEqual((await services(page)).map((s) => s.name), ['Centru de zi Deal']);
    assert.equal(await hasItem(page, 'Serviciul „Centru de zi Deal” a fost șters.'), false);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
