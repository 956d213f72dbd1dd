// The screen-reader mirror (docs/accessibility.md): what Chromium's accessibility tree holds on
// the start page, the Observatory, the observation sheet and the work queue; a mirror element's
// activation doing what a click on the canvas does; ImGui's focus moving the DOM focus while keys
// still reach ImGui; the live regions; and axe-core with no critical or serious violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import {
  startServer, launch, openApp, click, typeInto, findItem, nextFrames, createPlan, scrollTo, saved,
} from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

// Chromium's accessibility tree, as a screen reader gets it: role, name and states of each node.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value,
    name: n.name?.value ?? '',
    props: Object.fromEntries((n.properties || []).map((p) => [p.name, p.value.value])),
  }));
}

async function axNode(page, role, name) {
  for (let i = 0; i < 50; ++i) {
    const found = (await axTree(page)).find((n) => n.role === role && (name === undefined || n.name === name));
    if (found) return found;
    await nextFrames(page, 1);
  }
  const seen = (await axTree(page)).map((n) => `${n.role}:${n.name}`).slice(0, 80);
  throw new Error(`no ${role} "${name}" in the accessibility tree (seen: ${seen.join(', ')})`);
}

// axe-core's violations on the whole page (canvas, mirror and live regions), and on the page
// without the mirror, as it was before it: {impact: count}.
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function axe(page, screen) {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(await axeSource);
  const run = (exclude) => page.evaluate(async (ex) => {
    const r = await window.axe.run(ex ? { exclude: [ex] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target }));
  }, exclude);
  const after = await run(null), before = await run('#a11y');
  const count = (list) => list.reduce((c, v) => ({ ...c, [v.impact]: (c[v.impact] || 0) + v.nodes }), {});
  console.log(`axe ${screen}: without the mirror ${JSON.stringify(count(before))}, with it ${JSON.stringify(count(after))}` +
    ` ${after.map((v) => v.id).join(' ')}`);
  // Nothing at all, grave or not: every screen reads under a level-one heading (the product's
  // name, or the commune's), and a header above a column of buttons is an empty cell.
  assert.deepEqual(after, [], `${screen}: ${JSON.stringify(after)}`);
}

// The mirror element of a widget, clicked as a screen reader activates it.
async function activate(page, role, name) {
  await axNode(page, role, name);
  await page.evaluate(([r, n]) => {
    const all = [...document.querySelectorAll('#a11y [tabindex]')];
    const roleOf = (e) => e.getAttribute('role') || { input: 'textbox' }[e.tagName.toLowerCase()] || e.tagName.toLowerCase();
    const el = all.find((e) => roleOf(e) === r &&
      (e.getAttribute('aria-label') || e.textContent) === n);
    el.click();
  }, [role, name]);
  await nextFrames(page, 3);
}

