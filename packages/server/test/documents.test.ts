// Versioned documents and edit links, on SQLite and PostgreSQL: every save a new immutable version, If-Match
// required, a stale save answered with the current version, published versions frozen, revocable hashed links.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as S from '@conseils-citoyens/schemas';
import { sha256 } from '../dist/registrations.js';
import { auth, openDb, startApp, type Running, call } from './helpers.js';

const bilan = (council: string): S.BilanInput => ({
  council,
  year: 2026,
  template: { id: S.BILAN_TEMPLATE.id, version: S.BILAN_TEMPLATE.version },
  items: { 'pp-programmation': { status: 'fait', levels: { conseil: 'informe' } } },
});

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`versioned documents and edit links on ${kind}`, () => {
    let app: Running;
    const log: string[] = [];
    before(async () => {
      app = await startApp(await openDb(kind), { log: (l) => log.push(l) });
    });
    after(() => app.close());

    const req = (
      method: string,
      path: string,
      headers: Record<string, string> = {},
      body?: unknown,
    ) => call(app.base, method, path, headers, body);
    const create = async (council = 'Conseil citoyen de Moulins') => {
      const made = await req('POST', '/bilans', auth, {
        ...bilan(council),
        changeNote: 'Trame de départ',
      });
      assert.equal(made.status, 201);
      return String(made.body.id);
    };
    const link = async (
      id: string,
      access: 'edit' | 'view',
      expiresAt = '2099-01-01T00:00:00Z',
      label = 'Bureau du conseil citoyen de Moulins',
    ) => {
      const r = await req('POST', `/bilans/${id}/links`, auth, { access, label, expiresAt });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return S.EditLinkCreated.parse(r.body);
    };

    it('keeps every save as a version with who, when and a note; old versions read back unchanged', async () => {
      const id = await create();
      const v2 = await req(
        'PUT',
        `/bilans/${id}`,
        { ...auth, 'If-Match': '"1"' },
        { ...bilan('Moulins (révisé)'), changeNote: 'Nom corrigé' },
      );
      assert.equal(v2.status, 200);
      assert.equal(v2.etag, '"2"');
      assert.deepEqual(
        [v2.body.version, v2.body.versionStatus, v2.body.updatedBy],
        [2, 'draft', 'Tests'],
      );
      const history = S.DocumentVersionList.parse(
        (await req('GET', `/bilans/${id}/versions`, auth)).body,
      );
      assert.deepEqual(
        history.items.map((v) => [v.version, v.status, v.author, v.note]),
        [
          [2, 'draft', 'Tests', 'Nom corrigé'],
          [1, 'draft', 'Tests', 'Trame de départ'],
        ],
      );
      assert.equal(
        (await req('GET', `/bilans/${id}/versions/1`, auth)).body.council,
        'Conseil citoyen de Moulins',
      );
    });

    it('requires If-Match (428), and answers a stale one with 412 and the current version, losing nothing', async () => {
      const id = await create();
      const blind = await req('PUT', `/bilans/${id}`, auth, bilan('Sans version'));
      assert.equal(blind.status, 428);
      assert.match(String(blind.body.title), /If-Match/);
      const mine = await req(
        'PUT',
        `/bilans/${id}`,
        { ...auth, 'If-Match': 'W/"1"' },
        bilan('Version de Fatima'),
      );
      assert.equal(mine.status, 200);
      const theirs = await req(
        'PUT',
        `/bilans/${id}`,
        { ...auth, 'If-Match': '"1"' },
        bilan('Version de Karim'),
      );
      assert.equal(theirs.status, 412);
      assert.equal(theirs.body.title, 'Le document a été modifié entre-temps.');
      const current = theirs.body.current as Record<string, unknown>;
      assert.deepEqual(
        [current.version, current.council, current.updatedBy],
        [2, 'Version de Fatima', 'Tests'],
      );
      const any = await req(
        'PUT',
        `/bilans/${id}`,
        { ...auth, 'If-Match': '*' },
        bilan('Version de Karim, après comparaison'),
      );
      assert.equal(any.body.version, 3);
      assert.equal(
        (await req('GET', `/bilans/${id}/versions/2`, auth)).body.council,
        'Version de Fatima',
        'nothing lost',
      );
    });

    it('two authors saving the same version at once: one version wins, the other gets 412', async () => {
      const id = await create();
      const answers = await Promise.all(
        ['A', 'B', 'C', 'D'].map((who) =>
          req('PUT', `/bilans/${id}`, { ...auth, 'If-Match': '"1"' }, bilan(who)),
        ),
      );
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 412, 412, 412]);
      assert.equal(
        S.DocumentVersionList.parse((await req('GET', `/bilans/${id}/versions`, auth)).body).total,
        2,
      );
    });

    it('an adopted version never changes: later saves are new drafts, the public keeps reading the adopted one', async () => {
      const id = await create();
      assert.equal((await req('GET', `/bilans/${id}`)).status, 404, 'a draft is not public');
      const adopted = await req(
        'POST',
        `/bilans/${id}/publish`,
        { ...auth, 'If-Match': '"1"' },
        { note: 'Adopté en plénière du 12 décembre' },
      );
      assert.deepEqual(
        [adopted.status, adopted.body.version, adopted.body.versionStatus],
        [201, 2, 'adopted'],
      );
      await req('PUT', `/bilans/${id}`, { ...auth, 'If-Match': '"2"' }, bilan('Brouillon de 2027'));
      const publicView = await req('GET', `/bilans/${id}`);
      assert.deepEqual(
        [publicView.body.version, publicView.body.council],
        [2, 'Conseil citoyen de Moulins'],
      );
      assert.equal((await req('GET', `/bilans/${id}`, auth)).body.council, 'Brouillon de 2027');
      assert.equal(
        (await req('GET', `/bilans/${id}/versions/2`)).body.versionStatus,
        'adopted',
        'adopted versions are public',
      );
      assert.equal((await req('GET', `/bilans/${id}/versions/3`)).status, 404, 'drafts are not');
      const list = S.BilanList.parse((await req('GET', '/bilans')).body);
      assert.ok(list.items.some((b) => b.id === id && b.version === 2));
    });

    it('answers point at a published questionnaire version, never at a draft', async () => {
      const q = {
        title: 'Besoins de formation',
        pages: [
          {
            id: 'p1',
            title: 'Vous',
            items: [{ id: 'anciennete', type: 'text', label: 'Depuis quand ?' }],
          },
        ],
      };
      const made = await req('POST', '/questionnaires', auth, q);
      const id = String(made.body.id);
      assert.equal(
        (await req('POST', `/questionnaires/${id}/responses`, {}, { version: 1, answers: {} }))
          .status,
        404,
        'nothing published yet',
      );
      await req('POST', `/questionnaires/${id}/publish`, { ...auth, 'If-Match': '"1"' }, {});
      await req(
        'PUT',
        `/questionnaires/${id}`,
        { ...auth, 'If-Match': '"2"' },
        { ...q, title: 'Brouillon' },
      );
      assert.equal(
        (
          await req(
            'POST',
            `/questionnaires/${id}/responses`,
            {},
            { version: 2, answers: { anciennete: 'un an' } },
          )
        ).status,
        201,
      );
      assert.equal(
        (await req('POST', `/questionnaires/${id}/responses`, {}, { version: 3, answers: {} }))
          .status,
        409,
      );
      assert.equal((await req('GET', `/questionnaires/${id}`)).body.status, 'published');
    });

    it('edit links: the holder reads the draft and saves under the link’s label; a view link only reads', async () => {
      const id = await create();
      const edit = await link(id, 'edit');
      const asMember = { 'CC-Edit-Link': edit.secret };
      assert.equal((await req('GET', `/bilans/${id}`, asMember)).body.version, 1);
      const saved = await req(
        'PUT',
        `/bilans/${id}`,
        { ...asMember, 'If-Match': '"1"' },
        bilan('Écrit par le bureau'),
      );
      assert.deepEqual(
        [saved.status, saved.body.updatedBy],
        [200, 'Bureau du conseil citoyen de Moulins'],
      );
      assert.equal((await req('GET', `/bilans/${id}/versions`, asMember)).status, 200);
      assert.equal(
        (await req('POST', `/bilans/${id}/publish`, { ...asMember, 'If-Match': '"2"' }, {})).status,
        401,
        'adoption is recorded by an organiser',
      );
      const view = await link(id, 'view', undefined, 'Délégué du préfet');
      assert.equal(
        (await req('GET', `/bilans/${id}`, { 'CC-Edit-Link': view.secret })).body.version,
        2,
      );
      assert.equal(
        (
          await req(
            'PUT',
            `/bilans/${id}`,
            { 'CC-Edit-Link': view.secret, 'If-Match': '"2"' },
            bilan('x'),
          )
        ).status,
        403,
      );
      const links = S.EditLinkList.parse((await req('GET', `/bilans/${id}/links`, auth)).body);
      assert.deepEqual(
        links.items.map((l) => [l.access, l.label]),
        [
          ['edit', 'Bureau du conseil citoyen de Moulins'],
          ['view', 'Délégué du préfet'],
        ],
      );
      assert.ok(!JSON.stringify(links).includes(edit.secret), 'a list never shows a secret');
    });

    it('edit links: wrong, other document, expired, revoked → a clear French message; the secret is stored hashed', async () => {
      const id = await create();
      const other = await create('Conseil citoyen de Fives');
      const edit = await link(id, 'edit');
      const expired = await link(id, 'edit', '2020-01-01T00:00:00Z');
      const problem = async (secret: string, doc = id) => {
        const r = await req('GET', `/bilans/${doc}`, { 'CC-Edit-Link': secret });
        return [r.status, r.body.code, r.body.title];
      };
      assert.deepEqual(await problem('pas-le-bon-secret'), [
        401,
        'edit_link_invalid',
        "Ce lien d'édition n'est pas valide pour ce document.",
      ]);
      assert.deepEqual(await problem(edit.secret, other), [
        401,
        'edit_link_invalid',
        "Ce lien d'édition n'est pas valide pour ce document.",
      ]);
      assert.deepEqual(await problem(expired.secret), [
        401,
        'edit_link_expired',
        "Ce lien d'édition a expiré ; demandez-en un nouveau.",
      ]);
      const revoked = await req('DELETE', `/links/${edit.id}`, auth);
      assert.ok(S.EditLink.parse(revoked.body).revokedAt);
      assert.deepEqual(await problem(edit.secret), [
        401,
        'edit_link_revoked',
        "Ce lien d'édition a été retiré ; demandez-en un nouveau.",
      ]);
      const rows = await app.db.all<Record<string, unknown>>('SELECT * FROM edit_links');
      assert.ok(rows.length >= 2);
      assert.ok(!JSON.stringify(rows).includes(edit.secret), 'the secret itself is never stored');
      assert.equal(
        rows.find((r) => r.id === edit.id)?.secret_hash,
        sha256(edit.secret),
        'only its SHA-256',
      );
    });

    it('never takes a secret from a query string, and never writes one to the log', async () => {
      const id = await create();
      const edit = await link(id, 'edit');
      const inQuery = await req('GET', `/bilans/${id}?cc-edit=${encodeURIComponent(edit.secret)}`);
      assert.deepEqual([inQuery.status, inQuery.body.code], [400, 'secret_in_query']);
      await req(
        'PUT',
        `/bilans/${id}`,
        { 'CC-Edit-Link': edit.secret, 'If-Match': '"1"' },
        bilan('Par le lien'),
      );
      assert.ok(log.length > 0);
      assert.ok(
        log.every((l) => !l.includes(edit.secret)),
        'no log line holds the secret',
      );
    });
  });
}
