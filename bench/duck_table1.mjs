// DuckDB-wasm beside PrevPlan: loads an Observatory CSV and computes Table 1 of the needs report
// (households, children in households and children directly exposed, observed and confirmed, for
// every indicator, every dimension and "any") in SQL, then compares every figure with PrevPlan's
// report of the same CSV. Runs DuckDB-wasm's blocking node build (the browser build would need
// its 34 MB engine served to the page), one thread.
//
// usage: node bench/duck_table1.mjs FILE.csv REPORT.json [--runs N] [--as-of YYYY-MM-DD]
// Prints one JSON object: times in ms ({instantiate, load: [..], compute: [..], computeCpu: [..]}), the figure
// comparison ({equal, total, differences: [...first 10]}). Needs bench/node_modules (bench/big.sh
// installs it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');

const [csvPath, reportPath] = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', 3));
const asOf = arg('--as-of', '2026-11-29');

// The indicator catalog as the core defines it: code, dimension, parent (sub-items), child level.
function readCatalog() {
  const source = readFileSync(join(here, '..', 'src', 'core', 'catalog', 'indicators.cpp'), 'utf8');
  const entry = /\{"(\d\.[^"]*)", (\d), (nullptr|"([^"]*)"), (true|false), (true|false),/g;
  const catalog = [];
  for (const m of source.matchAll(entry)) {
    catalog.push({ code: m[1], dimension: Number(m[2]), parent: m[4] || null, childLevel: m[5] === 'true' });
  }
  return catalog;
}

// Table 1 as SQL over table `t` (one row per child). The rules of docs/report-format.md:
// a nucleus holds a code when any of its rows says yes, and a sub-item makes its lettered parent
// hold; a household holds what any of its nuclei holds; a child (aged 0-17 on the report date) is
// directly exposed to a child-level code when it marks the code, or a child-level sub-item of it,
// and its nucleus holds the code the same way. Sheets and risk visits dated after the report date
// do not count yet.
export function table1Sql(catalog, asOfDate) {
  const q = (name) => `"${name.replaceAll('"', '""')}"`;
  const yes = (col) => `coalesce(lower(trim(CAST(${q(col)} AS VARCHAR))) IN ('1','da','yes','y'), false)`;
  const date = (col) => `coalesce(try_strptime(CAST(${q(col)} AS VARCHAR), '%d.%m.%Y'), try_strptime(CAST(${q(col)} AS VARCHAR), '%Y-%m-%d'))`;
  const modes = [['o', 'obs:'], ['c', 'conf:']];
  const idx = catalog.map((_, i) => i);
  const subsOf = (i) => idx.filter((j) => catalog[j].parent === catalog[i].code);
  const holdsCols = (m) => idx.map((i) => `bool_or(${m}${i}) AS ${m}${i}`);
  const asOf = `DATE '${asOfDate}'`;
  const rows = `rows AS (
    SELECT CAST(household_id AS VARCHAR) AS h, coalesce(CAST(family_id AS VARCHAR), CAST(household_id AS VARCHAR) || '/1') AS f,
      ${date('birth_date')} AS bd, ${date('observed_on')} AS od, ${date('risk_sheet_on')} AS rso,
      ${modes.flatMap(([m, p]) => idx.map((i) => `${yes(p + catalog[i].code)} AS ${m}${i}`)).join(',\n      ')}
    FROM t)`;
  // The nucleus's own answers, then with the parent rule and the report date.
  const nuclei = `nuclei AS (
    SELECT h, f, max(od) AS od, max(rso) AS rso,
      count(*) FILTER (WHERE bd IS NULL OR (bd <= ${asOf} AND bd + INTERVAL 18 YEAR > ${asOf})) AS kids,
      ${modes.flatMap(([m]) => holdsCols(m)).join(', ')}
    FROM rows GROUP BY h, f)`;
  const dated = (m) => (m === 'o' ? `(od IS NULL OR od <= ${asOf})` : `(rso IS NULL OR rso <= ${asOf})`);
  const held = `held AS (
    SELECT h, f, kids,
      ${modes.flatMap(([m]) => idx.map((i) => `(${[i, ...subsOf(i)].map((j) => `${m}${j}`).join(' OR ')}) AND ${dated(m)} AS ${m}${i}`)).join(',\n      ')}
    FROM nuclei WHERE kids > 0)`;
  const households = `households AS (
    SELECT h, sum(kids) AS kids, ${modes.flatMap(([m]) => holdsCols(m)).join(', ')} FROM held GROUP BY h)`;
  const childLevel = idx.filter((i) => catalog[i].childLevel);
  const direct = `direct AS (
    SELECT ${modes.flatMap(([m]) => childLevel.map((i) => {
      const marks = [i, ...subsOf(i).filter((j) => catalog[j].childLevel)].map((j) => `r.${m}${j}`).join(' OR ');
      return `count(*) FILTER (WHERE (${marks}) AND n.${m}${i}) AS d_${m}${i}`;
    })).join(',\n      ')}
    FROM rows r JOIN held n USING (h, f)
    WHERE r.bd IS NULL OR (r.bd <= ${asOf} AND r.bd + INTERVAL 18 YEAR > ${asOf}))`;
  const dims = [...new Set(catalog.map((c) => c.dimension))].sort();
  const figures = modes.flatMap(([m]) => [
    ...idx.map((i) => [`${m}${i}`, `${m}${i}`]),
    ...dims.map((d) => [`${m}dim${d}`, idx.filter((i) => catalog[i].dimension === d).map((i) => `${m}${i}`).join(' OR ')]),
    [`${m}any`, idx.map((i) => `${m}${i}`).join(' OR ')],
  ]);
  const tally = `tally AS (
    SELECT ${figures.map(([name, cond]) => `count(*) FILTER (WHERE ${cond}) AS hh_${name}, coalesce(sum(kids) FILTER (WHERE ${cond}), 0) AS ch_${name}`).join(',\n      ')}
    FROM households)`;
  return `WITH ${rows}, ${nuclei}, ${held}, ${households}, ${direct}, ${tally} SELECT * FROM tally, direct`;
}

