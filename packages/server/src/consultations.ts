// A charte's consultation: one draft version read by the members through a read-only link until a date, and their
// comments article by article, kept with that version. Opening a new consultation closes the one before.
import { randomUUID } from 'node:crypto';
import type {
  CharteInput,
  CommentInput,
  Consultation,
  ConsultationInput,
  ConsultationOpened,
  DocumentComment,
  Locale,
} from '@conseils-citoyens/schemas';
import { CHARTE_LIBRARY, assembleCharte } from '@conseils-citoyens/schemas';
import type { Actor } from './access.js';
import { createLink } from './access.js';
import type { Db, Queryable } from './db.js';
import { lockHead, versionRow } from './documents.js';
import { HttpProblem } from './problem.js';

interface ConsultationRow {
  id: string;
  document_id: string;
  version: number | string;
  link_id: string;
  opened_at: string;
  opened_by: string;
  closes_at: string;
  closed_at: string | null;
  message: string | null;
}
interface CommentRow {
  id: string;
  version: number | string;
  article: string;
  author: string;
  body: string;
  created_at: string;
}

const say = (locale: Locale, fr: string, en: string) => (locale === 'fr' ? fr : en);
const invalid = (field: string, code: string, message: string) =>
  new HttpProblem(422, 'validation', { errors: [{ field, code, message }] });

const isOpen = (r: ConsultationRow, now: Date) => !r.closed_at && r.closes_at > now.toISOString();

async function toConsultation(q: Queryable, r: ConsultationRow, now: Date): Promise<Consultation> {
  const count = await q.get<{ n: number | string }>(
    "SELECT COUNT(*) AS n FROM document_comments WHERE kind = 'chartes' AND document_id = ? AND version = ?",
    [r.document_id, Number(r.version)],
  );
  return {
    version: Number(r.version),
    openedAt: r.opened_at,
    openedBy: r.opened_by,
    closesAt: r.closes_at,
    ...(r.closed_at ? { closedAt: r.closed_at } : {}),
    open: isOpen(r, now),
    ...(r.message ? { message: r.message } : {}),
    comments: Number(count?.n ?? 0),
  };
}

const latest = (q: Queryable, id: string) =>
  q.get<ConsultationRow>(
    "SELECT * FROM consultations WHERE kind = 'chartes' AND document_id = ? ORDER BY opened_at DESC, id DESC LIMIT 1",
    [id],
  );

/** Ends the consultation now and withdraws its link: its comments stay with the version. */
async function closeRow(q: Queryable, row: ConsultationRow, at: string): Promise<void> {
  await q.run('UPDATE consultations SET closed_at = ? WHERE id = ? AND closed_at IS NULL', [
    at,
    row.id,
  ]);
  await q.run('UPDATE edit_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [
    at,
    row.link_id,
  ]);
}

/** Submits the version the organiser saw (If-Match) for consultation, with a read-only link shown this once. */
export async function openConsultation(
  db: Db,
  id: string,
  input: ConsultationInput,
  ifMatch: string | undefined,
  by: Actor,
  locale: Locale,
  now = new Date(),
): Promise<ConsultationOpened> {
  const closesAt = new Date(input.closesAt);
  if (closesAt <= now)
    throw invalid(
      'closesAt',
      'too_small',
      say(
        locale,
        '« Date de clôture » doit être à venir.',
        '“Closing date” must be in the future.',
      ),
    );
  return db.tx(async (q) => {
    const head = await lockHead(db, q, 'chartes', id, ifMatch);
    const version = Number(head.version);
    const row = (await versionRow(q, 'chartes', id, version))!;
    if (row.status !== 'draft') throw new HttpProblem(409, 'not_a_draft');
    const previous = await latest(q, id);
    const at = now.toISOString();
    if (previous && !previous.closed_at) await closeRow(q, previous, at);
    const link = await createLink(
      q,
      'chartes',
      id,
      {
        access: 'view',
        label: say(
          locale,
          `Consultation des membres — version ${version}`,
          `Members’ consultation — version ${version}`,
        ),
        expiresAt: closesAt.toISOString(),
      },
      by,
    );
    const created: ConsultationRow = {
      id: randomUUID(),
      document_id: id,
      version,
      link_id: link.id,
      opened_at: at,
      opened_by: by.label,
      closes_at: closesAt.toISOString(),
      closed_at: null,
      message: input.message?.trim() || null,
    };
    await q.run(
      "INSERT INTO consultations (id, kind, document_id, version, link_id, opened_at, opened_by, closes_at, message) VALUES (?, 'chartes', ?, ?, ?, ?, ?, ?, ?)",
      [
        created.id,
        id,
        version,
        link.id,
        created.opened_at,
        created.opened_by,
        created.closes_at,
        created.message,
      ],
    );
    return { ...(await toConsultation(q, created, now)), link };
  });
}

