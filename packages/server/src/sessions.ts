import { randomBytes, randomUUID } from 'node:crypto';
import type {
  RegistrationFacts,
  Session,
  SessionInput,
  SessionPatch,
  SessionQuery,
} from '@conseils-citoyens/schemas';
import {
  CLEARABLE_SESSION_FIELDS,
  SessionInput as SessionInputSchema,
  fieldErrors,
  quotaKeyOf,
  quotaSeats,
  sameGroups,
  seatsLeft,
  sessionStatus,
  strayPeopleError,
  type Locale,
} from '@conseils-citoyens/schemas';
import type { Db, Queryable } from './db.js';
import { HttpProblem } from './problem.js';
import { sha256 } from './idempotency.js';
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

/** Counts by group of a split: `{ confirmed: { habitant: 3 }, waitlisted: { … } }`. */
export interface GroupCounts {
  confirmed: Record<string, number>;
  waitlisted: Record<string, number>;
}

/** Each session's counts by group, for the sessions that split their seats (one query for a whole page). */
async function countsByGroup(db: Queryable, ids: string[]): Promise<Map<string, GroupCounts>> {
  const out = new Map<string, GroupCounts>();
  if (!ids.length) return out;
  const rows = await db.all<{
    session_id: string;
    quota: string;
    status: string;
    n: number | string;
  }>(
    `SELECT session_id, quota, status, COUNT(*) AS n FROM registrations
     WHERE session_id IN (${ids.map(() => '?').join(', ')}) AND status <> 'cancelled' GROUP BY session_id, quota, status`,
    ids,
  );
  for (const r of rows) {
    const c = out.get(r.session_id) ?? { confirmed: {}, waitlisted: {} };
    c[r.status as keyof GroupCounts][r.quota] = Number(r.n);
    out.set(r.session_id, c);
  }
  return out;
}

/** The rows' sessions, with each split's figures by group. */
async function withGroups(
  db: Queryable,
  rows: (SessionRow & { confirmed: number | string; waitlisted: number | string })[],
): Promise<Session[]> {
  const split = rows.filter((r) => (JSON.parse(r.data) as SessionInput).quotas).map((r) => r.id);
  const counts = await countsByGroup(db, split);
  return rows.map((r) => toSession(r, counts.get(r.id)));
}

