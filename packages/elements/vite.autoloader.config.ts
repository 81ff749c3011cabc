import { defineConfig } from 'vite';

/**
 * The autoloader and one chunk per element, plus the shared runtime: hashed names (cached for a year by cc-server),
 * beside the one-file elements.js of vite.config.ts.
 */
export default defineConfig({
  resolve: { conditions: ['source'] },
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    sourcemap: true,
    minify: true,
    emptyOutDir: false,
    lib: { entry: 'src/autoloader.ts', formats: ['es'], fileName: () => 'autoloader.js' },
    rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});
