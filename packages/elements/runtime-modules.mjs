// How the CDN build groups modules into files. Automatic chunking cuts what the elements share into many small files
// (each compressed apart, each a request: the runtime alone came in five, 16.3 KB against 15.1 KB as one). Here a
// module goes in the file of the set of resident-side elements that import it statically: the runtime (all of them),
// one file per pair (the form parts of the registration form and the questionnaire), or the element's own file.
// Computed, not listed: esbuild walks each element's static imports (a dynamic import stays apart: it loads on demand).
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** The elements a resident's page shows, by short name; staff elements load the same files plus their own. */
export const RESPONDENT_ELEMENTS = {
  calendar: '@conseils-citoyens/session-calendar/cc-session-calendar.js',
  form: '@conseils-citoyens/registration-form/cc-registration-form.js',
  questionnaire: '@conseils-citoyens/questionnaire/cc-questionnaire.js',
  charte: '@conseils-citoyens/charte/cc-charte.js',
  bilan: '@conseils-citoyens/bilan/cc-bilan-report.js',
};

/** Absolute path of each module → the short names of the elements that import it statically. */
export async function reachedBy(root, elements = RESPONDENT_ELEMENTS) {
  const by = new Map();
  for (const [name, entry] of Object.entries(elements)) {
    const out = await build({
      entryPoints: [entry],
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
    for (const input of Object.keys(out.metafile.inputs)) {
      const path = resolve(root, input);
      by.set(path, [...(by.get(path) ?? []), name]);
    }
  }
  return by;
}

/**
 * The rolldown groups: one per set of two or more elements sharing modules, the runtime (all of them) first, and one
 * per element for the modules only it reaches among the resident's elements, its own entry included. That last group
 * keeps what a staff element (an editor, a builder) shares with one resident element inside that element's file: the
 * staff page loads the whole file, the resident's page one file rather than the pieces automatic chunking would cut
 * (the questionnaire came in five, 17.0 KB against 15.4 KB as one). The bundler's own helpers come as one small file.
 */
export function sharedFileGroups(by, count = Object.keys(RESPONDENT_ELEMENTS).length) {
  // An element's own file keeps its tag's name (cc-session-calendar-<hash>.js), as in a network panel one expects.
  const tagOf = (name) => RESPONDENT_ELEMENTS[name].replace(/^.*\/|\.js$/g, '');
  const nameOf = (names) =>
    names.length === count ? 'runtime' : names.length === 1 ? tagOf(names[0]) : names.join('+');
  const sets = [...new Set([...by.values()].map(nameOf))];
  return sets.map((name) => ({
    name,
    test: (id) => {
      const names = by.get(id.split('?')[0]);
      return names !== undefined && nameOf(names) === name;
    },
    // A module matches one group only; the order says which wins should two tests ever overlap.
    priority: name === 'runtime' ? 3 : name.includes('+') ? 2 : 1,
  }));
}
