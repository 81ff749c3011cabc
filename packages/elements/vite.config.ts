import { defineConfig } from 'vite';

export default defineConfig({
  resolve: { conditions: ['source'] },
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    sourcemap: true,
    minify: true,
    emptyOutDir: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'elements.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
