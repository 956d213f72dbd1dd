// How the site travels: scripts/build-web.sh writes a .gz and a .br beside each file, and
// scripts/serve.py (what scripts/run.sh serves with) sends the compressed copy to a browser that
// accepts it, under a sub-path, with the original's type.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launch, openApp, findItem, click, siteDir, publishedSiteDir, startServe } from './harness.mjs';

function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

let server;
before(async () => { server = await startServe(siteDir); });
after(async () => { await server.close(); });

test('the app arrives compressed from the run server under a sub-path and starts', async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const encodings = {};
    context.on('response', async (res) => {
      const name = new URL(res.url()).pathname.split('/').pop() || 'index.html';
      encodings[name] = { status: res.status(), ...(await res.allHeaders()) };
    });
    const page = await openApp(context, server.url);
    await findItem(page, 'Încearcă demonstrația');
    await click(page, 'Încearcă demonstrația');
    await findItem(page, 'Observatorul copiilor');
    assert.deepEqual(page.errors, []);
    for (const name of ['prevplan.wasm', 'prevplan.js', 'prevplan.data', 'index.html']) {
      assert.equal(encodings[name].status, 200, name);
      assert.match(encodings[name]['content-encoding'] || '', /^(br|gzip)$/, name);
      assert.equal(encodings[name].vary, 'Accept-Encoding', name);
    }
    assert.equal(encodings['prevplan.wasm']['content-type'], 'application/wasm');
    assert.equal(encodings['prevplan.js']['content-type'], 'text/javascript');
    assert.equal(encodings['index.html']['content-type'], 'text/html; charset=utf-8');
  } finally {
    await browser.close();
  }
});

test('each client gets the variant it accepts, and the original when it accepts none', async () => {
  const wasm = await readFile(join(siteDir, 'prevplan.wasm'));
  const url = `${server.url}prevplan.wasm`;

  const plain = await get(url);
  assert.equal(plain.status, 200);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.headers['content-type'], 'application/wasm');
  assert.equal(plain.headers.vary, 'Accept-Encoding');
  assert.ok(plain.body.equals(wasm));

  const br = await get(url, { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(Number(br.headers['content-length']), br.body.length);
  assert.ok(brotliDecompressSync(br.body).equals(wasm));

  const gzip = await get(url, { 'Accept-Encoding': 'gzip, br;q=0' });
  assert.equal(gzip.headers['content-encoding'], 'gzip');
  assert.ok(gunzipSync(gzip.body).equals(wasm));

  const refused = await get(url, { 'Accept-Encoding': 'gzip;q=0, br;q=0' });
  assert.equal(refused.headers['content-encoding'], undefined);
  assert.ok(refused.body.equals(wasm));

  // The sub-path's index, and nothing outside the sub-path or above the site.
  const index = await get(server.url, { 'Accept-Encoding': 'gzip' });
  assert.equal(index.status, 200);
  assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
  assert.match(gunzipSync(index.body).toString(), /Content-Security-Policy/);
  assert.equal((await get(new URL('/prevplan.wasm', server.url).href)).status, 404);
  assert.equal((await get(`${server.url}../prevplan/prevplan.wasm.br/x`)).status, 404);
  assert.equal((await get(`${server.url}missing.js`, { 'Accept-Encoding': 'br' })).status, 404);
});

test('the published site holds a .gz and a .br of each file, equal to it once decompressed', async () => {
  const files = (await readdir(publishedSiteDir)).filter((f) => !/\.(gz|br)$/.test(f));
  assert.ok(files.includes('prevplan.wasm') && files.includes('index.html'));
  for (const f of files) {
    const original = await readFile(join(publishedSiteDir, f));
    assert.ok(gunzipSync(await readFile(join(publishedSiteDir, `${f}.gz`))).equals(original), `${f}.gz`);
    assert.ok(brotliDecompressSync(await readFile(join(publishedSiteDir, `${f}.br`))).equals(original), `${f}.br`);
  }
});

// iostreams drag in every locale facet (money, time, wide characters), ~65 KB of the wasm that
// the app never uses (docs/hosting.md): the web build writes strings and reads files with stdio.
// libc++ keeps the type names of its classes, so a stream anywhere in the link leaves its name.
test('the published app links no C++ iostreams', async () => {
  const wasm = await readFile(join(publishedSiteDir, 'prevplan.wasm'));
  for (const name of ['8ios_base', '13basic_ostream', '13basic_istream', '15basic_stringbuf']) {
    assert.equal(wasm.indexOf(name), -1, name);
  }
});

// The first load's budget (docs/hosting.md, "What takes the space"): what a first visit downloads
// with gzip, every site file but the service worker, which comes after. A ceiling at today's size
// plus 2%, so that a change that makes the download heavier is seen and weighed, not a timing.
const firstLoadGzipCeiling = Math.round(684671 * 1.02);
test('the first load stays within its gzip budget', async () => {
  const files = (await readdir(publishedSiteDir)).filter((f) => !/\.(gz|br)$/.test(f) && f !== 'sw.js');
  let total = 0;
  for (const f of files) total += (await readFile(join(publishedSiteDir, `${f}.gz`))).length;
  assert.ok(total <= firstLoadGzipCeiling, `first load ${total} B gzip, budget ${firstLoadGzipCeiling} B`);
});
