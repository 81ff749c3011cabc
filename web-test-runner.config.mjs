import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { CHROMIUM } from './scripts/chromium.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);
// The names each React entry exports, for the browser: read once as the config loads (the test runner later wraps the console that React's development build probes).
const REACT_KEYS = Object.fromEntries(
  ['react', 'react-dom/client'].map((name) => [
    name,
    Object.keys(require(name)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k)),
  ]),
);

/**
 * React ships CommonJS (with process.env.NODE_ENV), which a browser cannot import: esbuild bundles React and
 * react-dom/client once into one module (one React), and each entry re-exports its names from it.
 */
function reactInTheBrowser() {
  let bundle;
  const bundled = () =>
    (bundle ??= build({
      stdin: {
        contents: `import react from 'react'; import client from 'react-dom/client'; export { react, client };`,
        resolveDir: root,
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'error',
    }).then((r) => r.outputFiles[0].text));
  return {
    name: 'react-in-the-browser',
    resolveImport({ source }) {
      return REACT_KEYS[source] ? `/__react/${source}.js` : undefined;
    },
    async serve(context) {
      if (context.path === '/__react/bundle.js') return { type: 'js', body: await bundled() };
      const name = context.path.match(/^\/__react\/(.+)\.js$/)?.[1];
      if (!name || !REACT_KEYS[name]) return undefined;
      const local = name === 'react' ? 'react' : 'client';
      return {
        type: 'js',
        body: `import { ${local} as m } from '/__react/bundle.js';\nexport const { ${REACT_KEYS[name].join(', ')} } = m;\nexport default m;\n`,
      };
    },
  };
}

export default {
  rootDir: root,
  files: ['packages/*/test/**/*.test.ts', '!packages/server/**'],
  nodeResolve: { exportConditions: ['source', 'development'] },
  hostname: '127.0.0.1',
  concurrency: 2,
  plugins: [
    reactInTheBrowser(),
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