test('the four screens in the accessibility tree, with roles, names and states; axe finds nothing', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    // The start page: its three ways in are buttons, its title a heading.
    for (const way of ['Încearcă demonstrația', 'Începe planul comunei', 'Deschide un fișier']) await axNode(page, 'button', way);
    await axNode(page, 'heading');
    assert.equal(await page.evaluate(() => document.getElementById('a11y').lang), 'ro');
    await axe(page, 'start page');

    await createPlan(page, { commune: 'Ștefănești', villages: ['Deal'] });
    await click(page, 'Observatorul copiilor');
    await click(page, 'Adaugă o gospodărie');
    await typeInto(page, 'Capul familiei', 'Popa Ion');
    await click(page, 'Adaugă un copil');
    await typeInto(page, 'Numele copilului 1', 'Mihai Popa');
    await axNode(page, 'textbox', 'Capul familiei');
    assert.equal((await axNode(page, 'textbox', 'Numele copilului 1')).props.value ?? 'Mihai Popa', 'Mihai Popa');

    // The observation sheet: answers are radio buttons, checked or not.
    await click(page, 'Completează fișa de observație');
    assert.equal((await axNode(page, 'radio', '1.b Da')).props.checked, 'false');
    await click(page, '1.b Da');
    assert.equal((await axNode(page, 'radio', '1.b Da')).props.checked, 'true');
    await axe(page, 'observation sheet');

    // The Observatory: a table with its column headers and its row count.
    await click(page, 'Gospodăria');
    await click(page, '← Observatorul');
    const table = await axNode(page, 'table');
    assert.equal(await page.evaluate(() => document.querySelector('#a11y [role=table]').getAttribute('aria-rowcount')), '2',
      JSON.stringify(table));  // the header row and the one child
    const headers = (await axTree(page)).filter((n) => n.role === 'columnheader').map((n) => n.name);
    assert.ok(headers.length >= 3, headers.join(' | '));
    await axe(page, 'Observatory');

    // The dashboard.
    await click(page, 'Tablou de bord');
    await axe(page, 'dashboard');

    // The work queue.
    await click(page, 'De făcut');
    await axNode(page, 'table');
    assert.ok((await axTree(page)).some((n) => /sarcin/.test(n.name)), 'the count of tasks is read');
    await axe(page, 'work queue');

    // In English, the mirror says so.
    await click(page, 'Limba');
    await click(page, 'English');
    await nextFrames(page, 3);
    assert.equal(await page.evaluate(() => document.getElementById('a11y').lang), 'en');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('a screen reader activates what a click activates, and typing into a mirrored field reaches the field', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    // A click on the mirror's button opens the new-plan form, as a click on the canvas does.
    await activate(page, 'button', 'Începe planul comunei');
    await findItem(page, 'Creează planul');
    // Activating the mirrored field puts ImGui's caret in it: the keys typed reach it.
    await activate(page, 'textbox', 'Comuna');
    await page.keyboard.type('Deal');
    await nextFrames(page, 3);
    assert.equal(await page.evaluate(() => [...document.querySelectorAll('#a11y input')]
      .find((e) => e.getAttribute('aria-label') === 'Comuna').value), 'Deal');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test("ImGui's keyboard focus moves the DOM focus to the mirror, and the keys still reach ImGui", async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    await page.mouse.click(5, 5);
    await page.keyboard.press('Tab', { delay: 50 });  // the first shows ImGui's focus ring
    await nextFrames(page, 3);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return el && document.getElementById('a11y').contains(el) ? el.textContent || el.getAttribute('aria-label') : null;
    });
    const names = new Set();
    for (let i = 0; i < 4; ++i) {
      await page.keyboard.press('Tab', { delay: 50 });
      await nextFrames(page, 3);
      const name = await focused();
      assert.ok(name, 'the DOM focus is on a mirror element');
      names.add(name);
    }
    assert.ok(names.size >= 2, `Tab moved through ${[...names].join(' | ')}`);
    // Back on the demo's button, Space (sent to the focused mirror element) starts the demo in ImGui.
    for (let i = 0; i < 30 && (await focused()) !== 'Încearcă demonstrația'; ++i) {
      await page.keyboard.press('Tab', { delay: 50 });
      await nextFrames(page, 2);
    }
    assert.equal(await focused(), 'Încearcă demonstrația');
    await page.keyboard.press('Space', { delay: 50 });
    await findItem(page, 'Observatorul copiilor', { timeout: 15000 });
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test('live regions: the save state politely, the abuse alert assertively', async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext(), server.url);
    const region = (live) => page.evaluate((l) => document.querySelector(`[aria-live="${l}"]:not(#status)`).textContent, live);
    await createPlan(page, { commune: 'Ștefănești', villages: ['Deal'] });
    await saved(page);
    await nextFrames(page, 3);
    assert.match(await region('polite'), /Salvat/);
    await click(page, 'Observatorul copiilor');
    await click(page, 'Adaugă o gospodărie');
    await typeInto(page, 'Capul familiei', 'Popa Ion');
    await click(page, 'Adaugă un copil');
    await typeInto(page, 'Numele copilului 1', 'Ana Popa');
    await typeInto(page, 'Data nașterii 1', '2016-01-10');
    await click(page, 'Completează fișa de observație');
    assert.equal(await region('assertive'), '');
    await scrollTo(page, '6.b3 Da');
    await click(page, '6.b3 Da');
    await nextFrames(page, 3);
    assert.match(await region('assertive'), /SUSPICIUNE DE ABUZ SAU NEGLIJARE/);
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

test("a big table's rows say their place among all rows, an open combo its chosen option, the planning radios their state", async () => {
  const browser = await launch();
  try {
    const page = await openApp(await browser.newContext({ viewport: { width: 1366, height: 768 } }), server.url);
    await click(page, 'Încearcă demonstrația');
    await findItem(page, 'Observatorul copiilor', { timeout: 15000 });
    await click(page, 'Observatorul copiilor');
    await nextFrames(page, 3);
    const rows = () => page.evaluate(() => [...document.querySelectorAll('#a11y [role=table] [role=row]')].map((r) => ({
      index: Number(r.getAttribute('aria-rowindex')),
      cells: [...r.children].map((c) => [Number(c.getAttribute('aria-colindex')), c.textContent]),
    })));
    const count = () => page.evaluate(() => document.querySelector('#a11y [role=table]').getAttribute('aria-rowcount'));
    assert.equal(await count(), '601');  // the header row and the demonstration's 600 children
    const top = await rows();
    assert.deepEqual(top.slice(0, 3).map((r) => r.index), [1, 2, 3]);
    assert.deepEqual(top[1].cells.map(([column]) => column).slice(0, 4), [1, 2, 3, 4]);
    assert.ok(top[1].cells.some(([, words]) => words === 'Tudor Lupu'), JSON.stringify(top[1]));
    // Scrolled down, only the visible rows are mirrored, each saying its place among all 601.
    await page.mouse.move(700, 500);
    for (let i = 0; i < 8; ++i) {
      await page.mouse.wheel(0, 600);
      await nextFrames(page, 2);
    }
    const scrolled = await rows();
    assert.equal(await count(), '601');
    assert.ok(scrolled.length < 60, `${scrolled.length} rows mirrored`);
    const data = scrolled.filter((r) => r.index > 1).map((r) => r.index);
    assert.ok(data[0] > 40, `the first visible row is row ${data[0]}`);
    assert.deepEqual(data, data.map((_, i) => data[0] + i), 'consecutive rows, each at its place');

    // An open combo controls its list, whose chosen option says so.
    await click(page, 'Filtru sat');
    const combo = await page.evaluate(() => {
      const box = [...document.querySelectorAll('#a11y [role=combobox]')].find((e) => e.getAttribute('aria-label') === 'Filtru sat');
      const list = document.getElementById(box.getAttribute('aria-controls'));
      return {
        expanded: box.getAttribute('aria-expanded'),
        list: list?.getAttribute('role'),
        options: [...(list?.querySelectorAll('[role=option]') || [])].map((o) => [o.textContent, o.getAttribute('aria-selected')]),
      };
    });
    assert.equal(combo.expanded, 'true');
    assert.equal(combo.list, 'listbox');
    assert.deepEqual(combo.options.filter(([, selected]) => selected === 'true').map(([name]) => name), ['Toate satele']);
    assert.ok(combo.options.length > 2 && combo.options.every(([, selected]) => selected === 'true' || selected === 'false'));
    await page.keyboard.press('Escape');
    await nextFrames(page, 3);
    assert.equal(await page.evaluate(() => [...document.querySelectorAll('#a11y [role=combobox]')]
      .find((e) => e.getAttribute('aria-label') === 'Filtru sat').getAttribute('aria-expanded')), 'false');

    // A combo drawn outside the kit says its value too.
    assert.equal(await page.evaluate(() => [...document.querySelectorAll('#a11y [role=combobox]')]
      .find((e) => e.getAttribute('aria-label') === 'Separator CSV')?.textContent), '; (Excel în română)');

    // The staffing and objectives screens' choices are radio buttons, one checked.
    await click(page, 'Planul');
    await click(page, 'Personal');
    const norms = (await axTree(page)).filter((n) => n.role === 'radio');
    assert.ok(norms.length >= 2, JSON.stringify(norms));
    assert.equal(norms.filter((n) => n.props.checked === 'true').length, 1, JSON.stringify(norms));
    await click(page, 'Obiective');
    assert.ok(['true', 'false'].includes((await axNode(page, 'radio', '5 ani')).props.checked));
    // So are the share screen's, which were drawn outside the kit.
    await click(page, 'Partajare');
    assert.equal((await axNode(page, 'radio', 'Română')).props.checked, 'true');
    assert.equal((await axNode(page, 'radio', 'English')).props.checked, 'false');
    assert.deepEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});
