import { css, html, type TemplateResult } from 'lit';
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

/** The look of the facts and the seats badge, for the elements that render them (not every page needs it). */
export const sessionFactsStyles = css`
  .cc-facts { display: grid; gap: var(--_space-1); margin: var(--_space-2) 0; }
  /* Term and value side by side, the value going under the term when the widget is narrow (reflow at 320 px). */
  .cc-facts div { display: flex; flex-wrap: wrap; gap: 0 var(--_space-2); }
  .cc-facts dt { flex: 0 0 auto; min-width: 6rem; font-weight: 600; overflow-wrap: normal; hyphens: manual; }
  .cc-facts dd { flex: 1 1 12rem; min-width: 0; margin: 0; overflow-wrap: anywhere; }
  /* Narrow element: each label above its value, so « Intervenant·e » never breaks mid-word. */
  :host(:state(narrow)) .cc-facts div { display: block; }
  .cc-availability {
    display: inline-block; margin: var(--_space-1) 0; padding: 0 var(--_space-2); border-radius: var(--_radius-m);
    font-size: var(--_font-size-s); font-weight: 600;
    background: var(--_color-background-success); color: var(--_color-text-success);
  }
  .cc-availability[data-availability='waitlist'], .cc-availability[data-availability='full'] {
    background: var(--_color-background-warning); color: var(--_color-text-warning);
  }
  .cc-availability[data-availability='cancelled'] { background: var(--_color-background-error); color: var(--_color-text-error); }
`;
