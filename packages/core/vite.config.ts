import { defineConfig } from 'vite';
import { libConfig } from '../../vite.lib.mjs';
export default defineConfig(
  libConfig({
    entry: {
      index: 'src/index.ts',
      'cc-provider': 'src/cc-provider.ts',
      'context-root': 'src/context-root.ts',
      testing: 'src/testing/fixtures.ts',
    },
  }),
);
