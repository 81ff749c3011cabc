import { readdirSync } from 'node:fs';
import { minifyCssLiterals } from './scripts/vite-minify-css-literals.mjs';

/**
 * The library build every browser package shares: ESM, dependencies external, d.ts from `tsc -b`. Every module of
 * src/ is its own file in dist/ (and reachable through the `./*.js` export), so a bundler, esbuild included, puts
 * in a page only the modules the page's elements import.
 * @returns {import("vite").UserConfig}
 */
export function libConfig() {
  const modules = readdirSync('src', { recursive: true })
    .filter((f) => f.endsWith('.ts') && !/\.(stories|d)\.ts$/.test(f))
    .map((f) => `src/${f}`);
  const entry = Object.fromEntries(modules.map((f) => [f.slice(4, -3), f]));
  return {
    plugins: [minifyCssLiterals()],
    build: {
      target: 'es2022',
      emptyOutDir: false, // keep dist/types from tsc -b
      sourcemap: true,
      minify: false,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external: [
          /^lit(\/|$)/,
          /^@lit\//,
          /^@oxc-project\/runtime\//,
          /^@conseils-citoyens\//,
          /^zod(\/|$)/,
          /^react(\/|$)/,
          /^docx(\/|$)/,
          /^fflate(\/|$)/,
        ],
        output: { preserveModules: true, preserveModulesRoot: 'src' },
      },
    },
  };
}
