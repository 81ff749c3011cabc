// Chartes on SQLite and PostgreSQL: a save never changes a locked clause, never drops a required one, never takes an
// answer of the wrong kind (422 naming it); an adoption needs every variable and the record of the vote; the demo
// holds an adopted charte with its revision in progress and a charte locale still in draft.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as S from '@conseils-citoyens/schemas';
import { strFromU8, unzipSync } from 'fflate';
import { seedDemo } from '../dist/index.js';
import { auth, openDb, startApp, type Running, call } from './helpers.js';

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`chartes on ${kind}`, () => {
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
    const errors = (r: { body: Record<string, unknown> }) =>
      (r.body.errors as S.FieldError[]).map((e) => `${e.field}: ${e.message}`);

    it('the demo: the Moulins charte adopted for the public, its revision for the organiser', async () => {
      const pub = S.Charte.parse((await req('GET', '/chartes/charte-moulins')).body);
      assert.deepEqual([pub.version, pub.status, pub.versionStatus], [2, 'adopted', 'adopted']);
      assert.deepEqual(pub.adoption?.vote, { for: 17, against: 1, abstentions: 2 });
      assert.equal(pub.adoptedText?.sections[0]?.articles[0]?.title, 'Préambule');
      const assembled = S.assembleCharte(S.CHARTE_LIBRARY, pub);
      assert.deepEqual(assembled.missing, []);
      assert.ok(assembled.sections.flatMap((s) => s.articles).some((a) => a.own));
      const head = S.Charte.parse((await req('GET', '/chartes/charte-moulins', auth)).body);
      assert.deepEqual(
        [head.version, head.versionStatus, head.answers.nombre_membres],
        [3, 'draft', 30],
      );
      const local = S.Charte.parse(
        (await req('GET', '/chartes/charte-locale-valenciennes', auth)).body,
      );
      assert.equal(local.kind, 'charte_locale_participation');
      // Its changelog: anyone reads the adopted versions and their notes, the authors every version.
      const publicHistory = S.DocumentVersionList.parse(
        (await req('GET', '/chartes/charte-moulins/versions')).body,
      );
      assert.deepEqual(
        publicHistory.items.map((v) => [v.version, v.status, v.note]),
        [[2, 'adopted', 'Adoptée en plénière']],
      );
      const authors = S.DocumentVersionList.parse(
        (await req('GET', '/chartes/charte-moulins/versions', auth)).body,
      );
      assert.deepEqual(
        authors.items.map((v) => v.version),
        [3, 2, 1],
      );
      assert.equal((await req('GET', '/chartes/charte-locale-valenciennes/versions')).status, 404);
    });

    it('gives a version as ODT, DOCX, Markdown and HTML: an adopted one to anyone, a draft to its authors', async () => {
      const file = async (path: string, headers: Record<string, string> = {}) => {
        const res = await fetch(`${app.base}${path}`, { headers });
        return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
      };
      const odt = await file('/chartes/charte-moulins/versions/2.odt');
      assert.equal(odt.res.status, 200);
      assert.equal(odt.res.headers.get('content-type'), 'application/vnd.oasis.opendocument.text');
      assert.equal(
        odt.res.headers.get('content-disposition'),
        'attachment; filename="charte-de-fonctionnement-du-conseil-citoyen-des-moulins-v2.odt"',
      );
      const parts = unzipSync(odt.bytes);
      assert.equal(Object.keys(parts)[0], 'mimetype');
      const content = strFromU8(parts['content.xml']!);
      const pub = S.Charte.parse((await req('GET', '/chartes/charte-moulins')).body);
      for (const a of pub.adoptedText!.sections.flatMap((s) => s.articles))
        assert.ok(content.includes(`Article ${a.number} — ${a.title.replace(/'/g, "'")}`), a.title);
      assert.match(content, /Vote : 17 pour, 1 contre, 2 abstentions\. \(Version 2\)/);
      const docx = await file('/chartes/charte-moulins/versions/2.docx');
      assert.equal(docx.res.status, 200);
      assert.match(
        strFromU8(unzipSync(docx.bytes)['word/document.xml']!),
        /Assemblée plénière du conseil citoyen des Moulins/,
      );
      const md = await file('/chartes/charte-moulins/versions/2.md');
      const text = strFromU8(md.bytes);
      assert.match(text, /^# Charte de fonctionnement du conseil citoyen des Moulins\n/);
      assert.match(text, /\n### Article 1 — Préambule\n/);
      const html = await file('/chartes/charte-moulins/versions/2.html');
      assert.match(html.res.headers.get('content-security-policy') ?? '', /^sandbox/);
      assert.match(
        strFromU8(html.bytes),
        /<h1>Charte de fonctionnement du conseil citoyen des Moulins<\/h1>/,
      );
      // The revision in progress (version 3) is for its authors; a format that does not exist is not found.
      assert.equal((await file('/chartes/charte-moulins/versions/3.odt')).res.status, 404);
      const draft = await file('/chartes/charte-moulins/versions/3.md', auth);
      assert.equal(draft.res.status, 200);
      assert.match(strFromU8(draft.bytes), /30 membres/);
      assert.equal(draft.res.headers.get('cache-control'), 'private, no-store');
      assert.equal((await file('/chartes/charte-moulins/versions/2.pdf')).res.status, 404);
      assert.equal((await file('/chartes/nulle-part/versions/1.odt')).res.status, 404);
      assert.equal((await file('/chartes/charte-moulins/versions/99.odt')).res.status, 404);
    });

    it('a save that changes a locked clause, drops a required one or answers wrongly is refused, each named', async () => {
      const head = S.Charte.parse((await req('GET', '/chartes/charte-moulins', auth)).body);
      const { id: _id, version, versionStatus: _s, updatedAt: _u, updatedBy: _b, ...doc } = head;
      const put = (body: unknown) =>
        req('PUT', '/chartes/charte-moulins', { ...auth, 'If-Match': `"${version}"` }, body);
      const locked = await put({
        ...doc,
        clauses: [{ clauseId: 'colleges', body: 'Un seul collège.' }],
      });
      assert.equal(locked.status, 422);
      assert.deepEqual(errors(locked), [
        'clauses.colleges: La clause « Composition » reprend la loi ou le cadre de référence : son texte ne peut pas être modifié, seulement ses variables.',
      ]);
      const dropped = await put({
        ...doc,
        clauses: [{ clauseId: 'reunions', removed: true }, { clauseId: 'nulle-part' }],
      });
      assert.deepEqual(
        (dropped.body.errors as S.FieldError[]).map((e) => [e.field, e.code]),
        [
          ['clauses.reunions', 'required_removed'],
          ['clauses.nulle-part', 'unknown_clause'],
        ],
      );
      // The preamble and the principles open every charte: an order that moves them is refused, named.
      const headMoved = await put({ ...doc, sectionOrder: ['principes', 'objet'] });
      assert.equal(headMoved.status, 422);
      assert.match(errors(headMoved)[0]!, /^sectionOrder\.0: /);
      const wrong = await put({ ...doc, answers: { ...doc.answers, nombre_membres: 200 } });
      assert.equal(wrong.status, 422);
      assert.match(errors(wrong)[0]!, /^answers\.nombre_membres: /);
      // Unfinished is fine: a draft may leave questions for later, and change an unlocked clause.
      const ok = await put({
        ...doc,
        answers: { commune: 'Lille' },
        clauses: [
          { clauseId: 'objet', body: 'Notre objet, à {{commune}}.' },
          { clauseId: 'communication', removed: true },
        ],
        // « Moyens » before « Fonctionnement »: the Markdown export follows the council's order.
        sectionOrder: S.CHARTE_SECTIONS.slice(2)
          .filter((x) => x !== 'moyens')
          .flatMap((x) =>
            x === 'perimetre' ? [x, 'moyens' as const] : [x],
          ) as S.CharteInput['sectionOrder'],
      });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      const md = await (
        await fetch(`${app.base}/chartes/charte-moulins/versions/${version + 1}.md`, {
          headers: auth,
        })
      ).text();
      const at = (title: string) => md.search(new RegExp(`^## ${title}$`, 'm'));
      assert.ok(at('Moyens') > 0 && at('Moyens') < at('Fonctionnement'), md);
    });

    it('an adoption needs every variable and the record of the vote; then that version never changes', async () => {
      const made = await req('POST', '/chartes', auth, {
        title: 'Charte du conseil citoyen de Sous-le-Bois',
        kind: 'charte_fonctionnement',
        status: 'draft',
        answers: { commune: 'Maubeuge', quartier: 'Sous-le-Bois' },
      });
      assert.equal(made.status, 201);
      const id = String(made.body.id);
      const adopt = (v: number) =>
        req(
          'POST',
          `/chartes/${id}/publish`,
          { ...auth, 'If-Match': `"${v}"` },
          { note: 'Adoptée' },
        );
      const early = await adopt(1);
      assert.equal(early.status, 422);
      const messages = errors(early);
      assert.ok(
        messages.some(
          (m) => m.startsWith('answers.nombre_membres: ') && /variables à compléter : /.test(m),
        ),
        messages.join('\n'),
      );
      assert.ok(messages.some((m) => m.startsWith('adoption: « Adoption » : indiquez la date')));
      const full = {
        title: 'Charte du conseil citoyen de Sous-le-Bois',
        kind: 'charte_fonctionnement',
        status: 'draft',
        answers: {
          commune: 'Maubeuge',
          quartier: 'Sous-le-Bois',
          structure_porteuse: 'le centre social',
          nombre_membres: 20,
          suppleants: true,
          frequence: 'trimestrielle',
          delai_convocation: 10,
          animation: 'tournante',
          mode_decision: 'consensus',
          procurations: false,
          nombre_delegues: 2,
          local: 'au centre social',
          duree_mandat: '3',
        },
        adoption: {
          date: '2026-11-26',
          body: 'Assemblée plénière du conseil citoyen de Sous-le-Bois',
          vote: { consensus: true },
          signatories: ['Les membres présents'],
        },
      };
      assert.equal(
        (await req('PUT', `/chartes/${id}`, { ...auth, 'If-Match': '"1"' }, full)).status,
        200,
      );
      const adopted = await adopt(2);
      assert.equal(adopted.status, 201, JSON.stringify(adopted.body));
      const v3 = S.Charte.parse(adopted.body);
      assert.deepEqual([v3.version, v3.status], [3, 'adopted']);
      // The text as adopted is kept with the version: a later library never rewords it.
      const frozen = v3.adoptedText!.sections.flatMap((s) => s.articles);
      assert.equal(frozen[0]!.title, 'Préambule');
      assert.match(frozen[0]!.text, /quartier Sous-le-Bois, à Maubeuge/);
      assert.deepEqual(
        frozen.map((a) => a.number),
        frozen.map((_, i) => i + 1),
      );
      assert.ok(
        frozen
          .find((a) => a.id === 'colleges')
          ?.source?.url?.startsWith('https://www.legifrance.gouv.fr/'),
      );
      // A revision is a new draft on top; the adopted version reads the same as before.
      assert.equal(
        (
          await req(
            'PUT',
            `/chartes/${id}`,
            { ...auth, 'If-Match': '"3"' },
            { ...full, answers: { ...full.answers, nombre_membres: 22 } },
          )
        ).status,
        200,
      );
      const kept = S.Charte.parse((await req('GET', `/chartes/${id}/versions/3`)).body);
      assert.equal(kept.answers.nombre_membres, 20);
      const revision = S.Charte.parse((await req('GET', `/chartes/${id}`, auth)).body);
      assert.deepEqual(
        [revision.version, revision.adoptedText],
        [4, undefined],
        'a draft has no adopted text',
      );
      assert.equal(S.Charte.parse((await req('GET', `/chartes/${id}`)).body).version, 3);
    });
  });
}
