// Bytes each element costs a page: minified + gzip (level 9), lit excluded (a site may already ship it),
// everything else included (core, schemas, zod/mini, @lit/context, @lit/task). Plus the one-file CDN bundle with lit.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gz = (code) => gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const entries = {
  '<cc-session-calendar>': "import '@conseils-citoyens/session-calendar/cc-session-calendar.js';",
  '<cc-registration-form>':
    "import '@conseils-citoyens/registration-form/cc-registration-form.js';",
  'both elements together':
    "import '@conseils-citoyens/session-calendar/cc-session-calendar.js'; import '@conseils-citoyens/registration-form/cc-registration-form.js';",
  'core alone (provider, client, base element)':
    "import '@conseils-citoyens/core/cc-provider.js'; export * from '@conseils-citoyens/core';",
};
const rows = [];
for (const [name, contents] of Object.entries(entries)) {
  const out = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
    target: 'es2022',
    conditions: ['import'],
    external: [
      'lit',
      'lit/*',
      '@lit/reactive-element',
      '@lit/reactive-element/*',
      'lit-html',
      'lit-html/*',
      'lit-element',
      'lit-element/*',
    ],
  });
  const code = out.outputFiles[0].contents;
  rows.push(
    `  ${name.padEnd(46)} ${kb(code.length).padStart(9)} min, ${kb(gz(code)).padStart(8)} min+gzip (without lit)`,
  );
}
const cdn = readFileSync(new URL('../packages/elements/dist/cdn/elements.js', import.meta.url));
rows.push(
  `  ${'elements.js (CDN, every element + lit)'.padEnd(46)} ${kb(cdn.length).padStart(9)} min, ${kb(gz(cdn)).padStart(8)} min+gzip`,
);
console.log(`bundle sizes (esbuild, gzip -9; build first):\n${rows.join('\n')}`);
