// Bytes a page pays, min + gzip -9, each figure against its budget (the budgets of issue 16):
// - the shared runtime every element needs (lit + @lit/context + core + the schemas used): ≤ 15 KB;
// - each respondent-side element beyond that runtime: ≤ 10 KB;
// - every respondent-side element together, with lit: ≤ 60 KB (less than FullCalendar alone).
// The elements are split the way a CDN serves them (esbuild code splitting: one chunk per element, shared chunks for
// the runtime), and FullCalendar 6 (core + daygrid) and SurveyJS (core + UI) are built the same way in the same run.
// Needs `npm run build` first (it measures the packages' published `dist/`).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const KB = 1024;

/** Respondent-side elements: what a resident's page loads. */
const ELEMENTS = {
  '<cc-session-calendar>': '@conseils-citoyens/session-calendar/cc-session-calendar.js',
  '<cc-registration-form>': '@conseils-citoyens/registration-form/cc-registration-form.js',
  '<cc-questionnaire>': '@conseils-citoyens/questionnaire/cc-questionnaire.js',
};
/** Staff-side elements, loaded apart and reported apart. */
const STAFF = {
  '<cc-questionnaire-results>': '@conseils-citoyens/questionnaire/cc-questionnaire-results.js',
  '<cc-questionnaire-editor>': '@conseils-citoyens/questionnaire/cc-questionnaire-editor.js',
};
const BUDGET = { runtime: 15 * KB, element: 10 * KB, all: 60 * KB };

/** One minified ESM bundle of `contents` (resolved from the repository root), its gzip size. */
async function gzipOf(contents) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return gz(out.outputFiles[0].contents);
}

