// The foundation as a person uses it: plans, persistence, undo/redo, import/export, tabs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launch, launchPersistent, openApp, click, typeInto, findItem, hasItem, state, saved, screenshot,
  nextFrames, dataDir, cliPath, createPlan,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

test('a plan created through the form survives a reload', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'prevplan-profile-'));
  const context = await launchPersistent(profile);
  try {
    const page = await openApp(context, server.url);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Ștefănești', 'Țarina'] });
    const plans = (await state(page)).plans;
    assert.equal(plans.length, 1);
    assert.equal(plans[0].commune, 'Ștefănești');
    assert.equal(plans[0].county, 5);
    assert.deepEqual(plans[0].villages.map((v) => v.name), ['Ștefănești', 'Țarina']);
    await findItem(page, 'Adaugă un sat');  // the plan opened on its commune step
    await screenshot(page, 'plan-commune');
    await saved(page);
    await findItem(page, 'Salvat');

    await page.reload();
    await page.evaluate(() => window.prevplanTest.ready);
    await nextFrames(page, 2);
    const reloaded = (await state(page)).plans;
    assert.equal(reloaded.length, 1);
    assert.equal(reloaded[0].commune, 'Ștefănești');
    await findItem(page, 'Deschide');
    await screenshot(page, 'workspace');
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('edits undo and redo from the keyboard and the menu', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Valea', villages: ['Valea'] });
    await typeInto(page, 'Satul', 'Deal');
    await click(page, 'Adaugă un sat');
    assert.deepEqual((await state(page)).plans[0].villages.map((v) => v.name), ['Valea', 'Deal']);

    await page.keyboard.press('Control+z');
    await nextFrames(page, 2);
    assert.deepEqual((await state(page)).plans[0].villages.map((v) => v.name), ['Valea']);
    await page.keyboard.press('Control+Shift+z');
    await nextFrames(page, 2);
    assert.deepEqual((await state(page)).plans[0].villages.map((v) => v.name), ['Valea', 'Deal']);

    await click(page, 'Editare');
    await click(page, 'Anulează');
    assert.equal((await state(page)).plans[0].villages.length, 1);
    await click(page, 'Editare');
    await click(page, 'Refă');
    assert.equal((await state(page)).plans[0].villages.length, 2);

    // Undo reaches back past the plan's creation.
    for (let i = 0; i < 2; i++) await page.keyboard.press('Control+y');
    await click(page, 'Editare');
    await click(page, 'Anulează');
    await click(page, 'Editare');
    await click(page, 'Anulează');
    assert.equal((await state(page)).plans.length, 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('plans are renamed, duplicated and deleted after a confirmation', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Brănești', villages: ['Brănești'] });
    await click(page, 'Toate planurile');
    await click(page, 'Duplică');
    let plans = (await state(page)).plans;
    assert.deepEqual(plans.map((p) => p.commune), ['Brănești', 'Brănești (copie)']);
    assert.notEqual(plans[0].id, plans[1].id);

    await click(page, 'Redenumește', { nth: 1 });
    await typeInto(page, 'Comuna', 'Pietroasa');
    await click(page, 'Salvează');
    assert.equal((await state(page)).plans[1].commune, 'Pietroasa');

    await click(page, 'Șterge', { nth: 1 });
    assert.equal((await state(page)).plans.length, 2, 'nothing is deleted before the confirmation');
    await click(page, 'Renunță');
    assert.equal((await state(page)).plans.length, 2);
    await click(page, 'Șterge', { nth: 1 });
    await click(page, 'Șterge planul');  // the dialog's own button
    plans = (await state(page)).plans;
    assert.deepEqual(plans.map((p) => p.commune), ['Brănești']);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('bad files are refused with a located message and the workspace stays as it was', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Martor', villages: ['Martor'] });
    const before = await state(page);
    const cases = [
      ['not-json.json', 'not-json', 'line 1, column 1'],
      ['truncated.json', 'not-json', 'line 17, column 9'],
      ['newer-version.json', 'newer-version', '/version'],
      ['county-40.json', 'invalid-value', '/plans/0/county'],
      ['answer-maybe.json', 'invalid-value', '/plans/0/households/0/families/0/sheet/answers/1.a'],
      ['other-format.json', 'not-prevplan', '/format'],
    ];
    for (const [file, kind, where] of cases) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => {
        await click(page, 'Fișier');
        await click(page, 'Importă…');
      })()]);
      await chooser.setFiles(join(dataDir, 'bad', file));
      await findItem(page, 'Închide');
      const errors = await page.evaluate(() => window.prevplanTest.importErrors());
      assert.equal(errors[0].kind, kind, file);
      assert.equal(errors[0].where, where, file);
      if (file === 'newer-version.json') await screenshot(page, 'import-error');
      await click(page, 'Închide');
      assert.deepEqual(await state(page), before, `${file} changed the workspace`);
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('an exported plan validates with the CLI and re-imports: replace, keep both or cancel', async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await openApp(context, server.url);
    await createPlan(page, { commune: 'Cârța', villages: ['Cârța'] });
    await click(page, 'Fișier');
    await click(page, 'Exportă planul');
    await click(page, 'Exportă necriptat…');  // names and CNPs: plain only after the warning
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Înțeleg; exportă necriptat')]);
    await click(page, 'Închide');
    assert.match(download.suggestedFilename(), /^prevplan-carta-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(await mkdtemp(join(tmpdir(), 'prevplan-export-')), download.suggestedFilename());
    await download.saveAs(file);
    const output = execFileSync(cliPath, ['validate', file], { encoding: 'utf8' });
    assert.match(output, /valid \(format version 1, 1 plan, 0 children\)/);
    const exported = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(exported.plans[0].commune, 'Cârța');

    const importIt = async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => {
        await click(page, 'Fișier');
        await click(page, 'Importă…');
      })()]);
      await chooser.setFiles(file);
      await findItem(page, 'Înlocuiește');
    };
    await importIt();
    await screenshot(page, 'import-conflict');
    await click(page, 'Renunță');
    assert.equal((await state(page)).plans.length, 1);
    await importIt();
    await click(page, 'Păstrează-le pe amândouă');
    assert.equal((await state(page)).plans.length, 2);
    await importIt();
    await click(page, 'Înlocuiește');
    assert.equal((await state(page)).plans.length, 2);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('the language switches to English and the choice is remembered', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'prevplan-profile-'));
  const context = await launchPersistent(profile);
  try {
    const page = await openApp(context, server.url);
    await click(page, 'Limba');
    await click(page, 'English');
    await findItem(page, "Start your commune's plan");
    await page.reload();
    await page.evaluate(() => window.prevplanTest.ready);
    await findItem(page, "Start your commune's plan");
    await click(page, 'Language');
    await click(page, 'Română');
    await findItem(page, 'Începe planul comunei');
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('a second tab opens read-only until it takes over', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'prevplan-profile-'));
  const context = await launchPersistent(profile);
  try {
    const first = await openApp(context, server.url);
    await createPlan(first, { commune: 'Prima', villages: ['Prima'] });
    await saved(first);
    const second = await openApp(context, server.url);
    await findItem(second, 'Doar citire');
    await findItem(second, 'Lucrează în această filă');
    assert.equal(await hasItem(second, 'Începe planul comunei'), true);
    await screenshot(second, 'read-only-tab');

    await click(second, 'Lucrează în această filă');
    await findItem(second, 'Salvat', { timeout: 10000 });
    await findItem(first, 'Doar citire', { timeout: 10000 });
    assert.equal((await state(second)).plans[0].commune, 'Prima');
    await createPlan(second, { commune: 'A doua', villages: [] });
    await saved(second);
    assert.equal((await state(second)).plans.length, 2);
    assert.deepEqual([...first.errors, ...second.errors], []);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('without IndexedDB the app says so, works in memory and offers export', async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get() { throw new Error('IndexedDB is blocked'); } });
    });
    const page = await openApp(context, server.url);
    await findItem(page, 'Nesalvat: doar în memorie');
    await findItem(page, 'Exportă acum');
    await createPlan(page, { commune: 'Efemera', villages: [] });
    assert.equal((await state(page)).plans.length, 1);
    await click(page, 'Toate planurile');
    await screenshot(page, 'memory-only');
  } finally {
    await browser.close();
  }
});

