#!/usr/bin/env node
// Before a library build: removes the JavaScript a previous build left in dist/ (hashed chunks would otherwise pile up
// and ship), keeping dist/types, which `tsc -b` has just written.
import { readdirSync, rmSync } from 'node:fs';

for (const name of readdirSync('dist', { withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => e.name)) {
  if (/\.js(\.map)?$/.test(name)) rmSync(`dist/${name}`);
}
