// Every screen of PrevPlan, in Romanian and English, at 1366×768, 1024×600 and 150 % zoom: the start
// page, the new-plan form, the dashboard, the twelve steps, the observation sheet and Help, each
// kept as a screenshot in artifacts/screens/ to be looked at. On each one, checked from the widget
// rectangles: no text of the main tables is cut (long text wraps), no control or text runs past
// the window's right edge, dates read dd.mm.yyyy, no internal id shows, no cedilla stands for ș/ț,
// Romanian counts from 20 up take "de", and the English screens carry no Romanian interface words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launch, openApp, click, createPlan, findItem, hasItem, inView, items, nextFrames, screenshot, artifactsDir,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const sizes = [
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
  { name: '1024x600', width: 1024, height: 600, scale: 1 },
  // A 1366×768 screen at 150 % zoom: fewer CSS pixels, each drawn with 1.5 device pixels.
  { name: 'zoom150', width: 911, height: 512, scale: 1.5 },
];

const words = {
  ro: {
    steps: ['Comuna', 'Observatorul copiilor', 'Identificarea riscurilor', 'Registrul copiilor în risc', 'De făcut',
      'Raportul privind copiii în risc', 'Resurse', 'Servicii necesare', 'Priorități', 'Planul', 'Monitorizare',
      'Partajare'],
    dashboard: 'Tablou de bord', start: 'Începe planul comunei', demo: 'Încearcă demonstrația', cancel: 'Renunță',
    village: 'Satul', sheet: 'Fișa de observație', newSheet: 'Completează fișa de observație',
    help: 'Ajutor', helpSteps: 'Pașii metodei', helpStates: 'Starea fiecărui pas', close: 'Închide',
    language: 'Limba', other: 'English',
  },
  en: {
    steps: ['Commune', 'Children Observatory', 'Risk identification', 'At-risk children Registry', 'Work queue',
      'Report on at-risk children', 'Resources', 'Required services', 'Priorities', 'The plan', 'Monitoring', 'Share'],
    dashboard: 'Dashboard', start: 'Start your commune\'s plan', demo: 'Try the demo', cancel: 'Cancel',
    village: 'Village', sheet: 'Observation sheet', newSheet: 'Fill out the observation sheet',
    help: 'Help', helpSteps: 'The steps of the method', helpStates: 'The state of each step', close: 'Close',
    language: 'Language', other: 'Română',
  },
};

// The windows of the main tables: the Observatory, the Registry and the work queue.
const tableWindow = /observatory|registry|work-queue|households/;
// Interface words that would betray a Romanian string left on an English screen (the demo's names,
// addresses, services and candidates are Romanian data and may stand there).
const romanianWords = /(Pasul următor|Renunță|Închide|Caută|Șterge filtrele|Adaugă |Grupare|Termenul|gospodării cu|Fișa de observație|de copii)/u;
// Nouns a Romanian count goes with.
const countedNouns = /(?:^|[^\d.])(\d{1,3}(?:\.\d{3})*|\d+)\s+(copii|gospodării|familii|sarcini|termene|luni|zile|ani|servicii|acțiuni|obiective|vizite|fișe|sate|priorități)\b/gu;

function needsDe(n) {
  return n !== 0 && (n % 100 === 0 || n % 100 >= 20);
}