test('when the browser refuses to store (quota), the app says it is not saved and offers export', async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext();
    // Set before the app starts: Chromium may let writes use the free space it found at the
    // origin's first write (the journal's device key, written at start).
    const blank = await context.newPage();
    const cdp = await context.newCDPSession(blank);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(server.url).origin, quotaSize: 1 });
    const page = await openApp(context, server.url);
    await createPlan(page, { commune: 'Plină', villages: ['Plină'] });
    await findItem(page, 'Nesalvat', { timeout: 15000 });
    await findItem(page, 'Ultimele modificări nu au putut fi salvate în browser');
    await findItem(page, 'Exportă acum');
    assert.equal((await state(page)).plans[0].commune, 'Plină', 'the work stays in memory');
    await screenshot(page, 'quota-exceeded');
  } finally {
    await browser.close();
  }
});

test('changes not yet stored when the tab closes come back from the journal', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'prevplan-profile-'));
  const context = await launchPersistent(profile);
  try {
    const page = await openApp(context, server.url);
    await createPlan(page, { commune: 'Grabnică', villages: [] });
    // Closed at once: the debounced save has not run, only the pagehide journal is written.
    await page.close();
    const again = await openApp(context, server.url);
    const plans = (await state(again)).plans;
    assert.equal(plans.length, 1);
    assert.equal(plans[0].commune, 'Grabnică');
    await saved(again);
    assert.equal(await again.evaluate(() => localStorage.getItem('prevplan-journal')), null);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('a file dropped on the page is imported', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    const text = await readFile(join(dataDir, 'good', 'small.json'), 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'comuna-exemplu.json', { type: 'application/json' }));
      const canvas = document.getElementById('canvas');
      canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => window.prevplanTest.state().plans.length === 1);
    const plan = (await state(page)).plans[0];
    assert.equal(plan.commune, 'Comuna Exemplu');
    assert.equal(plan.households[0].families[0].children.length, 2);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('text pasted from another program lands in the focused field', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await click(page, 'Începe planul comunei');
    await click(page, 'Comuna');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Sânpetru');
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await nextFrames(page, 2);
    await click(page, 'Județul');
    await click(page, 'Brașov (08)');
    await click(page, 'Creează planul');
    assert.equal((await state(page)).plans[0].commune, 'Sânpetru');
  } finally {
    await browser.close();
  }
});

