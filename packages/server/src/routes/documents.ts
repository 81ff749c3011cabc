import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import type { DocumentKind, Locale } from '@conseils-citoyens/schemas';
import {
  BilanInput,
  CharteInput,
  DocumentQuery,
  EDIT_LINK_HEADER,
  EditLinkInput,
  PublishRequest,
  QuestionnaireInput,
  text,
} from '@conseils-citoyens/schemas';
import { idParam as id, jsonBody, localeOf, parse } from '../http.js';
import { definitionProblem, forkProblem } from '../questionnaires.js';
import { adoptionProblem, asDraft, charteProblem, withAdoptedText } from '../chartes.js';
import { bilanDraft, bilanProblem, withFigures } from '../bilans.js';
import type { Db, Queryable } from '../db.js';
import { HttpProblem } from '../problem.js';
import {
  actorFor,
  createLink,
  listLinks,
  organiserOf,
  requireOrganiser,
  requireWriter,
  revokeLink,
} from '../access.js';
import {
  createDocument,
  listDocuments,
  listVersions,
  publishDocument,
  readDocument,
  saveDocument,
  served,
  versionRow,
  type VersionRow,
} from '../documents.js';
import { RouteTable, idParam, queryParams, type Parameter } from '../route-table.js';
import type { RouteContext } from './context.js';

const KINDS: Record<DocumentKind, { schema: z.ZodMiniType<object>; name: string; label: string }> =
  {
    questionnaires: {
      schema: QuestionnaireInput,
      name: 'Questionnaire',
      label: 'un questionnaire',
    },
    chartes: { schema: CharteInput, name: 'Charte', label: 'une charte' },
    bilans: { schema: BilanInput, name: 'Bilan', label: 'un bilan' },
  };

export const ifMatch: Parameter = {
  name: 'If-Match',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'La version modifiée, ex. "3" (son ETag), ou *',
};
export const editLink: Parameter = {
  name: EDIT_LINK_HEADER,
  in: 'header',
  schema: { type: 'string' },
  description: "Le secret d'un lien d'édition (jamais dans l'adresse)",
};
export const versionParam: Parameter = {
  name: 'version',
  in: 'path',
  required: true,
  schema: { type: 'integer', minimum: 1 },
};
const VersionParam = z.coerce.number().check(z.int(), z.gte(1), z.lte(1_000_000));
const ChangeNote = z.object({ changeNote: text(1000) });

/** A document body may carry `changeNote` beside the document's own fields: take it out before validating. */
async function documentBody<T>(
  c: Context,
  schema: z.ZodMiniType<T>,
): Promise<{ data: T; note?: string }> {
  const raw = await jsonBody(c, z.unknown());
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || !('changeNote' in raw))
    return { data: parse(c, schema, raw) };
  const { changeNote, ...rest } = raw as Record<string, unknown>;
  return { data: parse(c, schema, rest), note: parse(c, ChangeNote, { changeNote }).changeNote };
}

export const withEtag = <T extends { version: number }>(c: Context, doc: T) => {
  c.header('ETag', `"${doc.version}"`);
  return doc;
};

/** What a save must respect, by kind: a territory's questionnaire keeps the template's core questions, a charte its locked clauses. */
async function saveProblem(db: Queryable, kind: DocumentKind, data: object, locale: Locale) {
  if (kind === 'questionnaires') return forkProblem(db, data, locale);
  if (kind === 'chartes') return charteProblem(data, locale);
  return bilanProblem(data, locale);
}

/** One version, if this request may read it: published and adopted ones are public (answers point at them), drafts
 * are for their authors (an organiser, an edit link). */
export async function readableVersion(
  db: Db,
  c: Context,
  kind: DocumentKind,
  docId: string,
  version: string,
): Promise<VersionRow> {
  const row = await versionRow(db, kind, docId, parse(c, VersionParam, version));
  if (!row || (row.status === 'draft' && !(await actorFor(db, c, kind, docId))))
    throw new HttpProblem(404, 'not_found');
  return row;
}

