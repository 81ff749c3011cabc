// Bytes a page pays, min + gzip -9, each figure against its budget (the budgets of issue 16):
// - the shared runtime every element needs (lit + @lit/context + core + the schemas used): ≤ 15 KB;
// - each respondent-side element beyond that runtime: ≤ 10 KB;
// - every respondent-side element together, with lit: ≤ 60 KB (less than FullCalendar alone).
// The elements are measured as the CDN build serves them (packages/elements/dist/cdn: the autoloader, one chunk per
// element, the shared runtime as one chunk), each element also as a site's bundler would make it alone (esbuild), and
// FullCalendar 6 (core + daygrid) and SurveyJS (core + UI) are built with esbuild in the same run.
// Needs `npm run build` first (it measures the packages' published `dist/` and the CDN build).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const KB = 1024;

/** Respondent-side elements: what a resident's page loads. */
const ELEMENTS = {
  '<cc-session-calendar>': '@conseils-citoyens/session-calendar/cc-session-calendar.js',
  '<cc-registration-form>': '@conseils-citoyens/registration-form/cc-registration-form.js',
  '<cc-questionnaire>': '@conseils-citoyens/questionnaire/cc-questionnaire.js',
  '<cc-charte>': '@conseils-citoyens/charte/cc-charte.js',
  '<cc-bilan-report>': '@conseils-citoyens/bilan/cc-bilan-report.js',
};
/** Staff-side elements, loaded apart and reported apart. */
const STAFF = {
  '<cc-questionnaire-results>': '@conseils-citoyens/questionnaire/cc-questionnaire-results.js',
  '<cc-questionnaire-editor>': '@conseils-citoyens/questionnaire/cc-questionnaire-editor.js',
  '<cc-bilan-checklist>': '@conseils-citoyens/bilan/cc-bilan-checklist.js',
  '<cc-charte-builder>': '@conseils-citoyens/charte/cc-charte-builder.js',
  '<cc-charte-consultation>': '@conseils-citoyens/charte/cc-charte-consultation.js',
  '<cc-session-admin>': '@conseils-citoyens/session-calendar/cc-session-admin.js',
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
        ? `  ≤ ${kb(budget)} ✔ (${budget - bytes} B to spare)`
        : `  > ${kb(budget)} ✘ over by ${bytes - budget} B`;
  rows.push(`  ${name.padEnd(62)} ${kb(bytes).padStart(8)}${verdict}`);
};