// What is wrong on the screen drawn now, in words; empty when nothing is.
async function problems(page, lang, where) {
  const { width } = page.viewportSize();
  const found = [];
  for (const it of await items(page)) {
    if (it.window.startsWith('##Tooltip') || it.y < 0) continue;
    const label = it.label;
    // A shortened text ends in "…" and shows whole on hover (tables.test.mjs tries it); a number or
    // a date is never shortened, in any table, nor a text all but hidden in the main ones.
    if (it.id === 0 && it.vw < it.w - 0.5 && (/^[\d.]+( |$)/.test(label) || (tableWindow.test(it.window) && it.vw <= 10)))
      found.push(`cut in a table: "${label}"`);
    if (it.x + it.w > width + 1 && !tableWindow.test(it.window)) found.push(`past the right edge: "${label}"`);
    if (!label) continue;
    if (/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/.test(label)) found.push(`a date not in dd.mm.yyyy: "${label}"`);
    if (/(^|[\s(:])[hf]\d+($|[\s),.;:])/.test(label)) found.push(`an internal id: "${label}"`);
    if (/[şţŞŢ]/.test(label)) found.push(`a cedilla: "${label}"`);
    if (lang === 'ro')
      for (const m of label.matchAll(countedNouns))
        if (needsDe(Number(m[1].replace(/\./g, '')))) found.push(`a count without "de": "${label}"`);
    if (lang === 'en' && romanianWords.test(label)) found.push(`Romanian on the English screen: "${label}"`);
  }
  return [...new Set(found)].map((p) => `${where}: ${p}`);
}

async function useLanguage(page, lang) {
  const other = lang === 'en' ? 'ro' : 'en';
  await click(page, words[other].language);
  await click(page, words[other].other);
  await nextFrames(page, 3);
}

// The screen as it is now: kept, then checked.
async function look(page, lang, size, name, found) {
  await page.mouse.move(2, 2);
  await nextFrames(page, 3);
  await screenshot(page, `screens/${size.name}/${lang}-${name}`);
  found.push(...await problems(page, lang, `${size.name} ${lang} ${name}`));
}

// The first family's observation sheet, from the Observatory's first row.
async function openSheet(page, w) {
  await click(page, w.steps[1]);
  const all = await items(page);
  const header = all.find((it) => it.label === w.village && tableWindow.test(it.window));
  assert.ok(header, 'the Observatory\'s village column');
  const first = all.filter((it) => it.id === 0 && tableWindow.test(it.window) && Math.abs(it.x - header.x) < 2 && it.y > header.y + 2)
    .sort((a, b) => a.y - b.y)[0];
  assert.ok(first, 'a first row');
  await page.mouse.move(first.x + 5, first.y + first.h / 2);
  await nextFrames(page, 1);
  await page.mouse.click(first.x + 5, first.y + first.h / 2);
  await nextFrames(page, 3);
  await click(page, (await hasItem(page, w.sheet)) ? w.sheet : w.newSheet);
}

// The step list scrolls on its own when the steps do not fit (150 % zoom): the wheel over it, down
// to the steps further on, up (direction -1) back to the dashboard.
async function stepInView(page, step, direction = 1) {
  await page.mouse.move(100, page.viewportSize().height / 2);
  for (let i = 0; i < 20 && !(await inView(page, step)); ++i) {
    await page.mouse.wheel(0, direction * 200);
    await nextFrames(page, 2);
  }
}

async function planScreens(page, lang, size, found) {
  const w = words[lang];
  await stepInView(page, w.dashboard, -1);
  await click(page, w.dashboard);
  await look(page, lang, size, '00-dashboard', found);
  for (const [i, step] of w.steps.entries()) {
    await stepInView(page, step);
    await click(page, step);
    await look(page, lang, size, `${String(i + 1).padStart(2, '0')}-step`, found);
  }
  await openSheet(page, w);
  await look(page, lang, size, '13-observation-sheet', found);
  await stepInView(page, w.dashboard, -1);
  await click(page, w.dashboard);
  await click(page, w.help);
  await click(page, w.helpSteps);
  await look(page, lang, size, '14-help', found);
  // The step states, further down the same topic.
  const states = await findItem(page, w.helpStates);
  await page.mouse.move(states.x + 10, page.viewportSize().height / 2);
  await page.mouse.wheel(0, 3000);
  await nextFrames(page, 3);
  await screenshot(page, `screens/${size.name}/${lang}-15-help-step-states`);
  await click(page, w.close);
}

