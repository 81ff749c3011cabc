import { defineConfig } from 'vite';
import { cdnBuild } from './cdn-build.mjs';

/** elements.js: every element and lit in one file (run first: it empties dist/cdn). */
export default defineConfig(
  cdnBuild({
    entry: 'src/index.ts',
    fileName: 'elements.js',
    emptyOutDir: true,
    output: { codeSplitting: false },
  }),
);
