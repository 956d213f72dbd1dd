// The split store (docs/storage.md): a big commune is stored as many small files, opens again
// whole after a reload, and a small edit beside it writes a few KB, not the whole commune.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launchPersistent, openApp, findItem, createPlan, state, saved, screenshot, cliPath, importWorkspace,
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
  const longest = await page.evaluate(() => Math.max(0, ...(window.longTasks || [])));  // none when not instrumented
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
    await importWorkspace(page, file);
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

// IndexedDB as the page uses it: every put and delete by key, and every walk of the whole store
// (IDBFS's syncfs reads every key's timestamp through the 'timestamp' index).
function countStoreAccess(context) {
  return context.addInitScript(() => {
    // Counted into whatever window.storeAccess is now: resetAccess replaces it.
    window.storeAccess = { puts: [], deletes: [], walks: 0 };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      window.storeAccess.puts.push(String(key));
      return put.apply(this, arguments);
    };
    const del = IDBObjectStore.prototype.delete;
    IDBObjectStore.prototype.delete = function (key) {
      window.storeAccess.deletes.push(String(key));
      return del.apply(this, arguments);
    };
    const walk = IDBIndex.prototype.openKeyCursor;
    IDBIndex.prototype.openKeyCursor = function () {
      window.storeAccess.walks++;
      return walk.apply(this, arguments);
    };
  });
}
const resetAccess = (page) => page.evaluate(() => { window.storeAccess = { puts: [], deletes: [], walks: 0 }; });
const access = (page) => page.evaluate(() => window.storeAccess);

test('a small edit is synced by name: only its files are put, the store is not walked, and a plain IDBFS sync finds nothing to add', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'prevplan-profile-'));
  const dir = await mkdtemp(join(tmpdir(), 'prevplan-split-'));
  const file = join(dir, 'commune.json');
  execFileSync(cliPath, ['demo', '--children', '3000', '--seed', '42', '--today', '2026-11-29', '-o', file]);
  const context = await launchPersistent(profile);
  try {
    await countStoreAccess(context);
    const page = await openApp(context, server.url);
    await importWorkspace(page, file);
    const before = new Set(Object.keys(await storedFiles(page)));
    assert.ok(before.size > 20, `${before.size} files stored`);

    // A new session (the store populated from IndexedDB), then one small edit.
    await reopened(page);
    await resetAccess(page);
    await createPlan(page, { commune: 'Cârța', villages: ['Cârța'] });
    await saved(page);
    const edit = await access(page);
    const after = await storedFiles(page);
    assert.equal(edit.walks, 0, 'the store was walked');
    assert.ok(edit.puts.length > 0 && edit.puts.length <= 8, JSON.stringify(edit.puts));
    for (const key of edit.puts) {
      assert.ok(key in after, `${key} put but not kept`);
      assert.ok(key === '/persist/manifest' || !before.has(key), `${key} was already stored`);
    }
    for (const key of edit.deletes) assert.ok(!(key in after), `${key} deleted but still stored`);

    // IDBFS's own whole comparison agrees: IndexedDB holds exactly the folder.
    await resetAccess(page);
    const error = await page.evaluate(() => new Promise((resolve) => FS.syncfs(false, (e) => resolve(e ? String(e) : null))));
    assert.equal(error, null);
    const whole = await access(page);
    assert.equal(whole.walks, 1);
    assert.deepEqual([whole.puts, whole.deletes], [[], []]);

    // A plain IDBFS mount (the next start's populate) reads the same workspace.
    const edited = await state(page);
    await reopened(page);
    assert.deepEqual(await state(page), edited);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  }
});
