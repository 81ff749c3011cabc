// A session that splits its seats (by collège or town) seen from one group. Here, not in schemas/quotas.ts: a module
// the form shares with the staff's session admin would be built into the form's file and make the admin load it all.
import type { Session } from '@conseils-citoyens/schemas';

type QuotaSeats = NonNullable<Session['quotaSeats']>[number];

/** A session seen from one group: its seats and waiting list, for the rules and labels that read a session's. */
export function asGroup<S extends { status: string; seatsLeft: number; waitlisted: number }>(
  s: S,
  g: QuotaSeats,
): S {
  const status = s.status === 'cancelled' ? 'cancelled' : g.seatsLeft ? 'scheduled' : 'full';
  return { ...s, status, seatsLeft: g.seatsLeft, waitlisted: g.waitlisted };
}
