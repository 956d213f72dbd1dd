// Personal data at rest: the journal of unsaved changes is encrypted, the whole workspace can be
// protected with a passphrase (nothing stored then holds a child's name or CNP; the app asks for
// the passphrase at start and can be locked), exports of named data ask for a passphrase or warn,
// "forget this computer" leaves nothing stored, and a stored workspace that does not load is kept,
// offered for export and never overwritten.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launchPersistent, openApp, click, typeInto, findItem, hasItem, state, saved, nextFrames, screenshot,
  createPlan, cliPath, importWorkspace,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const kPassphrase = 'cheie-de-test-2026';

// Runs `body(context)` in a fresh browser profile that survives reloads and reopened pages.
async function withProfile(body) {
  const profile = await mkdtemp(join(tmpdir(), 'prevplan-profile-'));
  const context = await launchPersistent(profile);
  try {
    await body(context);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

// Every child's name and CNP and every family head's name in the workspace.
function personalData(ws) {
  const out = new Set();
  for (const plan of ws.plans)
    for (const h of plan.households || [])
      for (const f of h.families || []) {
        if (f.head && f.head.length > 5) out.add(f.head);
        for (const c of f.children || []) {
          if (c.name) out.add(c.name);
          if (c.cnp) out.add(c.cnp);
        }
      }
  return [...out];
}

// Every value the app stored in this origin: localStorage, and each IndexedDB record as text
// (the IDBFS file contents decoded as UTF-8).
async function everythingStored(page) {
  return page.evaluate(async () => {
    const out = [];
    for (let i = 0; i < localStorage.length; ++i) {
      const key = localStorage.key(i);
      out.push({ where: `localStorage ${key}`, text: localStorage.getItem(key) });
    }
    const text = (value) => {
      // IDBFS keeps whatever typed array the file was written through (C stdio gives an Int8Array).
      if (ArrayBuffer.isView(value)) return new TextDecoder().decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
      if (value && value.contents) return text(value.contents);
      try { return JSON.stringify(value); } catch { return String(value); }
    };
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const store of db.objectStoreNames) {
        const rows = await new Promise((resolve) => {
          const tx = db.transaction(store, 'readonly');
          const all = tx.objectStore(store).getAll();
          const keys = tx.objectStore(store).getAllKeys();
          tx.oncomplete = () => resolve(keys.result.map((k, i) => ({ key: k, value: all.result[i] })));
        });
        for (const row of rows) out.push({ where: `IndexedDB ${name}/${store}/${row.key}`, text: text(row.value) });
      }
      db.close();
    }
    return out;
  });
}

function leaks(stored, secrets) {
  const found = [];
  for (const { where, text } of stored)
    for (const secret of secrets)
      if (text && text.includes(secret)) found.push(`${where}: ${secret}`);
  return found;
}

async function storedFileNames(page) {
  return (await everythingStored(page)).filter((s) => s.where.startsWith('IndexedDB /persist/')).map((s) => s.where);
}

async function openDemo(page) {
  await click(page, 'Încearcă demonstrația');
  await page.waitForFunction(() => window.prevplanTest.state().plans.length === 1);
  await click(page, 'Toate planurile');
}

// Turns the protection on and waits until the workspace is stored encrypted.
async function protect(page, passphrase) {
  await click(page, 'Fișier');
  await click(page, 'Protejează cu parolă…');
  await typeInto(page, 'Parola', passphrase);
  await typeInto(page, 'Parola, din nou', passphrase);
  await click(page, 'Protejează');
  await page.waitForFunction(() => Module.prevplanVault.workspaceKey !== null);
  await saved(page);
}

// After a reload, the page is the app again once its first frame is drawn.
async function reloaded(page, action) {
  await Promise.all([page.waitForEvent('load'), action()]);
  await page.waitForFunction(() => window.prevplanTest !== undefined);
  await page.evaluate(() => window.prevplanTest.ready);
  await nextFrames(page, 2);
}

async function unlock(page, passphrase) {
  await typeInto(page, 'Parola', passphrase);
  await click(page, 'Deblochează');
}

