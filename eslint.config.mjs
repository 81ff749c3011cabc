import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

const TS = [
  'packages/*/src/**/*.ts',
  'packages/*/test/**/*.ts',
  'packages/*/test-helpers/**/*.ts',
  'stories/**/*.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-test/**',
      '**/node_modules/**',
      'storybook-static/**',
      '**/custom-elements.json',
      'bench/results/**',
      'bench/.out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Type-aware rules on the TypeScript sources and tests (floating promises, unsafe any, needless assertions…).
  ...tseslint.configs.recommendedTypeCheckedOnly.map((config) => ({ ...config, files: TS })),
  {
    files: TS,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Lit binds `this` to the host for listeners in templates (`@click=${this.cancel}`).
      '@typescript-eslint/unbound-method': 'off',
      // The SQLite adapter implements the async Db interface with synchronous calls, on purpose.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test's describe/it return promises the runner awaits itself.
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'packages/*/test/**/*.ts', 'stories/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      'wc/guard-super-call': 'off', // Lit's lifecycle methods always exist on LitElement
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // What a resident's page loads: no validator (zod stays on the server, in editors and in the memory adapter) and
    // no package barrel (esbuild keeps every module a barrel re-exports); each import names the module it needs.
    files: [
      'packages/{core,session-calendar,registration-form,questionnaire,charte,bilan,elements}/src/**/*.ts',
    ],
    ignores: [
      'packages/core/src/api/memory.ts',
      'packages/core/src/api/memory-bilans.ts',
      'packages/core/src/api/memory-consultations.ts',
      'packages/*/src/testing/**',
      '**/*.stories.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: 'zod stays out of a resident page (bench/bundle-size.mjs).',
              allowTypeImports: true,
            },
            {
              name: 'zod/mini',
              message: 'zod stays out of a resident page (bench/bundle-size.mjs).',
              allowTypeImports: true,
            },
            {
              name: '@conseils-citoyens/schemas',
              message: 'Import the module: @conseils-citoyens/schemas/<module>.js.',
              allowTypeImports: true,
            },
            {
              name: '@conseils-citoyens/core',
              message: 'Import the module: @conseils-citoyens/core/<module>.js.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // @open-wc/testing makes every chai assertion thenable (for `to.be.accessible()`), so each `expect` would read
    // as a floating promise; the browser tests await what is asynchronous and fail on Lit warnings instead.
    files: ['packages/*/test/**/*.ts', 'packages/*/test-helpers/**/*.ts'],
    ignores: ['packages/server/**'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**', 'packages/server/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
  },
);
