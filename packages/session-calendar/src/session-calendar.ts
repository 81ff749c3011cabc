import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Session } from '@conseils-citoyens/schemas';
import { SESSION_KINDS } from '@conseils-citoyens/schemas/session-constants.js';
import { registrationState } from '@conseils-citoyens/schemas/registration-rules.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import type { ModalDialogController } from '@conseils-citoyens/core/dialog/modal-dialog.js';
import { renderAddToCalendar } from '@conseils-citoyens/core/session/ics.js';
import { formatDate } from '@conseils-citoyens/core/i18n/locale.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { registrationClosedReason } from '@conseils-citoyens/core/session/availability.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import {
  renderAvailability,
  renderSessionFacts,
  sessionFactsStyles,
} from '@conseils-citoyens/core/session/session-facts.js';
import { sessionStrings } from '@conseils-citoyens/core/session/session-strings.js';
import { coreStrings } from '@conseils-citoyens/core/i18n/translations.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import { styles } from './session-calendar.styles.js';
import { fr, type CalendarStrings } from './translations/fr.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import {
  dayForKey,
  monthOf,
  monthRange,
  monthWeeks,
  parisDay,
  firstDay,
  addMonths,
  type DayKey,
  type MonthKey,
} from './controllers/month-grid.js';
import { readUrlState, writeUrlState } from './controllers/url-state.js';
import {
  AGENDA_PAGE,
  byDay,
  loadMonth,
  loadUpcoming,
  nextSession,
  passes,
} from './controllers/session-data.js';
import './session-calendar.events.js';

const STRINGS = new LocaleTable<CalendarStrings>(fr, () =>
  import('./translations/en.js').then((m) => m.en),
);
/** Cards the agenda shows at first, and adds on each « Voir plus ». */
const AGENDA_STEP = 10;
type View = 'month' | 'list';
/** A month's sessions; `next` is the first session after an empty month, to offer a way forward. */
interface Loaded {
  month: MonthKey;
  sessions: Session[];
  next?: Session;
}
/** What is coming from `start`: the first `fetched` sessions of `total`. */
interface Agenda {
  start: DayKey;
  sessions: Session[];
  total: number;
  fetched: number;
}

/**
 * The sessions of a month — Masterclass sessions, network meetings — as an accessible month grid or a list
 * grouped by day, with filters, details in a dialog, “Ajouter à mon agenda” and “S'inscrire”.
 *
 * @summary Calendrier des séances : grille mensuelle (motif grille APG) ou liste, filtres, détail et inscription.
 * @tag cc-session-calendar
 *
 * @csspart toolbar - The month heading, navigation and view switch.
 * @csspart filters - The filters fieldset.
 * @csspart grid - The month grid (`role="grid"`).
 * @csspart day - One day cell of the grid.
 * @csspart session - One session card.
 * @csspart facts - A session's date, place, theme and speakers.
 * @csspart availability - The seats badge.
 * @csspart dialog - The details dialog.
 * @csspart register - The “S'inscrire” button in the dialog.
 * @csspart error - The error message with its retry button.
 * @csspart retry - The retry button.
 * @csspart empty - The “Aucune séance…” message.
 * @csspart config-error - The message shown when no API is configured.
 *
 * @cssproperty --cc-session-calendar-day-min-height - Height of a day cell in the month grid (default 5.5rem).
 *
 * @event {CcSessionSelectEvent} cc-session-select - “S'inscrire” was chosen; `detail.session`. Cancelable.
 * @event {CcCalendarChangeEvent} cc-calendar-change - The month, view or a filter changed.
 */
export class CcSessionCalendar extends CcElement {
  static override styles = [...CcElement.styles, uiStyles, sessionFactsStyles, styles];
  static override strings = [...CcElement.strings, sessionStrings, STRINGS];

  /** Preselected town (the resident can change it). */
  @property() town?: string;
  /** Preselected theme. */
  @property() theme?: string;
  /** Preselected kind: `introductory`, `thematic`, `network_meeting` or `other`. */
  @property() kind?: string;
  /** First day shown (`YYYY-MM-DD`); also the month opened first. */
  @property() from?: string;
  /** Last day shown (`YYYY-MM-DD`). */
  @property() to?: string;
  /** The month opened first (`YYYY-MM`); today's month by default. */
  @property() month?: string;
  /** `month` or `list`; by default the list where the element is narrow (under 40 em) and the grid elsewhere. */
  @property() view?: View;
  /** Reflect the filters, month and view in the page address (`?cc-town=…`). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Where “S'inscrire” leads, `{id}` standing for the session's id, e.g. `/inscription?seance={id}`. */
  @property({ attribute: 'registration-href' }) registrationHref?: string;

