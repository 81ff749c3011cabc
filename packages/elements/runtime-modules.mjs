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

/**
 * Pages for council members, read on phones as residents' pages are: what such an element shares with one resident
 * element goes in a file of its own, so that it does not drag that element's whole file (the consultation needs the
 * edit-link reader, not the questionnaire).
 */
export const MEMBER_ELEMENTS = {
  consultation: '@conseils-citoyens/charte/cc-charte-consultation.js',
};

/**
 * Absolute path of each module → the short names of the elements that import it statically; `entries` gives each
 * element's own entry module.
 */
export async function reachedBy(root, elements = { ...RESPONDENT_ELEMENTS, ...MEMBER_ELEMENTS }) {
  const by = new Map();
  by.entries = new Map();
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
    const [output] = Object.values(out.metafile.outputs);
    by.entries.set(name, resolve(root, output.entryPoint));
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
  const isRespondent = (name) => name in RESPONDENT_ELEMENTS;
  /** A member element that reaches a module of `element`'s own file without loading that element. */
  const apart = (element, names) =>
    names.filter((m) => !isRespondent(m) && !by.get(by.entries?.get(element))?.includes(m));
  const nameOf = (all) => {
    const names = all.filter(isRespondent);
    if (names.length === 0) return undefined; // a member element's own: its file, cut as the bundler likes
    if (names.length === count) return 'runtime';
    if (names.length > 1) return names.join('+');
    const members = apart(names[0], all);
    return members.length ? [names[0], ...members].join('+') : tagOf(names[0]);
  };
  const sets = [...new Set([...by.values()].map(nameOf))].filter(Boolean);
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
