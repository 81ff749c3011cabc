import { defineConfig } from 'vite';
import { cdnBuild } from './cdn-build.mjs';

/**
 * The autoloader and one chunk per element, plus the shared runtime: hashed names (cached for a year by cc-server),
 * beside the one-file elements.js.
 */
export default defineConfig(
  cdnBuild({
    entry: 'src/autoloader.ts',
    fileName: 'autoloader.js',
    emptyOutDir: false,
    output: { chunkFileNames: 'chunks/[name]-[hash].js' },
  }),
);
