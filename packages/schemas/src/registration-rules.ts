// The registration rules, once, DOM-free: the server, the memory adapter and the elements all ask here.
import type { ProblemCode } from './problem.js';
import type { Session, SessionStatus } from './session.js';

/** Seats still free: never negative, even when an organiser lowers the capacity below the confirmed count. */
export const seatsLeft = (capacity: number, confirmed: number): number =>
  Math.max(0, capacity - confirmed);

/** The status the API reports for a session, from its cancellation and its seats. */
export function sessionStatus(
  cancelled: boolean,
  capacity: number,
  confirmed: number,
): SessionStatus {
  if (cancelled) return 'cancelled';
  return seatsLeft(capacity, confirmed) === 0 ? 'full' : 'scheduled';
}

export type Availability = 'open' | 'waitlist' | 'full' | 'cancelled';

/** Where a session stands for someone who wants a seat, the clock aside. */
export function availability(
  s: Pick<Session, 'status' | 'seatsLeft' | 'waitingList'>,
): Availability {
  if (s.status === 'cancelled') return 'cancelled';
  if (s.seatsLeft > 0) return 'open';
  return s.waitingList ? 'waitlist' : 'full';
}

/** The facts that decide a registration. */
export type RegistrationFacts = Pick<
  Session,
  'status' | 'seatsLeft' | 'waitingList' | 'start' | 'registrationOpensAt' | 'registrationClosesAt'
>;

/** Whether a resident can register now: open, waiting list, or why not. */
export type RegistrationState = Availability | 'closed' | 'not_open' | 'past';

export function registrationState(s: RegistrationFacts, now: Date): RegistrationState {
  if (s.status === 'cancelled') return 'cancelled';
  const t = now.getTime();
  if (Date.parse(s.start) <= t) return 'past';
  if (s.registrationOpensAt && Date.parse(s.registrationOpensAt) > t) return 'not_open';
  if (s.registrationClosesAt && Date.parse(s.registrationClosesAt) <= t) return 'closed';
  return availability(s);
}

/** Why a registration is refused: the problem code the API answers, with the dates the message gives. */
export interface Refusal {
  code: Extract<
    ProblemCode,
    | 'session_cancelled'
    | 'session_past'
    | 'registration_not_open'
    | 'registration_closed'
    | 'already_registered'
    | 'session_full'
  >;
  opensAt?: string;
  closesAt?: string;
}

/** A registration's fate: the seat it gets, or its refusal. */
export type Admission =
  | { status: 'confirmed' | 'waitlisted'; refusal?: undefined }
  | { status?: undefined; refusal: Refusal };

/**
 * Decides one registration, checking in the order residents are told: cancelled, past, not yet open, closed,
 * already registered (same e-mail), then the seats.
 */
export function admission(s: RegistrationFacts, now: Date, alreadyRegistered = false): Admission {
  const state = registrationState(s, now);
  switch (state) {
    case 'cancelled':
      return { refusal: { code: 'session_cancelled' } };
    case 'past':
      return { refusal: { code: 'session_past' } };
    case 'not_open':
      return { refusal: { code: 'registration_not_open', opensAt: s.registrationOpensAt } };
    case 'closed':
      return { refusal: { code: 'registration_closed', closesAt: s.registrationClosesAt } };
    default:
      if (alreadyRegistered) return { refusal: { code: 'already_registered' } };
      if (state === 'full') return { refusal: { code: 'session_full' } };
      return { status: state === 'open' ? 'confirmed' : 'waitlisted' };
  }
}