test('an Observatory CSV dropped with no plan open asks for the plan first, and Renunță imports nothing', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['household_id;village\nh1;Deal\n'], 'observator.csv', { type: 'text/csv' }));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await findItem(page, 'După ce creați planul, lista „observator.csv” se importă în el.');
    await click(page, 'Renunță');
    assert.equal(await hasItem(page, 'Creează planul'), false);
    assert.equal((await state(page)).plans.length, 0);
  } finally {
    await browser.close();
  }
});

test('the app follows the window size and the screen pixel ratio', async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext({ deviceScaleFactor: 2 });
    const page = await openApp(context, server.url);
    const canvas = () => page.evaluate(() => {
      const c = document.getElementById('canvas');
      return [c.width, c.height, c.clientWidth, c.clientHeight];
    });
    assert.deepEqual(await canvas(), [2560, 1600, 1280, 800], 'backing store in physical pixels');
    const wide = await findItem(page, 'Salvat');
    assert.ok(wide.x > 1100, 'the status sits at the right edge');
    await page.setViewportSize({ width: 800, height: 600 });
    await nextFrames(page, 3);
    assert.deepEqual(await canvas(), [1600, 1200, 800, 600]);
    const narrow = await findItem(page, 'Salvat');
    assert.ok(narrow.x > 650 && narrow.x < 800, `status moved with the edge (x = ${narrow.x})`);
    await click(page, 'Începe planul comunei');
    await findItem(page, 'Creează planul');  // clicks land where widgets are drawn at 2×
  } finally {
    await browser.close();
  }
});
