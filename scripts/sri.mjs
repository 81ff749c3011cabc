#!/usr/bin/env node
// Prints the Subresource Integrity hashes of the CDN entry files, for pages that pin what they load.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const dir = process.argv[2] ?? 'dist/cdn';
for (const file of ['autoloader.js', 'elements.js', 'placeholders.css']) {
  const hash = createHash('sha384')
    .update(readFileSync(`${dir}/${file}`))
    .digest('base64');
  console.log(`  ${file.padEnd(18)} integrity="sha384-${hash}"`);
}