/** What `spec` loads before it runs (its static imports), bundled alone with code splitting, min + gzip. */
async function upfront(spec) {
  const out = await build({
    entryPoints: { page: spec },
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    write: false,
    outdir: `${root}bench/.out/upfront`,
    logLevel: 'error',
    target: 'es2022',
    conditions: ['import'],
    metafile: true,
  });
  const files = new Map(out.outputFiles.map((f) => [relative(root, f.path), f.contents]));
  const seen = new Set();
  const visit = (o) => {
    if (seen.has(o)) return;
    seen.add(o);
    for (const imp of out.metafile.outputs[o].imports)
      if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(Object.keys(out.metafile.outputs).find((o) => o.endsWith('page.js')));
  return [...seen].reduce((n, o) => n + gz(files.get(o)), 0);
}

const rows = [];
const row = (name, bytes, budget) => {
  const verdict =
    budget === undefined
      ? ''
      : bytes <= budget
        ? `  ≤ ${kb(budget)} ✔`
        : `  > ${kb(budget)} ✘ over by ${kb(bytes - budget)}`;
  rows.push(`  ${name.padEnd(62)} ${kb(bytes).padStart(8)}${verdict}`);
};

// The split build: entry chunks are what each element adds; the rest is the runtime they share (lit included).
const entries = Object.entries(ELEMENTS);
const split = await build({
  entryPoints: Object.fromEntries(entries.map(([, spec], i) => [`element-${i}`, spec])),
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  write: false,
  outdir: `${root}bench/.out/bundle-size`,
  logLevel: 'error',
  target: 'es2022',
  conditions: ['import'],
  metafile: true,
});
// Who loads what: follow the static imports from each entry (a dynamic import() is loaded on demand, not upfront).
const outputs = split.metafile.outputs;
const gzOf = new Map(split.outputFiles.map((f) => [relative(root, f.path), gz(f.contents)]));
const loadedBy = new Map(Object.keys(outputs).map((o) => [o, new Set()]));
entries.forEach((_, i) => {
  const entry = Object.keys(outputs).find(
    (o) => outputs[o].entryPoint && o.endsWith(`element-${i}.js`),
  );
  const visit = (o) => {
    if (loadedBy.get(o).has(i)) return;
    loadedBy.get(o).add(i);
    for (const imp of outputs[o].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entry);
});
const js = [...loadedBy].filter(([o]) => o.endsWith('.js'));
const sum = (list) => list.reduce((n, [o]) => n + gzOf.get(o), 0);
// The runtime is what every element loads (lit, @lit/context, core's base); what only some share (the form parts of
// the registration form and the questionnaire) counts in each of them, as each page pays it.
const everyone = ([, by]) => by.size === entries.length;
const runtime = sum(js.filter(everyone));
row('shared runtime (what every element loads: lit, @lit/context, core)', runtime, BUDGET.runtime);
entries.forEach(([name], i) =>
  row(
    `${name} beyond the runtime`,
    sum(js.filter((o) => !everyone(o) && o[1].has(i))),
    BUDGET.element,
  ),
);
// What a page with one element pays in all, against runtime + element budgets: its chunks as the split build of all
// the elements serves them (each compressed apart), and what a site's own bundler makes of that element alone (what it
// imports statically; what it imports on demand stays apart).
for (const [i, [name, spec]] of entries.entries()) {
  row(
    `a page with only ${name}: its chunks`,
    sum(js.filter(([, by]) => by.has(i))),
    BUDGET.runtime + BUDGET.element,
  );
  row(
    `  the same bundled for that element alone`,
    await upfront(spec),
    BUDGET.runtime + BUDGET.element,
  );
}
row(
  `all ${entries.length} respondent elements with lit (loaded upfront)`,
  sum(js.filter(([, by]) => by.size > 0)),
  BUDGET.all,
);
for (const [o] of js.filter(([, by]) => by.size === 0))
  row(
    `  on demand: ${o
      .split('/')
      .pop()
      .replace(/-[A-Z0-9]+\.js$/, '')} (a dynamic import)`,
    gzOf.get(o),
  );
rows.push(`  (<cc-charte> and the bilan report join this table as they are built)`);
// Staff-side elements: never on a resident's page; what each loads, bundled alone.
for (const [name, spec] of Object.entries(STAFF)) row(`staff: ${name}, alone`, await upfront(spec));

const cdn = readFileSync(new URL('../packages/elements/dist/cdn/elements.js', import.meta.url));
row('elements.js, the one-file CDN bundle (every element + lit)', gz(cdn));

// What a municipality would otherwise embed, measured the same way in the same run.
row(
  'FullCalendar 6.1.22 (core + daygrid), for comparison',
  await gzipOf(
    "import { Calendar } from '@fullcalendar/core'; import dayGrid from '@fullcalendar/daygrid'; export { Calendar, dayGrid };",
  ),
);
row(
  'SurveyJS 2.5.38 (survey-core + survey-js-ui), for comparison',
  await gzipOf(
    "import { Model } from 'survey-core'; import { Survey } from 'survey-js-ui'; export { Model, Survey };",
  ),
);

console.log(`bundle sizes, min + gzip -9 (esbuild; npm run build first):\n${rows.join('\n')}`);

// What costs what, for each figure of the split build: the biggest sources in its chunks, each with its minified
// bytes and its share of the chunk's gzip size (a module's gzip cost is not separable; the share is proportional).
const where = (input) =>
  input
    .replace(/^.*node_modules\//, '')
    .replace(/^packages\/([^/]+)\/dist\//, '$1/')
    .replace(/\.js$/, '');
function explain(title, chunks) {
  const parts = new Map();
  for (const [o] of chunks) {
    const { bytes, inputs } = outputs[o];
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      const name = where(input);
      const p = parts.get(name) ?? { min: 0, gz: 0 };
      p.min += bytesInOutput;
      p.gz += (bytesInOutput / bytes) * gzOf.get(o);
      parts.set(name, p);
    }
  }
  const top = [...parts].sort((a, b) => b[1].gz - a[1].gz).slice(0, 12);
  console.log(`\n${title}, its biggest sources (minified bytes, ≈ share of gzip):`);
  for (const [name, p] of top)
    console.log(`  ${name.padEnd(58)} ${String(p.min).padStart(7)} B  ≈ ${kb(p.gz).padStart(7)}`);
}
explain('the shared runtime', js.filter(everyone));
entries.forEach(([name], i) =>
  explain(
    `${name} beyond the runtime`,
    js.filter((o) => !everyone(o) && o[1].has(i)),
  ),
);
