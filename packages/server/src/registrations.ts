import { randomBytes, randomUUID } from 'node:crypto';
import type {
  SessionInput,
  StaffEntry,
  Attendance,
  Registration,
  RegistrationReceipt,
  RegistrationRequest,
} from '@conseils-citoyens/schemas';
import {
  HONEYPOT_FIELD,
  admission,
  fieldLabel,
  missingGroupError,
  quotaCapacity,
  quotaKeyOf,
  registrantKey,
} from '@conseils-citoyens/schemas';
import type { Db, Queryable } from './db.js';
import { HttpProblem } from './problem.js';
import { idempotent, sha256, type Stored } from './idempotency.js';
import { purgeDrafts } from './questionnaires.js';

export { sha256, type Stored };
import { promoteWaitlist, registrationFacts, type SessionRow } from './sessions.js';
import { cancelUrlFor, mailRegistration, planReminders } from './mail/notify.js';
import { trustedLink } from './mail/settings.js';
import { eraseMailTo, purgeOutbox } from './mail/outbox.js';
import { DEFAULT_MAIL, type MailSettings, type Writer } from './mail/settings.js';

const DEFAULT_WRITER: Writer = { locale: 'fr', mail: DEFAULT_MAIL };

const normaliseEmail = (email: string) => email.trim().toLowerCase();

interface RegistrationRow {
  id: string;
  session_id: string;
  seq: number;
  status: Registration['status'];
  data: string;
  token_hash: string;
  created_at: string;
  cancelled_at: string | null;
  attendance?: Attendance | null;
  locale?: string | null;
  quota?: string;
  confirm_by?: string | null;
  offer_token_hash?: string | null;
}

async function position(q: Queryable, row: RegistrationRow): Promise<number | null> {
  if (row.status !== 'waitlisted') return null;
  const r = await q.get<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM registrations WHERE session_id = ? AND quota = ? AND status = 'waitlisted' AND seq <= ?`,
    [row.session_id, row.quota ?? '', row.seq],
  );
  return Number(r?.n ?? 1);
}

async function toRegistration(q: Queryable, row: RegistrationRow): Promise<Registration> {
  return {
    id: row.id,
    sessionId: row.session_id,
    status: row.status,
    waitlistPosition: await position(q, row),
    ...(JSON.parse(row.data) as RegistrationRequest),
    createdAt: row.created_at,
    ...(row.cancelled_at ? { cancelledAt: row.cancelled_at } : {}),
    ...(row.attendance ? { attendance: row.attendance } : {}),
    ...(row.quota ? { quota: row.quota } : {}),
    ...(row.confirm_by && row.status === 'confirmed' ? { confirmBy: row.confirm_by } : {}),
  };
}

/**
 * Registers one person: lock the session, check, insert, remember the answer under the
 * Idempotency-Key — all in one transaction, so it cannot overbook and a replay finds its answer.
 */
export async function register(
  db: Db,
  sessionId: string,
  request: RegistrationRequest | StaffEntry,
  idempotencyKey: string | undefined,
  now = new Date(),
  writer: Writer = DEFAULT_WRITER,
): Promise<Stored> {
  const {
    [HONEYPOT_FIELD]: honeypot,
    pageUrl,
    ...person
  } = request as RegistrationRequest & Partial<StaffEntry>;
  if (honeypot) throw new HttpProblem(422, 'validation'); // filled by robots only; people never see it
  // An organiser's entry (`source`) has its own idempotency scope: its keys never meet a resident's.
  const scope = `${person.source ? 'entry' : 'registration'}:${sessionId}`;
  return idempotent(db, scope, idempotencyKey, request, async (q) => {
    const session = await q.get<SessionRow>(`SELECT * FROM sessions WHERE id = ?${db.forUpdate}`, [
      sessionId,
    ]);
    if (!session) throw new HttpProblem(404, 'not_found');
    const { quotas, reminder } = JSON.parse(session.data) as SessionInput;
    // The group whose seats and waiting list this person is counted in ('' without a split).
    const quota = quotaKeyOf(quotas, person);
    if (quota === undefined)
      throw new HttpProblem(422, 'validation', {
        errors: [
          missingGroupError(quotas!, fieldLabel([quotas!.by], writer.locale), writer.locale),
        ],
      });
    const t = now.toISOString();
    const email = registrantKey(person); // the address, or without one the name and phone
    const dup = await q.get(
      `SELECT id FROM registrations WHERE session_id = ? AND email_norm = ? AND status <> 'cancelled'`,
      [sessionId, email],
    );
    const counts = await q.get<{ confirmed: number | string; last: number | string | null }>(
      `SELECT SUM(CASE WHEN status = 'confirmed' AND quota = ? THEN 1 ELSE 0 END) AS confirmed, MAX(seq) AS last
       FROM registrations WHERE session_id = ?`,
      [quota, sessionId],
    );
    const verdict = admission(
      registrationFacts(
        session,
        Number(counts?.confirmed ?? 0),
        quotaCapacity(quotas, session.capacity, quota),
      ),
      now,
      !!dup,
    );
    if (verdict.refusal) {
      const { code, ...dates } = verdict.refusal;
      throw new HttpProblem(409, code, dates);
    }
    const token = randomBytes(24).toString('base64url');
    const row: RegistrationRow = {
      id: randomUUID(),
      session_id: sessionId,
      seq: Number(counts?.last ?? 0) + 1,
      status: verdict.status,
      data: JSON.stringify({ ...person, ...(person.email ? { email: person.email.trim() } : {}) }),
      token_hash: sha256(token),
      created_at: t,
      cancelled_at: null,
      quota,
    };
    await q.run(
      `INSERT INTO registrations (id, session_id, seq, status, email_norm, data, token_hash, created_at, locale, quota, page_url)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.session_id,
        row.seq,
        row.status,
        email,
        row.data,
        row.token_hash,
        row.created_at,
        writer.locale,
        quota,
        trustedLink(pageUrl, writer.mail) ?? null, // where a later e-mail's links lead (a freed seat to confirm)
      ],
    );
    const body: RegistrationReceipt = {
      ...(await toRegistration(q, row)),
      cancellationToken: token,
    };
    await mailRegistration(
      q,
      writer.mail,
      { ...row, locale: writer.locale },
      {
        kind: row.status === 'waitlisted' ? 'registration_waitlisted' : 'registration_confirmed',
        waitlistPosition: body.waitlistPosition,
        cancelUrl: cancelUrlFor(pageUrl, writer.mail, row.id, token),
      },
    );
    if (row.status === 'confirmed' && reminder) await planReminders(q, writer.mail, sessionId, now);
    return { status: 201, body };
  });
}

