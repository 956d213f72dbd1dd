// Dates the Romanian way: typed as people write them, shown DD.MM.YYYY, never silently erased;
// a CNP typed for a child fills the birth date and sex; a child outside an indicator's ages
// (Annex A2.3) cannot be named for it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, click, typeInto, findItem, hasItem, state, screenshot, nextFrames, scrollTo,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

async function children(page) {
  return (await state(page)).plans[0].households[0].families[0].children;
}

// The screen at the two sizes the commune's laptops have.
async function screenshots(page, name) {
  for (const [width, height] of [[1366, 768], [1024, 600]]) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await nextFrames(page, 2);
}

test('birth dates typed four ways, an impossible one kept with its reason, a CNP filling date and sex', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await click(page, 'Începe planul comunei');
    await click(page, 'Județul');
    await click(page, 'Bihor (05)');
    await typeInto(page, 'Comuna', 'Ștefănești');
    await typeInto(page, 'Satele', 'Deal');
    await click(page, 'Creează planul');
    await click(page, 'Observatorul copiilor');
    await click(page, 'Adaugă o gospodărie');
    await typeInto(page, 'Capul familiei', 'Popescu Elena');

    // The four ways people write 1 July 2018 all become the same date.
    const typed = ['1.7.2018', '01.07.2018', '1/7/2018', '2018-07-01'];
    for (let n = 1; n <= typed.length; ++n) {
      await click(page, 'Adaugă un copil');
      await typeInto(page, `Numele copilului ${n}`, `Copil ${n}`);
      await typeInto(page, `Data nașterii ${n}`, typed[n - 1]);
    }
    assert.deepEqual((await children(page)).map((c) => c.birth_date), Array(4).fill('2018-07-01'));

    // 31 February is not a date: the model keeps 1 July, the field keeps the text and says why,
    // also once the focus has moved on.
    await typeInto(page, 'Data nașterii 2', '31.02.2018');
    await click(page, 'Numele copilului 1');
    const reason = '„31.02.2018” nu există: februarie 2018 are 28 de zile';
    await findItem(page, reason);
    await nextFrames(page, 5);
    assert.ok(await hasItem(page, reason));
    assert.equal((await children(page))[1].birth_date, '2018-07-01');
    await screenshots(page, 'dates-kept-with-reason');
    // A two-digit year is refused, not guessed.
    await typeInto(page, 'Data nașterii 3', '1.7.18');
    await click(page, 'Numele copilului 1');
    await findItem(page, '„1.7.18”: anul se scrie cu patru cifre (2018, nu 18)');
    // Corrected, the message goes.
    await typeInto(page, 'Data nașterii 2', '2.7.2018');
    await click(page, 'Numele copilului 1');
    assert.equal(await hasItem(page, reason), false);
    assert.equal((await children(page))[1].birth_date, '2018-07-02');

    // A CNP typed for a child with no birth date or sex fills both: 6 = a girl born in the
    // 2000s, 15 03 08 = 8 March 2015.
    await click(page, 'Adaugă un copil');
    await typeInto(page, 'Numele copilului 5', 'Maria Popescu');
    await typeInto(page, 'CNP 5', '6150308050171');
    let maria = (await children(page))[4];
    assert.equal(maria.birth_date, '2015-03-08');
    assert.equal(maria.sex, 'F');
    // The user may still change the date; the disagreement is a warning next to the child.
    await typeInto(page, 'Data nașterii 5', '9.3.2015');
    await click(page, 'Numele copilului 1');
    await findItem(page, 'CNP-ul indică data nașterii 08.03.2015, dar data înregistrată este 09.03.2015');
    maria = (await children(page))[4];
    assert.equal(maria.birth_date, '2015-03-09');
    await screenshots(page, 'dates-cnp-warning');

    // On the Observation Sheet, a child outside an indicator's ages cannot be named for it:
    // 3.h1.4 is for babies under 6 months; Copil 1 is 8.
    await click(page, 'Completează fișa de observație');
    await scrollTo(page, '3.h1.4 Da');
    await click(page, '3.h1.4 Da');
    await click(page, '3.h1.4 Copil 1');
    assert.deepEqual((await children(page))[0].exposed_observed ?? [], []);
    await screenshots(page, 'dates-age-bounds');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('English: dates still read DD.MM.YYYY and the reason is in English', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await click(page, 'Limba');
    await click(page, 'English');
    await click(page, "Start your commune's plan");
    await click(page, 'County');
    await click(page, 'Bihor (05)');
    await typeInto(page, 'Commune', 'Ștefănești');
    await typeInto(page, 'Villages', 'Deal');
    await click(page, 'Create the plan');
    await click(page, 'Children Observatory');
    await click(page, 'Add a household');
    await click(page, 'Add a child');
    await typeInto(page, "Child's name 1", 'Ana');
    await typeInto(page, 'Birth date 1', '29.02.2023');
    await click(page, "Child's name 1");
    await findItem(page, '"29.02.2023" does not exist: February 2023 has 28 days');
    await screenshots(page, 'dates-kept-with-reason-en');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
