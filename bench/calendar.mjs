/* global window */
// <cc-session-calendar> with 1,000 sessions in one month, against a plain-DOM baseline that renders the same grid and
// day cards, and FullCalendar 6's daygrid on the same sessions,
// in Debian's Chromium (headless). Needs the CDN bundle: npm run build.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.mjs';
import { CHROMIUM } from '../scripts/chromium.mjs';

// FullCalendar 6 as a site would ship it (one ESM bundle), measured in the same page and run.
await build({
  stdin: {
    contents:
      "export { Calendar } from '@fullcalendar/core'; export { default as dayGrid } from '@fullcalendar/daygrid'; export { default as frLocale } from '@fullcalendar/core/locales/fr';",
    resolveDir: new URL('..', import.meta.url).pathname,
  },
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: new URL('.out/fullcalendar.js', import.meta.url).pathname,
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
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/calendar.html`);
  const r = await page
    .waitForFunction(() => window.benchResult, null, { timeout: 120000 })
    .then((h) => h.jsonValue());
  const f = (x) => `${x.toFixed(1)} ms`;
  console.log(`calendar, 1,000 sessions in a month (median of 15, Chromium headless):
  <cc-session-calendar> mount → laid-out grid + day cards: ${f(r.litMount)}
  <cc-session-calendar> re-render after a filter change:  ${f(r.litFilter)}
  plain DOM, same grid + day cards + CSS, built by hand:  ${f(r.plain)}
  FullCalendar 6.1.22 daygrid month, same sessions:       ${f(r.fullCalendar)}
  ratio mount / plain: ${(r.litMount / r.plain).toFixed(2)} ×, re-render / plain: ${(r.litFilter / r.plain).toFixed(2)} ×, FullCalendar / plain: ${(r.fullCalendar / r.plain).toFixed(2)} ×
  longest main-thread task during a mount: ${f(r.longestTask)} (a frame is 16.7 ms; over 50 ms is a long task)`);
} finally {
  await browser.close();
  server.close();
}
