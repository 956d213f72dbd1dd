// The first visit and the look: the start page's three ways in, the keyboard focus ring, and a
// start page whose texts fit the window at the sizes of an old municipal laptop and a netbook.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  startServer, launch, openApp, click, findItem, items, nextFrames, typeInto, state, screenshot, dataDir,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

async function withPage(fn, viewport) {
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await openApp(context, server.url);
    if (viewport) {
      await page.setViewportSize(viewport);
      await nextFrames(page, 3);
    }
    await fn(page);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
}

async function useEnglish(page) {
  await click(page, 'Limba');
  await click(page, 'English');
}

// The focus ring's colour (theme::kFocus), counted around a widget.
const focusColour = [0xc2, 0x41, 0x0c];
// The pixels of a clip of the page within `tolerance` of a colour: { n, total }. The screenshot is
// decoded in the page: the PNG goes in as bytes, no URL involved.
async function pixelsNear(page, clip, colour, tolerance) {
  const png = await page.screenshot({ clip });
  return page.evaluate(async ({ bytes, colour, tolerance }) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4)
      if ([0, 1, 2].every((c) => Math.abs(data[i + c] - colour[c]) < tolerance)) ++n;
    return { n, total: data.length / 4 };
  }, { bytes: [...png], colour, tolerance });
}

async function ringPixels(page, it) {
  const margin = 8;
  const clip = { x: Math.max(0, it.x - margin), y: Math.max(0, it.y - margin), width: it.w + 2 * margin, height: it.h + 2 * margin };
  return (await pixelsNear(page, clip, focusColour, 24)).n;
}

test('the start page says what PrevPlan is and leads with the demo', async () => {
  await withPage(async (page) => {
    await findItem(page, 'PrevPlan');
    const labels = (await items(page)).map((it) => it.label);
    assert.ok(labels.some((l) => l.startsWith('Datele rămân pe acest calculator')), 'the data stays here');
    for (const way of ['Încearcă demonstrația', 'Începe planul comunei', 'Deschide un fișier']) assert.ok(labels.includes(way), way);
    // The twelve steps at a glance, numbered, from the step catalog.
    assert.ok(labels.includes('1. Comuna') && labels.includes('2. Observatorul copiilor') && labels.includes('12. Partajare'));
    await click(page, 'Încearcă demonstrația');
    await findItem(page, 'DEMO – date fictive');
  });
});

test('starting the commune\'s plan: the county list narrows as one types, errors wait for the person', async () => {
  await withPage(async (page) => {
    await click(page, 'Începe planul comunei');
    await findItem(page, 'Creează planul');
    assert.ok(!(await items(page)).some((it) => it.label === 'Alegeți județul.'), 'no error before any attempt');
    await click(page, 'Creează planul');
    await findItem(page, 'Alegeți județul.');
    await click(page, 'Județul');
    await page.evaluate(() => window.prevplanTest.type('salaj'));
    await nextFrames(page, 2);
    const counties = (await items(page)).filter((it) => /\(\d\d\)$/.test(it.label)).map((it) => it.label);
    assert.deepEqual(counties, ['Sălaj (31)']);
    await page.keyboard.press('Enter');
    await nextFrames(page, 2);
    await typeInto(page, 'Comuna', 'Hida');
    await click(page, 'Creează planul');
    await findItem(page, 'Toate planurile');
    const saved = await state(page);
    assert.equal(saved.plans[0].commune, 'Hida');
    assert.equal(saved.plans[0].county, 31);
  });
});

