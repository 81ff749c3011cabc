/** What both CDN builds share: sources straight from the packages, ES2022, minified, with source maps, into dist/cdn. */
/** @returns {import('vite').UserConfig} */
export function cdnBuild({ entry, fileName, emptyOutDir, output }) {
  return {
    resolve: { conditions: ['source'] },
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      sourcemap: true,
      minify: true,
      emptyOutDir,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        output,
        experimental: { nativeMagicString: true },
        onLog: quietSourcemapNotice,
      },
    },
  };
}
