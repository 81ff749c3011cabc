// Writes packages/core/themes/*.css from the one token table (src/theme/tokens.json).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
const dir = new URL('../packages/core/', import.meta.url);
const { tokens } = JSON.parse(readFileSync(new URL('src/theme/tokens.json', dir), 'utf8'));
const head = (what) =>
  `/* Conseils Citoyens Elements — ${what}. Generated from src/theme/tokens.json: do not edit. */\n`;
const decls = (pick) =>
  Object.entries(tokens)
    .filter(([, t]) => pick(t))
    .map(([n, t]) => `  --cc-${n}: ${pick(t)};`)
    .join('\n');
mkdirSync(new URL('themes/', dir), { recursive: true });
writeFileSync(
  new URL('themes/default.css', dir),
  `${head('default theme (the elements already use it with no stylesheet)')}:root {\n${decls((t) => t.light)}\n}\n`,
);
const dark = decls((t) => t.dark);
writeFileSync(
  new URL('themes/dark.css', dir),
  `${head('dark scheme: on [data-cc-scheme="dark"], or following the system unless [data-cc-scheme="light"]')}` +
    `[data-cc-scheme="dark"] {\n${dark}\n  color-scheme: dark;\n}\n@media (prefers-color-scheme: dark) {\n  :root:not([data-cc-scheme="light"]) {\n${dark.replace(/^/gm, '  ')}\n    color-scheme: dark;\n  }\n}\n`,
);
writeFileSync(
  new URL('themes/dsfr.css', dir),
  `${head("for State sites that already load the DSFR: maps --cc-* onto the DSFR's own variables (never load it on a municipal site)")}` +
    `:root {\n${decls((t) => t.dsfr && `var(${t.dsfr}, ${t.light})`)}\n}\n`,
);
console.log('themes written');
