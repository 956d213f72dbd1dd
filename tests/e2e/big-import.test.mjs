// A big Observatory spreadsheet imports with a progress bar while the page keeps drawing, and
// Cancel leaves the plan as it was. The file comes from the command-line tool's demo commune.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, openApp, click, findItem, items, nextFrames, createPlan, cliPath, screenshot, state } from './harness.mjs';

// 5,000 rows keep the test short on a small machine; 100,000 were measured by hand (see the notes).
const kChildren = 5000;
let server, csvPath, biggerCsvPath, workspacePath;
before(async () => {
  server = await startServer();
  const dir = await mkdtemp(join(tmpdir(), 'prevplan-big-'));
  const demo = (children, path) => execFileSync(cliPath, ['demo', '--children', String(children), '--seed', '42',
    '--county', '5', '--today', '2026-11-29', '-o', path]);
  csvPath = join(dir, 'observator.csv');
  demo(kChildren, csvPath);
  // Big enough that the check is still running when Cancel is pressed.
  biggerCsvPath = join(dir, 'observator-mare.csv');
  demo(30000, biggerCsvPath);
  workspacePath = join(dir, 'comuna.json');
  demo(kChildren, workspacePath);
});
after(async () => { await server.close(); });

// The progress bar's label, "12.544 / 30.000 de rânduri – citire" (only "citire" in the first frames,
// while the rows are counted), when one is drawn.
const kProgress = / \/ [\d.]+ de rânduri – /;
const isProgress = (l) => kProgress.test(l) || l === 'citire';
async function progressLabel(page) {
  return (await items(page)).map((it) => it.label).find(isProgress);
}

async function chooseFile(page, path = csvPath) {
  await click(page, 'Observatorul copiilor');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Importă Observatorul (CSV)…')]);
  await chooser.setFiles(path);
  await findItem(page, 'Verifică fișierul', { timeout: 30000 });
}

// Clicks "Verifică fișierul" and collects the progress labels drawn until the result shows,
// watched in the page at every animation frame (polling from here can step over a short check).
async function checkWithProgress(page) {
  await page.evaluate((pattern) => {
    const seen = (window.progressSeen = []);
    const progress = new RegExp(pattern);
    const watch = () => {
      const labels = window.prevplanTest.items().map((it) => it.label);
      if (labels.includes('Importă tot') || labels.some((l) => l.startsWith('Importă doar'))) return;
      for (const l of labels) if ((progress.test(l) || l === 'citire') && !seen.includes(l)) seen.push(l);
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }, kProgress.source);
  await click(page, 'Verifică fișierul');
  await findItem(page, 'Importă tot', { timeout: 60000 });
  return page.evaluate(() => window.progressSeen);
}

test(`a ${kChildren}-row spreadsheet is checked and imported whole, any bar counting its rows`, async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Demonstrativă' });
    await chooseFile(page);
    // 5,000 rows may be read and checked within a frame or two of work (the 30,000-row test below
    // sees the bar move over many frames); any bar drawn meanwhile counts the file's rows.
    const labels = await checkWithProgress(page);
    for (const l of labels) assert.ok(l === 'citire' || /\/ 5\.000 de rânduri – /.test(l), `progress label: ${l}`);
    await findItem(page, '5.000 de rânduri citite, 0 cu erori', { timeout: 60000 });
    await findItem(page, 'Copii noi: 5.000 · modificați: 0 · la fel: 0 · din plan, neatinși: 0');
    await screenshot(page, 'big-import-result');
    await click(page, 'Importă tot');
    await findItem(page, 'Afișați: 5.000 de copii din 2.326 de gospodării (2.665 de familii)', { timeout: 60000 })
      .catch(async () => {
        const shown = (await items(page)).map((it) => it.label).filter((l) => l.startsWith('Afișați:'));
        assert.fail(`shown: ${JSON.stringify(shown)}`);
      });
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

// The frames drawn while a bar of the given stage shows, until the result shows.
async function framesWhile(page, stage) {
  let first, last, labels = 0;
  for (const until = Date.now() + 120000; Date.now() < until;) {
    const list = (await items(page)).map((it) => it.label);
    if (list.includes('Importă tot') || list.some((l) => l.startsWith('Importă doar'))) break;
    const label = list.find(isProgress);
    const frames = await page.evaluate(() => window.prevplanTest.frames());
    if (label && label.endsWith(`– ${stage}`)) {
      first ??= frames;
      last = frames;
      labels += 1;
    }
  }
  return { frames: first === undefined ? 0 : last - first, labels };
}

test('a 30,000-row spreadsheet is read and checked over many frames, the check too', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Demonstrativă' });
    await chooseFile(page, biggerCsvPath);
    await click(page, 'Verifică fișierul');
    // The check (households and families assembled, then validated) no longer runs in one piece:
    // the page draws its bar again and again while it runs.
    const check = await framesWhile(page, 'verificare');
    assert.ok(check.frames >= 2, `frames drawn while checking: ${JSON.stringify(check)}`);
    await findItem(page, '30.000 de rânduri citite, 0 cu erori', { timeout: 120000 });
    await findItem(page, 'Copii noi: 30.000 · modificați: 0 · la fel: 0 · din plan, neatinși: 0', { timeout: 60000 });
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('Cancel during the check leaves the plan without a child', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await createPlan(page, { commune: 'Demonstrativă' });
    await chooseFile(page, biggerCsvPath);
    await click(page, 'Verifică fișierul');
    assert.ok(await progressLabel(page), 'the progress bar shows');
    await click(page, 'Renunță');
    assert.equal(await progressLabel(page), undefined);
    await nextFrames(page, 5);
    const shown = (await items(page)).map((it) => it.label).find((l) => l.startsWith('Afișați:'));
    assert.match(shown, /^Afișați: 0 copii/);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

// The reading dialog's bar, "1.234 / 2.326 de gospodării", when one is drawn.
async function householdsLabel(page) {
  return (await items(page)).map((it) => it.label).find((l) => / \/ [\d.]+ (de )?gospodării$/.test(l));
}

test(`a ${kChildren}-child workspace file imports with a progress bar`, async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => {
      await click(page, 'Fișier');
      await click(page, 'Importă…');
    })()]);
    await chooser.setFiles(workspacePath);
    // The first bar seen and the frames drawn from then until it is gone: the reading went on
    // across frames, so the page kept answering.
    let first, framesAtFirst, framesAtEnd;
    for (const until = Date.now() + 60000; Date.now() < until;) {
      const label = await householdsLabel(page);
      const frames = await page.evaluate(() => window.prevplanTest.frames());
      if (label && !first) [first, framesAtFirst] = [label, frames];
      if (!label && first) {
        framesAtEnd = frames;
        break;
      }
    }
    const households = JSON.parse(await readFile(workspacePath, 'utf8')).plans[0].households.length;
    assert.ok(first, 'the progress bar shows');
    assert.ok(!first.startsWith(`${households.toLocaleString('ro-RO')} /`), `first label: ${first}`);
    assert.ok(framesAtEnd - framesAtFirst >= 2, `frames while reading: ${framesAtEnd - framesAtFirst}`);
    const { plans } = await state(page);
    assert.equal(plans.length, 1);
    assert.equal(plans[0].households.length, households);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
