// Crafted files never stop the app: each is refused with a located message, the app keeps
// drawing, and an error-heavy file shows its first errors and the count.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, openApp, click, findItem, state, screenshot, dataDir } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

async function importFile(page, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => {
    await click(page, 'Fișier');
    await click(page, 'Importă…');
  })()]);
  await chooser.setFiles(path);
  await findItem(page, 'Închide');
  return page.evaluate(() => window.prevplanTest.importErrors());
}

test('crafted files are refused with a located error and the app keeps running', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'prevplan-untrusted-'));
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    const before = await state(page);
    const small = JSON.parse(await readFile(join(dataDir, 'good', 'small.json'), 'utf8'));

    // 100,000 nested arrays: a stack overflow when copied, before the depth limit.
    const deep = JSON.stringify({ ...small, deep: 'DEEP' }).replace('"DEEP"', '['.repeat(100000) + ']'.repeat(100000));
    await writeFile(join(dir, 'deep.json'), deep);
    // The workspace object is level 1: the 64th bracket of "deep" is the 65th level.
    const deepColumn = deep.indexOf('"deep":') + '"deep":'.length + 64;
    // 5,000 wrong-typed villages: 5,001 errors (the household's village is then unknown too).
    const heavy = structuredClone(small);
    heavy.plans[0].villages = Array(5000).fill(1);
    await writeFile(join(dir, 'heavy.json'), JSON.stringify(heavy));

    const cases = [
      [join(dataDir, 'bad', 'number-1e400.json'), 'not-json', '/'],
      [join(dataDir, 'bad', 'snapshot-registry-string.json'), 'wrong-type', '/plans/0/report_snapshots/0/report/registry'],
      [join(dataDir, 'bad', 'package-as-of-number.json'), 'wrong-type', '/package/report/as_of'],
      [join(dataDir, 'bad', 'county-2p32plus5.json'), 'invalid-value', '/plans/0/county'],
      [join(dir, 'deep.json'), 'too-deep', `line 1, column ${deepColumn}`],
    ];
    for (const [file, kind, where] of cases) {
      const errors = await importFile(page, file);
      assert.equal(errors[0].kind, kind, file);
      assert.equal(errors[0].where, where, file);
      await click(page, 'Închide');
      assert.deepEqual(await state(page), before, `${file} changed the workspace`);
    }

    const errors = await importFile(page, join(dir, 'heavy.json'));
    assert.equal(errors.length, 201);
    assert.equal(errors[0].where, '/plans/0/villages/0');
    assert.equal(errors[200].kind, 'more-errors');
    await findItem(page, '5.001 erori');
    await screenshot(page, 'import-many-errors');
    await click(page, 'Închide');
    assert.deepEqual(await state(page), before);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
});
