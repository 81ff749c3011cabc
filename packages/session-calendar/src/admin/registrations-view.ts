// One session's registrations in <cc-session-admin>: the counts, then the confirmed, the waiting list in its order
// and the cancelled, each a table, narrowed by a search on name or address.
import { html, type TemplateResult } from 'lit';
import type { Locale, Registration, Session } from '@conseils-citoyens/schemas';
import { formatDate } from '@conseils-citoyens/core/i18n/locale.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import type { AdminStrings } from '../translations/admin-fr.js';
import { matches } from './search.js';

export interface RegistrationsView {
  session: Session;
  registrations: readonly Registration[];
  query: string;
  t: AdminStrings;
  locale: Locale;
  level: number;
}

const fullName = (r: Registration) => `${r.lastName} ${r.firstName}`;

function table(
  id: string,
  title: string,
  rows: readonly Registration[],
  { t, locale, level }: RegistrationsView,
  ranked = false,
): TemplateResult {
  const p = t.person;
  return html`<div class="people">
    ${heading(level, `${title} (${rows.length})`, { id })}
    ${
      rows.length
        ? html`<div class="table-scroll" role="region" aria-labelledby=${id} tabindex="0"><table>
      <thead><tr>${ranked ? html`<th scope="col">${p.rank}</th>` : ''}<th scope="col">${p.name}</th><th scope="col">${p.email}</th>
        <th scope="col">${p.phone}</th><th scope="col">${p.college}</th><th scope="col">${p.needs}</th><th scope="col">${p.at}</th></tr></thead>
      <tbody>${rows.map(
        (
          r,
        ) => html`<tr>${ranked ? html`<td>${r.waitlistPosition}</td>` : ''}<th scope="row">${fullName(r)}</th>
          <td>${r.email}</td><td>${r.phone ?? ''}</td><td>${r.college ? (t.colleges[r.college] ?? r.college) : ''}</td>
          <td>${r.accessibilityNeeds ?? ''}</td>
          <td>${formatDate(r.createdAt, locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}</td></tr>`,
      )}</tbody></table></div>`
        : html`<p class="cc-muted">${t.nobody}</p>`
    }
  </div>`;
}

export function renderRegistrations(view: RegistrationsView): TemplateResult {
  const { session: s, t } = view;
  const shown = view.registrations.filter((r) =>
    matches(view.query, [r.firstName, r.lastName, r.email]),
  );
  const all = (status: Registration['status']) =>
    view.registrations.filter((r) => r.status === status).length;
  const of = (status: Registration['status']) => shown.filter((r) => r.status === status);
  const waiting = of('waitlisted').sort(
    (a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0),
  );
  return html`<p class="counts">${t.counts(all('confirmed'), s.capacity, all('waitlisted'), all('cancelled'))}</p>
    ${table('confirmed-title', t.confirmedList, of('confirmed'), view)}
    ${table('waiting-title', t.waitingList2, waiting, view, true)}
    ${table('cancelled-title', t.cancelledList, of('cancelled'), view)}`;
}
