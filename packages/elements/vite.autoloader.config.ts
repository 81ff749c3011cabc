import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { cdnBuild } from './cdn-build.mjs';
import { fileGroups, ownedCopies, ownership } from './runtime-modules.mjs';

/**
 * The autoloader, the shared runtime as one file and one file per element (see runtime-modules.mjs): hashed names
 * (cached for a year by cc-server), beside the one-file elements.js.
 */
export default defineConfig(async () => {
  const owners = await ownership(fileURLToPath(new URL('.', import.meta.url)));
  const config = cdnBuild({
    entry: 'src/autoloader.ts',
    fileName: 'autoloader.js',
    emptyOutDir: false,
    output: {
      chunkFileNames: 'chunks/[name]-[hash].js',
      codeSplitting: { groups: fileGroups(owners) },
    },
  });
  return { ...config, plugins: [ownedCopies(owners), ...(config.plugins ?? [])] };
});