/** The latest consultation, or null when the charte was never submitted to its members. */
export async function readConsultation(db: Db, id: string, now = new Date()) {
  const row = await latest(db, id);
  return row ? toConsultation(db, row, now) : null;
}

export async function closeConsultation(db: Db, id: string, now = new Date()) {
  return db.tx(async (q) => {
    const row = await latest(q, id);
    if (!row) throw new HttpProblem(404, 'not_found');
    if (!row.closed_at) {
      await closeRow(q, row, now.toISOString());
      row.closed_at = now.toISOString();
    }
    return toConsultation(q, row, now);
  });
}

const toComment = (r: CommentRow): DocumentComment => ({
  id: r.id,
  version: Number(r.version),
  article: r.article,
  author: r.author,
  body: r.body,
  createdAt: r.created_at,
});

/** The comments written on one version, oldest first. */
export async function listComments(db: Db, id: string, version: number) {
  const rows = await db.all<CommentRow>(
    "SELECT * FROM document_comments WHERE kind = 'chartes' AND document_id = ? AND version = ? ORDER BY created_at, id",
    [id, version],
  );
  return { items: rows.map(toComment), total: rows.length, limit: rows.length, offset: 0 };
}

/** At most this many comments on one version: a consultation is a council's, not a forum's. */
export const MAX_COMMENTS = 2000;

/** A member's comment on an article of the version under consultation, while it is open. */
export async function addComment(
  db: Db,
  id: string,
  version: number,
  input: CommentInput,
  by: Actor,
  locale: Locale,
  now = new Date(),
): Promise<DocumentComment> {
  return db.tx(async (q) => {
    const open = await q.get<ConsultationRow>(
      "SELECT * FROM consultations WHERE kind = 'chartes' AND document_id = ? AND version = ? AND closed_at IS NULL AND closes_at > ?",
      [id, version, now.toISOString()],
    );
    if (!open) throw new HttpProblem(409, 'consultation_closed');
    const row = (await versionRow(q, 'chartes', id, version))!;
    const data = JSON.parse(row.data) as CharteInput;
    const articles = assembleCharte(CHARTE_LIBRARY, data, locale).sections.flatMap(
      (s) => s.articles,
    );
    if (!articles.some((a) => a.id === input.article))
      throw invalid(
        'article',
        'unknown_article',
        say(
          locale,
          `« Article » : ${input.article} n’est pas un article de la version ${version}.`,
          `“Article”: ${input.article} is not an article of version ${version}.`,
        ),
      );
    const count = await q.get<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM document_comments WHERE kind = 'chartes' AND document_id = ? AND version = ?",
      [id, version],
    );
    if (Number(count?.n ?? 0) >= MAX_COMMENTS) throw new HttpProblem(413, 'payload_too_large');
    const comment: CommentRow = {
      id: randomUUID(),
      version,
      article: input.article,
      author: input.author.trim(),
      body: input.body.trim(),
      created_at: now.toISOString(),
    };
    await q.run(
      "INSERT INTO document_comments (id, kind, document_id, version, article, author, body, created_at, link_id) VALUES (?, 'chartes', ?, ?, ?, ?, ?, ?, ?)",
      [
        comment.id,
        id,
        version,
        comment.article,
        comment.author,
        comment.body,
        comment.created_at,
        by.via === 'link' ? by.linkId : null,
      ],
    );
    return toComment(comment);
  });
}
