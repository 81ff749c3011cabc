// How the CDN build cuts files: one shared runtime, then one file per element, as the autoloader loads them.
//
// The runtime holds what every resident element keeps (lit, @lit/context, @lit/task, core's base). Everything else an
// element imports statically goes in that element's own file, even what two elements share (the form parts of the
// registration form and the questionnaire, the session facts of the calendar and the form): each copy is compressed
// with the rest of its file. Measured against files shared by pairs, which each page fetched and decompressed apart,
// this is smaller on every page (the form: 11.5 KB in three files, 10.2 KB as one) and a page with a calendar and a
// form pays less than 0.3 KB for the copy they share. A module that defines an element stays one copy, in that
// element's file, wherever it is imported from: an element is defined once per page.
//
// Computed, not listed: esbuild walks each element's static imports (a dynamic import stays apart: it loads on
// demand), and a resolver plugin gives each module imported for an element an id of its own (`?cc-owner=<tag>`).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

const OWNER = 'cc-owner';

/** The elements a resident's page shows: the runtime is what all of them keep. */
export const RESPONDENT_ELEMENTS = [
  'cc-session-calendar',
  'cc-registration-form',
  'cc-questionnaire',
  'cc-charte',
  'cc-bilan-report',
];

/** Each tag the autoloader knows and the module it imports for it, read from the autoloader itself. */
export function autoloaderEntries(root) {
  const source = readFileSync(resolve(root, 'src/autoloader.ts'), 'utf8');
  const entries = new Map(
    [...source.matchAll(/'(cc-[a-z-]+)':\s*\(\)\s*=>\s*import\('([^']+)'\)/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  for (const tag of RESPONDENT_ELEMENTS)
    if (!entries.has(tag)) throw new Error(`the autoloader does not load <${tag}>`);
  return entries;
}

/** The modules `spec` imports statically (absolute paths), and its own entry module. */
async function staticGraph(root, spec) {
  const out = await build({
    entryPoints: [spec],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    logLevel: 'error',
    conditions: ['source'],
    loader: { '.css': 'text' },
    plugins: [
      {
        name: 'static-imports-only',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
  });
  const [output] = Object.values(out.metafile.outputs);
  return {
    entry: resolve(root, output.entryPoint),
    modules: new Set(Object.keys(out.metafile.inputs).map((input) => resolve(root, input))),
  };
}

/**
 * Who owns what: `runtime` (the modules every resident element imports), `entries` (each element's entry module → its
 * tag) and `graphs` (each tag → the modules it imports statically).
 */
export async function ownership(root) {
  const entries = new Map();
  const graphs = new Map();
  for (const [tag, spec] of autoloaderEntries(root)) {
    const graph = await staticGraph(root, spec);
    entries.set(graph.entry, tag);
    graphs.set(tag, graph.modules);
  }
  const [first, ...others] = RESPONDENT_ELEMENTS.map((tag) => graphs.get(tag));
  const runtime = new Set([...first].filter((m) => others.every((g) => g.has(m))));
  return { runtime, entries, graphs };
}

const pathOf = (id) => id.split('?')[0];
const ownerOf = (id) => /[?&]cc-owner=([^&]+)/.exec(id)?.[1];

/**
 * The resolver: a module outside the runtime, imported on behalf of an element, gets that element's id (so one copy
 * per element file). An element that loads another whole (the charte builder shows `<cc-charte>`) borrows that
 * element's copies rather than making its own.
 */
export function ownedCopies({ runtime, entries, graphs }) {
  const lenders = new Map(
    [...graphs].map(([tag, graph]) => [
      tag,
      [...entries].filter(([entry, other]) => other !== tag && graph.has(entry)).map(([, t]) => t),
    ]),
  );
  return {
    name: 'cc-owned-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const resolved = await this.resolve(source, pathOf(importer), { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.includes('?') || !isAbsolute(resolved.id))
        return resolved;
      const path = resolved.id;
      const entryOwner = entries.get(path);
      if (entryOwner) return { ...resolved, id: `${path}?${OWNER}=${entryOwner}` };
      const owner = ownerOf(importer);
      if (!owner || runtime.has(path)) return resolved;
      const lender = lenders.get(owner)?.find((tag) => graphs.get(tag).has(path));
      return { ...resolved, id: `${path}?${OWNER}=${lender ?? owner}` };
    },
  };
}

/**
 * The rolldown groups: the runtime first, then one per element for the modules it imports statically. What an
 * element imports only on demand is left to the bundler (its own small files, fetched when needed).
 */
export function fileGroups({ runtime, graphs }) {
  return [
    { name: 'runtime', priority: 2, test: (id) => !id.includes('?') && runtime.has(id) },
    ...[...graphs].map(([tag, graph]) => ({
      name: tag,
      priority: 1,
      test: (id) => ownerOf(id) === tag && graph.has(pathOf(id)),
    })),
  ];
}