test('the journal of unsaved changes never holds a name or CNP, and brings the changes back', async () => {
  await withProfile(async (context) => {
    const page = await openApp(context, server.url);
    // No save reaches IndexedDB from now on (as when the tab closes before the sync lands): the
    // demo is kept only by the journal.
    await page.evaluate(() => { Module.prevplanSync = () => {}; });
    await openDemo(page);
    const secrets = personalData(await state(page));
    assert.ok(secrets.length > 500);
    await page.waitForFunction(() => Module.prevplanVault.ready !== '');
    await page.close();

    const again = await openApp(context, server.url);
    const journal = await again.evaluate(() => localStorage.getItem('prevplan-journal'));
    assert.ok(journal && journal.length > 1000, 'a journal was stored');
    assert.equal(JSON.parse(journal).format, 'prevplan-journal');
    assert.deepEqual(leaks([{ where: 'journal', text: journal }], secrets), []);
    const plans = (await state(again)).plans;
    assert.equal(plans.length, 1, 'the journal brought the demo back');
    assert.equal(plans[0].demo, true);
    await saved(again);
    assert.equal(await again.evaluate(() => localStorage.getItem('prevplan-journal')), null, 'dropped once durable');
    assert.deepEqual(again.errors, []);
  });
});

test('a journal that cannot be decrypted is discarded with a message, never applied', async () => {
  await withProfile(async (context) => {
    const page = await openApp(context, server.url);
    await page.evaluate(() => localStorage.setItem('prevplan-journal',
      JSON.stringify({ format: 'prevplan-journal', version: 1, key: 'device', iv: 'AAAAAAAAAAAAAAAA', data: 'AAAAAAAAAAAAAAAAAAAAAAAA' })));
    await page.reload();
    await page.evaluate(() => window.prevplanTest.ready);
    await findItem(page, 'Am înțeles');
    assert.equal((await state(page)).plans.length, 0);
    assert.equal(await page.evaluate(() => localStorage.getItem('prevplan-journal')), null);
  });
});

test('with a passphrase nothing stored holds a name or CNP; a reload asks for it, a wrong one is refused', async () => {
  await withProfile(async (context) => {
    const page = await openApp(context, server.url);
    await openDemo(page);
    const secrets = personalData(await state(page));
    await saved(page);
    assert.notDeepEqual(leaks(await everythingStored(page), secrets), [], 'plain before the protection');

    await protect(page, kPassphrase);
    assert.deepEqual(leaks(await everythingStored(page), secrets), []);
    await screenshot(page, 'protected-workspace');

    await page.reload();
    await page.evaluate(() => window.prevplanTest.ready);
    await findItem(page, 'Deblochează');
    assert.equal((await state(page)).plans.length, 0, 'nothing is open before the passphrase');
    await screenshot(page, 'unlock-screen');
    await unlock(page, 'parola-gresita');
    await findItem(page, 'Parolă greșită. Nimic nu a fost deschis sau modificat.', { timeout: 15000 });
    assert.equal((await state(page)).plans.length, 0);
    assert.deepEqual(leaks(await everythingStored(page), secrets), []);

    await unlock(page, kPassphrase);
    await findItem(page, 'Începe planul comunei', { timeout: 15000 });
    const back = await state(page);
    assert.equal(back.plans.length, 1);
    assert.deepEqual(personalData(back), secrets);

    // Lock now: the workspace leaves memory; an edit after the unlock is saved encrypted again.
    await click(page, 'Fișier');
    await click(page, 'Blochează acum');
    await findItem(page, 'Deblochează', { timeout: 10000 });
    assert.equal((await state(page)).plans.length, 0);
    await unlock(page, kPassphrase);
    await findItem(page, 'Începe planul comunei', { timeout: 15000 });
    assert.equal((await state(page)).plans.length, 1);
    assert.deepEqual(page.errors, []);
  });
});

