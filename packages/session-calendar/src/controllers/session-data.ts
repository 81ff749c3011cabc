// Reading sessions for the two views and shaping them, apart from any rendering.
import type { Session } from '@conseils-citoyens/schemas';
import type { CcApi } from '@conseils-citoyens/core';
import { monthOf, monthRange, parisDay, type DayKey, type MonthKey } from './month-grid.js';

/** The API's largest page. */
const PAGE = 500;
/** Sessions the agenda reads per page (filters are applied in the browser, so it reads on until a town's few are found). */
export const AGENDA_PAGE = 100;

/** Every session of a month, in order: a network of councils may hold more than one page of them. */
export async function loadMonth(
  client: CcApi,
  month: MonthKey,
  signal: AbortSignal,
): Promise<Session[]> {
  const range = monthRange(month);
  const sessions: Session[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.listSessions({ ...range, limit: PAGE, offset }, { signal });
    sessions.push(...page.items);
    if (page.items.length < PAGE || sessions.length >= page.total) break;
  }
  return sessions
    .filter((s) => monthOf(parisDay(s.start)) === month)
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** The first session from an instant on, if any. */
export async function nextSession(
  client: CcApi,
  from: string,
  signal: AbortSignal,
): Promise<Session | undefined> {
  return (await client.listSessions({ from, limit: 1 }, { signal })).items[0];
}

/** What is coming from `from` on, `pages` pages of it, and how many there are in all. */
export async function loadUpcoming(
  client: CcApi,
  from: string,
  pages: number,
  signal: AbortSignal,
) {
  const sessions: Session[] = [];
  let total = 0;
  for (let offset = 0; offset < pages * AGENDA_PAGE; offset += AGENDA_PAGE) {
    const page = await client.listSessions({ from, limit: AGENDA_PAGE, offset }, { signal });
    sessions.push(...page.items);
    total = page.total;
    if (page.items.length < AGENDA_PAGE) break;
  }
  return { sessions, total };
}

export interface SessionFilter {
  town?: string;
  theme?: string;
  kind?: string;
  from?: DayKey;
  to?: DayKey;
}

/** Whether a session passes the resident's filters and the page's from/to range. */
export function passes(s: Session, f: SessionFilter): boolean {
  const day = parisDay(s.start);
  return (
    (!f.town || s.venue.town === f.town) &&
    (!f.theme || s.theme === f.theme) &&
    (!f.kind || s.kind === f.kind) &&
    (!f.from || day >= f.from) &&
    (!f.to || day <= f.to)
  );
}

/** Sessions grouped by their day in Paris, in order. */
export function byDay(sessions: Session[]): Map<DayKey, Session[]> {
  const days = new Map<DayKey, Session[]>();
  for (const s of sessions) {
    const day = parisDay(s.start);
    const list = days.get(day);
    if (list) list.push(s);
    else days.set(day, [s]);
  }
  return days;
}
