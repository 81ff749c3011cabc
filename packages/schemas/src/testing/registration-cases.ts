// One table of registration cases, run against the rules themselves, the memory adapter (in Chromium)
// and cc-server over HTTP on SQLite and PostgreSQL: three implementations, one expected answer each.
import type { Refusal } from '../registration-rules.js';

const HOUR = 3600_000;

export interface RegistrationCase {
  name: string;
  capacity: number;
  waitingList: boolean;
  /** People registered (in order) before the one under test; `same` repeats the newcomer's e-mail. */
  before: ('other' | 'same')[];
  /** Hours from now. */
  startsIn: number;
  opensIn?: number;
  closesIn?: number;
  /** Cancelled by the organiser (cases that cancel have nobody `before`). */
  cancelled?: boolean;
  expected: 'confirmed' | 'waitlisted' | Refusal['code'];
}

export const REGISTRATION_CASES: RegistrationCase[] = [
  {
    name: 'seats left',
    capacity: 2,
    waitingList: false,
    before: [],
    startsIn: 48,
    expected: 'confirmed',
  },
  {
    name: 'the last seat',
    capacity: 2,
    waitingList: false,
    before: ['other'],
    startsIn: 48,
    expected: 'confirmed',
  },
  {
    name: 'full, waiting list',
    capacity: 1,
    waitingList: true,
    before: ['other'],
    startsIn: 48,
    expected: 'waitlisted',
  },
  {
    name: 'full, waiting list already long',
    capacity: 1,
    waitingList: true,
    before: ['other', 'other'],
    startsIn: 48,
    expected: 'waitlisted',
  },
  {
    name: 'full, no waiting list',
    capacity: 1,
    waitingList: false,
    before: ['other'],
    startsIn: 48,
    expected: 'session_full',
  },
  {
    name: 'cancelled',
    capacity: 5,
    waitingList: true,
    before: [],
    startsIn: 48,
    cancelled: true,
    expected: 'session_cancelled',
  },
  {
    name: 'cancelled beats past',
    capacity: 5,
    waitingList: true,
    before: [],
    startsIn: -1,
    cancelled: true,
    expected: 'session_cancelled',
  },
  {
    name: 'past',
    capacity: 5,
    waitingList: true,
    before: [],
    startsIn: -1,
    expected: 'session_past',
  },
  {
    name: 'not open yet',
    capacity: 5,
    waitingList: true,
    before: [],
    startsIn: 96,
    opensIn: 24,
    expected: 'registration_not_open',
  },
  {
    name: 'window open',
    capacity: 5,
    waitingList: true,
    before: [],
    startsIn: 96,
    opensIn: -24,
    closesIn: 24,
    expected: 'confirmed',
  },
  {
    name: 'closed',
    capacity: 5,
    waitingList: true,
    before: [],
    startsIn: 48,
    closesIn: -1,
    expected: 'registration_closed',
  },
  {
    name: 'same e-mail again',
    capacity: 5,
    waitingList: true,
    before: ['same'],
    startsIn: 48,
    expected: 'already_registered',
  },
  {
    name: 'same e-mail beats full',
    capacity: 1,
    waitingList: false,
    before: ['same'],
    startsIn: 48,
    expected: 'already_registered',
  },
];

/** The case's session times, as ISO strings from `now`. */
export function caseTimes(c: RegistrationCase, now: Date) {
  const at = (hours: number) => new Date(now.getTime() + hours * HOUR).toISOString();
  return {
    start: at(c.startsIn),
    end: at(c.startsIn + 2),
    ...(c.opensIn === undefined ? {} : { registrationOpensAt: at(c.opensIn) }),
    ...(c.closesIn === undefined ? {} : { registrationClosesAt: at(c.closesIn) }),
  };
}

/** The newcomer's e-mail, and the others'. */
export const caseEmail = (who: 'newcomer' | number) =>
  who === 'newcomer' ? 'nouvelle@example.org' : `deja${who}@example.org`;
