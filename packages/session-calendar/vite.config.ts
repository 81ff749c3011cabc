import { defineConfig } from 'vite';
import { libConfig } from '../../vite.lib.mjs';
export default defineConfig(
  libConfig({
    entry: { index: 'src/index.ts', 'cc-session-calendar': 'src/cc-session-calendar.ts' },
  }),
);
