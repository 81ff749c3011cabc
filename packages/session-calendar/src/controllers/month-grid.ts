// Calendar arithmetic on Paris calendar days ('YYYY-MM-DD'): once a date is keyed in Europe/Paris, moving by
// days, weeks and months is plain UTC date arithmetic, whatever the visitor's own time zone.
import { TIME_ZONE } from '@conseils-citoyens/schemas/constants.js';

export type DayKey = string;
export type MonthKey = string;

const keyFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Days already keyed: every render and filter keys the same session starts again, and Intl is the slow part. */
const keyed = new Map<string, DayKey>();

/** The Paris calendar day of an instant. */
export function parisDay(instant: string | Date): DayKey {
  if (instant instanceof Date) return keyFormat.format(instant);
  let day = keyed.get(instant);
  if (day === undefined) {
    if (keyed.size >= 20_000) keyed.clear(); // bounded: a page left open for days reads many months
    day = keyFormat.format(new Date(instant));
    keyed.set(instant, day);
  }
  return day;
}

const toUtc = (day: DayKey) => new Date(`${day}T00:00:00Z`);
const fromUtc = (d: Date): DayKey => d.toISOString().slice(0, 10);

export const monthOf = (day: DayKey): MonthKey => day.slice(0, 7);
export const firstDay = (month: MonthKey): DayKey => `${month}-01`;

export function addDays(day: DayKey, n: number): DayKey {
  const d = toUtc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** Same day of another month, kept inside that month (31 January + 1 month = 28 or 29 February). */
export function addMonths(day: DayKey, n: number): DayKey {
  const d = toUtc(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return fromUtc(target);
}

/** 0 = Monday … 6 = Sunday: French weeks start on Monday. */
export const weekday = (day: DayKey) => (toUtc(day).getUTCDay() + 6) % 7;
export const startOfWeek = (day: DayKey) => addDays(day, -weekday(day));
export const endOfWeek = (day: DayKey) => addDays(day, 6 - weekday(day));

/** The weeks shown for a month, Monday to Sunday, including the days of the neighbouring months. */
export function monthWeeks(month: MonthKey): DayKey[][] {
  const last = addDays(firstDay(addMonths(firstDay(month), 1).slice(0, 7)), -1);
  const weeks: DayKey[][] = [];
  for (let start = startOfWeek(firstDay(month)); start <= last; start = addDays(start, 7))
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
  return weeks;
}

/** WAI-ARIA APG grid keys (date picker variant) → the day that takes the focus, or undefined for other keys. */
export function dayForKey(day: DayKey, key: string, shift = false): DayKey | undefined {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return startOfWeek(day);
    case 'End':
      return endOfWeek(day);
    case 'PageUp':
      return addMonths(day, shift ? -12 : -1);
    case 'PageDown':
      return addMonths(day, shift ? 12 : 1);
    default:
      return undefined;
  }
}

/** The instants that bound a month, a day wider on each side (Paris is UTC+1 or +2); callers filter by day. */
export function monthRange(month: MonthKey): { from: string; to: string } {
  const first = firstDay(month);
  const next = addMonths(first, 1);
  return { from: `${addDays(first, -1)}T00:00:00Z`, to: `${addDays(next, 1)}T00:00:00Z` };
}