/**
 * Cancels a registration and promotes the waiting list in the same transaction: by the person's secret token, or by
 * an organiser on their behalf (`token` null; the route has checked the credential). The person is told by e-mail.
 */
export async function cancel(
  db: Db,
  id: string,
  token: string | null,
  mail: MailSettings = DEFAULT_MAIL,
): Promise<Registration> {
  return db.tx(async (q) => {
    const found = await q.get<RegistrationRow>('SELECT * FROM registrations WHERE id = ?', [id]);
    // The secret of the confirmation, or of the e-mail that offered a freed seat (« je ne viens pas »).
    const mine = (r: RegistrationRow) =>
      token === null || [r.token_hash, r.offer_token_hash].includes(sha256(token));
    if (!found || !mine(found)) throw new HttpProblem(404, 'not_found');
    const session = await q.get<SessionRow>(`SELECT * FROM sessions WHERE id = ?${db.forUpdate}`, [
      found.session_id,
    ]);
    const row = (await q.get<RegistrationRow>('SELECT * FROM registrations WHERE id = ?', [id]))!;
    if (row.status === 'cancelled') throw new HttpProblem(409, 'already_cancelled');
    const t = new Date().toISOString();
    await q.run(
      `UPDATE registrations SET status = 'cancelled', cancelled_at = ?, confirm_by = NULL, offer_token_hash = NULL WHERE id = ?`,
      [t, id],
    );
    await mailRegistration(q, mail, row, { kind: 'registration_cancelled' });
    if (session)
      await promoteWaitlist(q, row.session_id, JSON.parse(session.data) as SessionInput, mail);
    if (session && (JSON.parse(session.data) as SessionInput).reminder)
      await planReminders(q, mail, row.session_id);
    return toRegistration(q, { ...row, status: 'cancelled', cancelled_at: t });
  });
}

/**
 * The person's confirmation (or waiting-list) e-mail again, for an organiser (« je n'ai rien reçu »): a new token, so a
 * new cancellation link to `pageUrl`; the one sent before stops working. Written to the outbox in the transaction.
 */
