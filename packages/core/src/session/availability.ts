import type { Locale, Session } from '@conseils-citoyens/schemas';
import { sessionStrings } from './session-strings.js';
import { formatDateTime } from '../i18n/locale.js';

export type Availability = 'open' | 'waitlist' | 'full' | 'cancelled';

/** Where a session stands for someone who wants a seat. */
export function availability(s: Pick<Session, 'status' | 'seatsLeft' | 'waitingList'>): Availability {
  if (s.status === 'cancelled') return 'cancelled';
  if (s.seatsLeft > 0) return 'open';
  return s.waitingList ? 'waitlist' : 'full';
}

/** “3 places restantes”, “Complet – liste d'attente : 2 personnes”, “Complet”, “Séance annulée”. */
export function availabilityLabel(s: Pick<Session, 'status' | 'seatsLeft' | 'waitingList' | 'waitlisted'>, locale: Locale): string {
  const t = sessionStrings[locale];
  switch (availability(s)) {
    case 'cancelled': return t.cancelled;
    case 'open': return t.seatsLeft(s.seatsLeft);
    case 'waitlist': return t.waitingList(s.waitlisted);
    case 'full': return t.full;
  }
}

/** Whether a resident can register now, from the session and the clock (the server decides in the end). */
export type RegistrationState = Availability | 'closed' | 'not_open' | 'past';

export function registrationState(s: Pick<Session, 'status' | 'seatsLeft' | 'waitingList' | 'start' | 'registrationOpensAt' | 'registrationClosesAt'>, now: Date): RegistrationState {
  if (s.status === 'cancelled') return 'cancelled';
  const t = now.getTime();
  if (Date.parse(s.start) <= t) return 'past';
  if (s.registrationOpensAt && Date.parse(s.registrationOpensAt) > t) return 'not_open';
  if (s.registrationClosesAt && Date.parse(s.registrationClosesAt) <= t) return 'closed';
  return availability(s);
}

/** Why one cannot register now, in words with the dates, or undefined when one can. */
export function registrationClosedReason(s: Parameters<typeof registrationState>[0], now: Date, locale: Locale): string | undefined {
  const t = sessionStrings[locale];
  const date = (iso: string) => formatDateTime(iso, locale);
  switch (registrationState(s, now)) {
    case 'cancelled': return t.cancelledNoRegistration;
    case 'past': return t.past;
    case 'not_open': return t.opensOn(date(s.registrationOpensAt!));
    case 'closed': return t.closedSince(date(s.registrationClosesAt!));
    case 'full': return t.fullNoWaitlist;
    default: return undefined;
  }
}
