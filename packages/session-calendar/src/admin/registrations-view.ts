// One session's registrations in <cc-session-admin>: the counts, then the confirmed, the waiting list in its order
// and the cancelled, each a table narrowed by a search on name or address, with who came and a cancellation on the
// person's behalf; and the printable sign-in sheet (feuille d'émargement) of the confirmed, shown only on paper.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Attendance, Locale, Registration, Session } from '@conseils-citoyens/schemas';
import { formatDate, formatTimeRange } from '@conseils-citoyens/core/i18n/locale.js';
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
  onAttendance: (r: Registration, attendance: Attendance | null) => void;
  onCancel: (r: Registration, button: HTMLElement) => void;
  onResend: (r: Registration) => void;
  onMove: (r: Registration, by: -1 | 1) => void;
  /** The list is being read again (after a mark or a cancellation). */
  refreshing: boolean;
}

export const fullName = (r: Registration) => `${r.lastName} ${r.firstName}`;

/** The group column: the town for a session split by town, else the collège. */
const groupColumn = (s: Session, t: AdminStrings) =>
  s.quotas?.by === 'town'
    ? { title: t.person.town, of: (r: Registration) => r.quota ?? r.town ?? '' }
    : {
        title: t.person.college,
        of: (r: Registration) => (r.college ? (t.colleges[r.college] ?? r.college) : ''),
      };

/** A group of the split in words: « Habitant·e », or the town. */
export const groupLabel = (s: Session, key: string, t: AdminStrings) =>
  s.quotas?.by === 'college' ? (t.colleges[key] ?? key) : key;

function attendanceSelect(r: Registration, view: RegistrationsView): TemplateResult {
  const { t } = view;
  const id = `attendance-${r.id}`;
  return html`<label class="visually-hidden" for=${id}>${t.attendanceOf(fullName(r))}</label>
    <select id=${id} data-attendance=${r.id} .value=${live(r.attendance ?? '')} @change=${(
      e: Event,
    ) => {
      const value = (e.target as HTMLSelectElement).value;
      view.onAttendance(r, value === '' ? null : (value as Attendance));
    }}>
      ${Object.entries(t.attendances).map(
        ([a, words]) =>
          html`<option value=${a} ?selected=${(r.attendance ?? '') === a}>${words}</option>`,
      )}
    </select>`;
}

/** « Monter » and « Descendre » on the waiting list: `aria-disabled` at its ends (the focus stays on them). */
function moveButtons(r: Registration, index: number, count: number, view: RegistrationsView) {
  const { t } = view;
  const button = (by: -1 | 1, label: string, end: boolean) =>
    html`<button type="button" class="cc-button" data-variant="secondary" data-move=${r.id} data-by=${by}
      aria-disabled=${end ? 'true' : 'false'} @click=${() => !end && view.onMove(r, by)}>${label}<span class="visually-hidden">${t.moveName(fullName(r))}</span></button>`;
  return html`${button(-1, t.moveUp, index === 0)}${button(1, t.moveDown, index === count - 1)}`;
}

