// Versioned documents (questionnaires, chartes, bilans): every save is a new immutable version with its author
// and note; a save must say which version it changed (If-Match), so two authors never overwrite each other.
import { randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { DocumentKind, DocumentVersion, VersionStatus } from '@conseils-citoyens/schemas';
import { DocumentQuery, EditLinkInput, PublishRequest, text } from '@conseils-citoyens/schemas';
import type { Db, Queryable } from './db.js';
import { HttpProblem } from './problem.js';
import { idParam, jsonBody, parse } from './http.js';
import { actorFor, createLink, listLinks, organiserOf, requireOrganiser, requireWriter, revokeLink, type Actor } from './access.js';

/** What a publication makes of each kind: a questionnaire is published, a charte or a bilan adopted. */
const PUBLISHED: Record<DocumentKind, Exclude<VersionStatus, 'draft'>> = { questionnaires: 'published', chartes: 'adopted', bilans: 'adopted' };

interface VersionRow {
  kind: DocumentKind; id: string; version: number | string; status: VersionStatus; data: string;
  author: string; note: string | null; created_at: string;
}
interface HeadRow { version: number | string; published_version: number | string | null }

/** A version as the API serves it: the document's own fields, then which version it is and who saved it. */
function served(v: VersionRow) {
  const data = JSON.parse(v.data) as Record<string, unknown>;
  return {
    id: v.id, ...data,
    ...(v.kind === 'questionnaires' ? { status: v.status === 'published' ? 'published' : 'draft' } : {}),
    version: Number(v.version), versionStatus: v.status, updatedAt: v.created_at, updatedBy: v.author,
  };
}
export type ServedDocument = ReturnType<typeof served>;

const toVersion = (v: VersionRow): DocumentVersion =>
  ({ version: Number(v.version), status: v.status, author: v.author, ...(v.note ? { note: v.note } : {}), createdAt: v.created_at });

async function versionRow(q: Queryable, kind: DocumentKind, id: string, version: number): Promise<VersionRow | undefined> {
  return q.get<VersionRow>('SELECT * FROM document_versions WHERE kind = ? AND id = ? AND version = ?', [kind, id, version]);
}

async function appendVersion(q: Queryable, kind: DocumentKind, id: string, version: number, status: VersionStatus,
  data: object, author: string, note: string | undefined): Promise<VersionRow> {
  const row: VersionRow = { kind, id, version, status, data: JSON.stringify(data), author, note: note ?? null, created_at: new Date().toISOString() };
  await q.run('INSERT INTO document_versions (kind, id, version, status, data, author, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [kind, id, version, status, row.data, author, row.note, row.created_at]);
  return row;
}

/** `"3"`, `W/"3"` or `*`: the version the author saw, or undefined for `*` (any). */
function expectedVersion(ifMatch: string | undefined): number | undefined | 'missing' {
  if (ifMatch === undefined || ifMatch.trim() === '') return 'missing';
  if (ifMatch.trim() === '*') return undefined;
  const n = Number(/^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim())?.[1]);
  return Number.isSafeInteger(n) ? n : -1; // a malformed tag matches no version
}

/** Locks the head and checks If-Match: 428 without it, 412 with the current version when it is stale. */
async function lockHead(db: Db, q: Queryable, kind: DocumentKind, id: string, ifMatch: string | undefined): Promise<HeadRow> {
  const expected = expectedVersion(ifMatch);
  if (expected === 'missing') throw new HttpProblem(428, 'precondition_required');
  const head = await q.get<HeadRow>(`SELECT version, published_version FROM documents WHERE kind = ? AND id = ?${db.forUpdate}`, [kind, id]);
  if (!head) throw new HttpProblem(404, 'not_found');
  if (expected !== undefined && expected !== Number(head.version)) {
    const current = await versionRow(q, kind, id, Number(head.version));
    throw new HttpProblem(412, 'version_conflict', { current: current && served(current) });
  }
  return head;
}

export async function createDocument(db: Db, kind: DocumentKind, id: string, data: object, author: string, note?: string) {
  return db.tx(async (q) => {
    const row = await appendVersion(q, kind, id, 1, 'draft', data, author, note);
    await q.run('INSERT INTO documents (kind, id, version, data, updated_at) VALUES (?, ?, ?, ?, ?)', [kind, id, 1, row.data, row.created_at]);
    return served(row);
  });
}

/** A new draft version on top of the one the author saw. */
export async function saveDocument(db: Db, kind: DocumentKind, id: string, data: object, ifMatch: string | undefined, author: string, note?: string) {
  return db.tx(async (q) => {
    const head = await lockHead(db, q, kind, id, ifMatch);
    const row = await appendVersion(q, kind, id, Number(head.version) + 1, 'draft', data, author, note);
    await q.run('UPDATE documents SET version = ?, data = ?, updated_at = ? WHERE kind = ? AND id = ?', [row.version, row.data, row.created_at, kind, id]);
    return served(row);
  });
}

/** Publishes (questionnaire) or adopts (charte, bilan) the version the author saw, as a new version that never changes. */
export async function publishDocument(db: Db, kind: DocumentKind, id: string, ifMatch: string | undefined, author: string, note?: string) {
  return db.tx(async (q) => {
    const head = await lockHead(db, q, kind, id, ifMatch);
    const current = (await versionRow(q, kind, id, Number(head.version)))!;
    const data = JSON.parse(current.data) as Record<string, unknown>;
    const at = new Date().toISOString();
    const adopted = kind === 'chartes' ? { ...data, status: 'adopted', adoptedAt: at } : data;
    const row = await appendVersion(q, kind, id, Number(head.version) + 1, PUBLISHED[kind], adopted, author, note);
    await q.run('UPDATE documents SET version = ?, data = ?, updated_at = ?, published_version = ? WHERE kind = ? AND id = ?',
      [row.version, row.data, row.created_at, row.version, kind, id]);
    return served(row);
  });
}

/** The head for those who may see drafts; the last published or adopted version for everyone else. */
export async function readDocument(db: Queryable, kind: DocumentKind, id: string, drafts: boolean) {
  const head = await db.get<HeadRow>('SELECT version, published_version FROM documents WHERE kind = ? AND id = ?', [kind, id]);
  const version = head && (drafts ? head.version : head.published_version);
  const row = version ? await versionRow(db, kind, id, Number(version)) : undefined;
  if (!row) throw new HttpProblem(404, 'not_found');
  return served(row);
}

async function listDocuments(db: Db, kind: DocumentKind, drafts: boolean, { limit, offset }: { limit: number; offset: number }) {
  const shown = drafts ? 'd.version' : 'd.published_version';
  const total = await db.get<{ n: number | string }>(`SELECT COUNT(${shown}) AS n FROM documents d WHERE d.kind = ?`, [kind]);
  const rows = await db.all<VersionRow>(
    `SELECT v.* FROM documents d JOIN document_versions v ON v.kind = d.kind AND v.id = d.id AND v.version = ${shown}
     WHERE d.kind = ? ORDER BY d.id LIMIT ? OFFSET ?`, [kind, limit, offset]);
  return { items: rows.map(served), total: Number(total?.n ?? 0), limit, offset };
}

async function listVersions(db: Db, kind: DocumentKind, id: string, { limit, offset }: { limit: number; offset: number }) {
  await readDocument(db, kind, id, true);
  const total = await db.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM document_versions WHERE kind = ? AND id = ?', [kind, id]);
  const rows = await db.all<VersionRow>('SELECT * FROM document_versions WHERE kind = ? AND id = ? ORDER BY version DESC LIMIT ? OFFSET ?', [kind, id, limit, offset]);
  return { items: rows.map(toVersion), total: Number(total?.n ?? 0), limit, offset };
}

const VersionParam = z.coerce.number().check(z.int(), z.gte(1), z.lte(1_000_000));
const ChangeNote = z.object({ changeNote: text(1000) });

/** A document body may carry `changeNote` beside the document's own fields: take it out before validating. */
async function documentBody<T>(c: Context, schema: z.ZodMiniType<T>): Promise<{ data: T; note?: string }> {
  const raw = await jsonBody(c, z.unknown());
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || !('changeNote' in raw)) return { data: parse(c, schema, raw) };
  const { changeNote, ...rest } = raw as Record<string, unknown>;
  return { data: parse(c, schema, rest), note: parse(c, ChangeNote, { changeNote }).changeNote };
}

