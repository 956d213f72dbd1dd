// Sharing, as a mayoralty and a DGASPC do it: the demo commune's plan document printed to PDF by
// Chromium (its text checked for sections, figures and the absence of every child's name and CNP,
// its pages looked at as images, its contents' page numbers against the pages Chromium prints the
// parts on, in both languages), the record of when the plan was shared (step 12), markup typed into free-text fields printing as text, the DGASPC
// package through export and import (plain, with a passphrase, with a wrong one), and the county
// view of three communes against the sum of their reports. What leaves the commune: small village
// counts hidden ("<5") in the package, its free texts only when ticked, and the county view showing
// a package's hidden figure as "<5".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile, mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webcrypto } from 'node:crypto';
import {
  startServer, launch, openApp, click, typeInto, findItem, hasItem, state, screenshot, nextFrames, artifactsDir, cliPath, scrollTo,
  createPlan,
} from './harness.mjs';

let server, browser, work;
before(async () => {
  server = await startServer();
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), 'prevplan-share-'));
});
after(async () => {
  await browser.close();
  await server.close();
});

// ---- helpers ------------------------------------------------------------------------------------

async function freshApp() {
  const context = await browser.newContext({ acceptDownloads: true });
  return { context, page: await openApp(context, server.url) };
}

async function openShareStep(page) {
  await click(page, 'Partajare');
  await findItem(page, 'Deschide documentul într-o filă nouă');
}

// The document as Chromium prints it: a PDF, its text and its pages as images. A plan with parts
// not filled in is opened past the warning that lists them.
async function printDocument(context, page, name) {
  const opened = context.waitForEvent('page');
  await click(page, 'Deschide documentul într-o filă nouă');
  if (await hasItem(page, 'Deschide oricum')) await click(page, 'Deschide oricum');
  const tab = await opened;
  await tab.waitForLoadState('load');
  const pdf = join(work, `${name}.pdf`);
  await tab.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.bringToFront();  // the app draws only while its tab is in front
  await mkdir(artifactsDir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(artifactsDir, name)]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
  return { tab, text, pdf, pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())[1]) };
}

// The captions of the tables wider than the paper's text: A4 less the margins is 172 mm (650 CSS
// px) on a portrait page and 257 mm (971 px) on the landscape pages that wide tables go on.
async function tablesWiderThanPage(tab) {
  await tab.emulateMedia({ media: 'print' });
  const wider = [];
  for (const [width, landscape] of [[650, false], [971, true]]) {
    await tab.setViewportSize({ width, height: 900 });
    wider.push(...await tab.evaluate((landscape) => [...document.querySelectorAll('table')]
      .filter((t) => Boolean(t.closest('.landscape')) === landscape && t.scrollWidth > document.body.clientWidth)
      .map((t) => t.caption.textContent), landscape));
  }
  return wider;
}

async function download(page, label) {
  await scrollTo(page, label);  // below the options once the free texts are listed
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, label)]);
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function importFile(page, path) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), (async () => {
    await click(page, 'Fișier');
    await click(page, 'Importă…');
  })()]);
  await chooser.setFiles(path);
  await nextFrames(page, 3);
}

function personalData(ws) {
  const out = [];
  for (const plan of ws.plans)
    for (const h of plan.households || [])
      for (const f of h.families || [])
        for (const c of f.children || []) {
          if (c.name) out.push(c.name);
          if (c.cnp) out.push(c.cnp);
        }
  return out;
}

async function decrypt(envelope, passphrase) {
  const b = (s) => Buffer.from(s, 'base64');
  const { subtle } = webcrypto;
  const base = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  const key = await subtle.deriveKey({ name: 'PBKDF2', salt: b(envelope.salt), iterations: envelope.iterations, hash: 'SHA-256' },
    base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  return Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv: b(envelope.iv) }, key, b(envelope.data))).toString('utf8');
}

// ---- the plan document ----------------------------------------------------------------------------

