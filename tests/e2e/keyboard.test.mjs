// Without a mouse: a plan and a household made with Tab, Shift+Tab, Enter, Space and typing
// alone, the step shortcuts (Ctrl+Shift+digit) listed in Help, Escape and Cancel closing dialogs
// with Tab going on after them, and an observation sheet answered by keys. The page counts mouse
// events: there must be none. Then Tab walks whole screens of a demo plan and reaches every
// control on them, and the focus ring shows in English, at 1366×768, in high contrast.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, click, findItem, hasItem, items, state, nextFrames, screenshot } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

async function press(page, key) {
  await page.keyboard.press(key, { delay: 50 });
  await nextFrames(page, 2);
}

async function focusedItem(page) {
  const id = await page.evaluate(() => window.prevplanTest.focused());
  return (await items(page)).find((x) => x.id === id) || { id, label: null };
}

async function focusedLabel(page) {
  return (await focusedItem(page)).label;
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

async function countMouseEvents(page) {
  await page.evaluate(() => {
    window.mouseEvents = 0;
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'wheel'])
      window.addEventListener(type, () => { window.mouseEvents += 1; }, true);
  });
}

test('a plan and a household made with the keyboard alone; Enter presses buttons; Tab goes on after dialogs', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await countMouseEvents(page);

    // Help, from the menu bar, lists the step keys; Escape closes it and Tab goes on.
    await tabTo(page, 'Ajutor');
    await press(page, 'Enter');
    await tabTo(page, 'Tastatura');
    await press(page, 'Enter');
    await findItem(page, 'Ctrl+Shift+2   Observatorul copiilor');
    await screenshot(page, 'keyboard-help');
    await press(page, 'Escape');
    assert.equal(await hasItem(page, 'Ctrl+Shift+2   Observatorul copiilor'), false, 'Escape closes Help');

    // Enter on a button opens the new-plan form; Escape leaves the commune field, then closes
    // the form; Tab goes on from the page.
    await tabTo(page, 'Începe planul comunei', { back: true });
    await press(page, 'Enter');
    await findItem(page, 'Creează planul');
    await press(page, 'Escape');
    await press(page, 'Escape');
    assert.equal(await hasItem(page, 'Creează planul'), false, 'Escape closes the new-plan form');
    await tabTo(page, 'Începe planul comunei');
    // Its Cancel button, by Enter, closes it as well.
    await press(page, 'Enter');
    await tabTo(page, 'Renunță');
    await press(page, 'Enter');
    assert.equal(await hasItem(page, 'Creează planul'), false, 'Cancel closes the new-plan form');
    await tabTo(page, 'Începe planul comunei');
    await press(page, 'Space');
    await findItem(page, 'Creează planul');

    await tabTo(page, 'Comuna');
    await typeText(page, 'Ștefănești');
    // Shift+Tab goes back to the county; Enter opens it, typing filters, Enter takes the one left.
    await tabTo(page, 'Județul', { back: true });
    await press(page, 'Enter');
    await typeText(page, 'bihor');
    await press(page, 'Enter');
    // The villages, one per line (Enter in the field starts a new line); Tab leaves the field
    // for the form's button without typing a tab, Shift+Tab comes back into it.
    await tabTo(page, 'Satele');
    await typeText(page, 'Deal');
    await press(page, 'Enter');
    await typeText(page, 'Vale');
    await press(page, 'Tab');
    assert.equal(await focusedLabel(page), 'Creează planul', 'Tab leaves "Satele"');
    await press(page, 'Shift+Tab');
    assert.equal(await focusedLabel(page), 'Satele', 'Shift+Tab goes back into "Satele"');
    await press(page, 'Tab');
    await screenshot(page, 'keyboard-new-plan');
    await press(page, 'Enter');
    await findItem(page, 'Toate planurile');
    const plan = (await state(page)).plans[0];
    assert.equal(plan.commune, 'Ștefănești');
    assert.equal(plan.county, 5);
    assert.deepEqual(plan.villages.map((v) => v.name), ['Deal', 'Vale']);

    // Ctrl+Shift+2: the Observatory. A household: its head, a child with a birth date.
    await press(page, 'Control+Shift+Digit2');
    await tabTo(page, 'Adaugă o gospodărie');
    await press(page, 'Enter');
    await tabTo(page, 'Capul familiei');
    await typeText(page, 'Popescu Elena');
    await tabTo(page, 'Adaugă un copil');  // in the families' region, which scrolls on its own
    await press(page, 'Enter');
    await tabTo(page, 'Numele copilului 1', { back: true });
    await typeText(page, 'Ioana Popescu');
    await press(page, 'Tab');
    assert.equal(await focusedLabel(page), 'CNP 1');
    await tabTo(page, 'Data nașterii 1');
    await typeText(page, '01.07.2018');
    await press(page, 'Tab');
    await screenshot(page, 'keyboard-household');

    // The child's Delete asks first; Escape and then Cancel close the question, the child stays,
    // and Tab goes on from the household.
    await tabTo(page, 'Șterge');
    await press(page, 'Enter');
    await findItem(page, 'Renunță');
    await press(page, 'Escape');
    assert.equal(await hasItem(page, 'Renunță'), false, 'Escape closes the question');
    assert.equal(await focusedLabel(page), 'Șterge', 'the focus is back on the button that asked');
    await press(page, 'Enter');
    await findItem(page, 'Renunță');
    assert.equal(await focusedLabel(page), 'Renunță', 'Cancel has the focus');
    await press(page, 'Enter');
    assert.equal(await hasItem(page, 'Renunță'), false, 'Cancel closes the question');
    await tabTo(page, 'Completează fișa de observație');

    // The observation sheet by its own keys: D yes, Tab, N no; Enter goes on to the household.
    await press(page, 'Enter');
    await findItem(page, '1.a Da');
    await page.keyboard.type('d');
    await nextFrames(page, 2);
    await press(page, 'Tab');
    await page.keyboard.type('n');
    await nextFrames(page, 2);
    await screenshot(page, 'keyboard-sheet');
    await press(page, 'Enter');
    await findItem(page, 'Adaugă un copil');
    await tabTo(page, '← Observatorul');
    await press(page, 'Enter');
    await findItem(page, 'Adaugă o gospodărie');

    const household = (await state(page)).plans[0].households[0];
    assert.equal(household.village, 'Deal');
    const family = household.families[0];
    assert.equal(family.head, 'Popescu Elena');
    assert.deepEqual(family.children.map((c) => [c.name, c.birth_date]), [['Ioana Popescu', '2018-07-01']]);
    assert.deepEqual(family.sheet.answers, { '1.a': 'yes', '1.a.1': 'no' });

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

// Tab from where the screen opens until the focus comes round again (after `back` Shift+Tabs,
// which go round to the end of a screen whose long list Tab would take a while to walk through):
// every control drawn in view when the walk starts must have had the focus.
async function walkScreen(page, name, { back = 0, max = 120 } = {}) {
  const { height } = page.viewportSize();
  const controls = (await items(page)).filter((it) => it.id !== 0 && it.y >= 0 && it.y + it.h <= height);
  // Going into or out of a region takes the focus a frame or two more.
  const step = async (key) => {
    await press(page, key);
    await nextFrames(page, 2);
    return page.evaluate(() => window.prevplanTest.focused());
  };
  const reached = new Set();
  for (let i = 0; i < back; ++i) reached.add(await step('Shift+Tab'));
  let first = null;
  for (let i = 0; i < max; ++i) {
    const id = await step('Tab');
    if (first === null) first = id;
    else if (id === first && i > 2) break;
    reached.add(id);
  }
  const missed = controls.filter((it) => !reached.has(it.id)).map((it) => it.label);
  assert.deepEqual(missed, [], `${name}: Tab never reached ${JSON.stringify(missed)}`);
}

test('Tab reaches every control of a whole screen, step by step', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await walkScreen(page, 'start page');
    await tabTo(page, 'Încearcă demonstrația');
    await press(page, 'Enter');
    await findItem(page, 'Toate planurile');
    // The commune, the Observatory with its list of 600 children, the Registry. (The longer screens
    // of the later steps take minutes at a Tab a second in a headless browser.)
    for (const [digit, name, back] of [['1', 'commune', 0], ['2', 'observatory', 20], ['4', 'registry', 0]]) {
      await press(page, `Control+Shift+Digit${digit}`);
      await nextFrames(page, 4);
      await walkScreen(page, name, { back });
      await screenshot(page, `keyboard-walk-${name.replace(' ', '-')}`);
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

// The pixels around a widget, as a person sees them.
async function around(page, it) {
  const clip = { x: Math.max(0, it.x - 4), y: Math.max(0, it.y - 4), width: it.w + 8, height: it.h + 8 };
  await nextFrames(page, 2);
  return page.screenshot({ clip });
}

test('the focus ring shows in English, at 1366×768, in high contrast', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await page.setViewportSize({ width: 1366, height: 768 });
    await click(page, 'Limba');
    await click(page, 'English');
    await click(page, 'Display');
    await click(page, 'Contrast');
    await click(page, 'High');
    await click(page, 'Try the demo');
    await findItem(page, 'All plans');
    await press(page, 'Control+Shift+Digit2');
    const button = await findItem(page, 'Add a household');
    const before = await around(page, button);
    await tabTo(page, 'Add a household');
    assert.notDeepEqual(await around(page, button), before, 'the focused button looks focused');
    await screenshot(page, 'keyboard-focus-high-contrast-en');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
