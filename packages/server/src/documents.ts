// Versioned documents (questionnaires, chartes, bilans): every save is a new immutable version with its author
// and note; a save must say which version it changed (If-Match), so two authors never overwrite each other.
import type { DocumentKind, DocumentVersion, VersionStatus } from '@conseils-citoyens/schemas';
import type { Db, Queryable } from './db.js';
import { HttpProblem } from './problem.js';

/** What a publication makes of each kind: a questionnaire is published, a charte or a bilan adopted. */
const PUBLISHED: Record<DocumentKind, Exclude<VersionStatus, 'draft'>> = {
  questionnaires: 'published',
  chartes: 'adopted',
  bilans: 'adopted',
};

export interface VersionRow {
  kind: DocumentKind;
  id: string;
  version: number | string;
  status: VersionStatus;
  data: string;
  author: string;
  note: string | null;
  created_at: string;
}
interface HeadRow {
  version: number | string;
  published_version: number | string | null;
}

/** A version as the API serves it: the document's own fields, then which version it is and who saved it. */
export function served(v: VersionRow) {
  const data = JSON.parse(v.data) as Record<string, unknown>;
  return {
    id: v.id,
    ...data,
    ...(v.kind === 'questionnaires'
      ? { status: v.status === 'published' ? 'published' : 'draft' }
      : {}),
    version: Number(v.version),
    versionStatus: v.status,
    updatedAt: v.created_at,
    updatedBy: v.author,
  };
}
export type ServedDocument = ReturnType<typeof served>;

const toVersion = (v: VersionRow): DocumentVersion => ({
  version: Number(v.version),
  status: v.status,
  author: v.author,
  ...(v.note ? { note: v.note } : {}),
  createdAt: v.created_at,
});

export async function versionRow(
  q: Queryable,
  kind: DocumentKind,
  id: string,
  version: number,
): Promise<VersionRow | undefined> {
  return q.get<VersionRow>(
    'SELECT * FROM document_versions WHERE kind = ? AND id = ? AND version = ?',
    [kind, id, version],
  );
}

