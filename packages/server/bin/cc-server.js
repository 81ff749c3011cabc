#!/usr/bin/env node
// Committed so that npm links `cc-server` at install time, before `dist/` exists; the CLI itself is compiled.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    "cc-server n'est pas encore construit : lancez « npm run build » à la racine du dépôt.",
  );
  process.exit(1);
}
await import(cli.href);
