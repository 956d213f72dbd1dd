// Without a mouse: a plan made with Tab, Shift+Tab, Enter, Space and typing alone, the step
// shortcuts (Ctrl+Shift+digit) listed in Help, and Escape closing the dialogs it reaches. The page
// counts mouse events: there must be none. Not yet: after a dialog closes, Tab reaches nothing until
// the page is reloaded (the keyboard focus stays with the closed dialog), so Help comes first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, findItem, hasItem, items, state, nextFrames, screenshot } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

async function press(page, key) {
  await page.keyboard.press(key, { delay: 50 });
  await nextFrames(page, 2);
}

async function focusedLabel(page) {
  const id = await page.evaluate(() => window.prevplanTest.focused());
  const it = (await items(page)).find((x) => x.id === id);
  return it ? it.label : null;
}

// Tab (or Shift+Tab) until the keyboard focus is on the labelled widget.
async function tabTo(page, label, { back = false, max = 80 } = {}) {
  const seen = [];
  for (let i = 0; i < max; ++i) {
    const now = await focusedLabel(page);
    if (now === label) return;
    seen.push(now);
    await press(page, back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${label}" (went through ${JSON.stringify(seen)})`);
}

async function typeText(page, text) {
  await page.evaluate((t) => window.prevplanTest.type(t), text);  // as a keyboard would, diacritics too
  await nextFrames(page, 2);
}

test('a plan made with the keyboard alone; step keys listed in Help; Escape closes dialogs', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await page.evaluate(() => {
      window.mouseEvents = 0;
      for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'wheel'])
        window.addEventListener(type, () => { window.mouseEvents += 1; }, true);
    });

    // Help, from the menu bar, lists the step keys; Escape closes it.
    await tabTo(page, 'Ajutor');
    await press(page, 'Space');
    await tabTo(page, 'Tastatura');
    await press(page, 'Space');
    await findItem(page, 'Ctrl+Shift+2   Observatorul copiilor');
    await screenshot(page, 'keyboard-help');
    await press(page, 'Escape');
    assert.equal(await hasItem(page, 'Ctrl+Shift+2   Observatorul copiilor'), false, 'Escape closes Help');
    await page.reload();
    await page.waitForFunction(() => window.prevplanTest !== undefined);
    await page.evaluate(() => window.prevplanTest.ready);
    await nextFrames(page, 2);
    await page.evaluate(() => {
      window.mouseEvents = 0;
      for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'wheel'])
        window.addEventListener(type, () => { window.mouseEvents += 1; }, true);
    });

    await tabTo(page, 'Începe planul comunei', { back: true });
    await press(page, 'Space');
    await findItem(page, 'Creează planul');
    // Escape leaves the commune field the form opened in, then closes the form.
    await press(page, 'Escape');
    await press(page, 'Escape');
    assert.equal(await hasItem(page, 'Creează planul'), false, 'Escape closes the new-plan form');
    await tabTo(page, 'Începe planul comunei', { back: true });
    await press(page, 'Space');
    await findItem(page, 'Creează planul');

    await tabTo(page, 'Comuna');
    await typeText(page, 'Ștefănești');
    // Shift+Tab goes back to the county, and on round to the form's button.
    await tabTo(page, 'Județul', { back: true });
    await press(page, 'Space');
    await typeText(page, 'bihor');
    await press(page, 'Enter');
    await tabTo(page, 'Creează planul', { back: true });
    await press(page, 'Space');
    await findItem(page, 'Toate planurile');
    const plan = (await state(page)).plans[0];
    assert.equal(plan.commune, 'Ștefănești');
    assert.equal(plan.county, 5);

    // Ctrl+Shift+1: back to the commune; Ctrl+Shift+4: the Registry.
    await press(page, 'Control+Shift+Digit1');
    await findItem(page, 'Adaugă un sat');
    await press(page, 'Control+Shift+Digit4');
    assert.equal(await hasItem(page, 'Adaugă un sat'), false, 'the shortcut left the commune step');

    assert.equal(await page.evaluate(() => window.mouseEvents), 0, 'no mouse event at all');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
