/* global document, window */
// Opens every story of the static Storybook in Chromium, in both schemes and both locales, and
// checks: it renders, no page error, 0 axe violations, 0 requests leaving the machine.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';
import { CHROMIUM } from './chromium.mjs';

const root = new URL('../storybook-static/', import.meta.url).pathname;
const axeSource = readFileSync(
  new URL('../node_modules/axe-core/axe.min.js', import.meta.url),
  'utf8',
);
const server = await serveStatic(root);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(CHROMIUM);

const index = JSON.parse(readFileSync(`${root}index.json`, 'utf8'));
// CC_STORIES=<text> checks only the stories whose id contains it (while working on one component).
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && (!process.env.CC_STORIES || e.id.includes(process.env.CC_STORIES)),
);
const problems = [];
let checked = 0;
const context = await browser.newContext();
for (const story of stories) {
  for (const scheme of ['light', 'dark']) {
    for (const locale of ['fr', 'en']) {
      const page = await context.newPage();
      const where = `${story.id} [${scheme}, ${locale}]`;
      page.on('pageerror', (e) => problems.push(`${where}: page error ${e.message}`));
      page.on('request', (r) => {
        if (!r.url().startsWith(base) && !r.url().startsWith('data:'))
          problems.push(`${where}: third-party request ${r.url()}`);
      });
      await page.goto(
        `${base}/iframe.html?id=${story.id}&viewMode=story&globals=scheme:${scheme};locale:${locale}`,
      );
      await page
        .waitForFunction(
          () => document.querySelector('#storybook-root')?.children.length > 0,
          null,
          { timeout: 15000 },
        )
        .catch(() => problems.push(`${where}: nothing rendered`));
      await page.waitForTimeout(300); // let elements finish their first async load and play functions run
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
      });
      for (const v of violations) problems.push(`${where}: axe ${v}`);
      checked++;
      await page.close();
    }
  }
}

// Every control of the panel changes the story: each stories/*/controls.json names a story and, for each control it
// offers, a value; set through Storybook's channel (what the Controls panel does), it must change what is rendered.
const { readdirSync, existsSync } = await import('node:fs');
let controlsChecked = 0;
const fingerprint = (page) =>
  page.evaluate(() => {
    const deep = (root) =>
      [...root.querySelectorAll('*')]
        .map((el) => `${el.outerHTML.split('>')[0]}>${el.shadowRoot ? deep(el.shadowRoot) : ''}`)
        .join('') + root.textContent;
    return deep(document.querySelector('#storybook-root')).replace(/<!--[^]*?-->/g, '');
  });
const storiesDir = new URL('../stories/', import.meta.url).pathname;
for (const dir of readdirSync(storiesDir)) {
  const file = `${storiesDir}${dir}/controls.json`;
  if (!existsSync(file)) continue;
  const { story, samples } = JSON.parse(readFileSync(file, 'utf8'));
  for (const [name, value] of Object.entries(samples)) {
    const page = await context.newPage();
    await page.goto(`${base}/iframe.html?id=${story}&viewMode=story&globals=locale:fr`);
    await page.waitForTimeout(500);
    const before = await fingerprint(page);
    await page.evaluate(
      ([id, arg, v]) =>
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', {
          storyId: id,
          updatedArgs: { [arg]: v },
        }),
      [story, name, value],
    );
    await page.waitForTimeout(500);
    if ((await fingerprint(page)) === before)
      problems.push(`${story}: the control “${name}” (${value}) changes nothing`);
    controlsChecked++;
    await page.close();
  }
}
await browser.close();
server.close();
console.log(
  `Storybook: ${stories.length} stories × 2 schemes × 2 locales = ${checked} pages checked with axe; ${controlsChecked} controls each change their story`,
);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