test('a protected workspace is stored as small sealed files; an edit beside it writes a few of them', async () => {
  await withProfile(async (context) => {
    await context.addInitScript(() => {
      window.putBytes = 0;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value, key) {
        if (value && value.contents) window.putBytes += value.contents.length;
        return put.apply(this, arguments);
      };
    });
    const page = await openApp(context, server.url);
    await openDemo(page);
    const secrets = personalData(await state(page));
    await protect(page, kPassphrase);
    const stored = (await everythingStored(page)).filter((s) => s.where.startsWith('IndexedDB /persist/FILE_DATA/'));
    const byName = Object.fromEntries(stored.map((s) => [s.where.replace('IndexedDB /persist/FILE_DATA//persist/', ''), s.text]));
    const root = JSON.parse(byName.manifest);
    assert.equal(root.format, 'prevplan-store-sealed');
    assert.ok(root.salt && root.iterations > 0 && root.manifest, byName.manifest);
    assert.ok(!('plans' in root), 'the root names no file');
    const buckets = Object.keys(byName).filter((n) => n.startsWith('b-'));
    assert.ok(buckets.length > 1, JSON.stringify(Object.keys(byName)));
    for (const name of buckets) assert.ok(JSON.parse(byName[name]).iv, name);
    assert.ok(!('workspace.json' in byName));
    assert.deepEqual(leaks(stored, secrets), []);
    const storeBytes = stored.reduce((n, s) => n + s.text.length, 0);

    await page.evaluate(() => { window.putBytes = 0; });
    await createPlan(page, { commune: 'Cârța', villages: ['Cârța'] });
    await saved(page);
    const written = await page.evaluate(() => window.putBytes);
    assert.ok(written > 0 && written * 4 < storeBytes, `${written} of ${storeBytes} bytes written for one new plan`);

    await page.reload();
    await page.evaluate(() => window.prevplanTest.ready);
    await unlock(page, kPassphrase);
    await findItem(page, 'Începe planul comunei', { timeout: 15000 });
    assert.equal((await state(page)).plans.length, 2);
    assert.deepEqual(page.errors, []);
  });
});

test('with a passphrase the journal is sealed with it, and comes back only after the unlock', async () => {
  await withProfile(async (context) => {
    const page = await openApp(context, server.url);
    await protect(page, kPassphrase);
    await page.evaluate(() => { Module.prevplanSync = () => {}; });
    await openDemo(page);
    const secrets = personalData(await state(page));
    await page.waitForFunction(() => Module.prevplanVault.ready !== '');
    await page.close();

    const again = await openApp(context, server.url);
    await findItem(again, 'Deblochează');
    const journal = await again.evaluate(() => localStorage.getItem('prevplan-journal'));
    assert.equal(JSON.parse(journal).key, 'workspace');
    assert.deepEqual(leaks(await everythingStored(again), secrets), []);
    assert.equal((await state(again)).plans.length, 0);
    await unlock(again, kPassphrase);
    await findItem(again, 'Începe planul comunei', { timeout: 15000 });
    assert.equal((await state(again)).plans.length, 1, 'the journal brought the demo back');
    await saved(again);
    assert.equal(await again.evaluate(() => localStorage.getItem('prevplan-journal')), null);
    assert.deepEqual(leaks(await everythingStored(again), secrets), [], 'saved encrypted');
  });
});

test('a protected workspace locks itself after the chosen idle time', async () => {
  await withProfile(async (context) => {
    await context.clock.install();  // the page's clock, moved forward below instead of waiting
    const page = await openApp(context, server.url);
    await openDemo(page);
    await protect(page, kPassphrase);
    await click(page, 'Fișier');
    await click(page, 'Blocare automată');
    await findItem(page, 'După 30 de minute fără activitate');  // 30 takes "de"; 5 and 15 do not
    await click(page, 'După 5 minute fără activitate');
    await nextFrames(page, 2);
    await page.clock.fastForward('04:00');
    await nextFrames(page, 3);
    assert.equal(await hasItem(page, 'Deblochează'), false, 'not idle long enough');
    assert.equal((await state(page)).plans.length, 1);
    await page.clock.fastForward('01:30');
    await findItem(page, 'Deblochează', { timeout: 10000 });
    assert.equal((await state(page)).plans.length, 0, 'the workspace left memory');
    assert.equal(await page.evaluate(() => localStorage.getItem('prevplan-lock-minutes')), '5');
    await unlock(page, kPassphrase);
    await findItem(page, 'Începe planul comunei', { timeout: 15000 });
    assert.equal((await state(page)).plans.length, 1);
  });
});