function table(
  id: string,
  title: string,
  rows: readonly Registration[],
  view: RegistrationsView,
  { ranked = false, active = true } = {},
): TemplateResult {
  const { t, locale, level } = view;
  const p = t.person;
  const group = groupColumn(view.session, t);
  return html`<div class="people">
    ${heading(level, `${title} (${rows.length})`, { id, focusable: true })}
    ${
      rows.length
        ? html`<div class="table-scroll" role="region" aria-labelledby=${id} tabindex="0"><table>
      <thead><tr>${ranked ? html`<th scope="col">${p.rank}</th>` : nothing}<th scope="col">${p.name}</th><th scope="col">${p.email}</th>
        <th scope="col">${p.phone}</th><th scope="col">${group.title}</th><th scope="col">${p.needs}</th><th scope="col">${p.at}</th>
        ${active ? html`<th scope="col">${t.attendance}</th><th scope="col">${t.actions}</th>` : nothing}</tr></thead>
      <tbody>${rows.map(
        (
          r,
          i,
        ) => html`<tr data-registration=${r.id}>${ranked ? html`<td>${r.waitlistPosition}</td>` : nothing}<th scope="row">${fullName(r)}${r.source && r.source !== 'online' ? html` <span class="cc-muted">(${t.sourceBadge[r.source]})</span>` : nothing}${r.confirmBy ? html` <span class="cc-muted" data-confirm-by>(${t.toConfirm(formatDate(r.confirmBy, locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }))})</span>` : nothing}</th>
          <td>${r.email ?? ''}</td><td>${r.phone ?? ''}</td><td>${group.of(r)}</td>
          <td>${r.accessibilityNeeds ?? ''}</td>
          <td>${formatDate(r.createdAt, locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}</td>
          ${
            active
              ? html`<td>${attendanceSelect(r, view)}</td>
            <td><div class="row-actions">
              ${ranked ? moveButtons(r, i, rows.length, view) : nothing}
              ${
                r.email
                  ? html`<button type="button" class="cc-button" data-variant="secondary" data-resend=${r.id}
                @click=${() => view.onResend(r)}>${t.resend}<span class="visually-hidden">${t.resendName(fullName(r))}</span></button>`
                  : nothing
              }
              <button type="button" class="cc-button" data-variant="secondary" data-cancel-registration=${r.id}
                @click=${(e: Event) => view.onCancel(r, e.currentTarget as HTMLElement)}>${t.cancelFor}<span class="visually-hidden">${t.cancelForName(fullName(r))}</span></button>
            </div></td>`
              : nothing
          }</tr>`,
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
  const present = view.registrations.filter(
    (r) => r.status !== 'cancelled' && r.attendance === 'present',
  ).length;
  const of = (status: Registration['status']) => shown.filter((r) => r.status === status);
  const waiting = of('waitlisted').sort(
    (a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0),
  );
  // A split session: each group's seats, and each group's own waiting list in its order.
  const groups = s.quotas?.groups ?? [];
  const inGroup = (key: string, status: Registration['status']) =>
    view.registrations.filter((r) => r.quota === key && r.status === status).length;
  return html`<div aria-busy=${view.refreshing ? 'true' : 'false'}><p class="counts">${t.counts(all('confirmed'), s.capacity, all('waitlisted'), all('cancelled'))}${present ? ` · ${t.presentCount(present)}` : ''}</p>
    ${groups.length ? html`<ul class="group-counts">${groups.map((g) => html`<li>${t.groupCounts(groupLabel(s, g.key, t), inGroup(g.key, 'confirmed'), g.seats, inGroup(g.key, 'waitlisted'))}</li>`)}</ul>` : nothing}
    ${table('confirmed-title', t.confirmedList, of('confirmed'), view)}
    ${
      groups.length
        ? groups.map((g, i) =>
            table(
              `waiting-title-${i}`,
              t.waitingOf(groupLabel(s, g.key, t)),
              waiting.filter((r) => r.quota === g.key),
              view,
              { ranked: true },
            ),
          )
        : table('waiting-title', t.waitingList2, waiting, view, { ranked: true })
    }
    ${table('cancelled-title', t.cancelledList, of('cancelled'), view, { active: false })}</div>`;
}

/** The sign-in sheet: the confirmed in alphabetical order, a wide empty column to sign (shown only when printing). */
export function renderSignInSheet(
  s: Session,
  registrations: readonly Registration[],
  t: AdminStrings,
  locale: Locale,
): TemplateResult {
  const group = groupColumn(s, t);
  const confirmed = registrations
    .filter((r) => r.status === 'confirmed')
    .sort((a, b) => fullName(a).localeCompare(fullName(b), locale));
  return html`<div class="sheet" aria-hidden="true">
    <p class="sheet-title">${t.sheet}</p>
    <p><strong>${s.title}</strong><br>${formatTimeRange(s.start, s.end, locale)}<br>${s.venue.name}, ${s.venue.address}, ${s.venue.town}</p>
    <table>
      <thead><tr><th>${t.number}</th><th>${t.person.name}</th><th>${t.firstName}</th><th>${group.title}</th><th class="signature">${t.signature}</th></tr></thead>
      <tbody>${confirmed.map(
        (r, i) => html`<tr><td>${i + 1}</td><td>${r.lastName}</td><td>${r.firstName}</td>
          <td>${group.of(r)}</td><td class="signature"></td></tr>`,
      )}</tbody>
    </table>
  </div>`;
}
