/* global window */
// <cc-questionnaire> with 200 questions of the 14 types: first render of one page of 200 and a page change in 10
// pages of 20, against a plain-DOM form of the same questions (the element's own CSS, in a shadow root) and against
// SurveyJS 2 (survey-core + survey-js-ui) on the same definition, in one run of Debian's Chromium (headless).
// Needs the CDN bundle: npm run build.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.mjs';
import { CHROMIUM } from '../scripts/chromium.mjs';

await build({
  stdin: {
    contents: "export { Model } from 'survey-core'; export { renderSurvey } from 'survey-js-ui';",
    resolveDir: new URL('..', import.meta.url).pathname,
  },
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: new URL('.out/surveyjs.js', import.meta.url).pathname,
  logLevel: 'error',
});
const server = await serveStatic(new URL('..', import.meta.url).pathname);
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => {
    console.error(e);
    process.exitCode = 1;
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/questionnaire.html`);
  const r = await page
    .waitForFunction(() => window.benchResult, null, { timeout: 300000 })
    .then((h) => h.jsonValue());
  const f = (x) => `${x.toFixed(1)} ms`;
  const ratio = (a, b) => `${(a / b).toFixed(2)} ×`;
  console.log(`questionnaire, 200 questions of 14 types (median of 10, Chromium headless):
  first render, one page of 200 → laid out:  <cc-questionnaire> ${f(r.mount)}, plain DOM ${f(r.plainMount)}, SurveyJS ${f(r.sjsMount)}
  page change, 10 pages of 20 → laid out:    <cc-questionnaire> ${f(r.page)}, plain DOM ${f(r.plainPage)}, SurveyJS ${f(r.sjsPage)}
  ratio to plain DOM (goal ≤ 2 ×): first render ${ratio(r.mount, r.plainMount)}, page change ${ratio(r.page, r.plainPage)}; SurveyJS ${ratio(r.sjsMount, r.plainMount)}, ${ratio(r.sjsPage, r.plainPage)}`);
} finally {
  await browser.close();
  server.close();
}