test('the demo commune\'s plan document prints to a clean PDF with no child\'s name or CNP', async () => {
  const { context, page } = await freshApp();
  await click(page, 'Încearcă demonstrația');
  await openShareStep(page);
  const ws = await state(page);
  const plan = ws.plans[0];
  const { tab, text, pages } = await printDocument(context, page, 'plan-document');
  assert.equal(await tab.locator('script, link, img, iframe').count(), 0, 'no script and no external resource');
  for (const title of ['PROIECT', 'HOTĂRÂREA nr.', 'Cuprins', '1. Contextul', '2. Analiza nevoilor',
    '3. Resursele comunei', '4. Serviciile necesare', '5. Prioritățile', '6. Obiectivul general',
    '7. Planul de implementare', '8. Monitorizarea și evaluarea', 'Anexa 1. Planul anual de acțiune'])
    assert.ok(text.includes(title), `section "${title}"`);
  let children = 0;
  for (const h of plan.households) for (const f of h.families) children += f.children.length;
  const flat = text.replace(/\s+/g, ' ');
  // A Romanian count as core/base/words.h writes it: "20 de copii", "1.234 de copii", "18 copii", "1 copil".
  const countRo = (n, one, many) => {
    const rest = n % 100;
    const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return n === 1 ? `1 ${one}` : `${grouped} ${n !== 0 && !(rest >= 1 && rest <= 19) ? 'de ' : ''}${many}`;
  };
  const figures = `${countRo(children, 'copil', 'copii')} din ${countRo(plan.households.length, 'gospodărie', 'gospodării')}`;
  assert.ok(flat.includes(`sunt înregistrați ${figures}`), 'key figures');
  assert.ok(text.includes('DATE FICTIVE'), 'the demo is marked');
  const personal = personalData(ws);
  assert.ok(personal.length > 500);
  for (const item of personal) assert.ok(!flat.includes(item), `"${item}" must not be printed`);
  assert.ok(pages >= 8, `${pages} pages`);
  assert.deepEqual(await tablesWiderThanPage(tab), [], 'every table fits the paper');
  assert.ok(await tab.locator('.landscape table').count() >= 2, 'the inventory and the actions on landscape pages');
  assert.doesNotMatch(text, /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/, 'one date format, dd.mm.yyyy');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a plan with parts not filled in says which before its document opens, and the document marks them', async () => {
  const { context, page } = await freshApp();
  await createPlan(page, { commune: 'Albești', villages: ['Albești', 'Dealu'] });
  await openShareStep(page);
  let tabs = 0;
  context.on('page', () => { tabs += 1; });
  await click(page, 'Deschide documentul într-o filă nouă');
  await findItem(page, 'Deschide oricum');
  await screenshot(page, 'share-empty-parts');
  await click(page, 'Renunță');
  await findItem(page, 'Deschide documentul într-o filă nouă');
  assert.equal(tabs, 0, 'nothing opened before the user chose');
  const { tab, text } = await printDocument(context, page, 'plan-empty-parts');
  const flat = text.replace(/\s+/g, ' ');
  assert.ok(flat.includes('Necompletat.'), 'the empty parts are marked on paper');
  assert.match(flat, /\d+ (de )?părți necompletate/, 'and counted in the contents');
  assert.deepEqual(await tablesWiderThanPage(tab), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('markup typed into free-text fields prints as text', async () => {
  const markup = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">';
  const file = join(work, 'markup.json');
  execFileSync(cliPath, ['demo', '--children', '120', '--seed', '9', '-o', file]);
  const ws = JSON.parse(await readFile(file, 'utf8'));
  const plan = ws.plans[0];
  plan.commune = `Comuna ${markup}`;
  const renamed = plan.villages[0].name;
  plan.villages[0].name = markup;
  for (const h of plan.households) if (h.village === renamed) h.village = markup;
  plan.planning = {
    start_year: 2026, general_objective: markup,
    candidates: [{ id: 'c1', name: markup, short_listed: true }],
    objectives: [{ id: 'o1', text: markup, manual_baseline: 5, target: 1 }],
    actions: [{ id: 'a1', description: markup, responsible: markup, partners: markup, kind: 'new_service' }],
  };
  await writeFile(file, JSON.stringify(ws));
  const { context, page } = await freshApp();
  await importFile(page, file);
  await openShareStep(page);
  const { tab, text } = await printDocument(context, page, 'markup');
  assert.equal(await tab.evaluate(() => window.pwned), undefined);
  assert.equal(await tab.locator('script, img').count(), 0);
  assert.ok(text.replace(/\s+/g, '').includes('<script>window.pwned=1</script>'), 'the markup is shown as text');
  await context.close();
});

// The printed pages' texts, one string a page, whitespace folded (poppler's pdftotext).
function pageTexts(pdf, pages) {
  const out = [];
  for (let p = 1; p <= pages; ++p)
    out.push(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-']).toString('utf8'));
  return out;
}
const folded = (text) => text.replace(/\s+/g, ' ').trim();

// The document's contents as the app numbered them, then the page each part's heading is printed
// on, read from Chromium's PDF: they must be the same. No page may end on a heading, the council
// decision's closing (last article, vote, signatures) must be on one page, and Chromium must not
// have added a page of its own (a block it had to split).
async function checkPageNumbers(context, page, name) {
  const { tab, pages, pdf } = await printDocument(context, page, name);
  const toc = await tab.evaluate(() => [...document.querySelectorAll('.toc li')].map((li) => ({
    label: li.querySelector('a').textContent, page: Number(li.querySelector('.pg').textContent),
  })));
  const headings = await tab.evaluate(() => [...document.querySelectorAll('main h2, main h3, main h4')]
    .map((h) => h.textContent));
  const closing = await tab.evaluate(() => [...document.querySelectorAll('.closing p, .closing .signatures div')]
    .map((e) => e.textContent.replace(/_+/g, '').trim()).filter((t) => t.length > 3));
  assert.equal(Number(await tab.evaluate(() => document.documentElement.dataset.pages)), pages,
    'the app counted the pages Chromium printed');
  const texts = pageTexts(pdf, pages).map(folded);
  const tocPage = texts.findIndex((t) => t.includes(toc[0].label)) + 1;
  const printedOn = [];
  for (const entry of toc) {
    const at = texts.findIndex((t, i) => i >= tocPage && t.includes(folded(entry.label))) + 1;
    printedOn.push({ label: entry.label, page: at });
  }
  assert.deepEqual(toc, printedOn, 'each part is on the page the contents give');
  for (let p = 1; p <= pages; ++p) assert.ok(texts[p - 1].endsWith(`${p} / ${pages}`), `page ${p} says "${p} / ${pages}"`);
  for (const [i, text] of texts.entries()) {
    const body = text.replace(new RegExp(`${i + 1} / ${pages}$`), '').trim();
    for (const h of headings) assert.ok(!body.endsWith(folded(h)), `page ${i + 1} ends on the heading "${h}"`);
  }
  const closingPages = new Set(closing.map((c) => texts.findIndex((t) => t.includes(folded(c)))));
  assert.equal(closingPages.size, 1, `the decision's closing on one page (${[...closingPages]})`);
  return { tab, toc, pages };
}

test('the contents give the page each part prints on, in Romanian and in English', async () => {
  const { context, page } = await freshApp();
  await click(page, 'Încearcă demonstrația');
  await openShareStep(page);
  const ro = await checkPageNumbers(context, page, 'plan-pages-ro');
  assert.ok(ro.toc.every((e) => e.page > 3), 'after the decision, the title page and the contents');
  assert.ok(await ro.tab.locator('.pb').count() > 0, 'the app chose page breaks of its own');
  console.log(`Romanian: ${ro.pages} pages; ${ro.toc.map((e) => `${e.label.slice(0, 12)}… p.${e.page}`).join(', ')}`);
  await click(page, 'English');
  const en = await checkPageNumbers(context, page, 'plan-pages-en');
  console.log(`English: ${en.pages} pages; ${en.toc.map((e) => `${e.label.slice(0, 12)}… p.${e.page}`).join(', ')}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// ---- the DGASPC package -----------------------------------------------------------------------

test('the DGASPC package goes out aggregated or passphrase-protected and comes back in', async () => {
  const { context, page } = await freshApp();
  await click(page, 'Încearcă demonstrația');
  await openShareStep(page);
  const personal = personalData(await state(page));

  const plain = await download(page, 'Exportă pachetul DGASPC');
  for (const item of personal) assert.ok(!plain.text.includes(item), `"${item}" in the aggregated package`);
  const pkg = JSON.parse(plain.text);
  assert.equal(pkg.package.contents, 'aggregated');
  assert.match(execFileSync(cliPath, ['validate', plain.path]).toString(), /DGASPC package \(aggregated\)/);

  // The named Registry: only after the warning, and only with a passphrase.
  await click(page, 'Cu Registrul nominal al copiilor în risc');
  await findItem(page, 'Am înțeles și trimit Registrul nominal doar către DGASPC');
  await screenshot(page, 'share-named-warning');
  await click(page, 'Am înțeles și trimit Registrul nominal doar către DGASPC');
  await typeInto(page, 'Parola', 'parolă-lungă 2026');
  await typeInto(page, 'Parola, din nou', 'parolă-lungă 2026');
  const sealed = await download(page, 'Exportă pachetul DGASPC');
  const envelope = JSON.parse(sealed.text);
  assert.equal(envelope.format, 'prevplan-encrypted');
  assert.ok(envelope.iterations >= 310000);
  assert.equal(Buffer.from(envelope.salt, 'base64').length, 16);
  assert.equal(Buffer.from(envelope.iv, 'base64').length, 12);
  const named = JSON.parse(await decrypt(envelope, 'parolă-lungă 2026'));
  assert.equal(named.package.contents, 'named-registry');
  assert.ok(named.package.named_registry.warning.includes('ATENȚIE'));
  assert.ok(named.plans[0].households.length > 0);
  await context.close();

  // Into another browser's workspace: plain, then protected (a wrong passphrase first).
  const other = await freshApp();
  await importFile(other.page, plain.path);
  let ws = await state(other.page);
  assert.equal(ws.plans.length, 1);
  assert.equal((ws.plans[0].households || []).length, 0);
  await click(other.page, 'Toate planurile').catch(() => {});
  await importFile(other.page, sealed.path);
  await typeInto(other.page, 'Parola', 'greșită-complet');
  await click(other.page, 'Deschide', { nth: 1 });  // the dialog's, over the plan list's
  await findItem(other.page, 'Parolă greșită sau fișier deteriorat. Nimic nu a fost importat.', { timeout: 15000 });
  await screenshot(other.page, 'share-wrong-passphrase');
  assert.equal((await state(other.page)).plans.length, 1);
  await typeInto(other.page, 'Parola', 'parolă-lungă 2026');
  await click(other.page, 'Deschide', { nth: 1 });
  await click(other.page, 'Păstrează-le pe amândouă', { timeout: 15000 });  // the same commune's plan is there
  await other.page.waitForFunction(() => window.prevplanTest.state().plans.length === 2, null, { timeout: 15000 });
  ws = await state(other.page);
  assert.ok(ws.plans[1].households.length > 0, 'the named Registry arrived');
  assert.deepEqual(other.page.errors, []);
  await other.context.close();
});

test('the aggregated package hides small village counts and carries free texts only when they are ticked', async () => {
  const { context, page } = await freshApp();
  await click(page, 'Încearcă demonstrația');
  await openShareStep(page);
  const ws = await state(page);
  const decisions = ws.plans[0].planning.rounds.map((r) => r.decisions).filter(Boolean);
  assert.ok(decisions.length > 0, 'the demo has consultation decisions');

  const plain = JSON.parse((await download(page, 'Exportă pachetul DGASPC')).text);
  assert.equal(plain.package.free_texts, false);
  assert.deepEqual(plain.package.report.disclosure, { rule: 'small-counts', threshold: 5 });
  const villages = plain.package.report.table_a.slice(1);
  assert.ok(villages.some((v) => Object.values(v).includes(null)), 'a small village count is hidden');
  for (const v of villages)
    for (const [key, n] of Object.entries(v))
      if (key !== 'village' && key !== 'ins_children' && n !== null) assert.ok(n === 0 || n >= 5, `${v.village} ${key}: ${n}`);
  assert.equal(plain.package.report.table_a[0].in_registry, plain.package.report.registry.children, 'the commune stays exact');
  const plainText = JSON.stringify(plain);
  for (const d of decisions) assert.ok(!plainText.includes(d), `"${d}" left out`);
  assert.ok(plain.package.document.html.includes('&lt;5'), 'the document shows "<5"');

  await click(page, 'Include textele libere (decizii, opinii, note, contacte) — pot conține nume');
  await findItem(page, 'deciziile rundelor de consultare');
  await screenshot(page, 'share-free-texts');
  const withTexts = await download(page, 'Exportă pachetul DGASPC');
  assert.equal(JSON.parse(withTexts.text).package.free_texts, true);
  for (const d of decisions) assert.ok(withTexts.text.includes(d), `"${d}" included when ticked`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// ---- when the plan was shared (step 12) ---------------------------------------------------------

test('the plan records when it was shared: the document, the DGASPC package, the council decision', async () => {
  const { context, page } = await freshApp();
  await click(page, 'Încearcă demonstrația');
  await openShareStep(page);
  await findItem(page, 'Planul nu a fost încă partajat.');
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const shown = `${pad(now.getDate())}.${pad(now.getMonth() + 1)}.${now.getFullYear()}`;
  const iso = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

  await printDocument(context, page, 'plan-recorded');
  await download(page, 'Exportă pachetul DGASPC');
  await scrollTo(page, 'Înregistrează hotărârea');
  await findItem(page, `Trimis DGASPC la ${shown}`);
  await findItem(page, `Documentul planului deschis sau descărcat la ${shown}`);
  assert.ok(!await hasItem(page, 'Planul nu a fost încă partajat.'));
  await typeInto(page, 'Hotărârea consiliului local nr.', '45');
  await typeInto(page, 'din data', '15.12.2026');
  await click(page, 'Înregistrează hotărârea');
  await findItem(page, 'Aprobat de consiliul local la 15.12.2026 (HCL nr. 45)');
  await screenshot(page, 'share-history');

  const ws = await state(page);
  assert.deepEqual(ws.plans[0].shared, [
    { on: iso, what: 'plan-document' },
    { on: iso, what: 'dgaspc-package' },
    { on: '2026-12-15', what: 'council-decision', note: '45' },
  ]);
  const file = join(work, 'shared.json');
  await writeFile(file, JSON.stringify(ws));
  const progress = execFileSync(cliPath, ['progress', file, '--as-of', '2026-12-20']).toString();
  assert.match(progress, /Aprobat de consiliul local la 15\.12\.2026 \(HCL nr\. 45\)/, 'step 12 done, with when');
  assert.deepEqual(page.errors, []);
  await context.close();
});

// ---- the county view --------------------------------------------------------------------------

test('the county view of three communes equals the sum of their reports', async () => {
  const files = [];
  const sums = { children: 0, households: 0, registry: 0, atRisk: 0 };
  for (const [children, seed] of [[150, 1], [300, 2], [450, 3]]) {
    const file = join(work, `commune-${seed}.json`);
    execFileSync(cliPath, ['demo', '--children', String(children), '--seed', String(seed), '-o', file]);
    const report = JSON.parse(execFileSync(cliPath, ['report', file, '--format', 'json']).toString());
    sums.children += report.children;
    sums.households += report.households;
    sums.registry += report.registry.children;
    sums.atRisk += report.indicators.any.confirmed.households.count;
    files.push(file);
  }
  const { page } = await freshApp();
  await click(page, 'Vedere județeană (DGASPC)');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Adaugă fișiere…')]);
  await chooser.setFiles(files);
  await findItem(page, 'Total');
  await screenshot(page, 'county-view');
  const csv = await download(page, 'Exportă tabelul (CSV)');
  const rows = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(';'));
  const header = rows[0];
  const total = rows.at(-1);
  assert.equal(rows.length, 5, 'a header, three communes and the totals');
  const col = (name) => Number(total[header.indexOf(name)]);
  assert.equal(col('Copii'), sums.children);
  assert.equal(col('Gospodării'), sums.households);
  assert.equal(col('Copii în Registru'), sums.registry);
  assert.equal(col('Gospodării cu risc confirmat'), sums.atRisk);
  const cli = JSON.parse(execFileSync(cliPath, ['rollup', ...files, '--format', 'json']).toString());
  assert.equal(cli.totals.children, sums.children);
  assert.deepEqual(page.errors, []);
});

test('a package whose plan document carries script opens inert, with no hold on the app', async () => {
  const workspace = join(work, 'hostile-commune.json');
  const file = join(work, 'hostile-package.json');
  execFileSync(cliPath, ['demo', '--children', '150', '--seed', '4', '-o', workspace]);
  execFileSync(cliPath, ['export-package', workspace, '-o', file]);
  const pkg = JSON.parse(await readFile(file, 'utf8'));
  pkg.package.document.html = '<!doctype html><html><head><script>localStorage.setItem("pwned", "1"); window.pwned = 1;' +
    '</script></head><body><img src="x" onerror="window.pwned = 2"><p>Planul</p></body></html>';
  await writeFile(file, JSON.stringify(pkg));
  assert.match(execFileSync(cliPath, ['validate', file]).toString(), /DGASPC package/);  // it looks like any package

  const context = await browser.newContext();
  const page = await openApp(context, server.url);
  await page.setViewportSize({ width: 4000, height: 700 });  // the table's last column, where the plan opens
  await nextFrames(page, 3);
  await click(page, 'Vedere județeană (DGASPC)');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Adaugă fișiere…')]);
  await chooser.setFiles([file]);
  await findItem(page, 'Total');
  const [tab] = await Promise.all([context.waitForEvent('page'), click(page, 'Planul')]);
  await tab.waitForLoadState('load');
  await nextFrames(page, 5);
  assert.match(await tab.content(), /<p>Planul<\/p>/, 'the package\'s document is what opened');
  assert.equal(await tab.evaluate(() => window.pwned), undefined, 'no script of the package ran');
  assert.equal(await tab.evaluate(() => window.opener), null, 'the tab has no handle on the app');
  assert.equal(await page.evaluate(() => localStorage.getItem('pwned')), null);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the county view shows a package\'s hidden figure as <5 and its total as at least the rest', async () => {
  const workspace = join(work, 'hidden-commune.json');
  const file = join(work, 'hidden-package.json');
  execFileSync(cliPath, ['demo', '--children', '150', '--seed', '5', '-o', workspace]);
  execFileSync(cliPath, ['export-package', workspace, '-o', file]);
  const pkg = JSON.parse(await readFile(file, 'utf8'));
  pkg.package.report.registry.children = null;  // hidden, as a package may carry it
  await writeFile(file, JSON.stringify(pkg));
  const other = join(work, 'other-package.json');
  execFileSync(cliPath, ['demo', '--children', '150', '--seed', '6', '-o', workspace]);
  execFileSync(cliPath, ['export-package', workspace, '-o', other]);
  const registry = JSON.parse(await readFile(other, 'utf8')).package.report.registry.children;

  const { page } = await freshApp();
  await page.setViewportSize({ width: 4000, height: 900 });
  await nextFrames(page, 3);
  await click(page, 'Vedere județeană (DGASPC)');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Adaugă fișiere…')]);
  await chooser.setFiles([file, other]);
  await findItem(page, '<5');
  await findItem(page, `>=${registry}`);
  await findItem(page, '<5: valoare mai mică de 5 sau ascunsă pentru a nu permite recalcularea; regula celulelor mici');
  await screenshot(page, 'county-view-hidden');
  const csv = await download(page, 'Exportă tabelul (CSV)');
  const rows = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(';'));
  const col = rows[0].indexOf('Copii în Registru');
  assert.deepEqual(rows.slice(1, 3).map((r) => r[col]).sort(), ['<5', String(registry)].sort());
  assert.equal(rows[3][col], `>=${registry}`);
  const cli = JSON.parse(execFileSync(cliPath, ['rollup', file, other, '--format', 'json']).toString());
  assert.deepEqual(cli.totals.partial, ['registry']);
  assert.deepEqual(page.errors, []);
});