export function toSession(
  row: SessionRow & { confirmed: number | string; waitlisted: number | string },
  groups: GroupCounts = { confirmed: {}, waitlisted: {} },
): Session {
  const input = JSON.parse(row.data) as SessionInput;
  const confirmed = Number(row.confirmed);
  return {
    ...input,
    ...(input.quotas
      ? { quotaSeats: quotaSeats(input.quotas, groups.confirmed, groups.waitlisted) }
      : {}),
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

/**
 * What the registration rules need to know of a session row, given the confirmed count of the seats at stake: the
 * whole session's, or one group's (`capacity` is then the group's seats).
 */
export function registrationFacts(
  row: SessionRow,
  confirmed: number,
  capacity = row.capacity,
): RegistrationFacts {
  return {
    status: sessionStatus(!!row.cancelled, capacity, confirmed),
    seatsLeft: seatsLeft(capacity, confirmed),
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
    items: await withGroups(db, rows),
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
  return (await withGroups(db, [row]))[0]!;
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
  locale: Locale = 'fr',
): Promise<Session> {
  await db.tx(async (q) => {
    const row = await q.get<SessionRow>(`SELECT * FROM sessions WHERE id = ?${db.forUpdate}`, [id]);
    if (!row) throw new HttpProblem(404, 'not_found');
    const { status, cancellationReason, ...fields } = patch;
    const merged = { ...(JSON.parse(row.data) as SessionInput), ...fields } as SessionInput;
    // `null` takes an optional field away (a theme, a registration window, a split…).
    for (const k of CLEARABLE_SESSION_FIELDS) if (fields[k] === null) delete merged[k];
    // The whole session again, as it will be: a new capacity must still match the split, the end follow the start.
    const checked = SessionInputSchema.safeParse(merged);
    if (!checked.success)
      throw new HttpProblem(422, 'validation', {
        errors: fieldErrors(checked.error, merged, locale),
      });
    const cancelled = status === undefined ? row.cancelled : status === 'cancelled' ? 1 : 0;
    const before = JSON.parse(row.data) as SessionInput;
    if (!sameGroups(before.quotas, merged.quotas)) await regroup(q, id, merged, locale);
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
    if (!cancelled) await promoteWaitlist(q, id, merged, mail);
    if (cancelled && !row.cancelled) await mailSessionNews(q, mail, id, 'session_cancelled');
    else if (!cancelled && (moved || row.cancelled))
      await mailSessionNews(q, mail, id, 'session_changed');
    if (before.reminder || merged.reminder) await planReminders(q, mail, id);
  });
  return getSession(db, id);
}

/**
 * Fills free seats from the waiting list, first in, first out — in each group of a split on its own — and tells each
 * person promoted by e-mail. Runs inside the caller's transaction.
 */
export async function promoteWaitlist(
  q: Queryable,
  sessionId: string,
  split: Pick<SessionInput, 'capacity' | 'quotas' | 'confirmPromotionHours'>,
  mail: MailSettings,
  now = new Date(),
): Promise<void> {
  const groups = split.quotas?.groups ?? [{ key: '', seats: split.capacity }];
  const promoted: { id: string; offer?: { token: string; until: string } }[] = [];
  // Held for the person when the organiser asks for a confirmation: a secret for the e-mail's link, a deadline.
  const hold = split.confirmPromotionHours
    ? () => ({
        token: randomBytes(24).toString('base64url'),
        until: new Date(now.getTime() + split.confirmPromotionHours! * 3600_000).toISOString(),
      })
    : undefined;
  for (const g of groups) {
    const c = await q.get<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM registrations WHERE session_id = ? AND quota = ? AND status = 'confirmed'`,
      [sessionId, g.key],
    );
    const free = g.seats - Number(c?.n ?? 0);
    if (free <= 0) continue;
    const next = await q.all<{ id: string }>(
      `SELECT id FROM registrations WHERE session_id = ? AND quota = ? AND status = 'waitlisted' ORDER BY seq LIMIT ?`,
      [sessionId, g.key, free],
    );
    for (const r of next) {
      const offer = hold?.();
      await q.run(
        `UPDATE registrations SET status = 'confirmed', confirm_by = ?, offer_token_hash = ? WHERE id = ?`,
        [offer?.until ?? null, offer ? sha256(offer.token) : null, r.id],
      );
      promoted.push(offer ? { id: r.id, offer } : { id: r.id });
    }
  }
  await mailPromoted(q, mail, promoted);
}

/**
 * A split set, changed or taken away on a session that has people already: each one goes to the group their collège
 * or town names (every registration keeps its place in the order). Refused, naming the field, when someone fits no
 * group: their seat must not vanish.
 */
async function regroup(q: Queryable, sessionId: string, split: SessionInput, locale: Locale) {
  const rows = await q.all<{ id: string; data: string }>(
    `SELECT id, data FROM registrations WHERE session_id = ? AND status <> 'cancelled'`,
    [sessionId],
  );
  const placed = rows.map((r) => ({
    id: r.id,
    key: quotaKeyOf(split.quotas, JSON.parse(r.data) as { college?: string; town?: string }),
  }));
  const stray = placed.filter((p) => p.key === undefined).length;
  if (stray)
    throw new HttpProblem(422, 'validation', {
      errors: [strayPeopleError(stray, locale)],
    });
  for (const p of placed)
    await q.run('UPDATE registrations SET quota = ? WHERE id = ?', [p.key, p.id]);
}