test('the passphrase protection can be removed, and the store is plain again', async () => {
  await withProfile(async (context) => {
    const page = await openApp(context, server.url);
    await openDemo(page);
    await protect(page, kPassphrase);
    await click(page, 'Fișier');
    await click(page, 'Elimină protecția cu parolă…');
    await click(page, 'Elimină protecția');
    await saved(page);
    await page.reload();
    await page.evaluate(() => window.prevplanTest.ready);
    await findItem(page, 'Începe planul comunei');
    assert.equal((await state(page)).plans.length, 1);
  });
});

test('exporting a named plan asks for a passphrase, or warns before a plain file', async () => {
  await withProfile(async (context) => {
    const page = await openApp(context, server.url);
    await openDemo(page);
    const secrets = personalData(await state(page));
    await click(page, 'Fișier');
    await click(page, 'Exportă tot spațiul de lucru');
    await findItem(page, 'Exportă protejat cu parolă');
    await typeInto(page, 'Parola', kPassphrase);
    await typeInto(page, 'Parola, din nou', kPassphrase);
    const [sealed] = await Promise.all([page.waitForEvent('download'), click(page, 'Exportă protejat cu parolă')]);
    const sealedText = await readFile(await sealed.path(), 'utf8');
    assert.match(sealed.suggestedFilename(), /\.protejat\.json$/);
    assert.equal(JSON.parse(sealedText).format, 'prevplan-encrypted');
    assert.deepEqual(leaks([{ where: 'export', text: sealedText }], secrets), []);

    await click(page, 'Exportă necriptat…');
    await findItem(page, 'Înțeleg; exportă necriptat');
    const [plain] = await Promise.all([page.waitForEvent('download'), click(page, 'Înțeleg; exportă necriptat')]);
    assert.ok((await readFile(await plain.path(), 'utf8')).includes(secrets[0]));
    await click(page, 'Închide');
  });
});

test('a deleted plan leaves the stored workspace at the next save', async () => {
  await withProfile(async (context) => {
    const page = await openApp(context, server.url);
    await openDemo(page);
    const secrets = personalData(await state(page));
    await saved(page);
    await click(page, 'Șterge');
    await click(page, 'Șterge planul');
    await page.waitForFunction(() => window.prevplanTest.state().plans.length === 0);
    await saved(page);
    assert.deepEqual(leaks(await everythingStored(page), secrets), []);
  });
});

test('forget this computer leaves nothing stored and starts empty', async () => {
  await withProfile(async (context) => {
    const page = await openApp(context, server.url);
    await openDemo(page);
    const secrets = personalData(await state(page));
    await click(page, 'Limba');
    await click(page, 'English');
    await saved(page);
    await click(page, 'File');
    await click(page, 'Forget this computer…');
    await findItem(page, 'Erase everything from this browser');
    await screenshot(page, 'forget-this-computer');
    await reloaded(page, () => click(page, 'Erase everything from this browser', { settle: false }));
    await findItem(page, 'Începe planul comunei');
    assert.equal((await state(page)).plans.length, 0);
    const stored = await everythingStored(page);
    assert.deepEqual(leaks(stored, secrets), []);
    assert.deepEqual(stored.filter((s) => s.where.startsWith('localStorage')), []);
    assert.deepEqual(await storedFileNames(page), []);
  });
});