async function appendVersion(
  q: Queryable,
  kind: DocumentKind,
  id: string,
  version: number,
  status: VersionStatus,
  data: object,
  author: string,
  note: string | undefined,
): Promise<VersionRow> {
  const row: VersionRow = {
    kind,
    id,
    version,
    status,
    data: JSON.stringify(data),
    author,
    note: note ?? null,
    created_at: new Date().toISOString(),
  };
  await q.run(
    'INSERT INTO document_versions (kind, id, version, status, data, author, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [kind, id, version, status, row.data, author, row.note, row.created_at],
  );
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
export async function lockHead(
  db: Db,
  q: Queryable,
  kind: DocumentKind,
  id: string,
  ifMatch: string | undefined,
): Promise<HeadRow> {
  const expected = expectedVersion(ifMatch);
  if (expected === 'missing') throw new HttpProblem(428, 'precondition_required');
  const head = await q.get<HeadRow>(
    `SELECT version, published_version FROM documents WHERE kind = ? AND id = ?${db.forUpdate}`,
    [kind, id],
  );
  if (!head) throw new HttpProblem(404, 'not_found');
  if (expected !== undefined && expected !== Number(head.version)) {
    const current = await versionRow(q, kind, id, Number(head.version));
    throw new HttpProblem(412, 'version_conflict', { current: current && served(current) });
  }
  return head;
}

export async function createDocument(
  db: Db,
  kind: DocumentKind,
  id: string,
  data: object,
  author: string,
  note?: string,
) {
  return db.tx(async (q) => {
    const row = await appendVersion(q, kind, id, 1, 'draft', data, author, note);
    await q.run(
      'INSERT INTO documents (kind, id, version, data, updated_at) VALUES (?, ?, ?, ?, ?)',
      [kind, id, 1, row.data, row.created_at],
    );
    return served(row);
  });
}

/** Appends a draft version on top of the locked head and makes it the head. */
async function appendDraft(
  q: Queryable,
  kind: DocumentKind,
  id: string,
  head: HeadRow,
  data: object,
  author: string,
  note: string | undefined,
): Promise<VersionRow> {
  const row = await appendVersion(
    q,
    kind,
    id,
    Number(head.version) + 1,
    'draft',
    data,
    author,
    note,
  );
  await q.run(
    'UPDATE documents SET version = ?, data = ?, updated_at = ? WHERE kind = ? AND id = ?',
    [row.version, row.data, row.created_at, kind, id],
  );
  return row;
}

/** A new draft version on top of the one the author saw. */
export async function saveDocument(
  db: Db,
  kind: DocumentKind,
  id: string,
  data: object,
  ifMatch: string | undefined,
  author: string,
  note?: string,
) {
  return db.tx(async (q) => {
    const head = await lockHead(db, q, kind, id, ifMatch);
    return served(await appendDraft(q, kind, id, head, data, author, note));
  });
}

/**
 * A new draft version made by changing the head in place, under its lock: for changes that carry their own guard
 * (a bilan's item and its revision), so that two people editing different parts never block each other.
 */
export async function updateDocument<R>(
  db: Db,
  kind: DocumentKind,
  id: string,
  change: (data: Record<string, unknown>) => { data: Record<string, unknown>; result: R },
  author: string,
  note?: string,
): Promise<{ document: ServedDocument; result: R }> {
  return db.tx(async (q) => {
    const head = await lockHead(db, q, kind, id, '*');
    const current = (await versionRow(q, kind, id, Number(head.version)))!;
    const { data, result } = change(JSON.parse(current.data) as Record<string, unknown>);
    return { document: served(await appendDraft(q, kind, id, head, data, author, note)), result };
  });
}

/** Publishes (questionnaire) or adopts (charte, bilan) the version the author saw, as a new version that never changes. */
export async function publishDocument(
  db: Db,
  kind: DocumentKind,
  id: string,
  ifMatch: string | undefined,
  author: string,
  note?: string,
  check?: (data: unknown, q: Queryable) => Promise<HttpProblem | undefined>,
  /** What the published or adopted version holds besides the draft (a charte: its text as adopted). */
  complete: (data: Record<string, unknown>) => Record<string, unknown> = (data) => data,
) {
  return db.tx(async (q) => {
    const head = await lockHead(db, q, kind, id, ifMatch);
    const current = (await versionRow(q, kind, id, Number(head.version)))!;
    const data = JSON.parse(current.data) as Record<string, unknown>;
    const problem = await check?.(data, q);
    if (problem) throw problem;
    const at = new Date().toISOString();
    const adopted = complete(
      kind === 'chartes' ? { ...data, status: 'adopted', adoptedAt: at } : data,
    );
    const row = await appendVersion(
      q,
      kind,
      id,
      Number(head.version) + 1,
      PUBLISHED[kind],
      adopted,
      author,
      note,
    );
    await q.run(
      'UPDATE documents SET version = ?, data = ?, updated_at = ?, published_version = ? WHERE kind = ? AND id = ?',
      [row.version, row.data, row.created_at, row.version, kind, id],
    );
    return served(row);
  });
}

/** Whether a document of this kind exists, without reading any of its versions. */
export async function documentExists(
  db: Queryable,
  kind: DocumentKind,
  id: string,
): Promise<boolean> {
  return Boolean(
    await db.get('SELECT 1 AS found FROM documents WHERE kind = ? AND id = ?', [kind, id]),
  );
}

/** The head for those who may see drafts; the last published or adopted version for everyone else. */
export async function readDocument(db: Queryable, kind: DocumentKind, id: string, drafts: boolean) {
  const head = await db.get<HeadRow>(
    'SELECT version, published_version FROM documents WHERE kind = ? AND id = ?',
    [kind, id],
  );
  const version = head && (drafts ? head.version : head.published_version);
  const row = version ? await versionRow(db, kind, id, Number(version)) : undefined;
  if (!row) throw new HttpProblem(404, 'not_found');
  return served(row);
}

export async function listDocuments(
  db: Db,
  kind: DocumentKind,
  drafts: boolean,
  { limit, offset }: { limit: number; offset: number },
) {
  const shown = drafts ? 'd.version' : 'd.published_version';
  const total = await db.get<{ n: number | string }>(
    `SELECT COUNT(${shown}) AS n FROM documents d WHERE d.kind = ?`,
    [kind],
  );
  const rows = await db.all<VersionRow>(
    `SELECT v.* FROM documents d JOIN document_versions v ON v.kind = d.kind AND v.id = d.id AND v.version = ${shown}
     WHERE d.kind = ? ORDER BY d.id LIMIT ? OFFSET ?`,
    [kind, limit, offset],
  );
  return { items: rows.map(served), total: Number(total?.n ?? 0), limit, offset };
}

export async function listVersions(
  db: Db,
  kind: DocumentKind,
  id: string,
  { limit, offset }: { limit: number; offset: number },
  drafts: boolean,
) {
  await readDocument(db, kind, id, drafts);
  const which = drafts ? '' : " AND status <> 'draft'";
  const total = await db.get<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM document_versions WHERE kind = ? AND id = ?${which}`,
    [kind, id],
  );
  const rows = await db.all<VersionRow>(
    `SELECT * FROM document_versions WHERE kind = ? AND id = ?${which} ORDER BY version DESC LIMIT ? OFFSET ?`,
    [kind, id, limit, offset],
  );
  return { items: rows.map(toVersion), total: Number(total?.n ?? 0), limit, offset };
}
