import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { cdnBuild } from './cdn-build.mjs';
import { reachedBy, sharedFileGroups } from './runtime-modules.mjs';

/**
 * The autoloader, one file per element, the shared runtime as one file and one per pair of elements that share code
 * (see runtime-modules.mjs): hashed names (cached for a year by cc-server), beside the one-file elements.js.
 */
export default defineConfig(async () => {
  const groups = sharedFileGroups(await reachedBy(fileURLToPath(new URL('.', import.meta.url))));
  return cdnBuild({
    entry: 'src/autoloader.ts',
    fileName: 'autoloader.js',
    emptyOutDir: false,
    output: {
      chunkFileNames: 'chunks/[name]-[hash].js',
      codeSplitting: { groups },
    },
  });
});