  @state() private shownMonth: MonthKey = '';
  @state() private focusedDay: DayKey = '';
  @state() private openSession?: Session;
  /** Cards shown in the agenda, and sessions read for it. */
  @state() private agendaShown = AGENDA_STEP;
  @state() private agendaPages = 1;
  /** The month was chosen (attribute, address or the resident): the grid no longer jumps to the next session. */
  private monthPinned = false;
  @state() private announcement = '';

  /** The details dialog: its code loads on the first « Détails » (most visits never open one). */
  private details?: ModalDialogController;

  private readonly sessions = new Task(this, {
    args: () => [this.client, this.currentView === 'month' ? this.shownMonth : ''] as const,
    task: async ([client, month], { signal }): Promise<Loaded | typeof initialState> => {
      if (!client || !month) return initialState; // nothing read yet: the first load is still to come
      const sessions = await loadMonth(client, month, signal);
      const now = this.clock.toISOString();
      const nothingLeft = !sessions.some((s) => s.end >= now);
      // An empty month offers the next session; today's month with nothing left opens on the next session's month.
      const next = !sessions.length
        ? await nextSession(client, monthRange(month).to, signal)
        : nothingLeft && !this.monthPinned
          ? await nextSession(client, now, signal)
          : undefined;
      if (!this.monthPinned && next && month === monthOf(this.today)) {
        this.monthPinned = true;
        this.showMonth(monthOf(parisDay(next.start)));
      }
      return { month, sessions, next };
    },
    onComplete: () => this.announce(),
  });

  private readonly agenda = new Task(this, {
    args: () =>
      [this.client, this.currentView === 'list' ? this.agendaStart : '', this.agendaPages] as const,
    task: async ([client, start, pages], { signal }): Promise<Agenda | typeof initialState> => {
      if (!client || !start) return initialState;
      // Today: what has not ended yet (a session under way is still shown); a later start: from that day, in Paris.
      const from = start === this.today ? this.clock.toISOString() : `${start}T00:00:00+01:00`;
      const { sessions, total } = await loadUpcoming(client, from, pages, signal);
      return { start, sessions, total, fetched: sessions.length };
    },
    onComplete: () => this.announce(),
  });

  private get t(): CalendarStrings {
    return STRINGS.of(this.locale);
  }

  private get today(): DayKey {
    return parisDay(this.clock);
  }

  /** The view in force. */
  get currentView(): View {
    return this.view ?? (this.narrow ? 'list' : 'month');
  }