export async function resendConfirmation(
  db: Db,
  id: string,
  pageUrl: string | undefined,
  mail: MailSettings = DEFAULT_MAIL,
): Promise<Registration> {
  return db.tx(async (q) => {
    const row = await q.get<RegistrationRow>('SELECT * FROM registrations WHERE id = ?', [id]);
    if (!row) throw new HttpProblem(404, 'not_found');
    if (row.status === 'cancelled') throw new HttpProblem(409, 'already_cancelled');
    const token = randomBytes(24).toString('base64url');
    await q.run('UPDATE registrations SET token_hash = ? WHERE id = ?', [sha256(token), id]);
    const registration = await toRegistration(q, row);
    await mailRegistration(q, mail, row, {
      kind: row.status === 'waitlisted' ? 'registration_waitlisted' : 'registration_confirmed',
      waitlistPosition: registration.waitlistPosition,
      cancelUrl: cancelUrlFor(pageUrl, mail, id, token),
    });
    return registration;
  });
}

/**
 * One place up or down the waiting list (organisers: a priority the council agreed on), by swapping the order of two
 * neighbours under the session's lock, so a registration or a promotion running meanwhile sees one order or the other.
 */
export async function moveOnWaitlist(
  db: Db,
  id: string,
  by: -1 | 1,
  locale: 'fr' | 'en' = 'fr',
): Promise<Registration> {
  return db.tx(async (q) => {
    const found = await q.get<RegistrationRow>('SELECT * FROM registrations WHERE id = ?', [id]);
    if (!found) throw new HttpProblem(404, 'not_found');
    await q.get(`SELECT id FROM sessions WHERE id = ?${db.forUpdate}`, [found.session_id]);
    const row = (await q.get<RegistrationRow>('SELECT * FROM registrations WHERE id = ?', [id]))!;
    if (row.status !== 'waitlisted')
      throw new HttpProblem(422, 'validation', {
        errors: [
          {
            field: 'by',
            code: 'not_waitlisted',
            message:
              locale === 'en'
                ? 'Only a person on the waiting list can change place in it.'
                : 'Seule une personne de la liste d’attente peut y changer de rang.',
          },
        ],
      });
    const other = await q.get<RegistrationRow>(
      `SELECT * FROM registrations WHERE session_id = ? AND quota = ? AND status = 'waitlisted' AND seq ${by < 0 ? '<' : '>'} ?
       ORDER BY seq ${by < 0 ? 'DESC' : 'ASC'} LIMIT 1`,
      [row.session_id, row.quota ?? '', row.seq],
    );
    if (!other) return toRegistration(q, row); // already first (or last): nothing to move
    // Swapped through a free value: (session_id, seq) is unique at every statement.
    await q.run('UPDATE registrations SET seq = ? WHERE id = ?', [-row.seq, row.id]);
    await q.run('UPDATE registrations SET seq = ? WHERE id = ?', [row.seq, other.id]);
    await q.run('UPDATE registrations SET seq = ? WHERE id = ?', [other.seq, row.id]);
    return toRegistration(q, { ...row, seq: other.seq });
  });
}

/**
 * A freed seat held for the person, confirmed with the secret of the e-mail that offered it (`POST
 * /registrations/{id}/confirm`). Once confirmed, confirming again answers the same; too late, 409 `offer_expired`.
 */
export async function confirmOffer(
  db: Db,
  id: string,
  token: string,
  now = new Date(),
): Promise<Registration> {
  return db.tx(async (q) => {
    const found = await q.get<RegistrationRow>('SELECT * FROM registrations WHERE id = ?', [id]);
    if (!found || (found.offer_token_hash !== sha256(token) && found.token_hash !== sha256(token)))
      throw new HttpProblem(404, 'not_found');
    await q.get(`SELECT id FROM sessions WHERE id = ?${db.forUpdate}`, [found.session_id]);
    const row = (await q.get<RegistrationRow>('SELECT * FROM registrations WHERE id = ?', [id]))!;
    if (row.status === 'cancelled')
      throw new HttpProblem(409, row.confirm_by ? 'offer_expired' : 'already_cancelled');
    if (row.confirm_by && Date.parse(row.confirm_by) <= now.getTime())
      throw new HttpProblem(409, 'offer_expired');
    await q.run('UPDATE registrations SET confirm_by = NULL WHERE id = ?', [id]);
    return toRegistration(q, { ...row, confirm_by: null });
  });
}

/**
 * Seats held past their deadline go to the next person: each such registration is cancelled (its person told), and
 * its group's waiting list moves on (the next one offered the seat in turn). Run every minute by the server.
 */
