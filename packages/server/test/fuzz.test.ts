// Property-based bad input, generated from the OpenAPI document: every route, ≥ 10,000 requests in all, with
// random ids, query strings, headers and bodies (random JSON, broken JSON, valid bodies with fields mangled).
// Whatever comes in: never a 5xx, and every error is application/problem+json with a French title.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PROBLEM_TITLES, Problem } from '@conseils-citoyens/schemas';
import { createApp, openApiDocument, seedDemo, type Db } from '../dist/index.js';
import { TOKEN, futureSession, openDb, person } from './helpers.js';
import { TRAINING_NEEDS } from '@conseils-citoyens/schemas/examples/training-needs.js';
import { sampleAnswers, seededRandom } from '@conseils-citoyens/schemas/testing/sample-answers.js';

const RUNS_PER_OPERATION = 500;
type Operation = { parameters?: { name: string; in: string }[]; requestBody?: unknown };
const doc = openApiDocument() as { paths: Record<string, Record<string, Operation>> };
const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);
const frenchTitles = new Set(Object.values(PROBLEM_TITLES).map((t) => t.fr));

/** Valid bodies to start from, so the mangled ones reach deep into validation rather than stopping at the door. */
const validBodies: Record<string, object> = {
  '/sessions': futureSession(),
  '/sessions/{id}': { theme: 'Emploi' },
  '/sessions/{id}/registrations': person(1),
  '/questionnaires/{id}/responses': {
    version: 2,
    ...sampleAnswers(TRAINING_NEEDS, seededRandom(1)),
  },
  '/questionnaires/{id}/drafts': { version: 2, answers: { anciennete: 'plus-1-an' } },
  '/questionnaire-drafts': { version: 2, answers: { anciennete: 'plus-1-an' } },
  '/questionnaires/{id}/invitations': { labels: ['Membre du conseil'] },
  '/questionnaires/{id}/links': {
    access: 'edit',
    label: 'Bureau',
    expiresAt: '2099-01-01T00:00:00Z',
  },
};

const weird = fc.constantFrom(
  '',
  ' ',
  '..',
  '%00',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  'é'.repeat(300),
  '-1',
  '1e309',
  'NaN',
  'null',
  '[]',
  '{}',
  '2026-13-45T99:99:99Z',
);
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), weird);
const jsonish = fc.jsonValue({ maxDepth: 3 });

function bodyFor(path: string): fc.Arbitrary<string | undefined> {
  const valid = validBodies[path];
  const mangled = valid
    ? fc
        .record({
          key: fc.oneof(fc.constantFrom(...Object.keys(valid)), text),
          value: fc.oneof(jsonish, text),
        })
        .map(({ key, value }) => JSON.stringify({ ...valid, [key]: value }))
    : jsonish.map((v) => JSON.stringify(v));
  return fc.oneof(
    mangled,
    jsonish.map((v) => JSON.stringify(v)),
    text, // not JSON at all
    fc.constant('{"firstName": "Amina", '), // cut in the middle
    fc.constant(undefined),
    fc.constant(JSON.stringify({ firstName: 'x'.repeat(200_000) })), // over the size limit
  );
}

function requestFor({ path, method, op }: (typeof operations)[number]) {
  const queryNames = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
  return fc
    .record({
      id: fc.oneof(
        fc.constantFrom('masterclass-emploi', 'besoins-formation', 'charte-moulins', 'bilan-demo'),
        text,
      ),
      query: fc.dictionary(
        fc.oneof(fc.constantFrom(...queryNames, 'token', 'email', 'x'), text),
        text,
        { maxKeys: 4 },
      ),
      body: method === 'GET' || method === 'DELETE' ? fc.constant(undefined) : bodyFor(path),
      auth: fc.boolean(),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'multipart/form-data',
        undefined,
      ),
      key: fc.option(text, { nil: undefined }),
      ifMatch: fc.option(text, { nil: undefined }),
    })
    .map((r) => {
      const qs = new URLSearchParams(r.query).toString();
      const url = `http://cc.test/api/v1${path.replace('{id}', encodeURIComponent(r.id))}${qs ? `?${qs}` : ''}`;
      const headers: Record<string, string> = {};
      if (r.auth) headers.Authorization = `Bearer ${TOKEN}`;
      if (r.contentType && r.body !== undefined) headers['Content-Type'] = r.contentType;
      if (r.key !== undefined) headers['Idempotency-Key'] = r.key.replace(/[^\x20-\x7e]/g, '?');
      if (r.ifMatch !== undefined) headers['If-Match'] = r.ifMatch.replace(/[^\x20-\x7e]/g, '?');
      return { url, init: { method, headers, body: r.body } };
    });
}

describe('property-based bad input on every route of the OpenAPI document', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let total = 0;
  const statuses = new Map<number, number>();
  before(async () => {
    db = await openDb('sqlite');
    await seedDemo(db);
    app = createApp({ db, rateLimitPerMinute: 0 });
  });
  after(async () => {
    await db.close();
    const by = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    console.log(`fuzz: ${total} requests on ${operations.length} operations, 0 × 5xx (${by})`);
  });

  for (const operation of operations) {
    it(`${operation.method} ${operation.path}: ${RUNS_PER_OPERATION} generated requests, never 5xx, errors in French problem+json`, async () => {
      await fc.assert(
        fc.asyncProperty(requestFor(operation), async ({ url, init }) => {
          total++;
          const res = await app.request(url, init);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const raw = await res.text();
          assert.ok(
            res.status < 500,
            `${init.method} ${url} → ${res.status}: ${raw.slice(0, 300)}`,
          );
          if (res.status >= 400) {
            assert.match(
              res.headers.get('Content-Type') ?? '',
              /^application\/problem\+json/,
              `${init.method} ${url} → ${res.status} without problem+json`,
            );
            const problem = Problem.parse(JSON.parse(raw));
            assert.ok(frenchTitles.has(problem.title), `title not French: ${problem.title}`);
            for (const e of problem.errors ?? [])
              assert.ok(e.message.length > 0 && e.field.length >= 0);
          }
        }),
        { numRuns: RUNS_PER_OPERATION, seed: 20261124 },
      );
    });
  }

  it('covered at least 10,000 requests', () => {
    assert.ok(total >= 10_000, `${total} requests`);
  });
});
