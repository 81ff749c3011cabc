import { randomUUID } from 'node:crypto';
import type {
  RegistrationFacts,
  Session,
  SessionInput,
  SessionPatch,
  SessionQuery,
} from '@conseils-citoyens/schemas';
import { seatsLeft, sessionStatus } from '@conseils-citoyens/schemas';
import type { Db, Queryable } from './db.js';
import { HttpProblem } from './problem.js';
import { mailPromoted, mailSessionNews, planReminders } from './mail/notify.js';
import { DEFAULT_MAIL, type MailSettings } from './mail/settings.js';

export interface SessionRow {
  id: string;
  data: string;
  capacity: number;
  waiting_list: number;
  cancelled: number;
  cancellation_reason: string | null;
  updated_at: string;
  sequence?: number | string;
  start_utc: string;
  end_utc: string;
  opens_utc: string | null;
  closes_utc: string | null;
}
const utc = (iso: string | undefined) => (iso ? new Date(iso).toISOString() : null);

/** Live counts, computed in the same query as the sessions. */
const COUNTS = `
  (SELECT COUNT(*) FROM registrations r WHERE r.session_id = s.id AND r.status = 'confirmed') AS confirmed,
  (SELECT COUNT(*) FROM registrations r WHERE r.session_id = s.id AND r.status = 'waitlisted') AS waitlisted`;

export function toSession(
  row: SessionRow & { confirmed: number | string; waitlisted: number | string },
): Session {
  const input = JSON.parse(row.data) as SessionInput;
  const confirmed = Number(row.confirmed);
  return {
    ...input,
    id: row.id,
    timeZone: 'Europe/Paris',
    speakers: input.speakers ?? [],
    status: sessionStatus(!!row.cancelled, row.capacity, confirmed),
    ...(row.cancellation_reason ? { cancellationReason: row.cancellation_reason } : {}),
    confirmed,
    waitlisted: Number(row.waitlisted),
    seatsLeft: seatsLeft(row.capacity, confirmed),
    updatedAt: row.updated_at,
    sequence: Number(row.sequence ?? 0),
  };
}

/** What the registration rules need to know of a session row, given its confirmed count. */
export function registrationFacts(row: SessionRow, confirmed: number): RegistrationFacts {
  return {
    status: sessionStatus(!!row.cancelled, row.capacity, confirmed),
    seatsLeft: seatsLeft(row.capacity, confirmed),
    waitingList: !!row.waiting_list,
    start: row.start_utc,
    registrationOpensAt: row.opens_utc ?? undefined,
    registrationClosesAt: row.closes_utc ?? undefined,
  };
}

export async function listSessions(db: Queryable, q: SessionQuery) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.from) {
    where.push('s.end_utc >= ?');
    params.push(utc(q.from));
  }
  if (q.to) {
    where.push('s.start_utc <= ?');
    params.push(utc(q.to));
  }
  if (q.town) {
    where.push('s.town = ?');
    params.push(q.town);
  }
  if (q.theme) {
    where.push('s.theme = ?');
    params.push(q.theme);
  }
  if (q.kind) {
    where.push('s.kind = ?');
    params.push(q.kind);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await db.get<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM sessions s ${filter}`,
    params,
  );
  const rows = await db.all<SessionRow & { confirmed: number; waitlisted: number }>(
    `SELECT s.*, ${COUNTS} FROM sessions s ${filter} ORDER BY s.start_utc, s.id LIMIT ? OFFSET ?`,
    [...params, q.limit, q.offset],
  );
  return {
    items: rows.map(toSession),
    total: Number(total?.n ?? 0),
    limit: q.limit,
    offset: q.offset,
  };
}

export async function getSession(db: Queryable, id: string): Promise<Session> {
  const row = await db.get<SessionRow & { confirmed: number; waitlisted: number }>(
    `SELECT s.*, ${COUNTS} FROM sessions s WHERE s.id = ?`,
    [id],
  );
  if (!row) throw new HttpProblem(404, 'not_found');
  return toSession(row);
}

function columns(input: SessionInput) {
  return [
    JSON.stringify(input),
    input.kind,
    input.venue.town,
    input.theme ?? null,
    utc(input.start),
    utc(input.end),
    input.capacity,
    input.waitingList ? 1 : 0,
    utc(input.registrationOpensAt),
    utc(input.registrationClosesAt),
  ];
}

export async function createSession(
  db: Db,
  input: SessionInput,
  id: string = randomUUID(),
): Promise<Session> {
  await db.tx((q) =>
    q.run(
      `INSERT INTO sessions (id, data, kind, town, theme, start_utc, end_utc, capacity, waiting_list, opens_utc, closes_utc, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, ...columns(input), new Date().toISOString()],
    ),
  );
  return getSession(db, id);
}

