// Low vision: the text size (Display menu, 100–200 % on top of the browser's zoom) with nothing
// cut at 200 % on the start page and the new-plan form, remembered after a reload; and the
// high-contrast palette, chosen in the menu and by default when the browser asks for more
// contrast. Screenshots of each, in both languages, go to artifacts/vision/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, click, findItem, items, nextFrames, screenshot } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const viewport = { width: 1366, height: 768 };
const words = {
  ro: { display: 'Afișare', size: 'Mărimea textului', big: '200 %', contrast: 'Contrast', high: 'Ridicat',
        start: 'Începe planul comunei', create: 'Creează planul', cancel: 'Renunță' },
  en: { display: 'Display', size: 'Text size', big: '200%', contrast: 'Contrast', high: 'High',
        start: "Start your commune's plan", create: 'Create the plan', cancel: 'Cancel' },
};

async function withPage(fn, options = {}) {
  const browser = await launch();
  try {
    const context = await browser.newContext(options);
    const page = await openApp(context, server.url);
    await page.setViewportSize(viewport);
    await nextFrames(page, 3);
    await fn(page, context);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
}

// Every labelled widget of these windows lies inside the page, left to right.
async function nothingCut(page, what, windows) {
  const all = (await items(page)).filter((it) => windows.some((w) => it.window === w || it.window.startsWith(`${w}/`)));
  assert.ok(all.length > 3, `${what}: widgets listed`);
  for (const it of all) {
    assert.ok(it.x >= -0.5 && it.x + it.w <= viewport.width + 0.5, `${what}: "${it.label}" runs past the edge`);
  }
}

// The colour of the page's background, read from a screenshot in the page.
async function pagePixel(page) {
  const png = await page.screenshot({ clip: { x: viewport.width - 6, y: viewport.height - 6, width: 4, height: 4 } });
  return page.evaluate(async (bytes) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    return [...g.getImageData(1, 1, 1, 1).data.slice(0, 3)];
  }, [...png]);
}

async function choose(page, lang, menu, item) {
  await click(page, words[lang].display);
  await click(page, menu);
  await click(page, item);
}

for (const lang of ['ro', 'en']) {
  test(`text at 200 % fits the start page and the new-plan form, and is remembered (${lang})`, async () => {
    await withPage(async (page) => {
      const w = words[lang];
      if (lang === 'en') {
        await click(page, 'Limba');
        await click(page, 'English');
      }
      const before = await findItem(page, w.start);
      await choose(page, lang, w.size, w.big);
      await nextFrames(page, 3);
      const after = await findItem(page, w.start);
      assert.ok(after.h > before.h * 1.6, `the text grew (${before.h} → ${after.h} px)`);
      for (const scroll of [-3000, 3000]) {
        await page.mouse.move(viewport.width / 2, viewport.height / 2);
        await page.mouse.wheel(0, scroll);
        await nextFrames(page, 3);
        await nothingCut(page, `start page ${lang}`, ['PrevPlan']);
        if (scroll < 0) await screenshot(page, `vision/start-200-${lang}`);
      }
      await click(page, w.start);
      await findItem(page, w.create);
      await nothingCut(page, `new-plan form ${lang}`, ['PrevPlan', '##plan-form']);
      await screenshot(page, `vision/new-plan-200-${lang}`);
      await click(page, w.cancel);

      await page.reload();
      await page.waitForFunction(() => window.prevplanTest !== undefined);
      await page.evaluate(() => window.prevplanTest.ready);
      await nextFrames(page, 3);
      const reloaded = await findItem(page, w.start);
      assert.ok(Math.abs(reloaded.h - after.h) < 1, 'the text size is kept after a reload');
    });
  });

  test(`high contrast from the Display menu (${lang})`, async () => {
    await withPage(async (page) => {
      const w = words[lang];
      if (lang === 'en') {
        await click(page, 'Limba');
        await click(page, 'English');
      }
      assert.deepEqual(await pagePixel(page), [0xf4, 0xf6, 0xf9], 'the standard page colour');
      await choose(page, lang, w.contrast, w.high);
      await nextFrames(page, 3);
      assert.deepEqual(await pagePixel(page), [0xff, 0xff, 0xff], 'the high-contrast page is white');
      await screenshot(page, `vision/high-contrast-${lang}`);
      await click(page, w.start);
      await findItem(page, w.create);
      await screenshot(page, `vision/high-contrast-new-plan-${lang}`);
    });
  });
}

test('high contrast by default when the browser asks for more contrast', async () => {
  await withPage(async (page) => {
    assert.deepEqual(await pagePixel(page), [0xff, 0xff, 0xff]);
  }, { contrast: 'more' });
  await withPage(async (page) => {
    assert.deepEqual(await pagePixel(page), [0xf4, 0xf6, 0xf9], 'no preference: the standard palette');
  });
});
