import { html, nothing } from 'lit';
import type { Locale, Session } from '@conseils-citoyens/schemas';
import type { CcApi } from '../api/api.js';
import { sessionStrings } from './session-strings.js';

/** The link behind « Ajouter à mon agenda », or undefined when the backend has no calendar file to offer. */
export const calendarHref = (api: CcApi | undefined, s: Session, locale: Locale) =>
  api?.sessionIcsUrl(s.id, locale);

/** « Ajouter à mon agenda », as a secondary button; nothing when the backend has no calendar file. */
export function renderAddToCalendar(api: CcApi | undefined, s: Session, locale: Locale) {
  const href = calendarHref(api, s, locale);
  return href
    ? html`<a class="cc-button" data-variant="secondary" href=${href} download=${`${s.id}.ics`}>${sessionStrings[locale].addToCalendar}</a>`
    : nothing;
}
