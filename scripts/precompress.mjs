#!/usr/bin/env node
// Writes `.br` (quality 11) and `.gz` (level 9) beside each text asset of a folder, at build time, so that cc-server
// sends the compressed bytes chosen by Accept-Encoding without compressing on every request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: precompress.mjs <folder>');
  process.exit(2);
}
const TEXT = /\.(js|mjs|css|json|html|svg|map)$/;
let before = 0;
let brotli = 0;
for (const name of readdirSync(dir, { recursive: true })) {
  const file = join(dir, String(name));
  if (!TEXT.test(file) || !statSync(file).isFile()) continue;
  const raw = readFileSync(file);
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
  if (!file.endsWith('.map')) {
    before += raw.length;
    brotli += br.length;
  }
}
console.log(
  `precompressed ${dir}: ${(before / 1024).toFixed(1)} KB of code → ${(brotli / 1024).toFixed(1)} KB with brotli`,
);