test('a damaged stored workspace is kept, offered for export, and the app stays read-only', async () => {
  await withProfile(async (context) => {
    const page = await openApp(context, server.url);
    await openDemo(page);
    await saved(page);
    // The manifest names the stored files; damaged, it keeps the whole store read-only.
    const damaged = '{"format": "prevplan-store", "version": 1, "plans": [ {"header": ';
    await page.evaluate(async (text) => {
      const db = await new Promise((resolve) => { const r = indexedDB.open('/persist'); r.onsuccess = () => resolve(r.result); });
      await new Promise((resolve) => {
        const tx = db.transaction('FILE_DATA', 'readwrite');
        const store = tx.objectStore('FILE_DATA');
        const get = store.get('/persist/manifest');
        get.onsuccess = () => store.put({ ...get.result, contents: new TextEncoder().encode(text) }, '/persist/manifest');
        tx.oncomplete = resolve;
      });
      db.close();
    }, damaged);
    await page.reload();
    await page.evaluate(() => window.prevplanTest.ready);
    await findItem(page, 'Exportă fișierul salvat');
    await findItem(page, 'Doar citire');
    assert.equal((await state(page)).plans.length, 0);
    await screenshot(page, 'unreadable-storage');
    const [file] = await Promise.all([page.waitForEvent('download'), click(page, 'Exportă fișierul salvat')]);
    // One copy of every stored file, the damaged manifest as found.
    const copy = JSON.parse(await readFile(await file.path(), 'utf8'));
    assert.equal(copy.files.manifest, damaged);
    assert.ok(Object.keys(copy.files).length > 2, JSON.stringify(Object.keys(copy.files)));
    assert.match(file.suggestedFilename(), /^workspace\.unreadable-.*\.json$/);
    await page.waitForFunction(() => Module.prevplanStorage.syncing === false);
    const names = await storedFileNames(page);
    assert.ok(names.some((n) => /workspace\.unreadable-/.test(n)), JSON.stringify(names));

    // Nothing can be changed, and nothing is written, until the user starts again.
    await click(page, 'Încearcă demonstrația');
    await nextFrames(page, 5);
    assert.equal((await state(page)).plans.length, 0);
    await page.reload();
    await page.evaluate(() => window.prevplanTest.ready);
    await findItem(page, 'Exportă fișierul salvat');

    await click(page, 'Începe din nou cu un spațiu de lucru gol…');
    await click(page, 'Începe din nou');
    await saved(page);
    assert.equal(await hasItem(page, 'Exportă fișierul salvat'), false);
    await openDemo(page);
    await saved(page);
    await page.reload();
    await page.evaluate(() => window.prevplanTest.ready);
    await findItem(page, 'Începe planul comunei');
    assert.equal((await state(page)).plans.length, 1);
  });
});

test('a big protected commune is read after the unlock over many frames, with its progress, and opens whole', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'prevplan-big-protected-'));
  const file = join(dir, 'commune.json');
  execFileSync(cliPath, ['demo', '--children', '10000', '--seed', '42', '--today', '2026-11-29', '-o', file]);
  try {
    await withProfile(async (context) => {
      const page = await openApp(context, server.url);
      await importWorkspace(page, file);
      const imported = await state(page);
      await protect(page, kPassphrase);

      await reloaded(page, () => page.reload());
      await typeInto(page, 'Parola', kPassphrase);
      const frames0 = await page.evaluate(() => window.prevplanTest.frames());
      // The bar and the commune's name are drawn while the buckets are decoded, frame after frame.
      // Watched in the page at every animation frame: polling from here can step over a short opening.
      await page.evaluate((label) => {
        window.sawOpening = false;
        const watch = () => {
          if (window.prevplanTest.items().some((it) => it.label === label)) window.sawOpening = true;
          else requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      }, 'Se deschide spațiul de lucru…');
      await click(page, 'Deblochează');
      let shot = false;
      for (let i = 0; i < 3000 && !(await hasItem(page, 'Începe planul comunei')); i++) {
        if (!shot && (await page.evaluate(() => window.sawOpening))) {
          shot = true;
          await screenshot(page, 'protected-big-opening');
        }
        await nextFrames(page, 1);
      }
      const sawOpening = await page.evaluate(() => window.sawOpening);
      const frames = (await page.evaluate(() => window.prevplanTest.frames())) - frames0;
      assert.ok(sawOpening, 'the opening screen was never drawn');
      assert.ok(frames > 5, `${frames} frames from the unlock to the plan`);
      assert.deepEqual(await state(page), imported);
      assert.deepEqual(page.errors, []);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
