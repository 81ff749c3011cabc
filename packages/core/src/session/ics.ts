import type { Locale, Session } from '@conseils-citoyens/schemas';
import { sessionsIcs } from '@conseils-citoyens/schemas';
import type { CcApi } from '../api/api.js';

/** The link behind “Ajouter à mon agenda”: the API's file when it has one, else one made here. */
export function calendarHref(api: CcApi | undefined, s: Session, locale: Locale): string {
  const served = api?.sessionIcsUrl(s.id);
  return (
    served ??
    `data:text/calendar;charset=utf-8,${encodeURIComponent(sessionsIcs([s], { name: s.title, locale }))}`
  );
}
