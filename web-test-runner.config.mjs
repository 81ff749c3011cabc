import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { CHROMIUM } from './scripts/chromium.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

export default {
  rootDir: root,
  files: ['packages/*/test/**/*.test.ts', '!packages/server/**'],
  nodeResolve: { exportConditions: ['source', 'development'] },
  hostname: '127.0.0.1',
  concurrency: 2,
  plugins: [
    a11ySnapshotPlugin(),
    esbuildPlugin({
      ts: true,
      json: true,
      tsconfig: `${root}tsconfig.base.json`,
      target: 'es2022',
    }),
  ],
  browsers: [
    chromeLauncher({
      // One browser context per test page: background tabs get no requestAnimationFrame otherwise.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: CHROMIUM.executablePath,
        headless: true,
        args: [...CHROMIUM.args, '--lang=fr-FR'],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