  /** The agenda's first day: today, or later when `from` or `month` says so. */
  private get agendaStart(): DayKey {
    const month = /^\d{4}-\d{2}$/.test(this.month ?? '') ? firstDay(this.month!) : '';
    const from = /^\d{4}-\d{2}-\d{2}$/.test(this.from ?? '') ? this.from! : '';
    return [this.today, month, from].sort().at(-1)!;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      if (this.syncUrl) {
        const fromUrl = readUrlState();
        this.town = fromUrl.town ?? this.town;
        this.theme = fromUrl.theme ?? this.theme;
        this.kind = fromUrl.kind ?? this.kind;
        this.month = fromUrl.month ?? this.month;
        if (fromUrl.view === 'month' || fromUrl.view === 'list') this.view = fromUrl.view;
      }
      const start = /^\d{4}-\d{2}$/.test(this.month ?? '')
        ? firstDay(this.month!)
        : /^\d{4}-\d{2}-\d{2}$/.test(this.from ?? '')
          ? this.from!
          : this.today;
      this.monthPinned = start !== this.today;
      this.shownMonth = monthOf(start);
      this.focusedDay = monthOf(this.today) === this.shownMonth ? this.today : start;
    } else if (changed.has('month') && this.month && /^\d{4}-\d{2}$/.test(this.month)) {
      this.showMonth(this.month);
    }
    // The filters leave fewer cards than shown and more sessions are coming: read the next page.
    const a = this.loadedAgenda;
    if (
      this.currentView === 'list' &&
      a &&
      this.agenda.status === TaskStatus.COMPLETE &&
      this.visible.length < this.agendaShown &&
      a.fetched < a.total &&
      a.fetched === this.agendaPages * AGENDA_PAGE
    )
      this.agendaPages++;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const watched = ['town', 'theme', 'kind', 'view', 'shownMonth'] as const;
    if (this.syncUrl && watched.some((k) => changed.has(k as keyof CcSessionCalendar)))
      writeUrlState({
        town: this.town,
        theme: this.theme,
        kind: this.kind,
        month: this.shownMonth,
        view: this.view,
      });
  }

  /** Shows a month (`YYYY-MM`). Like a native control set from code, it fires no event. */
  showMonth(month: MonthKey): void {
    if (month === this.shownMonth) return;
    this.shownMonth = month;
    if (monthOf(this.focusedDay) !== month)
      this.focusedDay = monthOf(this.today) === month ? this.today : firstDay(month);
  }

  /** The resident moved to a month: show it and tell the page. */
  private goToMonth(month: MonthKey): void {
    this.monthPinned = true;
    if (month === this.shownMonth) return;
    this.showMonth(month);
    this.changed();
  }

  /** Reloads the sessions (after a failure, or when the site knows they changed). */
  reload(): Promise<unknown> {
    return this.currentView === 'list' ? this.agenda.run() : this.sessions.run();
  }

  // --- data shaped for the views

  private get loaded(): Loaded | undefined {
    const v = this.sessions.value;
    return v && v.month === this.shownMonth ? v : undefined;
  }

  private get loadedAgenda(): Agenda | undefined {
    const v = this.agenda.value;
    return v && v.start === this.agendaStart ? v : undefined;
  }

  /** The sessions read for the view in force. */
  private get read(): Session[] | undefined {
    return this.currentView === 'list' ? this.loadedAgenda?.sessions : this.loaded?.sessions;
  }

  /** The sessions read that pass the filters and the from/to range. */
  private get visible(): Session[] {
    return (this.read ?? []).filter((s) => passes(s, this));
  }

  private monthLabel(month = this.shownMonth): string {
    return formatDate(`${firstDay(month)}T12:00:00Z`, this.locale, {
      month: 'long',
      year: 'numeric',
    });
  }

  private dayLabel(day: DayKey): string {
    return formatDate(`${day}T12:00:00Z`, this.locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  }

  private announce(): void {
    this.announcement =
      this.currentView === 'list'
        ? this.t.agendaLoaded(this.agendaTitle(), this.visible.length)
        : this.t.loaded(this.monthLabel(), this.visible.length);
  }

  /** « Prochaines séances », or « Séances à partir du … » when the agenda starts later than today. */
  private agendaTitle(): string {
    const start = this.agendaStart;
    return start === this.today ? this.t.upcoming : this.t.upcomingFrom(this.dayLabel(start));
  }

  /** « Voir plus »: more cards, and more sessions read when the filters leave too few. */
  private showMore(): void {
    this.agendaShown += AGENDA_STEP;
    // The first new card takes the focus, so a keyboard user goes on reading where the list grew.
    const first = this.agendaShown - AGENDA_STEP;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelectorAll<HTMLElement>('[part="session"] .title')[first]?.focus(),
    );
  }

  private changed(): void {
    this.emit('cc-calendar-change', {
      month: this.shownMonth,
      view: this.currentView,
      town: this.town,
      theme: this.theme,
      kind: this.kind,
    });
  }

  // --- event handlers

  private async focusDay(day: DayKey): Promise<void> {
    this.focusedDay = day;
    if (monthOf(day) !== this.shownMonth) this.goToMonth(monthOf(day));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-day="${day}"]`)?.focus();
  }

  private onGridKeydown(e: KeyboardEvent): void {
    const next = dayForKey(this.focusedDay, e.key, e.shiftKey);
    if (next) {
      e.preventDefault();
      void this.focusDay(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('#day-heading')?.focus();
    }
  }

  private setFilter(name: 'town' | 'theme' | 'kind', value: string): void {
    this[name] = value || undefined;
    this.changed();
    void this.updateComplete.then(() => this.announce());
  }

  private clearFilters(): void {
    this.town = this.theme = this.kind = undefined;
    this.changed();
    void this.updateComplete.then(() => this.announce());
  }

  private setView(view: View): void {
    this.view = view;
    this.changed();
  }

  private async openDetails(session: Session, opener: HTMLElement): Promise<void> {
    const { ModalDialogController } =
      await import('@conseils-citoyens/core/dialog/modal-dialog.js');
    this.details ??= new ModalDialogController(this, {
      titleId: 'dialog-title',
      onClose: () => {
        this.openSession = undefined;
      },
    });
    this.openSession = session;
    return this.details.open(opener);
  }

  private onRegister(session: Session): void {
    const proceed = this.emit('cc-session-select', { session }, { cancelable: true });
    const root = this.getRootNode() as Document | ShadowRoot;
    const form = this.id
      ? root.querySelector(`cc-registration-form[for="${CSS.escape(this.id)}"]`)
      : null;
    // The linked form or the next page takes the focus; otherwise it goes back where it came from.
    this.details?.close({ returnFocus: !proceed || !(form || this.registrationHref) });
    if (proceed && !form && this.registrationHref)
      window.location.assign(registrationUrl(this.registrationHref, session.id));
  }

  // --- render helpers

  private renderToolbar(): TemplateResult {
    const t = this.t;
    const view = this.currentView;
    const agenda = view === 'list';
    return html`<div class="toolbar" part="toolbar">
      ${heading(this.headingLevel, agenda ? this.agendaTitle() : this.monthLabel(), { id: 'month-heading', class: 'month-heading' })}
      ${
        agenda
          ? nothing
          : html`<div class="nav">
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.goToMonth(addMonths(firstDay(this.shownMonth), -1).slice(0, 7))}>
          <span aria-hidden="true">‹</span> ${t.previousMonth}</button>
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.goToMonth(monthOf(this.today))}>${t.today}</button>
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.goToMonth(addMonths(firstDay(this.shownMonth), 1).slice(0, 7))}>
          ${t.nextMonth} <span aria-hidden="true">›</span></button>
      </div>`
      }
      <div class="views" role="group" aria-label=${t.views}>
        <button type="button" class="cc-button" data-variant=${view === 'month' ? 'primary' : 'secondary'} aria-pressed=${view === 'month'} @click=${() => this.setView('month')}>${t.monthView}</button>
        <button type="button" class="cc-button" data-variant=${view === 'list' ? 'primary' : 'secondary'} aria-pressed=${view === 'list'} @click=${() => this.setView('list')}>${t.listView}</button>
      </div>
    </div>`;
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    const all = this.read ?? [];
    const options = (values: (string | undefined)[], current?: string) =>
      [...new Set([...values, current].filter((v): v is string => !!v))].sort((a, b) =>
        a.localeCompare(b, this.locale),
      );
    const select = (
      name: 'town' | 'theme' | 'kind',
      label: string,
      values: { value: string; label: string }[],
    ) => html`
      <div class="filter">
        <label for="filter-${name}">${label}</label>
        <select id="filter-${name}" @change=${(e: Event) => this.setFilter(name, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this[name]}>${t.all}</option>
          ${values.map((o) => html`<option value=${o.value} ?selected=${this[name] === o.value}>${o.label}</option>`)}
        </select>
      </div>`;
    const kinds = sessionStrings.of(this.locale).kinds;
    return html`<fieldset class="filters" part="filters">
      <legend>${t.filters}</legend>
      ${select(
        'town',
        t.town,
        options(
          all.map((s) => s.venue.town),
          this.town,
        ).map((v) => ({ value: v, label: v })),
      )}
      ${select(
        'theme',
        t.theme,
        options(
          all.map((s) => s.theme),
          this.theme,
        ).map((v) => ({ value: v, label: v })),
      )}
      ${select(
        'kind',
        t.kind,
        SESSION_KINDS.map((k) => ({ value: k, label: kinds[k] })),
      )}
    </fieldset>`;
  }

  private renderEmpty(): TemplateResult {
    const t = this.t;
    const kinds = sessionStrings.of(this.locale).kinds;
    const colon = coreStrings.of(this.locale).colon;
    const active = [
      this.town && `${t.town}${colon}${this.town}`,
      this.theme && `${t.theme}${colon}${this.theme}`,
      this.kind && `${t.kind}${colon}${kinds[this.kind as keyof typeof kinds] ?? this.kind}`,
    ]
      .filter(Boolean)
      .join(', ');
    return html`<div class="empty" part="empty">
      <p>${
        this.currentView === 'list'
          ? active
            ? t.agendaEmptyWithFilters(active)
            : t.agendaEmpty
          : active
            ? t.emptyWithFilters(this.monthLabel(), active)
            : t.empty(this.monthLabel())
      }</p>
      ${active ? html`<button type="button" class="cc-button" data-variant="secondary" @click=${this.clearFilters}>${t.clearFilters}</button>` : nothing}
      ${
        !active && this.loaded?.next
          ? html`<button type="button" class="cc-button" data-variant="secondary"
          @click=${() => this.goToMonth(monthOf(parisDay(this.loaded!.next!.start)))}>${t.nextSession(this.dayLabel(parisDay(this.loaded.next.start)))}</button>`
          : nothing
      }
    </div>`;
  }

  private renderGrid(days: Map<DayKey, Session[]>): TemplateResult {
    const weeks = monthWeeks(this.shownMonth);
    const today = this.today;
    return html`<table role="grid" class="grid" part="grid" aria-labelledby="month-heading"
        @keydown=${this.onGridKeydown}>
      <thead><tr>${weeks[0]!.map(
        (
          d,
        ) => html`<th scope="col" abbr=${formatDate(`${d}T12:00:00Z`, this.locale, { weekday: 'long' })}>
        ${formatDate(`${d}T12:00:00Z`, this.locale, { weekday: 'short' })}</th>`,
      )}</tr></thead>
      <tbody>${weeks.map((week) => html`<tr>${week.map((day) => this.renderDay(day, days.get(day) ?? [], today))}</tr>`)}</tbody>
    </table>`;
  }

  private renderDay(day: DayKey, sessions: Session[], today: DayKey): TemplateResult {
    const focused = day === this.focusedDay;
    const outside = monthOf(day) !== this.shownMonth;
    const shown = sessions.slice(0, 2);
    const time = (s: Session) =>
      formatDate(s.start, this.locale, { hour: '2-digit', minute: '2-digit' });
    return html`<td role="gridcell" part="day" data-day=${day} tabindex=${focused ? 0 : -1} aria-selected=${focused ? 'true' : 'false'}
        aria-current=${day === today ? 'date' : nothing} class=${`day${outside ? ' outside' : ''}${sessions.length ? ' has-sessions' : ''}`}
        @click=${() => void this.focusDay(day)}>
      <span class="day-number" aria-hidden="true">${Number(day.slice(8))}</span>
      <span class="visually-hidden">${this.dayLabel(day)}${day === today ? `, ${this.t.todayMark}` : ''}, ${this.t.sessionsCount(sessions.length)}</span>
      ${
        shown.length
          ? html`<ul class="day-sessions" aria-hidden="true">
        ${shown.map((s) => html`<li class=${s.status === 'cancelled' ? 'cancelled' : ''}>${time(s)} ${s.title}</li>`)}
        ${sessions.length > 2 ? html`<li class="more">${this.t.moreSessions(sessions.length - 2)}</li>` : nothing}
      </ul>`
          : nothing
      }
    </td>`;
  }

  private renderDayPanel(sessions: Session[]): TemplateResult {
    return html`<section class="day-panel" aria-labelledby="day-heading">
      ${heading(this.headingLevel + 1, this.t.dayHeading(this.dayLabel(this.focusedDay)), { id: 'day-heading', class: 'day-heading', focusable: true })}
      ${sessions.length ? this.renderCards(sessions) : html`<p class="cc-muted">${this.t.noSessionThatDay}</p>`}
    </section>`;
  }

  private renderList(visible: Session[]): TemplateResult {
    const a = this.loadedAgenda;
    const more = visible.length > this.agendaShown || (!!a && a.fetched < a.total);
    const pending = this.agenda.status === TaskStatus.PENDING;
    return html`<div class="list">
      ${[...byDay(visible.slice(0, this.agendaShown))].map(
        ([day, sessions]) => html`<section class="list-day" aria-labelledby="list-${day}">
        ${heading(this.headingLevel + 1, this.dayLabel(day), { id: `list-${day}`, class: 'day-heading' })}
        ${this.renderCards(sessions)}
      </section>`,
      )}
      ${
        more
          ? html`<p class="more-sessions"><button type="button" class="cc-button" data-variant="secondary" part="more"
          aria-disabled=${pending ? 'true' : 'false'} @click=${() => {
            if (!pending) this.showMore();
          }}>${this.t.showMore}</button></p>`
          : nothing
      }
    </div>`;
  }

  private renderCards(sessions: Session[]): TemplateResult {
    const kinds = sessionStrings.of(this.locale).kinds;
    return html`<ul class="cards">${sessions.map(
      (s) => html`<li>
      <article class="card" part="session" aria-labelledby="title-${s.id}" data-session=${s.id}>
        <p class="kind cc-muted">${kinds[s.kind]}</p>
        ${heading(this.headingLevel + 2, s.title, { id: `title-${s.id}`, class: 'title', focusable: true })}
        ${renderSessionFacts(s, this.locale)}
        ${renderAvailability(s, this.locale)}
        <p class="actions">${this.renderRegister(s, 'card')}
          <button type="button" class="cc-button" data-variant="secondary" @click=${(e: Event) => void this.openDetails(s, e.currentTarget as HTMLElement)}>
          ${this.t.details}<span class="visually-hidden">${`\u00a0: ${s.title}`}</span></button></p>
      </article>
    </li>`,
    )}</ul>`;
  }

  /** « S'inscrire » (or the waiting list) when one can register now; on a card it names its session. */
  private renderRegister(s: Session, where: 'card' | 'dialog'): TemplateResult | typeof nothing {
    const state = registrationState(s, this.clock);
    if (state !== 'open' && state !== 'waitlist') return nothing;
    return html`<button type="button" part="register" class="cc-button" @click=${() => this.onRegister(s)}>
      ${state === 'open' ? this.t.register : this.t.joinWaitingList}${
        where === 'card'
          ? html`<span class="visually-hidden">${`\u00a0: ${s.title}`}</span>`
          : nothing
      }</button>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    if (!this.details) return nothing;
    const s = this.openSession;
    const t = this.t;
    const state = s ? registrationState(s, this.clock) : undefined;
    const closedReason =
      s && state !== 'open' && state !== 'waitlist' && state !== 'cancelled'
        ? registrationClosedReason(s, this.clock, this.locale)
        : undefined;
    return this.details.render(
      s
        ? html`
        <p class="kind cc-muted">${sessionStrings.of(this.locale).kinds[s.kind]}</p>
        <h2 id="dialog-title" class="dialog-title" tabindex="-1">${s.title}</h2>
        ${renderSessionFacts(s, this.locale)}
        ${renderAvailability(s, this.locale)}
        ${s.status === 'cancelled' && s.cancellationReason ? html`<p>${t.cancelledBecause(s.cancellationReason)}</p>` : nothing}
        ${s.description ? html`<p class="description">${s.description}</p>` : nothing}
        ${closedReason ? html`<p class="cc-alert" data-tone="warning">${closedReason}</p>` : nothing}
        <div class="actions">
          ${this.renderRegister(s, 'dialog')}
          ${renderAddToCalendar(this.client, s, this.locale)}
          <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.details?.close()}>${t.close}</button>
        </div>`
        : nothing,
    );
  }

  private renderBody(): TemplateResult | typeof nothing {
    const list = this.currentView === 'list';
    const task = list ? this.agenda : this.sessions;
    if (task.status === TaskStatus.ERROR)
      return renderApiError(task.error, this.locale, () => void this.reload());
    const firstLoad = !this.read;
    if (firstLoad && list) {
      return html`<div class="skeleton" aria-hidden="true">${[1, 2, 3].map(() => html`<div class="cc-skeleton"></div><div class="cc-skeleton short"></div>`)}</div>`;
    }
    const visible = this.visible;
    if (list) return visible.length ? this.renderList(visible) : this.renderEmpty();
    const days = byDay(visible);
    return html`${this.renderGrid(days)}
      ${!firstLoad && !visible.length ? this.renderEmpty() : nothing}
      ${firstLoad ? nothing : this.renderDayPanel(days.get(this.focusedDay) ?? [])}`;
  }

  override render(): TemplateResult {
    const unconfigured = this.renderUnconfigured();
    if (unconfigured) return unconfigured;
    const task = this.currentView === 'list' ? this.agenda : this.sessions;
    const busy = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    // Until its first sessions arrive it holds the height the autoloader reserved for it, so nothing below jumps.
    const firstLoad = busy && !this.read;
    return html`<section class=${firstLoad ? 'calendar first-load' : 'calendar'} aria-label=${this.t.label} aria-busy=${busy ? 'true' : 'false'}>
      ${this.renderToolbar()}
      ${this.renderFilters()}
      <p class="cc-status loading">${busy ? coreStrings.of(this.locale).loading : nothing}</p>
      ${this.renderBody()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.renderDialog()}
    </section>`;
  }
}

/** `registration-href` with `{id}` replaced, or `cc-session=<id>` added to it. */
export function registrationUrl(template: string, id: string): string {
  if (template.includes('{id}')) return template.replaceAll('{id}', encodeURIComponent(id));
  const url = new URL(template, document.baseURI);
  url.searchParams.set('cc-session', id);
  return url.href;
}