// The CDN build as cc-server serves it (packages/elements/dist/cdn: the autoloader, one chunk per element, the shared
// runtime as one chunk): who loads what is read from the chunks' own imports; a dynamic import() loads on demand.
const cdnDir = `${root}packages/elements/dist/cdn/`;
const cdnFiles = [
  'autoloader.js',
  ...readdirSync(`${cdnDir}chunks`)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `chunks/${f}`),
];
const codeOf = new Map(cdnFiles.map((f) => [f, readFileSync(cdnDir + f, 'utf8')]));
const gzOf = new Map(cdnFiles.map((f) => [f, gz(codeOf.get(f))]));
const near = (from, spec) => join(dirname(from), spec).replace(/^\.\//, '');
const staticImports = (f) =>
  [
    ...codeOf
      .get(f)
      .matchAll(
        /(?:^|[;}\s])(?:import|export)\s*(?:[^'"`();]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g,
      ),
  ].map((m) => near(f, m[1]));
const dynamicImports = (f) =>
  [...codeOf.get(f).matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) =>
    near(f, m[1]),
  );
/** The files `f` loads before it runs: itself and its static imports, transitively. */
const closure = (f, seen = new Set()) => {
  if (seen.has(f)) return seen;
  seen.add(f);
  for (const i of staticImports(f)) closure(i, seen);
  return seen;
};
// The autoloader names each tag's chunk: "cc-session-calendar":()=>import(`./chunks/cc-session-calendar-….js`).
const chunkOfTag = new Map(
  [
    ...codeOf
      .get('autoloader.js')
      .matchAll(/"(cc-[a-z-]+)":\(\)=>import\(["'`]\.\/([^"'`]+)["'`]\)/g),
  ].map((m) => [m[1], m[2]]),
);
const tagOf = (name) => name.slice(1, -1);
const entries = Object.keys(ELEMENTS);
const loads = entries.map((name) => {
  const chunk = chunkOfTag.get(tagOf(name));
  if (!chunk) throw new Error(`the autoloader has no chunk for ${name}: npm run build first`);
  return closure(chunk);
});
const sum = (files) => [...files].reduce((n, f) => n + gzOf.get(f), 0);
// The runtime is what every element loads (lit, @lit/context, @lit/task, core's base); what only some share (the
// form parts of the registration form and the questionnaire) counts in each of them, as each page pays it.
const runtimeFiles = new Set([...loads[0]].filter((f) => loads.every((l) => l.has(f))));
const beyond = (l) => new Set([...l].filter((f) => !runtimeFiles.has(f)));
row(
  `shared runtime (what every element loads: lit, @lit/context, core), ${runtimeFiles.size} file(s)`,
  sum(runtimeFiles),
  BUDGET.runtime,
);
entries.forEach((name, i) =>
  row(`${name} beyond the runtime`, sum(beyond(loads[i])), BUDGET.element),
);
row('the autoloader itself (the one tag a CMS page pastes)', gzOf.get('autoloader.js'));
// What a page with one element pays in all, against runtime + element budgets: its files as the CDN serves them
// (each compressed apart), and what a site's own bundler makes of that element alone (what it imports statically;
// what it imports on demand stays apart).
for (const [i, name] of entries.entries()) {
  row(`a page with only ${name}: its files`, sum(loads[i]), BUDGET.runtime + BUDGET.element);
  row(
    `  the same bundled for that element alone`,
    await upfront(ELEMENTS[name]),
    BUDGET.runtime + BUDGET.element,
  );
}
const upfrontFiles = new Set(loads.flatMap((l) => [...l]));
row(
  `all ${entries.length} respondent elements with lit (loaded upfront)`,
  sum(upfrontFiles),
  BUDGET.all,
);
const staffEntries = Object.keys(STAFF).map((name) => chunkOfTag.get(tagOf(name)));
const onDemand = new Set(
  [...upfrontFiles].flatMap((f) => dynamicImports(f)).filter((f) => !upfrontFiles.has(f)),
);
for (const f of onDemand)
  row(
    `  on demand: ${f
      .split('/')
      .pop()
      .replace(/-[\w-]{8}\.js$/, '')} (a dynamic import)`,
    sum([...closure(f)].filter((g) => !upfrontFiles.has(g))),
  );
// Staff-side elements: never on a resident's page; what each loads, bundled alone.
Object.keys(STAFF).forEach((name, i) =>
  row(`staff: ${name} beyond the runtime`, sum(beyond(closure(staffEntries[i])))),
);

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

console.log(
  `bundle sizes, min + gzip -9 (the CDN build as served; npm run build first):\n${rows.join('\n')}`,
);

// What costs what, for each figure: the biggest sources in its files, read from the CDN build's source maps (each
// source's minified bytes, and its share of its file's gzip size: a module's gzip cost is not separable).
const where = (source) =>
  source
    .replace(/\?.*$/, '') // the CDN build's per-element copies (`?cc-owner=…`)
    .replace(/^.*node_modules\//, '')
    .replace(/^(\.\.\/)+(packages\/)?([^/]+)\/src\//, '$3/')
    .replace(/\.[jt]s$/, '');
function bytesBySource(file) {
  const code = codeOf.get(file);
  if (!existsSync(`${cdnDir}${file}.map`)) return new Map([['(bundler helpers)', code.length]]);
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${cdnDir}${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const offsetOf = (line, column) =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column;
  const marks = [];
  map.eachMapping((m) =>
    marks.push({ at: offsetOf(m.generatedLine, m.generatedColumn), source: m.source }),
  );
  marks.sort((x, y) => x.at - y.at);
  const bytes = new Map();
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.at ?? code.length;
    if (m.source) bytes.set(where(m.source), (bytes.get(where(m.source)) ?? 0) + end - m.at);
  });
  return bytes;
}
function explain(title, files) {
  const parts = new Map();
  for (const f of files)
    for (const [name, min] of bytesBySource(f)) {
      const p = parts.get(name) ?? { min: 0, gz: 0 };
      p.min += min;
      p.gz += (min / codeOf.get(f).length) * gzOf.get(f);
      parts.set(name, p);
    }
  const top = [...parts]
    .sort((a, b) => b[1].gz - a[1].gz)
    .slice(0, Number(process.env.CC_TOP ?? 12));
  console.log(`\n${title}, its biggest sources (minified bytes, ≈ share of gzip):`);
  for (const [name, p] of top)
    console.log(`  ${name.padEnd(58)} ${String(p.min).padStart(7)} B  ≈ ${kb(p.gz).padStart(7)}`);
}
explain('the shared runtime', runtimeFiles);
entries.forEach((name, i) => explain(`${name} beyond the runtime`, beyond(loads[i])));
Object.keys(STAFF).forEach((name, i) =>
  explain(`staff: ${name} beyond the runtime`, beyond(closure(staffEntries[i]))),
);
