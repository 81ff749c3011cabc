// A questionnaire's results on SQLite and PostgreSQL: the database's counts equal a count made by hand over every
// stored answer; small groups are suppressed; free text reaches organisers only; filters by version, date and answer.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as S from '@conseils-citoyens/schemas';
import { TRAINING_NEEDS } from '@conseils-citoyens/schemas/examples/training-needs.js';
import { sampleAnswers, seededRandom } from '@conseils-citoyens/schemas/testing/sample-answers.js';
import { readSheet } from 'read-excel-file/node';
import { seedDemo } from '../dist/index.js';
import { auth, openDb, startApp, type Running } from './helpers.js';

const json = { 'Content-Type': 'application/json' };
const Q = '/questionnaires/besoins-formation';

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`questionnaire results on ${kind}`, () => {
    let app: Running;
    let stored: { answers: S.Answers; others: Record<string, string>; version: number }[];
    before(async () => {
      const db = await openDb(kind);
      await seedDemo(db);
      app = await startApp(db);
      stored = (
        await db.all<{ answers: string; others: string | null; version: number | string }>(
          'SELECT answers, others, version FROM questionnaire_responses',
        )
      ).map((r) => ({
        answers: JSON.parse(r.answers) as S.Answers,
        others: JSON.parse(r.others ?? '{}') as Record<string, string>,
        version: Number(r.version),
      }));
    });
    after(() => app.close());

    const get = async (path: string, headers: Record<string, string> = auth) => {
      const res = await fetch(`${app.base}${path}`, { headers: { ...json, ...headers } });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const results = async (query = '', headers: Record<string, string> = auth) => {
      const r = await get(`${Q}/results${query}`, headers);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return S.QuestionnaireResults.parse(r.body);
    };
    /** Counted by hand over every stored answer, suppressed like the server. */
    const byHand = (keep: (a: S.Answers) => boolean, count: (a: S.Answers) => boolean) => {
      const n = stored.filter((s) => keep(s.answers) && count(s.answers)).length;
      return n >= 5 ? n : null;
    };
    const question = (r: S.QuestionnaireResults, id: string) =>
      r.questions.find((q) => q.id === id)!;

    it('counts every choice, scale value, matrix cell and ranking place as a count by hand does', async () => {
      const r = await results();
      assert.equal(r.total, stored.length);
      assert.deepEqual(r.versions, [{ version: 2, answers: stored.length, paper: 6 }]);
      const all = () => true;
      for (const option of ['moins-6-mois', '6-mois-1-an', 'plus-1-an'])
        assert.equal(
          question(r, 'anciennete').counts!.find((c) => c.value === option)!.count,
          byHand(all, (a) => a.anciennete === option),
        );
      for (const option of ['semaine-journee', 'semaine-soir', 'samedi'])
        assert.equal(
          question(r, 'creneaux').counts!.find((c) => c.value === option)!.count,
          byHand(all, (a) => (a.creneaux as string[] | undefined)?.includes(option) ?? false),
        );
      for (const [value, yes] of [
        ['yes', true],
        ['no', false],
      ] as const)
        assert.equal(
          question(r, 'deja-forme').counts!.find((c) => c.value === value)!.count,
          byHand(all, (a) => a['deja-forme'] === yes),
        );
      const scale = stored
        .map((s) => s.answers['connaissance-contrat'] as number)
        .sort((a, b) => a - b);
      const mean = Math.round((scale.reduce((a, b) => a + b, 0) / scale.length) * 100) / 100;
      assert.equal(question(r, 'connaissance-contrat').stats!.mean, mean);
      assert.equal(question(r, 'connaissance-contrat').stats!.min, scale[0]);
      const cell = question(r, 'interet-themes').cells!.find(
        (c) => c.row === 'animation' && c.column === 'beaucoup',
      )!;
      assert.equal(
        cell.count,
        byHand(
          all,
          (a) => (a['interet-themes'] as Record<string, string>).animation === 'beaucoup',
        ),
      );
      const ranked = stored
        .map((s) => s.answers.formats as string[] | undefined)
        .filter((f) => f !== undefined);
      const atelier = question(r, 'formats').ranks!.find((x) => x.value === 'atelier')!;
      assert.equal(atelier.count, ranked.length >= 5 ? ranked.length : null);
      if (ranked.length >= 5)
        assert.equal(
          atelier.average,
          Math.round(
            (ranked.reduce((s, f) => s + f.indexOf('atelier') + 1, 0) / ranked.length) * 100,
          ) / 100,
        );
    });

    it('the database counts what the JavaScript reference counts, filter by filter', async () => {
      const rows = await app.db.all<{
        answers: string;
        others: string | null;
        version: number | string;
        submitted_at: string;
        paper: number | boolean;
      }>('SELECT answers, others, version, submitted_at, paper FROM questionnaire_responses');
      const responses = rows.map((r) => ({
        answers: JSON.parse(r.answers) as S.Answers,
        others: JSON.parse(r.others ?? '{}') as Record<string, string>,
        version: Number(r.version),
        submittedAt: r.submitted_at,
        paper: !!Number(r.paper),
      }));
      const sorted = (x: S.QuestionnaireResults) => ({
        ...x,
        questions: x.questions.map((q) => (q.texts ? { ...q, texts: [...q.texts].sort() } : q)),
      });
      for (const query of [
        '?threshold=3',
        '',
        '?question=college&answer=habitant&threshold=3',
        '?question=deja-forme&answer=no&threshold=3',
        '?question=priorites&answer=animation&threshold=4',
        '?version=2&from=2020-01-01&threshold=3',
      ]) {
        const served = await results(query);
        const reference = S.aggregateResults(
          TRAINING_NEEDS,
          responses,
          S.ResultsQuery.parse(Object.fromEntries(new URLSearchParams(query))),
          { questionnaireId: 'besoins-formation', version: 2, drafts: 0, organiser: true },
        );
        assert.deepEqual(sorted(served), sorted({ ...reference, drafts: served.drafts }), query);
      }
    });

    it('suppresses small groups: a count under the threshold is null, a group under it shows nothing', async () => {
      const r = await results('?threshold=20');
      for (const q of r.questions)
        for (const c of q.counts ?? [])
          assert.ok(c.count === null || c.count >= 20, `${q.id} ${c.value}: ${c.count}`);
      const tiny = await results('?question=anciennete&answer=moins-6-mois&threshold=100');
      assert.deepEqual([tiny.total, tiny.questions], [null, []]);
      assert.equal((await get(`${Q}/results?threshold=2`)).status, 422, 'never below 3');
    });

    it('filters by an answer, a version and dates', async () => {
      const r = await results('?question=college&answer=habitant&threshold=3');
      assert.equal(r.total, stored.filter((s) => s.answers.college === 'habitant').length);
      const yes = await results('?question=deja-forme&answer=yes&threshold=3');
      assert.equal(yes.total, stored.filter((s) => s.answers['deja-forme'] === true).length);
      const among = await results('?question=creneaux&answer=samedi&threshold=3');
      assert.equal(
        among.total,
        stored.filter((s) => (s.answers.creneaux as string[] | undefined)?.includes('samedi'))
          .length,
      );
      assert.equal((await results('?version=2')).total, stored.length);
      assert.equal((await results('?to=2000-01-01')).total, null);
      assert.equal((await results('?from=2000-01-01')).total, stored.length);
      assert.equal((await get(`${Q}/results?question=commentaires&answer=x`)).status, 422);
    });

    it('free text for organisers only; an edit link reads the counts; the public nothing', async () => {
      const r = await results('?threshold=3');
      const comments = stored.filter((s) => typeof s.answers.commentaires === 'string').length;
      assert.equal(question(r, 'commentaires').texts?.length ?? 0, comments);
      assert.equal(question(r, 'email').texts, undefined, 'never an e-mail address');
      const link = await fetch(`${app.base}${Q}/links`, {
        method: 'POST',
        headers: { ...json, ...auth },
        body: JSON.stringify({
          access: 'view',
          label: 'Bureau',
          expiresAt: '2099-01-01T00:00:00Z',
        }),
      }).then((x) => x.json() as Promise<{ secret: string }>);
      const viaLink = await results('?threshold=3', { 'CC-Edit-Link': link.secret });
      assert.equal(viaLink.total, stored.length);
      assert.equal(question(viaLink, 'commentaires').texts, undefined);
      assert.equal((await get(`${Q}/results`, {})).status, 401);
    });

    it('compares the common questions across the territories that adapted the questionnaire, organisers only', async () => {
      const send = (
        method: string,
        path: string,
        body?: unknown,
        headers: Record<string, string> = auth,
      ) =>
        fetch(`${app.base}${path}`, {
          method,
          headers: { ...json, ...headers },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      const random = seededRandom(21);
      const territories: Record<string, string> = {};
      for (const [territory, answers] of [
        ['Denain', 6],
        ['Maubeuge', 2],
      ] as const) {
        const made = (await (await send('POST', `${Q}/fork`, { territory })).json()) as {
          id: string;
          version: number;
        };
        const published = await send(
          'POST',
          `/questionnaires/${made.id}/publish`,
          {},
          {
            ...auth,
            'If-Match': `"${made.version}"`,
          },
        );
        const text = await published.text();
        assert.equal(published.status, 201, text);
        const { version } = JSON.parse(text) as { version: number };
        for (let i = 0; i < answers; i++) {
          const res = await send('POST', `/questionnaires/${made.id}/responses`, {
            version,
            ...sampleAnswers(TRAINING_NEEDS, random),
          });
          assert.equal(res.status, 201, await res.text());
        }
        territories[territory] = made.id;
      }
      const r = await get(`${Q}/comparison`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const c = S.TerritoryComparison.parse(r.body);
      assert.deepEqual(
        c.territories.map((t) => [t.id, t.territory, t.results.total]),
        [
          ['besoins-formation', undefined, stored.length],
          ...[
            [territories.Denain, 'Denain', 6],
            [territories.Maubeuge, 'Maubeuge', null],
          ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        ],
      );
      const core = new Set(
        S.questionsOf(TRAINING_NEEDS)
          .filter(({ question }) => question.core)
          .map(({ question }) => question.id),
      );
      const denain = c.territories.find((t) => t.territory === 'Denain')!.results;
      assert.ok(denain.questions.length > 0);
      for (const q of denain.questions) {
        assert.ok(core.has(q.id), `${q.id} is not a common question`);
        assert.equal(q.texts, undefined);
        for (const count of q.counts ?? []) assert.ok(count.count === null || count.count >= 5);
      }
      assert.equal(
        c.territories.find((t) => t.territory === 'Maubeuge')!.results.questions.length,
        0,
      );
      // The template's own answers compare as on its results page.
      assert.deepEqual(
        c.territories[0]!.results.questions.find((q) => q.id === 'anciennete'),
        (({ texts: _t, ...q }) => q)(question(await results(), 'anciennete')),
      );
      assert.equal((await get(`${Q}/comparison`, {})).status, 401);
      assert.equal((await get('/questionnaires/nothing-here/comparison')).status, 404);
      assert.equal((await get(`${Q}/comparison?threshold=2`)).status, 422);
    });

    it('exports every answer as CSV, one column per question or option, labels not codes', async () => {
      const res = await fetch(`${app.base}${Q}/responses.csv`, { headers: auth });
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
      assert.equal(res.headers.get('Content-Type'), 'text/csv; charset=utf-8');
      assert.ok(text.startsWith('Réponse;Version;Envoyée le;Papier;Depuis combien de temps'));
      assert.equal(text.trim().split('\r\n').length, stored.length + 1);
      // A multiple choice, a matrix and a ranking: one column per option or row, so a spreadsheet can count them.
      const header = text.split('\r\n')[0]!.split(';');
      for (const column of [
        'Quel rôle jouez-vous dans le conseil citoyen ? — Membre',
        'Quel rôle jouez-vous dans le conseil citoyen ? — Autre',
        'Quel est votre intérêt pour chacun de ces thèmes ? — Animer une réunion',
        'Classez ces façons de se former, de celle qui vous convient le mieux à celle qui vous convient le moins. — Un atelier en petit groupe (rang)',
      ])
        assert.ok(header.includes(column), column);
      assert.ok(
        text.includes(';Collège habitants;') ||
          text.includes(';Collège associations et acteurs locaux;'),
      );
      const comma = await fetch(`${app.base}${Q}/responses.csv?separator=comma`, {
        headers: auth,
      }).then((x) => x.text());
      assert.ok(comma.startsWith('Réponse,Version,Envoyée le,Papier,'));
      assert.equal((await fetch(`${app.base}${Q}/responses.csv`)).status, 401);
      assert.ok(TRAINING_NEEDS.pages.length > 0);
    });

    it('exports the same table as an Excel workbook, numbers and dates typed, header first', async () => {
      const res = await fetch(`${app.base}${Q}/responses.xlsx`, { headers: auth });
      assert.equal(res.status, 200);
      assert.equal(
        res.headers.get('Content-Type'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      assert.match(
        res.headers.get('Content-Disposition') ?? '',
        /reponses-besoins-formation\.xlsx/,
      );
      const book = Buffer.from(await res.arrayBuffer());
      const rows = (await readSheet(book)) as unknown[][];
      assert.equal(rows.length, stored.length + 1);
      assert.deepEqual(rows[0]!.slice(0, 5), [
        'Réponse',
        'Version',
        'Envoyée le',
        'Papier',
        'Depuis combien de temps êtes-vous membre du conseil citoyen ?',
      ]);
      const csv = await fetch(`${app.base}${Q}/responses.csv`, { headers: auth }).then((x) =>
        x.text(),
      );
      const firstId = csv.split('\r\n')[1]!.split(';')[0];
      const first = rows[1]!;
      assert.equal(first[0], firstId, 'the same rows in the same order as the CSV');
      assert.equal(typeof first[1], 'number');
      assert.ok(first[2] instanceof Date);
      assert.ok(['Oui', 'Non'].includes(first[3] as string));
      assert.equal((await fetch(`${app.base}${Q}/responses.xlsx`)).status, 401);
    });
  });
}
