/* global document, customElements */
// A questionnaire's results with 10,000 answers to 40 questions: computed by the server's SQL (p50 and p95 of 15
// runs, without and with a filter) on SQLite and on PostgreSQL, then rendered by <cc-questionnaire-results> in
// Debian's Chromium. Needs npm run build.
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';
import { openPostgres, openSqlite } from '../packages/server/dist/index.js';
import { createDocument, publishDocument } from '../packages/server/dist/documents.js';
import { questionnaireResults } from '../packages/server/dist/results.js';
import { sampleAnswers, seededRandom } from '../packages/schemas/dist/testing/sample-answers.js';
import { ResultsQuery } from '../packages/schemas/dist/questionnaire-results.js';
import { startPostgres } from '../scripts/pg-throwaway.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { CHROMIUM } from '../scripts/chromium.mjs';

const ANSWERS = 10_000;
const opts = (n) =>
  Array.from({ length: n }, (_, i) => ({ value: `o${i}`, label: `Réponse ${i + 1}` }));
const TYPES = [
  'single',
  'multiple',
  'scale',
  'yesno',
  'matrix',
  'ranking',
  'number',
  'dropdown',
  'textarea',
  'text',
];
/** 40 questions, the kinds a result counts in turn. */
const definition = {
  title: 'Questionnaire de 40 questions',
  pages: [
    {
      id: 'p',
      title: 'Toutes',
      items: Array.from({ length: 40 }, (_, i) => {
        const type = TYPES[i % TYPES.length];
        const q = { id: `q${i}`, type, label: `Question ${i + 1}`, required: true };
        if (type === 'single' || type === 'multiple' || type === 'dropdown' || type === 'ranking')
          q.options = opts(5);
        if (type === 'scale') Object.assign(q, { min: 1, max: 5 });
        if (type === 'number') Object.assign(q, { min: 0, max: 20 });
        if (type === 'matrix') Object.assign(q, { rows: opts(5), columns: opts(3) });
        return q;
      }),
    },
  ],
};
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function measure(name, db) {
  await createDocument(db, 'questionnaires', 'bench', definition, 'bench');
  await publishDocument(db, 'questionnaires', 'bench', '"1"', 'bench');
  const random = seededRandom(1);
  await db.tx(async (q) => {
    for (let i = 0; i < ANSWERS; i++) {
      const { answers, others } = sampleAnswers(definition, random);
      await q.run(
        'INSERT INTO questionnaire_responses (id, questionnaire_id, version, answers, others, paper, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          randomUUID(),
          'bench',
          2,
          JSON.stringify(answers),
          JSON.stringify(others),
          0,
          new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        ],
      );
    }
  });
  const times = { all: [], filtered: [] };
  let results;
  for (let i = 0; i < 17; i++) {
    const t0 = performance.now();
    results = await questionnaireResults(db, 'bench', ResultsQuery.parse({}), { organiser: true });
    const t1 = performance.now();
    await questionnaireResults(db, 'bench', ResultsQuery.parse({ question: 'q0', answer: 'o1' }), {
      organiser: false,
    });
    const t2 = performance.now();
    if (i >= 2) {
      times.all.push(t1 - t0);
      times.filtered.push(t2 - t1);
    }
  }
  const f = (x) => `${x.toFixed(0)} ms`;
  console.log(
    `  ${name.padEnd(10)} all answers p50 ${f(pct(times.all, 50))} (p95 ${f(pct(times.all, 95))}); filtered by an answer p50 ${f(pct(times.filtered, 50))} (p95 ${f(pct(times.filtered, 95))})`,
  );
  return results;
}

console.log(
  `questionnaire results, ${ANSWERS.toLocaleString('en')} answers × 40 questions, computed by the server:`,
);
const sqlite = openSqlite(':memory:');
const results = await measure('SQLite', sqlite);
const pg = startPostgres();
try {
  const db = await openPostgres(pg.url, 10);
  await measure('PostgreSQL', db);
  await db.close?.();
} finally {
  pg.stop();
}

// The element renders those results (its own chunk, the CDN build), until laid out.
const server = await serveStatic(new URL('..', import.meta.url).pathname);
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => {
    console.error(e);
    process.exitCode = 1;
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/results.html`);
  const ms = await page.evaluate(
    async ({ results, definition }) => {
      const questionnaire = {
        ...definition,
        id: 'bench',
        status: 'published',
        version: 2,
        versionStatus: 'published',
        updatedAt: '2026-01-01T00:00:00Z',
      };
      const api = {
        getQuestionnaireResults: async () => results,
        getVersion: async () => questionnaire,
      };
      await customElements.whenDefined('cc-questionnaire-results');
      const runs = [];
      for (let i = 0; i < 12; i++) {
        const el = document.createElement('cc-questionnaire-results');
        Object.assign(el, { api, questionnaireId: 'bench' });
        el.setAttribute('locale', 'fr');
        const t0 = performance.now();
        document.body.replaceChildren(el);
        for (let k = 0; k < 10000 && !el.shadowRoot?.querySelector('article'); k++)
          await el.updateComplete;
        void el.offsetHeight;
        if (i >= 2) runs.push(performance.now() - t0);
      }
      return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)];
    },
    { results, definition },
  );
  console.log(
    `  rendered by <cc-questionnaire-results> (40 tables, texts included): ${ms.toFixed(0)} ms (median of 10, Chromium headless)`,
  );
} finally {
  await browser.close();
  server.close();
}
