// A tablet in the field: Chromium's mobile emulation (touch, a 10-inch tablet in portrait), taps
// by widget label, text through the hidden input the on-screen keyboard types into (diacritics,
// a composed letter, an autocorrect replacement, Backspace), a drag that scrolls and clicks
// nothing, and an Observation Sheet ticked with a finger.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, findItem, items, state, screenshot, nextFrames } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const tablet = { viewport: { width: 800, height: 1280 }, isMobile: true, hasTouch: true };

async function tap(page, label, options = {}) {
  const it = await findItem(page, label, options);
  await page.touchscreen.tap(it.x + Math.min(it.w / 2, 40), it.y + it.h / 2);
  await nextFrames(page, 4);
}

const inputFocused = (page) => page.evaluate(() => document.activeElement && document.activeElement.id === 'prevplan-touch-input');

// Types as an on-screen keyboard does: into the focused hidden input, then waits for the field.
async function keyboardTypes(page, text) {
  await page.keyboard.insertText(text);
  await nextFrames(page, 3);
}

async function waitForText(page, get, expected) {
  for (let i = 0; i < 60 && get(await state(page)) !== expected; ++i) await nextFrames(page, 1);
  assert.equal(get(await state(page)), expected);
}

// A finger dragged from (x, y) by dy, in small steps, as CDP touch events.
async function drag(page, x, y, dy) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await nextFrames(page, 1);
  for (let i = 1; i <= 10; ++i) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * i) / 10 }] });
    await nextFrames(page, 1);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await nextFrames(page, 3);
}

test('a household and its Observation Sheet filled on a tablet by tapping and typing', async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext(tablet);
    const page = await openApp(context, server.url);
    await page.setViewportSize(tablet.viewport);
    await nextFrames(page, 3);

    // Touch mode: every control is at least 44 CSS pixels tall.
    await tap(page, 'Începe planul comunei');
    const commune = await findItem(page, 'Comuna');
    assert.ok(commune.h >= 44, `the commune field is ${commune.h} px tall`);
    await tap(page, 'Județul');
    await tap(page, 'Bihor (05)');
    await tap(page, 'Comuna');
    assert.ok(await inputFocused(page), 'a tap into a field gives the hidden input the focus (the keyboard opens)');
    await keyboardTypes(page, 'Ștefănești');
    await tap(page, 'Satele');
    await keyboardTypes(page, 'Deal');
    await tap(page, 'Creează planul');
    await waitForText(page, (s) => s.plans[0] && s.plans[0].commune, 'Ștefănești');
    assert.equal(await inputFocused(page), false, 'leaving the field closes the keyboard');

    await tap(page, 'Observatorul copiilor');
    await tap(page, 'Adaugă o gospodărie');
    const add = await findItem(page, 'Adaugă un copil');
    assert.ok(add.h >= 44, `a button is ${add.h} px tall`);
    await tap(page, 'Capul familiei');
    assert.ok(await inputFocused(page));
    // Typed word by word; the keyboard's autocorrect then replaces the last word.
    await keyboardTypes(page, 'Popescu ');
    await keyboardTypes(page, 'Marioara');
    await page.evaluate(() => {
      const input = document.getElementById('prevplan-touch-input');
      input.value = input.value.replace(/Marioara$/, 'Mărioară');
      input.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', data: 'Mărioară' }));
    });
    await nextFrames(page, 20);  // one Backspace a frame
    // A composed letter (an IME's composition, then its commit), and Backspace.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: ' ț', selectionStart: 2, selectionEnd: 2 });
    await nextFrames(page, 2);
    await cdp.send('Input.insertText', { text: ' ț' });
    const head = (s) => (s.plans[0].households[0] ? s.plans[0].households[0].families[0].head : '');
    await waitForText(page, head, 'Popescu Mărioară ț');
    await page.keyboard.press('Backspace');
    await waitForText(page, (s) => head(s).trimEnd(), 'Popescu Mărioară');

    await tap(page, 'Adaugă un copil');
    await tap(page, 'Numele copilului 1');
    await keyboardTypes(page, 'Ion Țepeș');
    await tap(page, 'Completează fișa de observație');
    await tap(page, '1.b Da');
    const family = (s) => s.plans[0].households[0].families[0];
    assert.deepEqual(family(await state(page)).sheet.answers, { '1.b': 'yes' });
    await screenshot(page, 'touch-sheet-portrait');

    // A drag over the sheet scrolls it and answers nothing, even where it starts on an answer (the
    // last one in view: each indicator's wording now wraps above its answers on a portrait tablet).
    const start = await findItem(page, '2.a Da');
    await drag(page, start.x + 10, start.y + start.h / 2, -500);
    const moved = (await items(page)).find((it) => it.label === '2.a Da');
    assert.ok(!moved || moved.y < start.y - 300, 'the sheet followed the finger');
    assert.deepEqual(family(await state(page)).sheet.answers, { '1.b': 'yes' }, 'the drag clicked nothing');
    // More drags, from the middle of the sheet, until 4.b comes into view.
    const inView = async () => (await items(page)).some((it) => it.label === '4.b Da' && it.y > 0 && it.y + it.h < 1280);
    for (let i = 0; i < 8 && !(await inView()); ++i) await drag(page, 400, 900, -400);
    assert.deepEqual(family(await state(page)).sheet.answers, { '1.b': 'yes' }, 'the drags clicked nothing');
    await screenshot(page, 'touch-sheet-scrolled');
    assert.ok(await inView(), '4.b is in view after the drags');
    await tap(page, '4.b Da');
    assert.deepEqual(family(await state(page)).sheet.answers, { '1.b': 'yes', '4.b': 'yes' });
    assert.equal(family(await state(page)).children[0].name, 'Ion Țepeș');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