/** Questionnaires, chartes, bilans: versions, publication, history, edit links; and the answers to questionnaires. */
export function documentRoutes({ db }: RouteContext): RouteTable {
  const table = new RouteTable();
  for (const [kind, { schema, name, label }] of Object.entries(KINDS) as [
    DocumentKind,
    (typeof KINDS)[DocumentKind],
  ][]) {
    const base = `/${kind}`;
    table
      .on(
        {
          method: 'get',
          path: base,
          summary: `Lister (${label}) : publiés ou adoptés pour tous, à leur dernière version pour un organisateur`,
          parameters: queryParams('limit', 'offset'),
          ok: { status: 200, schema: `${name}List` },
          problems: [401, 422],
        },
        async (c) =>
          c.json(
            await listDocuments(
              db,
              kind,
              !!(await organiserOf(db, c)),
              parse(c, DocumentQuery, c.req.query()),
            ),
          ),
      )
      .on(
        {
          method: 'post',
          path: base,
          summary: `Créer ${label} (version 1, brouillon)`,
          security: 'organiser',
          body: `${name}Input`,
          ok: { status: 201, schema: name },
          problems: [400, 401, 413, 415, 422],
        },
        async (c) => {
          const author = await requireOrganiser(db, c);
          const { data: body, note } = await documentBody(c, schema);
          const data =
            kind === 'chartes' ? asDraft(body) : kind === 'bilans' ? bilanDraft(body) : body;
          const wrong = await saveProblem(db, kind, data, localeOf(c));
          if (wrong) throw wrong;
          const doc = withEtag(
            c,
            await createDocument(db, kind, randomUUID(), data, author.label, note),
          );
          c.header('Location', `/api/v1/${kind}/${doc.id}`);
          return c.json(doc, 201);
        },
      )
      .on(
        {
          method: 'get',
          path: `${base}/{id}`,
          summary: `Lire ${label} : la dernière version publiée, ou la dernière pour un organisateur ou un lien (ETag)`,
          parameters: [idParam, editLink],
          ok: { status: 200, schema: name },
          problems: [401, 404],
        },
        async (c) =>
          c.json(
            withEtag(
              c,
              await readDocument(db, kind, id(c), !!(await actorFor(db, c, kind, id(c)))),
            ),
          ),
      )
      .on(
        {
          method: 'put',
          path: `${base}/{id}`,
          summary: `Enregistrer une nouvelle version de ${label} (If-Match obligatoire ; 412 avec la version actuelle)`,
          security: 'organiserOrLink',
          parameters: [idParam, ifMatch, editLink],
          body: `${name}Input`,
          ok: { status: 200, schema: name },
          problems: [400, 401, 403, 404, 412, 413, 415, 422, 428],
        },
        async (c) => {
          const author = requireWriter(await actorFor(db, c, kind, id(c)));
          const { data: body, note } = await documentBody(c, schema);
          const data =
            kind === 'chartes' ? asDraft(body) : kind === 'bilans' ? bilanDraft(body) : body;
          const wrong = await saveProblem(db, kind, data, localeOf(c));
          if (wrong) throw wrong;
          return c.json(
            withEtag(
              c,
              await saveDocument(
                db,
                kind,
                id(c),
                data,
                c.req.header('If-Match'),
                author.label,
                note,
              ),
            ),
          );
        },
      )
      .on(
        {
          method: 'post',
          path: `${base}/{id}/publish`,
          summary: 'Publier ou adopter la version vue (elle ne changera plus)',
          security: 'organiser',
          parameters: [idParam, ifMatch],
          body: 'PublishRequest',
          ok: { status: 201, schema: name },
          problems: [400, 401, 404, 412, 415, 422, 428],
        },
        async (c) => {
          const author = await requireOrganiser(db, c);
          const { note } = await jsonBody(c, PublishRequest);
          // A charte keeps its text as adopted, a bilan the year's figures as they were that day.
          const complete =
            kind === 'chartes'
              ? withAdoptedText
              : kind === 'bilans'
                ? await withFigures(db, id(c))
                : undefined;
          return c.json(
            withEtag(
              c,
              await publishDocument(
                db,
                kind,
                id(c),
                c.req.header('If-Match'),
                author.label,
                note,
                // A questionnaire that does not hold together is not published, a charte missing a variable or
                // its adoption record is not adopted: each problem named.
                kind === 'questionnaires'
                  ? async (data, q) =>
                      definitionProblem(data, localeOf(c)) ??
                      (await forkProblem(q, data, localeOf(c)))
                  : kind === 'chartes'
                    ? async (data) => adoptionProblem(data, localeOf(c))
                    : undefined,
                complete,
              ),
            ),
            201,
          );
        },
      )
      .on(
        {
          method: 'get',
          path: `${base}/{id}/versions`,
          summary:
            'Historique des versions (qui, quand, note) : toutes pour leurs auteurs, les publiées ou adoptées pour tous',
          parameters: [idParam, editLink, ...queryParams('limit', 'offset')],
          ok: { status: 200, schema: 'DocumentVersionList' },
          problems: [404, 422],
        },
        async (c) => {
          // The public reads a charte's earlier adopted versions and their notes (its changelog); drafts are the
          // authors' own, and a document never published is not found.
          const author = !!(await actorFor(db, c, kind, id(c)));
          return c.json(
            await listVersions(db, kind, id(c), parse(c, DocumentQuery, c.req.query()), author),
          );
        },
      )
      .on(
        {
          method: 'get',
          path: `${base}/{id}/versions/{version}`,
          summary: 'Une version précise (publique si publiée ou adoptée)',
          parameters: [idParam, versionParam, editLink],
          ok: { status: 200, schema: name },
          problems: [401, 404, 422],
        },
        async (c) =>
          c.json(
            withEtag(
              c,
              served(await readableVersion(db, c, kind, id(c), c.req.param('version') ?? '')),
            ),
          ),
      )
      .on(
        {
          method: 'post',
          path: `${base}/{id}/links`,
          summary: "Créer un lien d'édition ou de lecture (son secret n'est montré qu'une fois)",
          security: 'organiser',
          parameters: [idParam],
          body: 'EditLinkInput',
          ok: { status: 201, schema: 'EditLinkCreated' },
          problems: [400, 401, 404, 415, 422],
        },
        async (c) => {
          const by = await requireOrganiser(db, c);
          const input = await jsonBody(c, EditLinkInput);
          await readDocument(db, kind, id(c), true);
          return c.json(await createLink(db, kind, id(c), input, by), 201);
        },
      )
      .on(
        {
          method: 'get',
          path: `${base}/{id}/links`,
          summary: "Les liens d'édition du document (sans leurs secrets)",
          security: 'organiser',
          parameters: [idParam],
          ok: { status: 200, schema: 'EditLinkList' },
          problems: [401, 404],
        },
        async (c) => {
          await requireOrganiser(db, c);
          await readDocument(db, kind, id(c), true);
          const items = await listLinks(db, kind, id(c));
          return c.json({ items, total: items.length, limit: items.length, offset: 0 });
        },
      );
  }
  return table.on(
    {
      method: 'delete',
      path: '/links/{id}',
      summary: "Retirer un lien d'édition (effet immédiat)",
      security: 'organiser',
      parameters: [idParam],
      ok: { status: 200, schema: 'EditLink' },
      problems: [401, 404],
    },
    async (c) => {
      await requireOrganiser(db, c);
      return c.json(await revokeLink(db, id(c)));
    },
  );
}
