/* global document, customElements, structuredClone, localStorage */
// A bilan of 6 headings × 50 items, both perspectives answered, rendered by <cc-bilan-checklist> (its chunk of the CDN
// build) against the same controls built with plain DOM calls: a fieldset per item with its status and two levels as
// radio groups, notes and the evidence's and action's disclosure buttons, with the element's classes and stylesheets. Median of 10 runs
// in Debian's Chromium. Needs npm run build.
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.mjs';
import { CHROMIUM } from '../scripts/chromium.mjs';
import {
  ASSOCIATION_LEVELS,
  BILAN_HEADINGS,
  ITEM_STATUSES,
} from '../packages/schemas/dist/bilan-constants.js';
import { BILAN_TEMPLATE } from '../packages/schemas/dist/bilan-template.js';

const PER_HEADING = 50;
const items = BILAN_HEADINGS.flatMap((heading, h) =>
  Array.from({ length: PER_HEADING }, (_, i) => ({
    id: `b${h}-${i}`,
    heading,
    label: `Point ${i + 1} de la rubrique ${h + 1} : une pratique à examiner ensemble`,
  })),
);
const level = (n) => ASSOCIATION_LEVELS[n % ASSOCIATION_LEVELS.length];
const bilan = {
  id: 'bench',
  council: 'Conseil citoyen (banc d’essai)',
  year: 2026,
  template: { id: 'bilan-national', version: 1 },
  ownItems: items,
  items: Object.fromEntries(
    items.map((it, i) => [
      it.id,
      {
        status: 'en_cours',
        levels: { conseil: level(i), institutions: level(i + 2) },
        notes: `Note ${i}`,
        rev: 1,
      },
    ]),
  ),
  headings: {},
  carriedActions: [],
  version: 1,
  versionStatus: 'draft',
  updatedAt: '2026-11-30T18:00:00Z',
};

const server = await serveStatic(new URL('..', import.meta.url).pathname);
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => {
    console.error(e);
    process.exitCode = 1;
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/bilan.html`);
  const { element, plain, count } = await page.evaluate(
    async ({ bilan, levels, statuses, template }) => {
      const api = {
        getDocument: async () => structuredClone(bilan),
        getQuestionnaireResults: async () => ({}),
        getBilanIndicators: async () => ({
          bilanId: 'bench',
          year: 2026,
          computedAt: '2026-11-30T18:00:00Z',
          indicators: [],
        }),
      };
      await customElements.whenDefined('cc-bilan-checklist');
      const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const runs = [];
      let count = 0;
      for (let i = 0; i < 12; i++) {
        localStorage.clear();
        const el = document.createElement('cc-bilan-checklist');
        Object.assign(el, { api, bilanId: 'bench' });
        el.setAttribute('locale', 'fr');
        const t0 = performance.now();
        document.body.replaceChildren(el);
        for (let k = 0; k < 10000 && !el.shadowRoot?.querySelector('.item'); k++)
          await el.updateComplete;
        void el.offsetHeight;
        if (i >= 2) runs.push(performance.now() - t0);
        count = el.shadowRoot.querySelectorAll('.item').length;
      }
      // The same controls, built with plain DOM calls, with the element's classes and its stylesheets (the same
      // look: a fair comparison lays out and styles the same thing).
      const sheets = customElements
        .get('cc-bilan-checklist')
        .elementStyles.map((s) => s.styleSheet)
        .filter(Boolean);
      const make = (tag, props = {}, ...children) => {
        const n = Object.assign(document.createElement(tag), props);
        n.append(...children);
        return n;
      };
      const group = (name, className, legend, values, chosen, after = []) =>
        make(
          'fieldset',
          { className },
          make('legend', { textContent: legend }),
          make(
            'div',
            { className: 'ladder' },
            ...values.map((v) =>
              make(
                'label',
                { className: 'rung' },
                make('input', { type: 'radio', name, value: v, checked: v === chosen }),
                v,
              ),
            ),
          ),
          ...after,
        );
      const baseline = [];
      for (let i = 0; i < 12; i++) {
        const t0 = performance.now();
        const host = document.createElement('div');
        host.attachShadow({ mode: 'open' }).adoptedStyleSheets = sheets;
        const byHeading = new Map();
        for (const it of [...template, ...bilan.ownItems]) {
          const a = bilan.items[it.id] ?? { levels: {} };
          const fieldset = make(
            'fieldset',
            { className: 'item-box' },
            make('legend', { className: 'item-label', textContent: it.label }),
            group(`${it.id}--status`, 'status-field', 'État', statuses, a.status),
            make(
              'div',
              { className: 'sides' },
              ...['conseil', 'institutions'].map((side) =>
                group(`${it.id}--${side}`, 'levels', `Niveau : ${side}`, levels, a.levels[side], [
                  make('p', { className: 'definition', textContent: a.levels[side] ?? '' }),
                ]),
              ),
            ),
            make('label', { textContent: 'Notes' }),
            make('textarea', { rows: 2, value: a.notes ?? '' }),
            make(
              'div',
              { className: 'evidence' },
              make('button', {
                className: 'disclosure',
                type: 'button',
                textContent: 'Pièces justificatives',
              }),
            ),
            make(
              'div',
              { className: 'action' },
              make('button', {
                className: 'disclosure',
                type: 'button',
                textContent: 'Action pour l’an prochain',
              }),
            ),
            make('p', { className: 'part-state' }),
          );
          if (!byHeading.has(it.heading))
            byHeading.set(it.heading, make('ol', { className: 'items' }));
          byHeading.get(it.heading).append(make('li', { className: 'item' }, fieldset));
        }
        for (const [h, ol] of byHeading)
          host.shadowRoot.append(
            make('section', { className: 'heading-section' }, make('h3', { textContent: h }), ol),
          );
        document.body.replaceChildren(host);
        void host.offsetHeight;
        if (i >= 2) baseline.push(performance.now() - t0);
      }
      return { element: median(runs), plain: median(baseline), count };
    },
    { bilan, levels: ASSOCIATION_LEVELS, statuses: ITEM_STATUSES, template: BILAN_TEMPLATE.items },
  );
  console.log(
    `bilan checklist, 6 headings × ${PER_HEADING} items, both perspectives answered (${count} items rendered):`,
  );
  console.log(
    `  <cc-bilan-checklist> first render ${element.toFixed(0)} ms; the same controls in plain DOM ${plain.toFixed(0)} ms: ${(element / plain).toFixed(2)}× (goal ≤ 2×; median of 10, Chromium headless)`,
  );
} finally {
  await browser.close();
  server.close();
}
