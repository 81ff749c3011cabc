import { html, nothing } from 'lit';
import type { Locale, Session } from '@conseils-citoyens/schemas';
import type { CcApi } from '../api/api.js';
import { sessionStrings } from './session-strings.js';

/** « Ajouter à mon agenda », as a secondary button; nothing when the backend has no calendar file. */
export function renderAddToCalendar(api: CcApi | undefined, s: Session, locale: Locale) {
  const href = api?.sessionIcsUrl(s.id, locale);
  return href
    ? html`<a class="cc-button" data-variant="secondary" href=${href} download=${`${s.id}.ics`}>${sessionStrings.of(locale).addToCalendar}</a>`
    : nothing;
}
