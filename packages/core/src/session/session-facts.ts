import { html, type TemplateResult } from 'lit';
import type { Locale, Session } from '@conseils-citoyens/schemas';
import { formatTimeRange } from '../i18n/locale.js';
import { availability } from '@conseils-citoyens/schemas/registration-rules.js';
import { availabilityLabel } from './availability.js';
import { sessionStrings } from './session-strings.js';

/**
 * The facts of one session as a description list — date, place, theme, speakers, seats — shared by the
 * calendar's cards and dialog and the registration form's summary, so they always read the same.
 */
export function renderSessionFacts(s: Session, locale: Locale): TemplateResult {
  const t = sessionStrings.of(locale);
  const place = [
    s.venue.name,
    s.venue.address,
    [s.venue.postalCode, s.venue.town].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  return html`<dl class="cc-facts" part="facts">
    <div><dt>${t.when}</dt><dd>${formatTimeRange(s.start, s.end, locale)}</dd></div>
    <div><dt>${t.place}</dt><dd>${place}</dd></div>
    ${s.theme ? html`<div><dt>${t.theme}</dt><dd>${s.theme}</dd></div>` : ''}
    ${s.speakers.length ? html`<div><dt>${t.speaker}</dt><dd>${s.speakers.map((p, i) => html`${i ? ', ' : ''}${p.name}${p.role ? html` <span class="cc-muted">(${p.role}${p.organisation ? `, ${p.organisation}` : ''})</span>` : ''}`)}</dd></div>` : ''}
  </dl>`;
}

/** The seats badge: “3 places restantes”, “Complet – liste d'attente…”, “Séance annulée”. */
export function renderAvailability(s: Session, locale: Locale): TemplateResult {
  return html`<p class="cc-availability" part="availability" data-availability=${availability(s)}>${availabilityLabel(s, locale)}</p>`;
}
