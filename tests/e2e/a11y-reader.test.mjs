// The mirror as a screen reader says it (docs/accessibility.md): @guidepup/virtual-screen-reader
// walks the page's DOM and ARIA as NVDA or VoiceOver would and logs the phrases it speaks. It
// listens here to the start page, the Observatory of the demonstration (600 children) and an
// observation sheet, moving item by item as a person would with the reader's "next" key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  startServer, launch, openApp, click, typeInto, findItem, nextFrames, createPlan, scrollTo,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

// The reader's browser build is an ES module; the page's Content-Security-Policy admits no
// script that is not the site's own, so it is evaluated (as axe-core is) with its exports kept
// on window.
const readerSource = (async () => {
  const src = await readFile(createRequire(import.meta.url).resolve('@guidepup/virtual-screen-reader/browser.js'), 'utf8');
  const at = src.lastIndexOf('export{');
  const end = src.indexOf('}', at);
  const exported = Object.fromEntries(src.slice(at + 'export{'.length, end).split(',')
    .map((pair) => pair.trim().split(/\s+as\s+/)).map(([local, name]) => [name ?? local, local]));
  return `(() => {${src.slice(0, at)};window.virtualReader = ${exported.virtual};${src.slice(end + 1)}\n})()`;
})();

async function startReader(page) {
  if (!(await page.evaluate(() => !!window.virtualReader))) await page.evaluate(await readerSource);
  await page.evaluate(() => window.virtualReader.start({ container: document.body }));
}

async function stopReader(page) {
  await page.evaluate(() => window.virtualReader.stop());
}

// Moves the reader from the top of the mirror to its end, as a person reading the whole screen
// does, and returns what it said.
async function readScreen(page) {
  await startReader(page);
  const said = await page.evaluate(async () => {
    const reader = window.virtualReader;
    for (let i = 0; i < 3000; ++i) {
      await reader.next();
      const phrase = await reader.lastSpokenPhrase();
      if (phrase.startsWith('end of main')) break;
    }
    return reader.spokenPhraseLog();
  });
  await stopReader(page);
  return said;
}

const saysAll = (said, expected) => {
  for (const phrase of expected) {
    const found = phrase instanceof RegExp ? said.some((s) => phrase.test(s)) : said.includes(phrase);
    assert.ok(found, `the reader says ${phrase}; it said:\n${said.slice(0, 200).join('\n')}`);
  }
};

test('the start page and the Observatory as a screen reader says them', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext({ viewport: { width: 1366, height: 768 } }), server.url);
    saysAll(await readScreen(page), [
      'main, PrevPlan',
      /^heading, PrevPlan, level 1$/,
      'button, Încearcă demonstrația',
      'button, Începe planul comunei',
      'button, Deschide un fișier',
      /^heading, Metoda în 12 pași, level 2$/,
    ]);

    await click(page, 'Încearcă demonstrația');
    await findItem(page, 'Observatorul copiilor', { timeout: 15000 });
    await click(page, 'Observatorul copiilor');
    await nextFrames(page, 3);
    const said = await readScreen(page);
    saysAll(said, [
      // The table of 600 children says all its rows (and the header row), though only those on
      // screen are mirrored; each row its place; its cells their words.
      /^table, column count 10, row count 601$/,
      /^columnheader, Copilul, column index 3$/,
      /^row, .*row index 2\b/,
      /^cell, Tudor Lupu/,
      /^combobox, Filtru sat, .*Toate satele|^Toate satele$/,
    ]);
  } finally {
    await browser.close();
  }
});

test('an observation sheet as a screen reader says it: the wording, the answers checked or not, the abuse alert', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext({ viewport: { width: 1366, height: 768 } }), server.url);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Deal'] });
    await click(page, 'Observatorul copiilor');
    await click(page, 'Adaugă o gospodărie');
    await typeInto(page, 'Capul familiei', 'Popa Ion');
    await click(page, 'Adaugă un copil');
    await typeInto(page, 'Numele copilului 1', 'Ana Popa');
    await typeInto(page, 'Data nașterii 1', '2016-01-10');
    await click(page, 'Completează fișa de observație');
    await click(page, '1.b Da');
    await nextFrames(page, 3);
    saysAll(await readScreen(page), [
      /^radio, 1\.b Da, checked/,
      /^radio, 1\.b Nu, not checked/,
      // The indicator's wording, before its answers.
      /ambii părinți nu au ocupație sau sunt șomeri/,
    ]);

    // A suspicion of abuse ticked: the reader interrupts with the alert.
    await scrollTo(page, '6.b3 Da');
    await startReader(page);
    await click(page, '6.b3 Da');
    await nextFrames(page, 5);
    const said = await page.evaluate(() => window.virtualReader.spokenPhraseLog());
    await stopReader(page);
    assert.ok(said.some((s) => /SUSPICIUNE DE ABUZ SAU NEGLIJARE/.test(s)), said.join('\n'));
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
