import { defineConfig } from 'vite';
import { libConfig } from '../../vite.lib.mjs';
export default defineConfig(
  libConfig({
    entry: {
      index: 'src/index.ts',
      'cc-registration-form': 'src/cc-registration-form.ts',
      'cc-registration-cancel': 'src/cc-registration-cancel.ts',
    },
  }),
);
