// What each change says by e-mail: the rows of the outbox written inside the change's own transaction.
import type { Locale, OutboxKind, RegistrationRequest } from '@conseils-citoyens/schemas';
import type { Queryable } from '../db.js';
import { getSession } from '../sessions.js';
import { enqueue } from './outbox.js';
import {
  registrationMail,
  reminderMail,
  sessionMail,
  type Composed,
  type RegistrationMail,
} from './messages.js';
import { trustedLink, type MailSettings } from './settings.js';

interface Registered {
  id: string;
  session_id: string;
  data: string;
  locale?: string | null;
}

const localeOf = (r: Registered): Locale => (r.locale === 'en' ? 'en' : 'fr');

/** The cancellation link a confirmation carries: the form's own page, as `<cc-registration-form>` reads it. */
export function cancelUrlFor(
  pageUrl: string | undefined | null,
  settings: MailSettings,
  id: string,
  token: string,
  param: 'cc-cancel' | 'cc-confirm' = 'cc-cancel',
): string | undefined {
  const page = trustedLink(pageUrl ?? undefined, settings);
  if (!page) return undefined;
  const url = new URL(page);
  url.hash = '';
  url.searchParams.delete('cc-session');
  url.searchParams.set('cc-registration', id);
  url.searchParams.set(param, token);
  return url.href;
}

/** Writes the e-mail about one registration into the outbox (inside the caller's transaction). */
export async function mailRegistration(
  q: Queryable,
  settings: MailSettings,
  r: Registered,
  m: Omit<RegistrationMail, 'session' | 'firstName'>,
): Promise<void> {
  const person = JSON.parse(r.data) as Partial<RegistrationRequest>;
  if (!person.email) return; // taken by phone without an address: the organiser tells the person
  const session = await getSession(q, r.session_id);
  const locale = localeOf(r);
  await enqueue(q, {
    kind: m.kind,
    to: person.email,
    locale,
    about: r.id,
    mail: registrationMail({ ...m, session, firstName: person.firstName ?? '' }, locale, settings),
  });
}

/**
 * Everyone just moved from the waiting list to a seat is told so; a seat held for them (`offer`) comes with the link
 * that confirms it, to the page they registered on.
 */
export async function mailPromoted(
  q: Queryable,
  settings: MailSettings,
  promoted: readonly { id: string; offer?: { token: string; until: string } }[],
): Promise<void> {
  for (const { id, offer } of promoted) {
    const r = await q.get<Registered & { page_url?: string | null }>(
      'SELECT * FROM registrations WHERE id = ?',
      [id],
    );
    if (r)
      await mailRegistration(q, settings, r, {
        kind: 'registration_promoted',
        ...(offer
          ? {
              offer: {
                until: offer.until,
                confirmUrl: cancelUrlFor(r.page_url, settings, id, offer.token, 'cc-confirm'),
              },
            }
          : {}),
      });
  }
}

/** Everyone registered (confirmed or waiting) hears that their session moved or is cancelled. */
export async function mailSessionNews(
  q: Queryable,
  settings: MailSettings,
  sessionId: string,
  kind: 'session_changed' | 'session_cancelled',
): Promise<void> {
  const session = await getSession(q, sessionId);
  await mailEach(q, sessionId, `status <> 'cancelled'`, { kind }, (firstName, locale) =>
    sessionMail({ kind, session, firstName }, locale, settings),
  );
}

/**
 * One e-mail to each person of a session in `statuses` who left an address (one taken by phone may have none),
 * in their language, written into the outbox now, due `at` (at once by default).
 */
async function mailEach(
  q: Queryable,
  sessionId: string,
  statuses: string,
  m: { kind: OutboxKind; at?: Date },
  compose: (firstName: string, locale: Locale) => Composed,
): Promise<void> {
  const people = await q.all<Registered>(
    `SELECT * FROM registrations WHERE session_id = ? AND ${statuses} ORDER BY seq`,
    [sessionId],
  );
  for (const r of people) {
    const person = JSON.parse(r.data) as Partial<RegistrationRequest>;
    if (!person.email) continue;
    const locale = localeOf(r);
    await enqueue(q, {
      ...m,
      to: person.email,
      locale,
      about: r.id,
      mail: compose(person.firstName ?? '', locale),
    });
  }
}

const DAY = 24 * 3600_000;

/**
 * The reminders of a session, planned again from what it is now: each person with a seat and an address gets one,
 * 24 hours before it starts (written now, sent then by the worker). Run in the transaction of every change to its
 * seats or its time; a cancelled session, a cancelled seat or a session too close sends none.
 */
export async function planReminders(
  q: Queryable,
  settings: MailSettings,
  sessionId: string,
  now = new Date(),
): Promise<void> {
  await q.run(
    `DELETE FROM outbox WHERE kind = 'session_reminder' AND status = 'pending'
     AND subject_id IN (SELECT id FROM registrations WHERE session_id = ?)`,
    [sessionId],
  );
  const session = await getSession(q, sessionId);
  const at = new Date(Date.parse(session.start) - DAY);
  if (
    !session.reminder ||
    session.status === 'cancelled' ||
    at.getTime() < now.getTime() + 3600_000
  )
    return;
  await mailEach(
    q,
    sessionId,
    `status = 'confirmed'`,
    { kind: 'session_reminder', at },
    (firstName, locale) => reminderMail({ session, firstName }, locale, settings),
  );
}