// The same figures in the report's shape: {code: {observed: {households, children_in_households,
// children_directly}, confirmed: {...}}}.
function figuresOf(row, catalog) {
  const out = {};
  const put = (key, m, name, i) => {
    const child = i !== undefined && catalog[i].childLevel ? Number(row[`d_${m}${i}`]) : null;
    out[key] ??= {};
    out[key][m === 'o' ? 'observed' : 'confirmed'] = {
      households: Number(row[`hh_${m}${name}`]), children_in_households: Number(row[`ch_${m}${name}`]), children_directly: child,
    };
  };
  for (const m of ['o', 'c']) {
    catalog.forEach((c, i) => put(c.code, m, String(i), i));
    for (const d of new Set(catalog.map((c) => c.dimension))) put(String(d), m, `dim${d}`);
    put('any', m, 'any');
  }
  return out;
}

function compare(duck, report) {
  let equal = 0, total = 0;
  const differences = [];
  for (const [key, value] of Object.entries(report.indicators)) {
    for (const mode of ['observed', 'confirmed']) {
      for (const figure of ['households', 'children_in_households', 'children_directly']) {
        const want = value[mode][figure] === null ? null : value[mode][figure].count;
        const got = duck[key]?.[mode]?.[figure];
        total++;
        if (got === want) equal++;
        else if (differences.length < 10) differences.push({ key, mode, figure, prevplan: want, duckdb: got });
      }
    }
  }
  return { equal, total, differences };
}

const ms = (start) => Number((performance.now() - start).toFixed(1));
const dist = join(dirname(require.resolve('@duckdb/duckdb-wasm')));
const bundles = {
  mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
  eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
};
let start = performance.now();
const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
await db.instantiate();
const conn = db.connect();
conn.query('SET threads = 1');
const instantiate = ms(start);

const catalog = readCatalog();
const sql = table1Sql(catalog, asOf);
const csv = readFileSync(csvPath);
const load = [], compute = [], computeCpu = [];
let row;
for (let r = 0; r < runs; r++) {
  start = performance.now();
  db.registerFileBuffer('observatory.csv', new Uint8Array(csv));
  conn.query('CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv(\'observatory.csv\')');
  load.push(ms(start));
  start = performance.now();
  const cpu = process.cpuUsage();
  row = conn.query(sql).toArray()[0].toJSON();
  compute.push(ms(start));
  const used = process.cpuUsage(cpu);
  computeCpu.push(Number(((used.user + used.system) / 1000).toFixed(1)));
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const check = catalog.length ? compare(figuresOf(row, catalog), report) : { equal: 0, total: 0, differences: ['no catalog read'] };
const version = conn.query('SELECT version() AS v').toArray()[0].toJSON().v;
console.log(JSON.stringify({ duckdb: version, bundle: 'node blocking', instantiate, load, compute, computeCpu, indicators: catalog.length, ...check }));
conn.close();
