// Who is asking: an organiser (bearer token), someone holding an edit link for one document, or the public.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type {
  DocumentKind,
  EditLink,
  EditLinkCreated,
  EditLinkInput,
} from '@conseils-citoyens/schemas';
import { EDIT_LINK_HEADER } from '@conseils-citoyens/schemas';
import type { Db, Queryable } from './db.js';
import { HttpProblem } from './problem.js';
import { sha256 } from './registrations.js';

export type Actor =
  | { via: 'organiser'; label: string }
  | { via: 'link'; access: EditLink['access']; label: string; linkId: string };

const bearerOf = (c: Context) => /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];

/** The organiser behind the bearer token, undefined without one; a wrong token is an error, never “public”. */
export async function organiserOf(db: Db, c: Context): Promise<Actor | undefined> {
  const token = bearerOf(c);
  if (!token) return undefined;
  const row = await db.get<{ name: string }>(
    'SELECT name FROM organiser_tokens WHERE token_hash = ?',
    [sha256(token)],
  );
  if (!row) {
    c.header('WWW-Authenticate', 'Bearer realm="cc-server"');
    throw new HttpProblem(401, 'unauthorized');
  }
  return { via: 'organiser', label: row.name };
}

export async function requireOrganiser(db: Db, c: Context): Promise<Actor> {
  const organiser = await organiserOf(db, c);
  if (organiser) return organiser;
  c.header('WWW-Authenticate', 'Bearer realm="cc-server"');
  throw new HttpProblem(401, 'unauthorized');
}

interface LinkRow {
  id: string;
  kind: DocumentKind;
  document_id: string;
  access: EditLink['access'];
  label: string;
  secret_hash: string;
  expires_at: string;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
}

/** An organiser, or the holder of a valid link for this very document, or undefined (the public). */
export async function actorFor(
  db: Db,
  c: Context,
  kind: DocumentKind,
  id: string,
  now = new Date(),
): Promise<Actor | undefined> {
  const organiser = await organiserOf(db, c);
  if (organiser) return organiser;
  const secret = c.req.header(EDIT_LINK_HEADER);
  if (!secret) return undefined;
  const link = await db.get<LinkRow>('SELECT * FROM edit_links WHERE secret_hash = ?', [
    sha256(secret),
  ]);
  if (!link || link.kind !== kind || link.document_id !== id)
    throw new HttpProblem(401, 'edit_link_invalid');
  if (link.revoked_at) throw new HttpProblem(401, 'edit_link_revoked');
  if (link.expires_at <= now.toISOString()) throw new HttpProblem(401, 'edit_link_expired');
  return { via: 'link', access: link.access, label: link.label, linkId: link.id };
}

/** May write drafts: an organiser or an `edit` link (a `view` link reads drafts only). */
export function requireWriter(actor: Actor | undefined): Actor {
  if (!actor) throw new HttpProblem(401, 'unauthorized');
  if (actor.via === 'link' && actor.access !== 'edit') throw new HttpProblem(403, 'forbidden');
  return actor;
}

const toLink = (r: LinkRow): EditLink => ({
  id: r.id,
  documentKind: r.kind,
  documentId: r.document_id,
  access: r.access,
  label: r.label,
  expiresAt: r.expires_at,
  createdAt: r.created_at,
  createdBy: r.created_by,
  ...(r.revoked_at ? { revokedAt: r.revoked_at } : {}),
});

/** A new link; its secret is returned this once and only its hash is kept. */
export async function createLink(
  db: Queryable,
  kind: DocumentKind,
  documentId: string,
  input: EditLinkInput,
  by: Actor,
): Promise<EditLinkCreated> {
  const secret = randomBytes(32).toString('base64url');
  const row: LinkRow = {
    id: randomUUID(),
    kind,
    document_id: documentId,
    access: input.access,
    label: input.label,
    secret_hash: sha256(secret),
    expires_at: new Date(input.expiresAt).toISOString(),
    created_at: new Date().toISOString(),
    created_by: by.label,
    revoked_at: null,
  };
  await db.run(
    'INSERT INTO edit_links (id, kind, document_id, access, label, secret_hash, expires_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      row.id,
      row.kind,
      row.document_id,
      row.access,
      row.label,
      row.secret_hash,
      row.expires_at,
      row.created_at,
      row.created_by,
    ],
  );
  return { ...toLink(row), secret };
}

export async function listLinks(
  db: Db,
  kind: DocumentKind,
  documentId: string,
): Promise<EditLink[]> {
  const rows = await db.all<LinkRow>(
    'SELECT * FROM edit_links WHERE kind = ? AND document_id = ? ORDER BY created_at, id',
    [kind, documentId],
  );
  return rows.map(toLink);
}

/** Revokes at once: the next request with it gets « Ce lien d'édition a été retiré ». */
export async function revokeLink(db: Db, id: string): Promise<EditLink> {
  return db.tx(async (q) => {
    const row = await q.get<LinkRow>(`SELECT * FROM edit_links WHERE id = ?${db.forUpdate}`, [id]);
    if (!row) throw new HttpProblem(404, 'not_found');
    if (!row.revoked_at) {
      row.revoked_at = new Date().toISOString();
      await q.run('UPDATE edit_links SET revoked_at = ? WHERE id = ?', [row.revoked_at, id]);
    }
    return toLink(row);
  });
}