/** Edits a session; a larger capacity promotes the waiting list, a cancellation keeps the registrations. */
export async function patchSession(
  db: Db,
  id: string,
  patch: SessionPatch,
  mail: MailSettings = DEFAULT_MAIL,
): Promise<Session> {
  await db.tx(async (q) => {
    const row = await q.get<SessionRow>(`SELECT * FROM sessions WHERE id = ?${db.forUpdate}`, [id]);
    if (!row) throw new HttpProblem(404, 'not_found');
    const { status, cancellationReason, ...fields } = patch;
    const merged = { ...(JSON.parse(row.data) as SessionInput), ...fields };
    if (Date.parse(merged.end) <= Date.parse(merged.start))
      throw new HttpProblem(422, 'validation', {
        errors: [
          {
            field: 'end',
            code: 'endAfterStart',
            message: '« Fin » doit être postérieure au début.',
          },
        ],
      });
    const cancelled = status === undefined ? row.cancelled : status === 'cancelled' ? 1 : 0;
    const before = JSON.parse(row.data) as SessionInput;
    // What a registrant must hear of: the time, the place or the title moved (a capacity change is not news to them).
    const moved = (['start', 'end', 'title', 'venue'] as const).some(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(merged[k]),
    );
    await q.run(
      `UPDATE sessions SET data = ?, kind = ?, town = ?, theme = ?, start_utc = ?, end_utc = ?, capacity = ?, waiting_list = ?,
       opens_utc = ?, closes_utc = ?, cancelled = ?, cancellation_reason = ?, updated_at = ?, sequence = sequence + 1 WHERE id = ?`,
      [
        ...columns(merged),
        cancelled,
        cancellationReason ?? (cancelled ? row.cancellation_reason : null),
        new Date().toISOString(),
        id,
      ],
    );
    // A cancelled session keeps its registrations but gives no seat away.
    if (!cancelled) await promoteWaitlist(q, id, merged.capacity, mail);
    if (cancelled && !row.cancelled) await mailSessionNews(q, mail, id, 'session_cancelled');
    else if (!cancelled && (moved || row.cancelled))
      await mailSessionNews(q, mail, id, 'session_changed');
    if (before.reminder || merged.reminder) await planReminders(q, mail, id);
  });
  return getSession(db, id);
}

/**
 * Fills free seats from the waiting list, first in, first out, and tells each person promoted by e-mail. Runs inside
 * the caller's transaction.
 */
export async function promoteWaitlist(
  q: Queryable,
  sessionId: string,
  capacity: number,
  mail: MailSettings,
): Promise<void> {
  const c = await q.get<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM registrations WHERE session_id = ? AND status = 'confirmed'`,
    [sessionId],
  );
  const free = capacity - Number(c?.n ?? 0);
  if (free <= 0) return;
  const next = await q.all<{ id: string }>(
    `SELECT id FROM registrations WHERE session_id = ? AND status = 'waitlisted' ORDER BY seq LIMIT ?`,
    [sessionId, free],
  );
  for (const r of next)
    await q.run(`UPDATE registrations SET status = 'confirmed' WHERE id = ?`, [r.id]);
  await mailPromoted(
    q,
    mail,
    next.map((r) => r.id),
  );
}
