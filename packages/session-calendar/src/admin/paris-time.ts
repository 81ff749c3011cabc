// A session's times are typed as the wall clock of its time zone (Europe/Paris) in <input type="datetime-local">,
// whatever the organiser's computer says, and sent as ISO 8601 with the zone's offset on that day.

const offsetFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });

/** `+01:00` / `+02:00`: the zone's offset at the instant `utcMs`. */
function offsetAt(utcMs: number, timeZone: string): string {
  const name = offsetFormat(timeZone)
    .formatToParts(utcMs)
    .find((p) => p.type === 'timeZoneName')?.value;
  return !name || name === 'GMT' ? '+00:00' : name.slice(3);
}

const minutes = (offset: string) =>
  (offset.startsWith('-') ? -1 : 1) *
  (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/** `2026-12-10T14:00` in `timeZone` → `2026-12-10T14:00:00+01:00`; undefined when empty or not a date-time. */
export function fromWallClock(local: string, timeZone: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return undefined;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  // The offset of the instant itself: guessed from the wall time, then read again at the instant it gives.
  const guess = offsetAt(wall, timeZone);
  const offset = offsetAt(wall - minutes(guess) * 60_000, timeZone);
  return `${m[0]}:00${offset}`;
}

/** An ISO date-time → the wall clock in `timeZone`, as `<input type="datetime-local">` takes it. */
export function toWallClock(iso: string | undefined, timeZone: string): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
