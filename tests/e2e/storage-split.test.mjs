// The split store (docs/storage.md): a big commune is stored as many small files, opens again
// whole after a reload, and a small edit beside it writes a few KB, not the whole commune.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launchPersistent, openApp, click, findItem, createPlan, state, saved, screenshot, cliPath,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const kChildren = 10000;

// What IDBFS holds: file name → bytes.
async function storedFiles(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve) => { const r = indexedDB.open('/persist'); r.onsuccess = () => resolve(r.result); });
    const rows = await new Promise((resolve) => {
      const tx = db.transaction('FILE_DATA', 'readonly');
      const all = tx.objectStore('FILE_DATA').getAll();
      const keys = tx.objectStore('FILE_DATA').getAllKeys();
      tx.oncomplete = () => resolve(keys.result.map((k, i) => [k, all.result[i].contents ? all.result[i].contents.length : 0]));
    });
    db.close();
    return Object.fromEntries(rows.filter(([k]) => k !== '/persist'));
  });
}

function childCount(ws) {
  let n = 0;
  for (const plan of ws.plans)
    for (const h of plan.households || []) for (const f of h.families || []) n += (f.children || []).length;
  return n;
}

// The page counts the bytes put into IndexedDB and its long tasks from its start.
function instrument(context) {
  return context.addInitScript(() => {
    window.putBytes = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (value && value.contents) window.putBytes += value.contents.length;
      return put.apply(this, arguments);
    };
    window.longTasks = [];
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: true });
    } catch (e) { /* no long task timing */ }
  });
}

// After a reload the commune opens over several frames: whole, or not at all. The menu shows once
// it is open; the longest task is read before the test reads the workspace, whose serialization
// for the test is itself a long task.
async function reopened(page) {
  await page.reload();
  await page.evaluate(() => window.prevplanTest.ready);
  const firstFrame = await page.evaluate(() => performance.now());
  await findItem(page, 'Începe planul comunei', { timeout: 60000 });
  const longest = await page.evaluate(() => Math.max(0, ...window.longTasks));
  return { firstFrame, longest };
}

test('a big commune is stored as many small files, reopens whole, and an edit beside it writes a few KB', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'prevplan-profile-'));
  const dir = await mkdtemp(join(tmpdir(), 'prevplan-split-'));
  const file = join(dir, 'commune.json');
  execFileSync(cliPath, ['demo', '--children', String(kChildren), '--seed', '42', '--today', '2026-11-29', '-o', file]);
  const context = await launchPersistent(profile);
  try {
    await instrument(context);
    const page = await openApp(context, server.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => {
      await click(page, 'Fișier');
      await click(page, 'Importă…');
    })()]);
    await chooser.setFiles(file);
    await page.waitForFunction(() => window.prevplanTest.state().plans.length === 1, null, { timeout: 120000 });
    await saved(page);
    const imported = await state(page);
    assert.equal(childCount(imported), kChildren);

    const files = await storedFiles(page);
    const names = Object.keys(files).map((k) => k.replace('/persist/', ''));
    const buckets = names.filter((n) => n.startsWith('b-'));
    assert.ok(names.includes('manifest'), JSON.stringify(names));
    assert.ok(buckets.length > 10, JSON.stringify(names));
    assert.ok(!names.includes('workspace.json'), JSON.stringify(names));
    const storedBytes = Object.values(files).reduce((a, b) => a + b, 0);
    console.log(`stored: ${names.length} files, ${storedBytes} bytes, ${(storedBytes / kChildren).toFixed(0)} B/child`);

    // Reloaded: the same commune, child for child.
    const { firstFrame, longest } = await reopened(page);
    await screenshot(page, 'split-store-reopened');
    assert.deepEqual(await state(page), imported);
    console.log(`reopened ${kChildren} children: first frame at ${firstFrame.toFixed(0)} ms, longest task ${longest.toFixed(0)} ms`);

    // A new plan beside the commune: its header and the manifest, not the commune.
    await page.evaluate(() => { window.putBytes = 0; });
    await createPlan(page, { commune: 'Cârța', villages: ['Cârța'] });
    await saved(page);
    const written = await page.evaluate(() => window.putBytes);
    console.log(`one small edit wrote ${written} bytes`);
    assert.ok(written > 0);
    assert.ok(written < 20000, `${written} bytes written for one new plan`);
    const edited = await state(page);
    assert.equal(edited.plans.length, 2);

    await reopened(page);
    assert.deepEqual(await state(page), edited);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  }
});
