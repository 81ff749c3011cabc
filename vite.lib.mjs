/** The library build every browser package shares: ESM, dependencies external, d.ts from `tsc -b`. */
/** @returns {import("vite").UserConfig} */
export function libConfig({ entry }) {
  return {
    build: {
      target: 'es2022',
      emptyOutDir: false, // keep dist/types from tsc -b
      sourcemap: true,
      minify: false,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^@conseils-citoyens\//, /^zod(\/|$)/],
        output: { preserveModules: false },
      },
    },
  };
}
