/* global document, window */
// What the browser scripts (the reference page's smoke test, the end-to-end tests) check on every page they open: axe,
// page errors, console errors and the library's own warnings, CSP violations and requests leaving the server. Each
// finding is pushed on `problems`, so a script reports them all at the end.
import { readFileSync } from 'node:fs';

const axeSource = readFileSync(
  new URL('../node_modules/axe-core/axe.min.js', import.meta.url),
  'utf8',
);

export function pageChecks(problems, base) {
  // Evaluated through DevTools rather than added as an inline script: the page's CSP forbids inline scripts.
  const axe = async (page, where) => {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    );
    for (const v of violations) problems.push(`${where}: axe ${v}`);
  };
  const watch = (page, where) => {
    // Content-Security-Policy violations (the server sends a strict policy with Trusted Types): each is a problem.
    void page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    page.on('pageerror', (e) => problems.push(`${where}: page error ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${where}: console error ${m.text()}`);
      // The library's own warnings (an element defined twice, an unknown field): none on a page set up right.
      else if (m.type() === 'warning' && m.text().startsWith('[conseils-citoyens]'))
        problems.push(`${where}: console warning ${m.text()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:'))
        problems.push(`${where}: third-party request ${r.url()}`);
    });
  };
  /** One person at their own browser (no shared storage, as in a real meeting), on `url`, watched. */
  const openAs = async (browser, who, url, width = 1280) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    watch(page, who);
    await page.goto(url);
    return page;
  };
  return { axe, watch, openAs };
}
