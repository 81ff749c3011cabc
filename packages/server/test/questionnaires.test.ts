// Answers to questionnaires on SQLite and PostgreSQL: checked against the exact published version with the rules the
// element applies (422 naming the question), idempotent, withdrawable by their secret; drafts resumable by a hashed
// secret until they expire; a questionnaire that does not hold together is never published.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as S from '@conseils-citoyens/schemas';
import { TRAINING_NEEDS } from '@conseils-citoyens/schemas/examples/training-needs.js';
import { sampleAnswers, seededRandom } from '@conseils-citoyens/schemas/testing/sample-answers.js';
import { seedDemo } from '../dist/index.js';
import { DEMO_ANSWERS } from '../dist/seed.js';
import { createDraft } from '../dist/questionnaires.js';
import { purge } from '../dist/registrations.js';
import { auth, openDb, startApp, type Running, call } from './helpers.js';

const Q = '/questionnaires/besoins-formation';

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`questionnaire answers and drafts on ${kind}`, () => {
    let app: Running;
    before(async () => {
      const db = await openDb(kind);
      await seedDemo(db);
      app = await startApp(db, { publicUrl: 'https://ville.example' });
    });
    after(() => app.close());

    const req = (
      method: string,
      path: string,
      headers: Record<string, string> = {},
      body?: unknown,
    ) => call(app.base, method, path, headers, body);
    const valid = (seed: number) => ({
      version: 2,
      ...sampleAnswers(TRAINING_NEEDS, seededRandom(seed)),
    });
    /** Valid answers with one thing changed. */
    const withAnswer = (id: string, value: unknown) => {
      const body = valid(1);
      return { ...body, answers: { ...body.answers, [id]: value } };
    };
    const errorsOf = async (body: unknown, headers = {}) => {
      const r = await req('POST', `${Q}/responses`, headers, body);
      assert.equal(r.status, 422, JSON.stringify(r.body));
      return (r.body.errors as S.FieldError[]).map((e) => `${e.field} ${e.code}: ${e.message}`);
    };

    it('the demo holds the seed questionnaire, published, with its answers', async () => {
      const q = S.Questionnaire.parse((await req('GET', Q)).body);
      assert.deepEqual([q.version, q.status, q.pages.length], [2, 'published', 5]);
      const rows = await app.db.all<{ answers: string; paper: number | boolean }>(
        'SELECT answers, paper FROM questionnaire_responses',
      );
      assert.equal(rows.length, DEMO_ANSWERS);
      for (const r of rows)
        assert.deepEqual(S.answerIssues(TRAINING_NEEDS, JSON.parse(r.answers) as S.Answers), []);
      assert.equal(rows.filter((r) => Number(r.paper) === 1).length, DEMO_ANSWERS / 6);
    });

    it('stores a valid answer once per Idempotency-Key, with a secret to withdraw it', async () => {
      const key = { 'Idempotency-Key': 'answer-0001-abcdef' };
      const first = await req('POST', `${Q}/responses`, key, valid(7));
      assert.equal(first.status, 201, JSON.stringify(first.body));
      const receipt = S.QuestionnaireReceipt.parse(first.body);
      const replay = await req('POST', `${Q}/responses`, key, valid(7));
      assert.deepEqual([replay.status, replay.body], [201, first.body]);
      assert.equal(
        (await req('POST', `${Q}/responses`, key, valid(8))).status,
        422,
        'key reused for other answers',
      );
      const count = async () =>
        Number(
          (await app.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM questionnaire_responses'))?.n,
        );
      const before = await count();
      assert.equal(
        (await req('DELETE', `/questionnaire-responses/${receipt.id}?token=wrong`)).status,
        404,
      );
      assert.equal(
        (await req('DELETE', `/questionnaire-responses/${receipt.id}?token=${receipt.deleteToken}`))
          .status,
        204,
      );
      assert.equal(await count(), before - 1);
      assert.equal(
        (await req('DELETE', `/questionnaire-responses/${receipt.id}?token=${receipt.deleteToken}`))
          .status,
        404,
      );
    });

    it('refuses wrong answers whole, naming the question, in French or English', async () => {
      const body = valid(1);
      const { anciennete: _, ...missing } = body.answers;
      assert.deepEqual(await errorsOf({ ...body, answers: missing }), [
        'answers.anciennete required: Répondez à la question « Depuis combien de temps êtes-vous membre du conseil citoyen ? ».',
      ]);
      assert.deepEqual(await errorsOf(withAnswer('anciennete', 'dix-ans')), [
        'answers.anciennete option: Choisissez parmi les réponses proposées à « Depuis combien de temps êtes-vous membre du conseil citoyen ? ».',
      ]);
      assert.match(
        (await errorsOf(withAnswer('connaissance-contrat', 9)))[0]!,
        /^answers.connaissance-contrat max: .* au plus 5\.$/,
      );
      assert.match(
        (await errorsOf(withAnswer('connaissance-contrat', '3')))[0]!,
        / number: .* doit être un nombre/,
      );
      assert.match(
        (
          await errorsOf(
            withAnswer('priorites', ['animation', 'projet', 'partenaires', 'communication']),
          )
        )[0]!,
        /maxChoices: Cochez au plus 3 réponses/,
      );
      assert.match(
        (await errorsOf(withAnswer('inconnue', 'x')))[0]!,
        /^answers.inconnue unknown: /,
      );
      assert.match(
        (
          await errorsOf(withAnswer('interet-themes', { animation: 'beaucoup' }), {
            'Accept-Language': 'en',
          })
        )[0]!,
        /^answers.interet-themes matrix: Answer every row of “Quel est votre intérêt/,
      );
    });

    it('refuses an answer to a question the answers themselves hide', async () => {
      const body = valid(1);
      const hidden = {
        ...body.answers,
        'deja-forme': false,
        'formations-suivies': 'Une formation',
      };
      assert.deepEqual(await errorsOf({ ...body, answers: hidden }), [
        'answers.formations-suivies hidden: La question « Lesquelles, et qu’en avez-vous retenu ? » ne vous est pas posée : sa réponse ne peut pas être enregistrée.',
      ]);
    });

    it('answers only a published version; paper answers only by staff', async () => {
      assert.equal(
        (await req('POST', `${Q}/responses`, {}, { ...valid(2), version: 1 })).status,
        409,
      );
      assert.equal(
        (await req('POST', '/questionnaires/absent/responses', {}, valid(2))).status,
        404,
      );
      assert.equal(
        (await req('POST', `${Q}/responses`, {}, { ...valid(2), paper: true })).status,
        401,
      );
      assert.equal(
        (await req('POST', `${Q}/responses`, auth, { ...valid(2), paper: true })).status,
        201,
      );
    });

    it('keeps a draft under its secret, resumes it anywhere, and deletes it with the answer it becomes', async () => {
      const half = {
        version: 2,
        answers: { anciennete: 'moins-6-mois', college: 'habitant' },
        pageId: 'connaissances',
      };
      const made = await req('POST', `${Q}/drafts`, {}, half);
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const draft = S.QuestionnaireDraftCreated.parse(made.body);
      const token = { 'CC-Resume-Token': `${draft.id}.${draft.secret}` };
      const stored = await app.db.get<{ secret_hash: string; data: string }>(
        'SELECT * FROM questionnaire_drafts WHERE id = ?',
        [draft.id],
      );
      assert.ok(
        stored && !stored.data.includes(draft.secret) && stored.secret_hash !== draft.secret,
        'only the hash is kept',
      );
      const read = await req('GET', '/questionnaire-drafts', token);
      assert.deepEqual(
        [read.body.version, read.body.answers, read.body.pageId],
        [2, half.answers, 'connaissances'],
      );
      assert.equal(
        (await req('GET', '/questionnaire-drafts', { 'CC-Resume-Token': `${draft.id}.wrong` }))
          .status,
        404,
      );
      assert.equal((await req('GET', '/questionnaire-drafts')).status, 404);
      const more = { ...half, answers: { ...half.answers, 'deja-forme': true } };
      assert.deepEqual(
        (await req('PUT', '/questionnaire-drafts', token, more)).body.answers,
        more.answers,
      );
      assert.equal(
        (await req('PUT', '/questionnaire-drafts', token, { ...more, version: 3 })).status,
        409,
        'a draft stays with its version',
      );
      assert.equal((await req('POST', `${Q}/responses`, token, valid(3))).status, 201);
      assert.equal(
        (await req('GET', '/questionnaire-drafts', token)).status,
        404,
        'gone once answered',
      );
    });

    it('a draft may hold unfinished or wrong answers (nothing typed is lost), but not for a draft version', async () => {
      const odd = { version: 2, answers: { anciennete: 'dix-ans', 'connaissance-contrat': 12 } };
      assert.equal((await req('POST', `${Q}/drafts`, {}, odd)).status, 201);
      assert.equal((await req('POST', `${Q}/drafts`, {}, { ...odd, version: 1 })).status, 409);
    });

    it('an expired draft cannot be resumed and is purged', async () => {
      const old = await createDraft(
        app.db,
        'besoins-formation',
        { version: 2, answers: {} },
        new Date('2020-01-01T00:00:00Z'),
      );
      assert.equal(
        (
          await req('GET', '/questionnaire-drafts', {
            'CC-Resume-Token': `${old.id}.${old.secret}`,
          })
        ).status,
        404,
      );
      await purge(app.db, new Date('2000-01-01T00:00:00Z'));
      assert.equal(
        await app.db.get('SELECT id FROM questionnaire_drafts WHERE id = ?', [old.id]),
        undefined,
      );
    });

    it('one answer per e-mail address: held until the mailed link confirms it, then counted; a second address-mate refused', async () => {
      const def = { ...TRAINING_NEEDS, responses: 'email' as const };
      const id = String((await req('POST', '/questionnaires', auth, def)).body.id);
      await req('POST', `/questionnaires/${id}/publish`, { ...auth, 'If-Match': '"1"' }, {});
      const page = 'https://ville.example/questionnaire?q=1';
      const answer = (seed: number, extra: Record<string, unknown>) =>
        req('POST', `/questionnaires/${id}/responses`, {}, { ...valid(seed), ...extra });
      const counted = async () =>
        Number(
          (
            await app.db.get<{ n: number | string }>(
              'SELECT COUNT(*) AS n FROM questionnaire_responses WHERE questionnaire_id = ?',
              [id],
            )
          )?.n,
        );
      const fieldOf = (r: { body: Record<string, unknown> }) =>
        (r.body.errors as S.FieldError[])[0]!;
      const noEmail = await answer(1, { pageUrl: page });
      assert.equal(noEmail.status, 422);
      assert.equal(fieldOf(noEmail).field, 'email');
      assert.match(fieldOf(noEmail).message, /« Adresse e-mail » : obligatoire/);
      const elsewhere = await answer(1, {
        email: 'a@example.org',
        pageUrl: 'https://autre.example/',
      });
      assert.equal(fieldOf(elsewhere).field, 'pageUrl');

      const held = await answer(1, { email: 'Amina@Example.org', pageUrl: page });
      assert.equal(held.status, 201);
      const receipt = S.QuestionnaireReceipt.parse(held.body);
      assert.equal(receipt.confirmationSentTo, 'Amina@Example.org');
      assert.equal(await counted(), 0, 'not counted before it is confirmed');
      const mail = await app.db.get<{ kind: string; recipient: string; text_body: string }>(
        'SELECT kind, recipient, text_body FROM outbox WHERE subject_id = ?',
        [receipt.id],
      );
      assert.equal(mail?.kind, 'questionnaire_confirm');
      assert.equal(mail?.recipient, 'Amina@Example.org');
      const link = /https:\/\/ville\.example\/questionnaire\?q=1#cc-confirmer=(\S+)/.exec(
        mail.text_body,
      );
      assert.ok(link, mail.text_body);
      const [rid, token] = link[1]!.split('.');
      assert.equal(rid, receipt.id);
      const confirm = (t: string, r = rid) =>
        req('POST', `/questionnaire-responses/${r}/confirm`, {}, { token: t });
      assert.equal((await confirm('faux')).status, 404);
      const ok = await confirm(token!);
      assert.equal(ok.status, 200);
      assert.equal(S.ResponseConfirmed.parse(ok.body).id, receipt.id);
      assert.equal((await confirm(token!)).status, 200, 'confirming twice is harmless');
      assert.equal(await counted(), 1);
      const stored = await app.db.get('SELECT * FROM questionnaire_responses WHERE id = ?', [rid]);
      assert.doesNotMatch(
        JSON.stringify(stored),
        /amina/i,
        'the address is not kept with the answer',
      );

      // The same address again (any case): refused at once.
      const again = await answer(2, { email: 'AMINA@example.org', pageUrl: page });
      assert.deepEqual([again.status, again.body.code], [409, 'already_answered']);
      // Two answers waiting with one address: the first confirmed counts, the second is refused and erased.
      const one = S.QuestionnaireReceipt.parse(
        (await answer(3, { email: 'b@example.org', pageUrl: page })).body,
      );
      const two = S.QuestionnaireReceipt.parse(
        (await answer(4, { email: 'b@example.org', pageUrl: page })).body,
      );
      const tokenOf = async (r: string) =>
        /cc-confirmer=[^.]+\.(\S+)/.exec(
          (await app.db.get<{ text_body: string }>(
            'SELECT text_body FROM outbox WHERE subject_id = ?',
            [r],
          ))!.text_body,
        )![1]!;
      assert.equal((await confirm(await tokenOf(one.id), one.id)).status, 200);
      const late = await confirm(await tokenOf(two.id), two.id);
      assert.deepEqual([late.status, late.body.code], [409, 'already_answered']);
      assert.equal(await counted(), 2);
      assert.equal(
        await app.db.get('SELECT id FROM questionnaire_pending_responses WHERE id = ?', [two.id]),
        undefined,
      );
    });

    it('one answer per invited person: a personal link, used once; staff type in paper ones without', async () => {
      const def = { ...TRAINING_NEEDS, responses: 'invitation' as const };
      const made = await req('POST', '/questionnaires', auth, def);
      const id = String(made.body.id);
      await req('POST', `/questionnaires/${id}/publish`, { ...auth, 'If-Match': '"1"' }, {});
      assert.equal(
        (await req('POST', `/questionnaires/${id}/invitations`, {}, { labels: ['A'] })).status,
        401,
      );
      const created = await req('POST', `/questionnaires/${id}/invitations`, auth, {
        labels: ['Membre 1', 'Membre 2'],
      });
      assert.equal(created.status, 201);
      const [one, two] = S.InvitationsCreated.parse(created.body).items;
      const stored = await app.db.get<{ secret_hash: string }>(
        'SELECT secret_hash FROM questionnaire_invitations WHERE id = ?',
        [one!.id],
      );
      assert.ok(stored && stored.secret_hash !== one!.secret, 'only the hash is kept');
      const answer = (headers: Record<string, string>, seed: number) =>
        req('POST', `/questionnaires/${id}/responses`, headers, valid(seed));
      const refused = await answer({}, 11);
      assert.deepEqual([refused.status, refused.body.code], [401, 'invitation_required']);
      assert.equal((await answer({ 'CC-Invitation': `${one!.id}.wrong` }, 11)).status, 401);
      assert.equal(
        (await answer({ 'CC-Invitation': `${one!.id}.${one!.secret}` }, 12)).status,
        201,
      );
      const again = await answer({ 'CC-Invitation': `${one!.id}.${one!.secret}` }, 13);
      assert.deepEqual([again.status, again.body.code], [409, 'invitation_used']);
      assert.equal(
        (await answer({ 'CC-Invitation': `${two!.id}.${two!.secret}` }, 14)).status,
        201,
      );
      const paper = await req('POST', `/questionnaires/${id}/responses`, auth, {
        ...valid(15),
        paper: true,
      });
      assert.equal(paper.status, 201, 'staff typing in a paper questionnaire need no link');
      const list = S.InvitationList.parse(
        (await req('GET', `/questionnaires/${id}/invitations`, auth)).body,
      );
      assert.deepEqual(
        list.items.map((i) => [i.label, !!i.usedAt]),
        [
          ['Membre 1', true],
          ['Membre 2', true],
        ],
      );
      assert.equal(JSON.stringify(list).includes(one!.secret), false, 'secrets are never listed');
    });

    it('a territory adapts the shared questionnaire: its core questions stay, it is told what the template changed', async () => {
      const forked = await req('POST', `${Q}/fork`, auth, { territory: 'Valenciennes Métropole' });
      assert.equal(forked.status, 201, JSON.stringify(forked.body));
      const fork = S.Questionnaire.parse(forked.body);
      assert.deepEqual(
        [fork.status, fork.territory, fork.basedOn],
        ['draft', 'Valenciennes Métropole', { id: 'besoins-formation', version: 2 }],
      );
      assert.equal((await req('POST', `${Q}/fork`, {}, { territory: 'X' })).status, 401);
      const at = `/questionnaires/${fork.id}`;
      const input = S.documentInput(fork) as S.QuestionnaireInput;
      // Its own question, and a core question reworded: allowed.
      const own = structuredClone(input);
      own.pages[0]!.items.push({ id: 'quartier', type: 'text', label: 'Votre quartier ?' });
      (own.pages[0]!.items.find((i) => i.id === 'anciennete') as S.Question).label =
        'Membre depuis ?';
      const saved = await req('PUT', at, { ...auth, 'If-Match': '"1"' }, own);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      // A core question removed, another with other answers: refused, each named, nothing saved.
      const broken = structuredClone(own);
      broken.pages[0]!.items = broken.pages[0]!.items.filter((i) => i.id !== 'college');
      const scale = broken.pages[1]!.items.find(
        (i) => i.id === 'connaissance-contrat',
      ) as S.Question & {
        max: number;
      };
      scale.max = 10;
      const refused = await req('PUT', at, { ...auth, 'If-Match': '"2"' }, broken);
      assert.equal(refused.status, 422);
      assert.deepEqual(
        (refused.body.errors as S.FieldError[]).map((e) => [e.field, e.code]),
        [
          ['college', 'coreRemoved'],
          ['connaissance-contrat', 'coreChanged'],
        ],
      );
      assert.match(
        (refused.body.errors as S.FieldError[])[0]!.message,
        /« Dans quel collège siégez-vous \? » est une question commune à tous les territoires/,
      );
      assert.equal(
        S.Questionnaire.parse((await req('GET', `${at}?drafts=true`, auth)).body).version,
        2,
      );
      // Up to date with the template: nothing to take in.
      const none = S.TemplateChanges.parse((await req('GET', `${at}/template-changes`, auth)).body);
      assert.deepEqual(
        [none.fromVersion, none.toVersion, none.added, none.changed],
        [2, 2, [], []],
      );
      assert.equal((await req('GET', `${at}/template-changes`)).status, 401);
      assert.equal((await req('GET', `${Q}/template-changes`, auth)).status, 404, 'not a fork');
      // The template publishes a new version: the fork is told what changed, question by question.
      const template = S.Questionnaire.parse((await req('GET', Q)).body);
      const { version } = template;
      const next = S.documentInput(template) as S.QuestionnaireInput;
      next.pages[3]!.items.push({
        id: 'numerique',
        type: 'yesno',
        label: 'Utilisez-vous internet ?',
      });
      (next.pages[0]!.items.find((i) => i.id === 'college') as S.Question).label =
        'Votre collège ?';
      const headers = { ...auth, 'If-Match': `"${version}"` };
      const draft = await req('PUT', Q, headers, next);
      assert.equal(draft.status, 200, JSON.stringify(draft.body));
      const published = await req(
        'POST',
        `${Q}/publish`,
        { ...auth, 'If-Match': `"${String(draft.body.version)}"` },
        {},
      );
      assert.equal(published.status, 201, JSON.stringify(published.body));
      const changes = S.TemplateChanges.parse(
        (await req('GET', `${at}/template-changes`, auth)).body,
      );
      assert.deepEqual(
        [changes.fromVersion, changes.added, changes.removed, changes.changed],
        [2, ['numerique'], [], [{ id: 'college', parts: ['label'] }]],
      );
      assert.equal(changes.toVersion, Number(published.body.version));
    });

    it('publishes only a questionnaire that holds together, naming each problem', async () => {
      const broken: S.QuestionnaireInput = {
        title: 'Cassé',
        pages: [
          {
            id: 'p1',
            title: 'Page',
            items: [
              {
                id: 'a',
                type: 'text',
                label: 'Avant',
                showIf: { match: 'all', rules: [{ question: 'b', op: 'answered' }] },
              },
              { id: 'b', type: 'single', label: 'Choix', options: [] },
            ],
          },
        ],
      };
      const made = await req('POST', '/questionnaires', auth, broken);
      assert.equal(made.status, 201, 'a draft may be incomplete');
      const published = await req(
        'POST',
        `/questionnaires/${String(made.body.id)}/publish`,
        { ...auth, 'If-Match': '"1"' },
        {},
      );
      assert.equal(published.status, 422);
      assert.deepEqual(
        (published.body.errors as S.FieldError[]).map((e) => [e.field, e.code]),
        [
          ['a', 'conditionForward'],
          ['b', 'noOptions'],
        ],
      );
      assert.match(
        (published.body.errors as S.FieldError[])[0]!.message,
        /« Avant » dépend de « Choix », posée après elle/,
      );
    });
  });
}