export async function expireOffers(
  db: Db,
  mail: MailSettings = DEFAULT_MAIL,
  now = new Date(),
): Promise<number> {
  const due = await db.all<{ id: string }>(
    `SELECT id FROM registrations WHERE status = 'confirmed' AND confirm_by IS NOT NULL AND confirm_by <= ?`,
    [now.toISOString()],
  );
  let expired = 0;
  for (const { id } of due)
    await db.tx(async (q) => {
      const first = await q.get<RegistrationRow>('SELECT * FROM registrations WHERE id = ?', [id]);
      const session = await q.get<SessionRow>(
        `SELECT * FROM sessions WHERE id = ?${db.forUpdate}`,
        [first!.session_id],
      );
      const row = (await q.get<RegistrationRow>('SELECT * FROM registrations WHERE id = ?', [id]))!;
      // Confirmed or cancelled meanwhile: nothing to do.
      if (
        row.status !== 'confirmed' ||
        !row.confirm_by ||
        Date.parse(row.confirm_by) > now.getTime()
      )
        return;
      await q.run(
        // The deadline and the secret stay: a late click on the link is told the seat went on (409 offer_expired).
        `UPDATE registrations SET status = 'cancelled', cancelled_at = ? WHERE id = ?`,
        [now.toISOString(), id],
      );
      await mailRegistration(q, mail, row, { kind: 'offer_expired' });
      const input = JSON.parse(session!.data) as SessionInput;
      if (!session!.cancelled) await promoteWaitlist(q, row.session_id, input, mail, now);
      if (input.reminder) await planReminders(q, mail, row.session_id, now);
      expired++;
    });
  return expired;
}

/** Who came (organisers): present, excused or absent; `null` takes the mark back. A cancelled registration has none. */
export async function setAttendance(
  db: Db,
  id: string,
  attendance: Attendance | null,
): Promise<Registration> {
  return db.tx(async (q) => {
    const row = await q.get<RegistrationRow>('SELECT * FROM registrations WHERE id = ?', [id]);
    if (!row) throw new HttpProblem(404, 'not_found');
    if (row.status === 'cancelled') throw new HttpProblem(409, 'already_cancelled');
    await q.run('UPDATE registrations SET attendance = ? WHERE id = ?', [attendance, id]);
    return toRegistration(q, { ...row, attendance });
  });
}

export async function listRegistrations(db: Db, sessionId: string): Promise<Registration[]> {
  const rows = await db.all<RegistrationRow>(
    'SELECT * FROM registrations WHERE session_id = ? ORDER BY seq',
    [sessionId],
  );
  return Promise.all(rows.map((r) => toRegistration(db, r)));
}

/** GDPR: everything held about one person. */
export async function exportPerson(db: Db, email: string): Promise<Registration[]> {
  const rows = await db.all<RegistrationRow>(
    'SELECT * FROM registrations WHERE email_norm = ? ORDER BY created_at',
    [normaliseEmail(email)],
  );
  return Promise.all(rows.map((r) => toRegistration(db, r)));
}

/** GDPR: erases one person; their confirmed seats go to the waiting list. */
export async function erasePerson(
  db: Db,
  email: string,
  mail: MailSettings = DEFAULT_MAIL,
): Promise<number> {
  return db.tx(async (q) => {
    const rows = await q.all<RegistrationRow>('SELECT * FROM registrations WHERE email_norm = ?', [
      normaliseEmail(email),
    ]);
    for (const r of rows) {
      await q.run('DELETE FROM registrations WHERE id = ?', [r.id]);
      const s = await q.get<SessionRow>(`SELECT * FROM sessions WHERE id = ?${db.forUpdate}`, [
        r.session_id,
      ]);
      if (s && r.status === 'confirmed')
        await promoteWaitlist(q, r.session_id, JSON.parse(s.data) as SessionInput, mail);
    }
    await eraseMailTo(q, email);
    await q.run('DELETE FROM idempotency_keys WHERE scope LIKE ? AND body LIKE ?', [
      'registration:%',
      `%${JSON.stringify(email.trim()).slice(1, -1)}%`,
    ]);
    return rows.length;
  });
}

/** Removes personal data of sessions that ended before `before`, expired idempotency keys and questionnaire drafts. */
export async function purge(db: Db, before: Date): Promise<number> {
  return db.tx(async (q) => {
    const cutoff = before.toISOString();
    const n = await q.run(
      'DELETE FROM registrations WHERE session_id IN (SELECT id FROM sessions WHERE end_utc < ?)',
      [cutoff],
    );
    await q.run('DELETE FROM idempotency_keys WHERE created_at < ?', [
      new Date(Date.now() - 48 * 3600_000).toISOString(),
    ]);
    await purgeDrafts(q);
    await purgeOutbox(q);
    return n;
  });
}
