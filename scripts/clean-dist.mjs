#!/usr/bin/env node
// Before a library build: removes what a previous build left in dist/ (hashed chunks would otherwise pile up and
// ship), keeping dist/types and the build info, which `tsc -b` has just written.
import { existsSync, readdirSync, rmSync } from 'node:fs';

const KEEP = new Set(['types', 'tsconfig.tsbuildinfo']);
if (existsSync('dist'))
  for (const name of readdirSync('dist'))
    if (!KEEP.has(name)) rmSync(`dist/${name}`, { recursive: true });
