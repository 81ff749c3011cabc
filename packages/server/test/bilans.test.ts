// Bilans on SQLite and PostgreSQL: one item or heading saved at a time, guarded by its own revision (another item
// merges silently, the same item answers 412 with what is there now); saves checked against the template; and the
// year's indicators counted in SQL from sessions, registrations, answers and the charte.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as S from '@conseils-citoyens/schemas';
import { strFromU8, unzipSync } from 'fflate';
import {
  BILAN_MOULINS_2025,
  BILAN_MOULINS_2026,
} from '@conseils-citoyens/schemas/examples/bilan-moulins.js';
import { bilanIndicators } from '../dist/bilans.js';
import { readDocument } from '../dist/documents.js';
import { createSession } from '../dist/sessions.js';
import { register, setAttendance } from '../dist/registrations.js';
import { DEMO_ANSWERS, demoSessions, seedDemo } from '../dist/seed.js';
import { CHARTE_MOULINS } from '@conseils-citoyens/schemas/examples/charte-moulins.js';
import { auth, call, futureSession, openDb, person, startApp, type Running } from './helpers.js';

const TEMPLATE = { id: S.BILAN_TEMPLATE.id, version: S.BILAN_TEMPLATE.version };

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`bilans on ${kind}`, () => {
    let app: Running;
    before(async () => {
      app = await startApp(await openDb(kind));
    });
    after(() => app.close());

    const req = (
      method: string,
      path: string,
      headers: Record<string, string> = {},
      body?: unknown,
    ) => call(app.base, method, path, headers, body);
    const create = async (
      body: object = { council: 'Conseil citoyen de Moulins', year: 2026, template: TEMPLATE },
    ) => {
      const made = await req('POST', '/bilans', auth, body);
      assert.equal(made.status, 201, JSON.stringify(made.body));
      return made.body.id as string;
    };
    const patch = (
      id: string,
      item: string,
      rev: string | undefined,
      body: unknown,
      headers: Record<string, string> = auth,
    ) =>
      req(
        'PATCH',
        `/bilans/${id}/items/${item}`,
        rev === undefined ? headers : { ...headers, 'If-Match': rev },
        body,
      );

    it('saves one item under its own revision, with who answered', async () => {
      const id = await create();
      const first = await patch(id, 'pp-programmation', '"0"', {
        status: 'fait',
        levels: { conseil: 'informe' },
        notes: 'Présenté en mars.',
      });
      assert.equal(first.status, 200, JSON.stringify(first.body));
      const saved = S.BilanItemSaved.parse(first.body);
      assert.deepEqual(
        [
          saved.answer.rev,
          saved.answer.status,
          saved.answer.levels,
          saved.answer.answeredBy,
          saved.version,
        ],
        [1, 'fait', { conseil: 'informe' }, 'Tests', 2],
      );
      assert.equal(first.etag, '"1"');
      // The other side's level is set apart, and keeps the first; null clears a field.
      const second = S.BilanItemSaved.parse(
        (
          await patch(id, 'pp-programmation', '"1"', {
            levels: { institutions: 'consulte' },
            notes: null,
          })
        ).body,
      );
      assert.deepEqual(
        [second.answer.levels, second.answer.notes, second.answer.rev],
        [{ conseil: 'informe', institutions: 'consulte' }, undefined, 2],
      );
      const bilan = S.Bilan.parse((await req('GET', `/bilans/${id}`, auth)).body);
      assert.deepEqual(S.levelGap(bilan.items['pp-programmation']), 1);
      const history = S.DocumentVersionList.parse(
        (await req('GET', `/bilans/${id}/versions`, auth)).body,
      );
      assert.deepEqual(history.items[0]?.note, 'Point pp-programmation');
    });

    it('two people in one meeting: another item merges silently, the same item answers 412 with what is there now', async () => {
      const id = await create();
      assert.equal((await patch(id, 'dc-noyau', '"0"', { status: 'fait' })).status, 200);
      // Written against the same state of the bilan, on another item: kept, and the first is not lost.
      assert.equal((await patch(id, 'dc-projet', '"0"', { status: 'en_cours' })).status, 200);
      const stale = await patch(id, 'dc-noyau', '"0"', { status: 'a_faire' });
      assert.equal(stale.status, 412);
      assert.deepEqual(
        [
          stale.body.code,
          (stale.body.current as S.BilanItemAnswer).status,
          (stale.body.current as S.BilanItemAnswer).rev,
        ],
        ['version_conflict', 'fait', 1],
      );
      const bilan = S.Bilan.parse((await req('GET', `/bilans/${id}`, auth)).body);
      assert.deepEqual(
        [bilan.items['dc-noyau']?.status, bilan.items['dc-projet']?.status, bilan.version],
        ['fait', 'en_cours', 3],
      );
      // Twenty saves of different items at once: every one kept.
      const items = S.BILAN_TEMPLATE.items.slice(0, 20).map((i) => i.id);
      const results = await Promise.all(
        items.map((item) => patch(id, item, '*', { notes: `Note ${item}` })),
      );
      assert.deepEqual(new Set(results.map((r) => r.status)), new Set([200]));
      const after = S.Bilan.parse((await req('GET', `/bilans/${id}`, auth)).body);
      assert.deepEqual(
        items.filter((i) => after.items[i]?.notes !== `Note ${i}`),
        [],
      );
    });

    it('heading notes: réussites, difficultés, perspectives under their own revision', async () => {
      const id = await create();
      const saved = await req(
        'PATCH',
        `/bilans/${id}/headings/rendre_compte`,
        { ...auth, 'If-Match': '"0"' },
        { reussites: 'Comptes rendus partagés.', difficultes: 'Délais.' },
      );
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(
        S.BilanHeadingSaved.parse(saved.body).notes.reussites,
        'Comptes rendus partagés.',
      );
      const stale = await req(
        'PATCH',
        `/bilans/${id}/headings/rendre_compte`,
        { ...auth, 'If-Match': '"0"' },
        { perspectives: 'x' },
      );
      assert.equal(stale.status, 412);
      assert.equal(
        (await req('PATCH', `/bilans/${id}/headings/autre`, { ...auth, 'If-Match': '*' }, {}))
          .status,
        404,
      );
    });

    it('bad input is named, never a 500', async () => {
      const id = await create();
      assert.equal((await patch(id, 'dc-noyau', undefined, { status: 'fait' })).status, 428);
      assert.equal((await patch(id, 'inconnu', '*', { status: 'fait' })).status, 404);
      const level = await patch(id, 'dc-noyau', '*', { levels: { conseil: 'tres_associe' } });
      assert.equal(level.status, 422);
      assert.match(JSON.stringify(level.body), /levels\.conseil/);
      const unknownItem = await req('POST', '/bilans', auth, {
        council: 'Moulins',
        year: 2026,
        template: TEMPLATE,
        items: { 'point-fantome': { status: 'fait' } },
      });
      assert.equal(unknownItem.status, 422);
      assert.deepEqual(
        (unknownItem.body.errors as S.FieldError[]).map((e) => e.field),
        ['items.point-fantome'],
      );
      const clash = await req('POST', '/bilans', auth, {
        council: 'Moulins',
        year: 2026,
        template: TEMPLATE,
        ownItems: [{ id: 'dc-noyau', heading: 'dynamique_collective', label: 'Doublon' }],
      });
      assert.equal(clash.status, 422);
      assert.match(
        (clash.body.errors as S.FieldError[])[0]!.message,
        /déjà pris par un point du modèle/,
      );
      const template = await req('POST', '/bilans', auth, {
        council: 'Moulins',
        year: 2026,
        template: { id: 'autre-modele', version: 1 },
      });
      assert.equal(template.status, 422);
    });

    it('a council member with an edit link answers under the link’s name; a read-only link cannot', async () => {
      const id = await create();
      const link = async (access: 'edit' | 'view') =>
        (
          await req('POST', `/bilans/${id}/links`, auth, {
            access,
            label: 'Bureau du conseil citoyen',
            expiresAt: '2099-01-01T00:00:00Z',
          })
        ).body.secret as string;
      const edit = await link('edit');
      const member = { 'Content-Type': 'application/json', 'CC-Edit-Link': edit };
      const saved = await patch(id, 'dc-noyau', '*', { levels: { conseil: 'consulte' } }, member);
      assert.equal(saved.status, 200);
      assert.equal(
        S.BilanItemSaved.parse(saved.body).answer.answeredBy,
        'Bureau du conseil citoyen',
      );
      const view = await link('view');
      const reader = { 'Content-Type': 'application/json', 'CC-Edit-Link': view };
      assert.equal((await patch(id, 'dc-noyau', '*', { status: 'fait' }, reader)).status, 403);
      assert.equal(
        (
          await patch(
            id,
            'dc-noyau',
            '*',
            { status: 'fait' },
            { 'Content-Type': 'application/json' },
          )
        ).status,
        401,
      );
    });

    it('indicators of the year, counted from sessions, registrations, answers and the charte', async () => {
      const at = (iso: string) => ({
        start: iso,
        end: new Date(Date.parse(iso) + 2 * 3600_000).toISOString(),
      });
      const lille = (iso: string, extra: Record<string, unknown> = {}) =>
        createSession(app.db, { ...futureSession(), ...at(iso), ...extra } as never);
      const march = await lille('2026-03-10T17:00:00.000Z');
      await lille('2026-05-12T16:00:00.000Z', { kind: 'network_meeting', title: 'Rencontre' });
      const cancelled = await lille('2026-06-02T16:00:00.000Z');
      await app.db.run('UPDATE sessions SET cancelled = 1 WHERE id = ?', [cancelled.id]);
      await lille('2025-12-31T23:30:00.000Z'); // 1 January 2026 in Paris: counted in 2026
      await lille('2025-12-31T22:30:00.000Z'); // still 2025 in Paris
      await lille('2026-12-20T17:00:00.000Z'); // not held yet on 1 December
      await createSession(app.db, {
        ...futureSession(),
        ...at('2026-04-01T17:00:00.000Z'),
        venue: { name: 'Mairie', address: 'Place d’Armes', town: 'Valenciennes' },
      } as never); // outside the bilan's towns
      const came = [];
      for (let n = 0; n < 3; n++)
        came.push(await register(app.db, march.id, person(n), undefined, new Date('2026-02-01')));
      // The sign-in sheet: two came, one excused.
      for (const [i, mark] of ['present', 'present', 'excused'].entries())
        await setAttendance(app.db, (came[i]!.body as { id: string }).id, mark as S.Attendance);
      const id = await create({
        ...BILAN_MOULINS_2026,
        scope: { towns: ['Lille'], charte: 'absente' },
      });
      const figures = await bilanIndicators(app.db, id, new Date('2026-12-01T00:00:00Z'));
      const value = (i: S.BilanIndicator['id']) => figures.indicators.find((x) => x.id === i);
      assert.deepEqual(
        [
          value('sessions_held')?.value,
          value('sessions_held')?.breakdown,
          value('sessions_cancelled')?.value,
          value('registrations_confirmed')?.value,
          value('attendance_present')?.value,
          value('attendance_present')?.breakdown,
          value('questionnaire_responses')?.value,
          value('charte_adopted')?.date,
        ],
        [
          3,
          [
            { key: 'kind:network_meeting', value: 1 },
            { key: 'kind:thematic', value: 2 },
            { key: 'town:Lille', value: 3 },
          ],
          1,
          3,
          2,
          [
            { key: 'kind:thematic', value: 2 },
            { key: 'town:Lille', value: 2 },
          ],
          0,
          undefined,
        ],
      );
      assert.equal(figures.computedAt, '2026-12-01T00:00:00.000Z');
      // Over HTTP, for its authors; not for the public while it is a draft.
      assert.equal((await req('GET', `/bilans/${id}/indicators`)).status, 404);
      const served = S.BilanIndicators.parse(
        (await req('GET', `/bilans/${id}/indicators`, auth)).body,
      );
      assert.equal(served.year, 2026);
    });

    it('an adoption keeps the year’s figures as they were; a draft never carries them', async () => {
      const id = await create({
        council: 'Moulins',
        year: 2026,
        template: TEMPLATE,
        scope: { towns: ['Lille'] },
        // Typed in by someone: never kept, the server writes the figures.
        indicators: {
          bilanId: 'x',
          year: 2026,
          computedAt: '2026-01-01T00:00:00Z',
          indicators: [],
        },
      });
      const draft = S.Bilan.parse((await req('GET', `/bilans/${id}`, auth)).body);
      assert.equal(draft.indicators, undefined);
      const adopted = await req(
        'POST',
        `/bilans/${id}/publish`,
        { ...auth, 'If-Match': '"1"' },
        {},
      );
      assert.equal(adopted.status, 201, JSON.stringify(adopted.body));
      const frozen = S.Bilan.parse(adopted.body).indicators!;
      assert.deepEqual(
        [frozen.bilanId, frozen.year, frozen.indicators.map((i) => i.id)],
        [
          id,
          2026,
          [
            'sessions_held',
            'sessions_cancelled',
            'registrations_confirmed',
            'attendance_present',
            'questionnaire_responses',
          ],
        ],
      );
      // Public once adopted, figures included.
      const seen = S.Bilan.parse((await req('GET', `/bilans/${id}`)).body);
      assert.equal(seen.indicators?.computedAt, frozen.computedAt);
      // Changing an item afterwards starts a draft without the adopted figures; the adopted version keeps them.
      assert.equal((await patch(id, 'dc-noyau', '*', { status: 'fait' })).status, 200);
      assert.equal(
        S.Bilan.parse((await req('GET', `/bilans/${id}`, auth)).body).indicators,
        undefined,
      );
      assert.equal(
        S.Bilan.parse((await req('GET', `/bilans/${id}/versions/2`)).body).indicators?.computedAt,
        frozen.computedAt,
      );
    });

    it('next year starts from this one: its actions to review, then what became of each, under its own revision', async () => {
      const id = await create({ ...BILAN_MOULINS_2025, carriedActions: [] });
      const next = await req('POST', `/bilans/${id}/next-year`, auth);
      assert.equal(next.status, 201, JSON.stringify(next.body));
      const started = S.Bilan.parse(next.body);
      assert.deepEqual(
        [started.year, started.previous, started.council, Object.keys(started.items).length],
        [2026, id, 'Conseil citoyen des Moulins', 0],
      );
      assert.deepEqual(
        started.carriedActions.map((a) => [a.item, a.what, a.outcome]),
        [
          [
            'fm-coformation',
            'Organiser une co-formation élus, techniciens et conseillers',
            undefined,
          ],
          [
            'pp-documents-8-jours',
            'Envoyer l’ordre du jour et les documents 8 jours avant chaque comité',
            undefined,
          ],
        ],
      );
      const again = await req('POST', `/bilans/${id}/next-year`, auth);
      assert.deepEqual(
        [again.status, (again.body.current as { id: string }).id],
        [409, started.id],
      );
      assert.equal((await req('POST', `/bilans/${id}/next-year`)).status, 401);
      const carried = (rev: string, body: unknown) =>
        req(
          'PATCH',
          `/bilans/${started.id}/carried/fm-coformation`,
          { ...auth, 'If-Match': rev },
          body,
        );
      const saved = await carried('"0"', { outcome: 'realisee', outcomeNote: 'En mai.' });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.deepEqual(
        [S.CarriedActionSaved.parse(saved.body).action.outcome, saved.etag],
        ['realisee', '"1"'],
      );
      assert.equal((await carried('"0"', { outcome: 'reportee' })).status, 412);
      assert.equal((await carried('*', { outcome: 'oubliee' })).status, 422);
      assert.equal(
        (
          await req(
            'PATCH',
            `/bilans/${started.id}/carried/absente`,
            { ...auth, 'If-Match': '*' },
            {},
          )
        ).status,
        404,
      );
      const cleared = await carried('"1"', { outcomeNote: null });
      assert.equal(S.CarriedActionSaved.parse(cleared.body).action.outcomeNote, undefined);
    });

    it('a territory adds its own items: an id from the label, never one taken, answered like the others', async () => {
      const id = await create();
      const add = (body: unknown) => req('POST', `/bilans/${id}/own-items`, auth, body);
      const first = await add({
        heading: 'pratiques_professionnelles',
        label: 'Réunions le samedi matin',
      });
      assert.equal(first.status, 201, JSON.stringify(first.body));
      const again = await add({ heading: 'rendre_compte', label: 'Réunions le samedi matin !' });
      assert.deepEqual(
        [S.OwnItemSaved.parse(first.body).item.id, S.OwnItemSaved.parse(again.body).item.id],
        ['propre-reunions-le-samedi-matin', 'propre-reunions-le-samedi-matin-2'],
      );
      assert.equal(
        (await patch(id, 'propre-reunions-le-samedi-matin', '"0"', { status: 'fait' })).status,
        200,
      );
      const bilan = S.Bilan.parse((await req('GET', `/bilans/${id}`, auth)).body);
      assert.deepEqual(
        [
          bilan.ownItems.map((i) => i.heading),
          bilan.items['propre-reunions-le-samedi-matin']?.status,
        ],
        [['pratiques_professionnelles', 'rendre_compte'], 'fait'],
      );
      const blank = await add({ heading: 'rendre_compte', label: '   ' });
      assert.equal(blank.status, 422);
      assert.match(JSON.stringify(blank.body), /label/);
      assert.equal((await add({ heading: 'ailleurs', label: 'x' })).status, 422);
      assert.equal(
        (await req('POST', `/bilans/${id}/own-items`, {}, { heading: 'rendre_compte', label: 'x' }))
          .status,
        401,
      );
    });

    it('removes a territory’s own item with its answer, and « Annuler » puts both back under the same id', async () => {
      const id = await create();
      const added = S.OwnItemSaved.parse(
        (
          await req('POST', `/bilans/${id}/own-items`, auth, {
            heading: 'rendre_compte',
            label: 'Un journal du quartier',
          })
        ).body,
      ).item;
      await patch(id, added.id, '"0"', { status: 'en_cours', notes: 'Deux numéros parus' });
      const removed = await req('DELETE', `/bilans/${id}/own-items/${added.id}`, auth);
      assert.equal(removed.status, 200, JSON.stringify(removed.body));
      const back = S.OwnItemRemoved.parse(removed.body);
      assert.deepEqual(
        [back.item.id, back.answer?.status, back.answer?.notes],
        [added.id, 'en_cours', 'Deux numéros parus'],
      );
      const without = S.Bilan.parse((await req('GET', `/bilans/${id}`, auth)).body);
      assert.deepEqual([without.ownItems, without.items[added.id]], [[], undefined]);
      const restored = await req('POST', `/bilans/${id}/own-items`, auth, {
        heading: back.item.heading,
        label: back.item.label,
        restore: { id: back.item.id, answer: back.answer },
      });
      assert.equal(restored.status, 201, JSON.stringify(restored.body));
      const again = S.Bilan.parse((await req('GET', `/bilans/${id}`, auth)).body);
      assert.deepEqual(
        [again.ownItems.map((i) => i.id), again.items[added.id]?.notes],
        [[added.id], 'Deux numéros parus'],
      );
      // A template item is not the territory's to remove; without a credential, nothing.
      assert.equal((await req('DELETE', `/bilans/${id}/own-items/dc-noyau`, auth)).status, 404);
      assert.equal((await req('DELETE', `/bilans/${id}/own-items/${added.id}`)).status, 401);
    });

    it('the demo: two years of the Moulins review, with indicators from the demo sessions, answers and charte', async () => {
      const db = await openDb(kind);
      try {
        await seedDemo(db, new Date('2026-02-01T12:00:00Z'));
        // The demo's answers are dated when they were seeded: pinned to the year under review.
        await db.run(
          `UPDATE questionnaire_responses SET submitted_at = '2026-06-01T10:00:00.000Z'`,
        );
        const figures = await bilanIndicators(
          db,
          'bilan-moulins-2026',
          new Date('2026-12-01T00:00:00Z'),
        );
        const value = (i: S.BilanIndicator['id']) => figures.indicators.find((x) => x.id === i);
        assert.deepEqual(
          [
            value('sessions_held')?.value,
            value('sessions_held')?.breakdown,
            value('questionnaire_responses')?.value,
            value('charte_adopted')?.date,
          ],
          [
            4,
            [
              { key: 'kind:introductory', value: 1 },
              { key: 'kind:network_meeting', value: 1 },
              { key: 'kind:thematic', value: 2 },
              { key: 'town:Lille', value: 4 },
            ],
            DEMO_ANSWERS,
            CHARTE_MOULINS.adoption!.date,
          ],
        );
        // The same count, made in JavaScript from the demo's own sessions.
        const lilleDemo = demoSessions(new Date('2026-02-01T12:00:00Z')).filter(
          (s) => s.venue.town === 'Lille',
        );
        assert.equal(lilleDemo.length, 4);
        const adopted = (await db.get<{ status: string }>(
          `SELECT status FROM document_versions WHERE kind = 'bilans' AND id = 'bilan-moulins-2025' ORDER BY version DESC LIMIT 1`,
        ))!;
        assert.equal(adopted.status, 'adopted');
        // Adopted with the figures of its year as they were that day.
        const published = await readDocument(db, 'bilans', 'bilan-moulins-2025', false);
        assert.deepEqual(
          [(published as { indicators?: S.BilanIndicators }).indicators?.year, published.version],
          [2025, 2],
        );
      } finally {
        await db.close();
      }
    });
  });
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`bilan files on ${kind}`, () => {
    let files: Running;
    before(async () => {
      const db = await openDb(kind);
      await seedDemo(db);
      files = await startApp(db);
    });
    after(() => files.close());

    it('gives a version as ODT, DOCX, Markdown, HTML and its items as CSV: adopted to anyone, a draft to its authors', async () => {
      const file = async (path: string, headers: Record<string, string> = {}) => {
        const res = await fetch(`${files.base}${path}`, { headers });
        return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
      };
      const odt = await file('/bilans/bilan-moulins-2025/versions/2.odt');
      assert.equal(odt.res.status, 200);
      assert.equal(
        odt.res.headers.get('content-disposition'),
        'attachment; filename="bilan-2025-conseil-citoyen-des-moulins-v2.odt"',
      );
      const content = strFromU8(unzipSync(odt.bytes)['content.xml']!);
      assert.match(content, /Rapport annuel de co-construction 2025 — Conseil citoyen des Moulins/);
      for (const title of Object.values(S.BILAN_HEADING_TITLES.fr))
        assert.ok(content.includes(title), title);
      // The figures as adopted, frozen with the version.
      assert.match(content, /Indicateurs de l’année \(calculés\)/);
      const csv = await file('/bilans/bilan-moulins-2025/versions/2.csv');
      assert.equal(csv.res.headers.get('content-type'), 'text/csv; charset=utf-8');
      const lines = strFromU8(csv.bytes).trim().split('\r\n');
      // A BOM first, so that a spreadsheet reads the accents right.
      assert.deepEqual([...csv.bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.match(lines[0]!, /^Rubrique;Point;/);
      assert.ok(lines.length > 27, String(lines.length));
      const comma = await file('/bilans/bilan-moulins-2025/versions/2.csv?separator=comma');
      assert.match(strFromU8(comma.bytes), /^Rubrique,Point,/);
      assert.equal((await file('/bilans/bilan-moulins-2025/versions/2.docx')).res.status, 200);
      // The 2026 bilan is a draft: its authors only.
      assert.equal((await file('/bilans/bilan-moulins-2026/versions/1.md')).res.status, 404);
      const draft = await file('/bilans/bilan-moulins-2026/versions/1.md', auth);
      assert.equal(draft.res.status, 200);
      assert.match(
        strFromU8(draft.bytes),
        /Version de travail : ce bilan n’est pas encore adopté\./,
      );
      assert.equal((await file('/bilans/bilan-moulins-2025/versions/2.xlsx')).res.status, 404);
    });
  });
}
