import type { Locale, ProblemCode, Refusal, Session } from '@conseils-citoyens/schemas';
import {
  admission,
  availability,
  type RegistrationFacts,
} from '@conseils-citoyens/schemas/registration-rules.js';
import { sessionStrings } from './session-strings.js';
import { formatDateTime } from '../i18n/locale.js';

/** “3 places restantes”, “Complet – liste d'attente : 2 personnes”, “Complet”, “Séance annulée”. */
export function availabilityLabel(
  s: Pick<Session, 'status' | 'seatsLeft' | 'waitingList' | 'waitlisted'>,
  locale: Locale,
): string {
  const t = sessionStrings.of(locale);
  switch (availability(s)) {
    case 'cancelled':
      return t.cancelled;
    case 'open':
      return t.seatsLeft(s.seatsLeft);
    case 'waitlist':
      return t.waitingList(s.waitlisted);
    case 'full':
      return t.full;
  }
}

/** A refusal in words, with its dates: what the calendar says before, and the form after, an attempt. */
export function refusalReason(
  refusal: Omit<Refusal, 'code'> & { code?: ProblemCode },
  locale: Locale,
): string | undefined {
  const t = sessionStrings.of(locale);
  switch (refusal.code) {
    case 'session_cancelled':
      return t.cancelledNoRegistration;
    case 'session_past':
      return t.past;
    case 'registration_not_open':
      return refusal.opensAt ? t.opensOn(formatDateTime(refusal.opensAt, locale)) : t.notOpen;
    case 'registration_closed':
      return refusal.closesAt ? t.closedSince(formatDateTime(refusal.closesAt, locale)) : t.closed;
    case 'already_registered':
      return t.alreadyRegistered;
    case 'session_full':
      return t.fullNoWaitlist;
    default:
      return undefined; // not a refusal of the registration rules
  }
}

/** Why one cannot register now, in words with the dates, or undefined when one can (the server decides in the end). */
export function registrationClosedReason(
  s: RegistrationFacts,
  now: Date,
  locale: Locale,
): string | undefined {
  const { refusal } = admission(s, now);
  return refusal && refusalReason(refusal, locale);
}