test('opening a file: a plan file is imported, a commune\'s list starts a plan and goes into it', async () => {
  await withPage(async (page) => {
    let [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Deschide un fișier')]);
    await chooser.setFiles(join(dataDir, 'good', 'small.json'));
    await findItem(page, 'Toate planurile');
    assert.equal((await state(page)).plans[0].commune, 'Comuna Exemplu');
    await click(page, 'Toate planurile');

    [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Deschide un fișier')]);
    await chooser.setFiles(join(dataDir, 'csv', 'excel_ro.csv'));
    await findItem(page, 'După ce creați planul, lista „excel_ro.csv” se importă în el.');
    await click(page, 'Județul');
    await click(page, 'Bihor (05)');
    await typeInto(page, 'Comuna', 'Tinca');
    await click(page, 'Creează planul');
    await findItem(page, 'Verifică fișierul');
    await screenshot(page, 'look/list-into-new-plan');
  });
});

test('Tab shows a focus ring on the control it reaches, and moves on with each press', async () => {
  await withPage(async (page) => {
    // The person clicks into the page first (the browser gives it the keyboard).
    const { height } = page.viewportSize();
    await page.mouse.click(20, height - 20);
    await nextFrames(page, 2);
    const controls = (await items(page)).filter((it) => it.id !== 0 && it.window === 'PrevPlan');
    // The control with the ring around it: the one whose surroundings hold the most of its colour.
    const ringed = async () => {
      let best = null, most = 0;
      for (const it of controls) {
        const n = await ringPixels(page, it);
        if (n > most) { best = it; most = n; }
      }
      return { best, most };
    };
    assert.equal((await ringed()).most, 0, 'no ring before the keyboard is used');
    await page.keyboard.press('Tab');
    await nextFrames(page, 3);
    const first = await ringed();
    await screenshot(page, 'look/focus-ring');
    assert.ok(first.best && first.most > first.best.w + first.best.h, 'a ring around the control Tab reached');
    await page.keyboard.press('Tab');
    await nextFrames(page, 3);
    const second = await ringed();
    assert.ok(second.best && second.best.label !== first.best.label, `the next Tab moves on from "${first.best.label}"`);
  });
});

// Every labelled text and control of the start page inside the window, and the step names side by
// side without overlapping, in both languages.
for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 600 }]) {
  test(`nothing on the start page is cut at ${viewport.width}×${viewport.height}`, async () => {
    await withPage(async (page) => {
      for (const lang of ['ro', 'en']) {
        if (lang === 'en') await useEnglish(page);
        await nextFrames(page, 2);
        // The top of the page, then its bottom (a small window scrolls).
        const seen = new Map();
        for (const scroll of [0, 3000]) {
          await page.mouse.move(viewport.width / 2, viewport.height / 2);
          await page.mouse.wheel(0, scroll === 0 ? -3000 : 3000);
          await nextFrames(page, 3);
          const all = (await items(page)).filter((it) => it.window === 'PrevPlan' || it.window.startsWith('PrevPlan/'));
          for (const it of all) {
            assert.ok(it.x >= 0 && it.x + it.w <= viewport.width + 0.5, `"${it.label}" runs past the right edge (${lang})`);
            if (/^\d+\. /.test(it.label)) seen.set(it.label, it);
          }
          if (scroll === 0) await screenshot(page, `look/start-${lang}-${viewport.width}x${viewport.height}`);
        }
        const steps = [...seen.values()];
        assert.equal(steps.length, 12, lang);
        for (const a of steps)
          for (const b of steps)
            if (a !== b && Math.abs(a.y - b.y) < 2 && a.x < b.x)
              assert.ok(a.x + a.w <= b.x, `"${a.label}" runs into "${b.label}" (${lang})`);
      }
    }, viewport);
  });
}

// The share of a widget's pixels in a colour, from a screenshot of it decoded in the page.
async function shareOf(page, it, colour) {
  const { n, total } = await pixelsNear(page, { x: it.x, y: it.y, width: it.w, height: it.h }, colour, 16);
  return n / total;
}

// theme::kPrimary, the fill of the one button a screen leads with.
const primaryColour = [0x1a, 0x4d, 0x8f];

test('each screen leads with its main action as the primary button, the others secondary', async () => {
  await withPage(async (page) => {
    await click(page, 'Încearcă demonstrația');
    await findItem(page, 'DEMO – date fictive');
    const screens = [
      ['Observatorul copiilor', 'Adaugă o gospodărie', 'Importă Observatorul (CSV)…'],
      ['Resurse', 'Adaugă un serviciu', 'Importă inventarul (CSV)…'],
    ];
    for (const [step, primary, secondary] of screens) {
      await click(page, step);
      await page.mouse.move(2, 2);
      await nextFrames(page, 2);
      const filled = await shareOf(page, await findItem(page, primary), primaryColour);
      assert.ok(filled > 0.5, `${step}: "${primary}" is filled in the primary colour (${filled.toFixed(2)})`);
      const plain = await shareOf(page, await findItem(page, secondary), primaryColour);
      assert.ok(plain < 0.05, `${step}: "${secondary}" is secondary (${plain.toFixed(2)})`);
    }
    // The observation sheet: saving and going on to the next family leads.
    await click(page, 'Observatorul copiilor');
    await click(page, 'Adaugă o gospodărie');
    await click(page, 'Completează fișa de observație');
    const next = await findItem(page, 'Salvează și treci la următoarea familie');
    await page.mouse.move(2, 2);
    await nextFrames(page, 2);
    assert.ok(await shareOf(page, next, primaryColour) > 0.5, 'the sheet leads with the next family');
    assert.ok(await shareOf(page, await findItem(page, '← Observatorul'), primaryColour) < 0.05, 'going back is secondary');
    await screenshot(page, 'look/primary-sheet');
  });
});