const etag = (c: Context, doc: { version: number }) => c.header('ETag', `"${doc.version}"`);

export function documentRoutes(api: Hono, db: Db, schemas: Record<DocumentKind, z.ZodMiniType<object>>,
  responseSchema: z.ZodMiniType<{ version: number; answers: Record<string, unknown> }>) {
  const drafts = async (c: Context, kind: DocumentKind, id: string): Promise<Actor | undefined> => actorFor(db, c, kind, id);

  for (const kind of Object.keys(schemas) as DocumentKind[]) {
    api.get(`/${kind}`, async (c) => {
      // Organisers see every document at its head; everyone else the published or adopted ones.
      const organiser = await organiserOf(db, c);
      return c.json(await listDocuments(db, kind, !!organiser, parse(c, DocumentQuery, c.req.query())));
    });
    api.post(`/${kind}`, async (c) => {
      const author = await requireOrganiser(db, c);
      const { data, note } = await documentBody(c, schemas[kind]);
      const doc = await createDocument(db, kind, randomUUID(), data, author.label, note);
      etag(c, doc);
      c.header('Location', `/api/v1/${kind}/${doc.id}`);
      return c.json(doc, 201);
    });
    api.get(`/${kind}/:id`, async (c) => {
      const id = idParam(c);
      const doc = await readDocument(db, kind, id, !!(await drafts(c, kind, id)));
      etag(c, doc);
      return c.json(doc);
    });
    api.put(`/${kind}/:id`, async (c) => {
      const id = idParam(c);
      const author = requireWriter(await drafts(c, kind, id));
      const { data, note } = await documentBody(c, schemas[kind]);
      const doc = await saveDocument(db, kind, id, data, c.req.header('If-Match'), author.label, note);
      etag(c, doc);
      return c.json(doc);
    });
    api.post(`/${kind}/:id/publish`, async (c) => {
      const id = idParam(c);
      const author = await requireOrganiser(db, c);
      const { note } = await jsonBody(c, PublishRequest);
      const doc = await publishDocument(db, kind, id, c.req.header('If-Match'), author.label, note);
      etag(c, doc);
      return c.json(doc, 201);
    });
    api.get(`/${kind}/:id/versions`, async (c) => {
      const id = idParam(c);
      if (!(await drafts(c, kind, id))) throw new HttpProblem(401, 'unauthorized');
      return c.json(await listVersions(db, kind, id, parse(c, DocumentQuery, c.req.query())));
    });
    api.get(`/${kind}/:id/versions/:version`, async (c) => {
      const id = idParam(c);
      const version = parse(c, VersionParam, c.req.param('version'));
      const row = await versionRow(db, kind, id, version);
      // Published and adopted versions are public (answers point at them); drafts are for their authors.
      if (!row || (row.status === 'draft' && !(await drafts(c, kind, id)))) throw new HttpProblem(404, 'not_found');
      const doc = served(row);
      etag(c, doc);
      return c.json(doc);
    });
    api.post(`/${kind}/:id/links`, async (c) => {
      const id = idParam(c);
      const by = await requireOrganiser(db, c);
      const input = await jsonBody(c, EditLinkInput);
      await readDocument(db, kind, id, true);
      return c.json(await createLink(db, kind, id, input, by), 201);
    });
    api.get(`/${kind}/:id/links`, async (c) => {
      const id = idParam(c);
      await requireOrganiser(db, c);
      await readDocument(db, kind, id, true);
      const items = await listLinks(db, kind, id);
      return c.json({ items, total: items.length, limit: items.length, offset: 0 });
    });
  }
  api.delete('/links/:id', async (c) => {
    await requireOrganiser(db, c);
    return c.json(await revokeLink(db, idParam(c)));
  });

  api.post('/questionnaires/:id/responses', async (c) => {
    const id = idParam(c);
    await readDocument(db, 'questionnaires', id, false);
    const body = await jsonBody(c, responseSchema);
    // An answer points at the exact published version it answered, never at a draft.
    const answered = await versionRow(db, 'questionnaires', id, body.version);
    if (!answered || answered.status !== 'published') throw new HttpProblem(409, 'version_conflict');
    const response = { id: randomUUID(), questionnaireId: id, version: body.version, answers: body.answers, submittedAt: new Date().toISOString() };
    await db.tx((q) => q.run('INSERT INTO questionnaire_responses (id, questionnaire_id, version, answers, submitted_at) VALUES (?, ?, ?, ?, ?)',
      [response.id, id, body.version, JSON.stringify(body.answers), response.submittedAt]));
    return c.json(response, 201);
  });
}
