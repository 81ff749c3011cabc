import { defineConfig } from 'vite';
import { libConfig } from '../../vite.lib.mjs';
export default defineConfig(
  libConfig({ entry: { index: 'src/index.ts', testing: 'src/testing/registration-cases.ts' } }),
);
