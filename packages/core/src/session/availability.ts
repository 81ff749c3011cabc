import type { Locale, Session } from '@conseils-citoyens/schemas';
import { sessionStrings } from './session-strings.js';

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
