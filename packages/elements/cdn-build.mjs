/** What both CDN builds share: sources straight from the packages, ES2022, minified, with source maps, into dist/cdn. */
import { minifyCssLiterals } from '../../scripts/vite-minify-css-literals.mjs';

/** @returns {import('vite').UserConfig} */
export function cdnBuild({ entry, fileName, emptyOutDir, output }) {
  return {
    plugins: [minifyCssLiterals()],
    resolve: { conditions: ['source'] },
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      sourcemap: true,
      minify: true,
      emptyOutDir,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        // Vite's library mode keeps whitespace and comments in ES output (for a later bundler); these files are served
        // as they are, so they are minified whole.
        output: { minify: true, ...output },
      },
    },
  };
}
