// A charte's consultation on SQLite and PostgreSQL: an organiser submits the draft they saw, the members read that
// version through a read-only link and comment article by article; the comments stay with the version while the
// authors write the next one; once closed (or replaced, or past its date), no comment is taken and the link is gone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as S from '@conseils-citoyens/schemas';
import { seedDemo } from '../dist/index.js';
import { auth, call, openDb, startApp, type Running } from './helpers.js';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`charte consultations on ${kind}`, () => {
    let app: Running;
    before(async () => {
      const db = await openDb(kind);
      await seedDemo(db);
      app = await startApp(db);
    });
    after(() => app.close());

    const req = (
      method: string,
      path: string,
      headers: Record<string, string> = {},
      body?: unknown,
    ) => call(app.base, method, path, headers, body);
    const member = (secret: string) => ({ 'CC-Edit-Link': secret });
    const messages = (r: { body: Record<string, unknown> }) =>
      (r.body.errors as S.FieldError[]).map((e) => `${e.field}: ${e.message}`);

    it('opens on the version seen, lets the members read and comment it, and keeps the comments with it', async () => {
      const base = '/chartes/charte-moulins';
      const head = S.Charte.parse((await req('GET', base, auth)).body);
      assert.equal(head.versionStatus, 'draft');

      // Nobody but an organiser opens one; a date past, a stale version, each refused and said.
      const body = {
        closesAt: inDays(21),
        message: 'Vos remarques avant la plénière du 15 janvier',
      };
      assert.equal(
        (await req('POST', `${base}/consultation`, { 'If-Match': '*' }, body)).status,
        401,
      );
      const past = await req(
        'POST',
        `${base}/consultation`,
        { ...auth, 'If-Match': '*' },
        {
          closesAt: inDays(-1),
        },
      );
      assert.equal(past.status, 422);
      assert.deepEqual(messages(past), ['closesAt: « Date de clôture » doit être à venir.']);
      const stale = await req(
        'POST',
        `${base}/consultation`,
        { ...auth, 'If-Match': `"${head.version - 1}"` },
        body,
      );
      assert.equal(stale.status, 412);
      // Never consulted: nothing to show, which is not an error; an unknown charte is.
      assert.equal((await req('GET', `${base}/consultation`, auth)).status, 204);
      assert.equal((await req('GET', '/chartes/absent/consultation', auth)).status, 404);

      const opened = await req(
        'POST',
        `${base}/consultation`,
        { ...auth, 'If-Match': `"${head.version}"` },
        body,
      );
      assert.equal(opened.status, 201, JSON.stringify(opened.body));
      const consultation = S.ConsultationOpened.parse(opened.body);
      assert.deepEqual(
        [consultation.version, consultation.open, consultation.comments, consultation.link.access],
        [head.version, true, 0, 'view'],
      );
      assert.equal(consultation.link.label, `Consultation des membres — version ${head.version}`);
      const secret = consultation.link.secret;

      // The member reads the consultation and that very version, and cannot save a version.
      const seen = S.Consultation.parse(
        (await req('GET', `${base}/consultation`, member(secret))).body,
      );
      assert.equal(seen.message, body.message);
      const version = S.Charte.parse(
        (await req('GET', `${base}/versions/${seen.version}`, member(secret))).body,
      );
      assert.equal(version.version, head.version);
      // …and its text as the server assembles it: what the members' page shows, without the clause library.
      const textOf = (n: number, headers: Record<string, string> = member(secret)) =>
        req('GET', `${base}/versions/${n}/text`, headers);
      const text = S.CharteText.parse((await textOf(head.version)).body);
      assert.deepEqual(
        [text.id, text.version, text.title, text.kind, text.status],
        ['charte-moulins', head.version, version.title, version.kind, 'draft'],
      );
      assert.deepEqual(text.sections, S.assembleCharte(S.CHARTE_LIBRARY, version, 'fr').sections);
      const inEnglish = S.CharteText.parse(
        (await textOf(head.version, { ...member(secret), 'Accept-Language': 'en' })).body,
      );
      assert.deepEqual(
        inEnglish.sections,
        S.assembleCharte(S.CHARTE_LIBRARY, version, 'en').sections,
      );
      // A draft's text is for its readers only; the adopted version reads as adopted, for anyone.
      assert.equal((await textOf(head.version, {})).status, 404);
      assert.equal((await textOf(999, member(secret))).status, 404);
      assert.equal((await textOf(0, member(secret))).status, 422);
      const adopted = S.Charte.parse((await req('GET', base)).body);
      const adoptedText = S.CharteText.parse((await textOf(adopted.version, {})).body);
      assert.equal(adoptedText.status, 'adopted');
      assert.deepEqual(adoptedText.adoption, adopted.adoption);
      assert.deepEqual(adoptedText.sections, adopted.adoptedText!.sections);
      assert.equal(
        (await req('PUT', base, { ...member(secret), 'If-Match': '*' }, head)).status,
        403,
      );
      // The public knows nothing of it.
      assert.equal((await req('GET', `${base}/consultation`)).status, 401);
      assert.equal((await req('GET', `${base}/versions/${head.version}/comments`)).status, 401);
      assert.equal(
        (
          await req(
            'POST',
            `${base}/versions/${head.version}/comments`,
            {},
            {
              article: 'composition',
              author: 'X',
              body: 'Y',
            },
          )
        ).status,
        401,
      );

      const articles = S.assembleCharte(S.CHARTE_LIBRARY, version).sections.flatMap(
        (s) => s.articles,
      );
      const first = articles[0]!;
      const own = articles.find((a) => a.own)!;
      const comment = (
        input: object,
        headers: Record<string, string> = member(secret),
        v = head.version,
      ) => req('POST', `${base}/versions/${v}/comments`, headers, input);
      const made = await comment({
        article: first.id,
        author: ' Awa ',
        body: ' Le préambule est clair. ',
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.deepEqual(
        (({ article, author, body: text, version: v }) => ({ article, author, text, v }))(
          S.DocumentComment.parse(made.body),
        ),
        { article: first.id, author: 'Awa', text: 'Le préambule est clair.', v: head.version },
      );
      assert.equal(
        (await comment({ article: own.id, author: 'Karim', body: 'Et les jeunes ?' })).status,
        201,
      );
      // An organiser or the bureau's edit link comments too.
      assert.equal(
        (
          await comment(
            { article: own.id, author: 'Service politique de la ville', body: 'Noté.' },
            auth,
          )
        ).status,
        201,
      );

      // Each bad comment named by its field, in French by default and in English when asked.
      const unknown = await comment({ article: 'pas-un-article', author: 'Awa', body: 'Texte' });
      assert.equal(unknown.status, 422);
      assert.deepEqual(messages(unknown), [
        `article: « Article » : pas-un-article n’est pas un article de la version ${head.version}.`,
      ]);
      const blank = await comment({ article: first.id, author: '  ', body: '' });
      assert.equal(blank.status, 422);
      assert.deepEqual(
        messages(blank).map((m) => m.split(':')[0]),
        ['author', 'body'],
      );
      const english = await req(
        'POST',
        `${base}/versions/${head.version}/comments`,
        { ...member(secret), 'Accept-Language': 'en' },
        { article: first.id, author: 'Awa', body: 'x'.repeat(2001) },
      );
      assert.match(messages(english)[0]!, /^body: “Text”/);
      // A comment on another version than the one under consultation is refused.
      assert.equal(
        (await comment({ article: first.id, author: 'Awa', body: 'x' }, member(secret), 1)).status,
        409,
      );

      // The authors write the next version: the comments stay with the one they were written on.
      const saved = await req(
        'PUT',
        base,
        { ...auth, 'If-Match': `"${head.version}"` },
        {
          ...S.documentInput(head, []),
          title: `${head.title} (après consultation)`,
          changeNote: 'Remarques reprises',
        },
      );
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      const list = S.CommentList.parse(
        (await req('GET', `${base}/versions/${head.version}/comments`, member(secret))).body,
      );
      assert.deepEqual(
        list.items.map((c) => [c.article, c.author]),
        [
          [first.id, 'Awa'],
          [own.id, 'Karim'],
          [own.id, 'Service politique de la ville'],
        ],
      );
      assert.equal(
        S.CommentList.parse(
          (await req('GET', `${base}/versions/${head.version + 1}/comments`, auth)).body,
        ).total,
        0,
      );
      assert.equal(
        S.Consultation.parse((await req('GET', `${base}/consultation`, auth)).body).comments,
        3,
      );

      // Closed: no more comments, the link is withdrawn, the comments are still there for the authors.
      const closed = S.Consultation.parse(
        (await req('POST', `${base}/consultation/close`, auth)).body,
      );
      assert.deepEqual([closed.open, !!closed.closedAt, closed.comments], [false, true, 3]);
      const late = await comment(
        { article: first.id, author: 'Awa', body: 'Encore une chose' },
        auth,
      );
      assert.equal(late.status, 409);
      assert.equal(late.body.code, 'consultation_closed');
      const revoked = await req('GET', `${base}/consultation`, member(secret));
      assert.deepEqual([revoked.status, revoked.body.code], [401, 'edit_link_revoked']);
      assert.equal(
        S.CommentList.parse(
          (await req('GET', `${base}/versions/${head.version}/comments`, auth)).body,
        ).total,
        3,
      );
    });

    it('a new consultation closes the one before; an adopted version is not submitted', async () => {
      const made = await req('POST', '/chartes', auth, {
        title: 'Charte de Rouvroy',
        kind: 'charte_fonctionnement',
        status: 'draft',
        answers: { commune: 'Maubeuge', quartier: 'Rouvroy' },
      });
      const id = String(made.body.id);
      const open = (v: number) =>
        req(
          'POST',
          `/chartes/${id}/consultation`,
          { ...auth, 'If-Match': `"${v}"` },
          { closesAt: inDays(7) },
        );
      const one = S.ConsultationOpened.parse((await open(1)).body);
      const two = S.ConsultationOpened.parse((await open(1)).body);
      assert.notEqual(one.link.id, two.link.id);
      assert.equal(
        (await req('GET', `/chartes/${id}/consultation`, member(one.link.secret))).body.code,
        'edit_link_revoked',
      );
      assert.equal(
        (await req('GET', `/chartes/${id}/consultation`, member(two.link.secret))).status,
        200,
      );
      // The link of another charte reads nothing here.
      const other = await req(
        'GET',
        '/chartes/charte-moulins/consultation',
        member(two.link.secret),
      );
      assert.equal(other.status, 401);

      // Adopted: not a draft any more.
      const moulins = S.Charte.parse((await req('GET', '/chartes/charte-moulins')).body);
      assert.equal(moulins.versionStatus, 'adopted');
      const adoptedHead = await req('POST', '/chartes', auth, {
        ...S.documentInput(moulins, []),
        adoptedText: undefined,
        status: 'draft',
      });
      const adoptedId = String(adoptedHead.body.id);
      const adopted = await req(
        'POST',
        `/chartes/${adoptedId}/publish`,
        { ...auth, 'If-Match': '"1"' },
        { note: 'Adoptée' },
      );
      assert.equal(adopted.status, 201, JSON.stringify(adopted.body));
      const refused = await req(
        'POST',
        `/chartes/${adoptedId}/consultation`,
        { ...auth, 'If-Match': '"2"' },
        { closesAt: inDays(7) },
      );
      assert.deepEqual([refused.status, refused.body.code], [409, 'not_a_draft']);
    });
  });
}