for (const size of sizes) {
  test(`every screen at ${size.name}, in Romanian and English: kept, and nothing cut or left untranslated`, async () => {
    const browser = await launch();
    const found = [];
    try {
      const page = await openApp(await browser.newContext({ deviceScaleFactor: size.scale }), server.url);
      await page.setViewportSize({ width: size.width, height: size.height });
      await nextFrames(page, 3);
      for (const lang of ['ro', 'en']) {
        if (lang === 'en') await useLanguage(page, 'en');
        await look(page, lang, size, 'start', found);
        await click(page, words[lang].start);
        await look(page, lang, size, 'new-plan-form', found);
        await click(page, words[lang].cancel);
      }
      await click(page, words.en.demo);
      await findItem(page, 'DEMO – fictitious data');
      await planScreens(page, 'en', size, found);
      await useLanguage(page, 'ro');
      await planScreens(page, 'ro', size, found);
      assert.deepEqual(page.errors, []);
    } finally {
      await browser.close();
      // What was found, beside the screenshots, for the person who looks at them.
      await writeFile(join(artifactsDir, 'screens', size.name, 'problems.txt'), `${found.join('\n')}\n`);
    }
    assert.deepEqual(found, []);
  });
}

// A commune's own list of 10,000 children (no household codes), two or three to an address.
function bigList() {
  const lines = ['Nr. crt.;Nume;Prenume;Data nașterii (zz.ll.aaaa);CNP;Sex;Sat;Strada;Număr;Părinte / reprezentant legal'];
  for (let i = 0; i < 10000; ++i) {
    const home = Math.floor(i / 3);
    const village = home % 2 ? 'Vale' : 'Deal';
    lines.push(`${i + 1};Familia${home};Copil${i};01.0${1 + (i % 9)}.201${i % 10};;${i % 2 ? 'M' : 'F'};${village};Strada Lungă;${home + 1};Părinte${home}`);
  }
  return lines.join('\n');
}

test('the review of a 10,000-child list draws a screenful of households at a time, and they wrap uncut', async () => {
  const work = await mkdtemp(join(tmpdir(), 'screens-'));
  const browser = await launch();
  try {
    const file = join(work, 'lista-copiilor.csv');
    await writeFile(file, bigList());
    const page = await openApp(await browser.newContext(), server.url);
    await page.setViewportSize({ width: 1024, height: 600 });
    await createPlan(page, { commune: 'Deal', villages: ['Deal', 'Vale'] });
    await click(page, 'Observatorul copiilor');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Importă Observatorul (CSV)…')]);
    await chooser.setFiles(file);
    await click(page, 'Verifică fișierul', { timeout: 30000 });
    await findItem(page, '3.334 de gospodării, 3.334 de familii, 10.000 de copii', { timeout: 60000 });
    const rows = (await items(page)).filter((it) => /households/.test(it.window) && it.id === 0 && /^Părinte\d+: /.test(it.label));
    assert.ok(rows.length > 3 && rows.length < 100, `a screenful of the 3,334 households drawn: ${rows.length}`);
    await screenshot(page, 'screens/commune-list-review-10000');
    const found = await problems(page, 'ro', 'the review of 10,000 children');
    assert.deepEqual(found, []);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
    await rm(work, { recursive: true, force: true });
  }
});

test('the observation sheet fits a portrait tablet (800×1280): its header wraps onto a second line', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await page.setViewportSize({ width: 800, height: 1280 });
    await click(page, words.ro.demo);
    await findItem(page, 'DEMO – date fictive');
    await openSheet(page, words.ro);
    const found = [];
    for (const lang of ['ro', 'en']) {
      if (lang === 'en') await useLanguage(page, 'en');
      await look(page, lang, { name: 'tablet-800x1280' }, 'observation-sheet', found);
      // The header's fields, each inside the window.
      const labels = lang === 'ro' ? ['Completată de', 'Data completării', 'Primită de SPAS la'] : ['Filled out by', 'Date filled out', 'Received by SPAS on'];
      for (const label of labels) {
        const it = await findItem(page, label);
        assert.ok(it.x + it.w <= 801, `"${label}" inside the window (${lang})`);
      }
    }
    assert.deepEqual(found, []);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
