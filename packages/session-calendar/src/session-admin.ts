import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type {
  Attendance,
  Registration,
  RegistrationReceipt,
  Session,
} from '@conseils-citoyens/schemas';
import { StaffEntry } from '@conseils-citoyens/schemas/registration.js';
import { CLEARABLE_SESSION_FIELDS } from '@conseils-citoyens/schemas/session.js';
import { SubmissionController } from '@conseils-citoyens/core/form/submission-controller.js';
import { ApiError, asApiError } from '@conseils-citoyens/core/api/errors.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { staffApi } from '@conseils-citoyens/core/api/staff-client.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import { DraftController } from '@conseils-citoyens/core/controllers/draft-controller.js';
import { ModalDialogController } from '@conseils-citoyens/core/dialog/modal-dialog.js';
import { FieldErrorsController } from '@conseils-citoyens/core/form/field-errors.js';
import {
  renderErrorSummary,
  renderSubmit,
  renderTextField,
} from '@conseils-citoyens/core/form/fields.js';
import { formStrings } from '@conseils-citoyens/core/form/form-strings.js';
import { formStyles } from '@conseils-citoyens/core/form/form.styles.js';
import { issueWording } from '@conseils-citoyens/core/form/issue-wording.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { formatTimeRange } from '@conseils-citoyens/core/i18n/locale.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import { entryOf, renderEntryFields, type EntryValues } from './admin/entry-form.js';
import {
  checkWith,
  checkSeries,
  inputOf,
  occurrenceCount,
  seriesOf,
  withOccurrence,
  labelOf,
  renderSessionFields,
  serverFieldErrors,
  valuesOf,
  groupCount,
  withoutRow,
  speakerCount,
  type SessionValues,
} from './admin/session-form.js';
import { saveFile } from '@conseils-citoyens/core/dom/save-file.js';
import { fullName, renderRegistrations, renderSignInSheet } from './admin/registrations-view.js';
import { matches } from './admin/search.js';
import { styles } from './session-admin.styles.js';
import { adminFr, type AdminStrings } from './translations/admin-fr.js';
import './session-admin.events.js';

const STRINGS = new LocaleTable<AdminStrings>(adminFr, () =>
  import('./translations/admin-en.js').then((m) => m.adminEn),
);
const TABS = ['upcoming', 'past', 'cancelled'] as const;
type Tab = (typeof TABS)[number];
type Editing = { mode: 'create' } | { mode: 'edit' | 'duplicate'; session: Session };

/**
 * The organiser's side of sessions, for a staff page: every session upcoming, past or cancelled, searched and
 * filtered by town; create, edit, duplicate (« la même à Valenciennes ») and cancel with a reason that the server
 * e-mails to everyone registered; and each session's registrations — confirmed, waiting list in its order,
 * cancelled. Needs the organiser's credential (`<cc-provider>`'s `auth` property). What is typed in the session form
 * is kept as a draft until it is saved.
 *
 * @summary Gestion des séances par les organisateurs : créer, modifier, dupliquer, annuler, voir les inscriptions.
 * @tag cc-session-admin
 *
 * @csspart heading - The element's heading.
 * @csspart dialog - The session form's and the cancellation's dialogs.
 * @csspart error - An API error block.
 * @csspart retry - A retry button.
 *
 * @event {CcSessionAdminChangeEvent} cc-session-admin-change - A session was created, changed, cancelled or restored: `detail.action`, `session`.
 * @event {CcSessionAdminErrorEvent} cc-session-admin-error - Loading or saving failed: `detail.error`, `stage`.
 */
export class CcSessionAdmin extends CcElement {
  static override styles = [...CcElement.styles, uiStyles, formStyles, styles];
  static override strings = [...CcElement.strings, formStrings, issueWording, STRINGS];

  /**
   * The public page that holds `<cc-registration-form>`: a confirmation sent again carries a new cancellation link to
   * it (without it, the e-mail has no link).
   */
  @property({ attribute: 'registration-href' }) registrationHref?: string;

  @state() private tab: Tab = 'upcoming';
  @state() private query = '';
  /** The list's filters: a town, a theme, a kind of session ('' for all). */
  @state() private filters: Record<'town' | 'theme' | 'kind', string> = {
    town: '',
    theme: '',
    kind: '',
  };
  /** The session whose registrations are shown instead of the list. */
  @state() private viewing?: Session;
  @state() private personQuery = '';
  @state() private editing?: Editing;
  @state() private values: SessionValues = {};
  @state() private saving = false;
  @state() private saveError?: ApiError;
  @state() private cancelling?: Session;
  @state() private reason = '';
  @state() private announcement = '';
  /** The registration being cancelled on the person's behalf (its dialog is open). */
  @state() private cancellingFor?: Registration;
  /** A mark, a cancellation or a download that failed, said above the registrations. */
  @state() private registrationsError?: ApiError;
  @state() private downloading = false;
  /** « Inscrire une personne »: its dialog is open, with what was typed. */
  @state() private entering = false;
  @state() private entryValues: EntryValues = {};

  private readonly formDialog = new ModalDialogController(this, {
    titleId: 'form-title',
    onClose: () => (this.editing = undefined),
  });
  private readonly cancelDialog = new ModalDialogController(this, {
    titleId: 'cancel-title',
    onClose: () => (this.cancelling = undefined),
  });
  private readonly entryDialog = new ModalDialogController(this, {
    titleId: 'entry-title',
    onClose: () => (this.entering = false),
  });
  private readonly entryErrors = new FieldErrorsController(this, () => {
    const body = entryOf(this.entryValues);
    const errors = checkWith(StaffEntry, body, issueWording.of(this.locale), this.t.entryLabels);
    // A split session needs the person's group: the server would refuse without it.
    const by = this.viewing?.quotas?.by;
    if (by && !body[by] && !errors.has(by))
      errors.set(by, formStrings.of(this.locale).requiredMessage(this.t.entryLabels[by]!));
    return errors;
  });
  /** One idempotency key per entry, kept for its retries: a double click or « Réessayer » never takes two seats. */
  private readonly entrySubmission = new SubmissionController<RegistrationReceipt>(this);
  private readonly entryDraft = new DraftController(this, {
    key: () => `session-admin:entry:${this.viewing?.id ?? ''}`,
  });
  private readonly personDialog = new ModalDialogController(this, {
    titleId: 'person-title',
    onClose: () => (this.cancellingFor = undefined),
  });
  private readonly fieldErrors = new FieldErrorsController(this, () =>
    checkSeries(this.values, issueWording.of(this.locale), this.t.labels),
  );
  private readonly draft = new DraftController(this, {
    key: () => {
      const e = this.editing;
      return `session-admin:${e?.mode ?? 'none'}:${e && e.mode !== 'create' ? e.session.id : 'new'}`;
    },
  });

  private readonly sessions = new Task(this, {
    args: () => [this.client] as const,
    task: async ([client], { signal }) =>
      client ? (await client.listSessions({ limit: 500 }, { signal })).items : undefined,
    onError: (error) =>
      this.emit('cc-session-admin-error', { error: asApiError(error), stage: 'load' }),
  });

  private readonly registrations = new Task(this, {
    args: () => [this.client, this.viewing?.id] as const,
    task: async ([client, id], { signal }) =>
      client && id
        ? { id, items: (await staffApi(client).listRegistrations(id, { signal })).items }
        : undefined,
    onError: (error) =>
      this.emit('cc-session-admin-error', { error: asApiError(error), stage: 'registrations' }),
  });

  private get t(): AdminStrings {
    return STRINGS.of(this.locale);
  }

  // --- the list

  private tabOf(s: Session): Tab {
    if (s.status === 'cancelled') return 'cancelled';
    return Date.parse(s.end) < this.clock.getTime() ? 'past' : 'upcoming';
  }

  private shown(all: readonly Session[]): Session[] {
    const list = all
      .filter((s) => this.tabOf(s) === this.tab)
      .filter(
        (s) =>
          (!this.filters.town || s.venue.town === this.filters.town) &&
          (!this.filters.theme || s.theme === this.filters.theme) &&
          (!this.filters.kind || s.kind === this.filters.kind),
      )
      .filter((s) =>
        matches(this.query, [
          s.title,
          s.theme,
          s.venue.town,
          s.venue.name,
          ...s.speakers.map((p) => p.name),
        ]),
      );
    // Upcoming: the next first; past and cancelled: the latest first.
    const order = this.tab === 'upcoming' ? 1 : -1;
    return list.sort((a, b) => order * (Date.parse(a.start) - Date.parse(b.start)));
  }

  /** APG tabs: arrows, Home and End move between the three lists (and select them). */
  private onTabKey(e: KeyboardEvent): void {
    const i = TABS.indexOf(this.tab);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i + TABS.length - 1) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    this.tab = TABS[next]!;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus(),
    );
  }

  // --- the session form

  private async openForm(editing: Editing, opener: HTMLElement): Promise<void> {
    this.editing = editing;
    this.saveError = undefined;
    this.fieldErrors.set(new Map());
    const kept = this.draft.load() as SessionValues | null;
    const from = editing.mode === 'create' ? valuesOf() : valuesOf(editing.session);
    this.values = kept ?? from; // a copy keeps every fact: the organiser changes the date or the town
    await this.formDialog.open(opener);
  }

  private setValues(values: SessionValues): void {
    this.values = values;
    this.draft.save(values);
  }

  private onFormInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    if (!el.name) return;
    this.setValues({ ...this.values, [el.name]: el.type === 'checkbox' ? el.checked : el.value });
    this.fieldErrors.onInput(el.name);
  }

  private onFormLeave(e: FocusEvent): void {
    const el = e.target as HTMLInputElement;
    if (el.name && el.type !== 'checkbox' && el.type !== 'radio')
      this.fieldErrors.onLeave(el.name, el.value.trim() !== '');
  }

  private async addSpeaker(): Promise<void> {
    const n = speakerCount(this.values);
    this.setValues({ ...this.values, speakers: String(n + 1) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#f-speakers\\.${n}\\.name`)?.focus();
  }

  private removeSpeaker(index: number): void {
    // The focus moves first: a focused field removed by the render would report leaving in the middle of it.
    this.renderRoot.querySelector<HTMLElement>('[data-add-speaker]')?.focus();
    this.setValues(withoutRow(this.values, 'speakers', index));
    this.fieldErrors.set(new Map());
  }

  private async addTown(): Promise<void> {
    const n = groupCount(this.values);
    this.setValues({ ...this.values, 'quotas.count': String(n + 1) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#f-quotas\\.groups\\.${n}\\.key`)?.focus();
  }

  private removeTown(index: number): void {
    this.renderRoot.querySelector<HTMLElement>('[data-add-town]')?.focus();
    this.setValues(
      withoutRow(
        { ...this.values, 'quotas.count': String(groupCount(this.values)) },
        'quotas.groups',
        index,
      ),
    );
    this.fieldErrors.set(new Map());
  }

  private async addOccurrence(): Promise<void> {
    const n = occurrenceCount(this.values);
    this.setValues(withOccurrence(this.values));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#f-series\\.${n}\\.start`)?.focus();
  }

  private removeOccurrence(index: number): void {
    this.renderRoot.querySelector<HTMLElement>('[data-add-occurrence]')?.focus();
    this.setValues(withoutRow(this.values, 'series', index));
    this.fieldErrors.set(new Map());
  }

  /**
   * Creates the session, then the rest of its series, in order, each announced by an event. How many are done is kept
   * with the draft: after a failure, « Réessayer » goes on from the first one not created.
   */
  private async createSeries(api: ReturnType<typeof staffApi>): Promise<Session[]> {
    const bodies = seriesOf(this.values);
    const created: Session[] = [];
    for (let done = Number(this.values['series.done'] ?? 0); done < bodies.length; done++) {
      const session = await api.createSession(bodies[done] as never);
      created.push(session);
      // Kept until the last one is created; then nothing is left to keep (cleared before it is announced).
      if (done + 1 < bodies.length)
        this.setValues({ ...this.values, 'series.done': String(done + 1) });
      else this.draft.clear();
      this.emit('cc-session-admin-change', { action: 'created', session });
    }
    return created;
  }

  private async showFormErrors(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  private async onFormSubmit(e: Event): Promise<void> {
    e.preventDefault();
    const editing = this.editing;
    if (!editing || this.saving || !this.client) return;
    if (this.fieldErrors.validateAll().size) return this.showFormErrors();
    const api = staffApi(this.client);
    this.saving = true;
    this.saveError = undefined;
    try {
      const t = this.t;
      if (editing.mode === 'edit') {
        const body = inputOf(this.values);
        // A field emptied (a theme, a split…) is said explicitly: left out, the server would keep it.
        for (const k of CLEARABLE_SESSION_FIELDS)
          if (editing.session[k] !== undefined && body[k] === undefined) body[k] = null;
        const session = await api.updateSession(editing.session.id, body);
        this.announcement = t.saved(session.title);
        this.tab = this.tabOf(session);
        this.emit('cc-session-admin-change', { action: 'updated', session });
      } else {
        const total = occurrenceCount(this.values) + 1;
        const towns = seriesOf(this.values).map((b) => (b.venue as { town: string }).town);
        const created = await this.createSeries(api);
        this.announcement =
          total > 1 ? t.seriesCreated(total, towns.join(', ')) : t.created(created[0]!.title);
        if (created[0]) this.tab = this.tabOf(created[0]);
      }
      this.draft.clear();
      this.formDialog.close();
      void this.sessions.run();
    } catch (error) {
      const e = asApiError(error);
      this.emit('cc-session-admin-error', { error: e, stage: 'save' });
      if (e.kind === 'validation' && e.fieldErrors.length) {
        this.fieldErrors.set(serverFieldErrors(e.fieldErrors));
        return this.showFormErrors();
      }
      this.saveError = e; // said in the dialog with « Réessayer »; everything typed stays
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#save-error')?.focus();
    } finally {
      this.saving = false;
    }
  }

  // --- cancelling

  private async openCancel(s: Session, opener: HTMLElement): Promise<void> {
    this.cancelling = s;
    this.reason = '';
    this.saveError = undefined;
    await this.cancelDialog.open(opener);
  }

  private async confirmCancel(): Promise<void> {
    const s = this.cancelling;
    if (!s || !this.client || this.saving) return;
    this.saving = true;
    this.saveError = undefined;
    try {
      const reason = this.reason.trim();
      const session = await staffApi(this.client).updateSession(s.id, {
        status: 'cancelled',
        ...(reason ? { cancellationReason: reason } : {}),
      });
      this.announcement = this.t.cancelled(session.title);
      this.cancelDialog.close({ returnFocus: false });
      this.emit('cc-session-admin-change', { action: 'cancelled', session });
      await this.listChanged();
    } catch (error) {
      this.saveError = asApiError(error);
      this.emit('cc-session-admin-error', { error: this.saveError, stage: 'cancel' });
    } finally {
      this.saving = false;
    }
  }

  private async restore(s: Session): Promise<void> {
    if (!this.client) return;
    try {
      const session = await staffApi(this.client).updateSession(s.id, { status: 'scheduled' });
      this.announcement = this.t.restored(session.title);
      this.emit('cc-session-admin-change', { action: 'restored', session });
      await this.listChanged();
    } catch (error) {
      this.saveError = asApiError(error);
      this.emit('cc-session-admin-error', { error: this.saveError, stage: 'cancel' });
    }
  }

  /** The list read again after a session left it: the focus goes to the list, where the session's row was. */
  private async listChanged(): Promise<void> {
    await this.sessions.run();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#panel .table-scroll, #panel p')?.focus();
  }

  // --- registrations

  /** The viewed session's registrations (not those of the session viewed before, while its own load). */
  private get people(): Registration[] | undefined {
    const value = this.registrations.value;
    return value && value.id === this.viewing?.id ? value.items : undefined;
  }

  private async onAttendance(r: Registration, attendance: Attendance | null): Promise<void> {
    if (!this.client) return;
    this.registrationsError = undefined;
    try {
      await staffApi(this.client).setAttendance(r.id, attendance);
      this.announcement = this.t.attendanceSaved(fullName(r), this.t.attendances[attendance ?? '']);
      await this.registrations.run();
    } catch (error) {
      this.registrationsError = asApiError(error);
      this.emit('cc-session-admin-error', {
        error: this.registrationsError,
        stage: 'registrations',
      });
      this.requestUpdate(); // the select shows the mark as it still is
    }
  }

  /** One place up or down the waiting list; the focus stays on the button (or the other one, at an end). */
  private async moveOnWaitlist(r: Registration, by: -1 | 1): Promise<void> {
    if (!this.client) return;
    this.registrationsError = undefined;
    try {
      const moved = await staffApi(this.client).moveOnWaitlist(r.id, by);
      await this.registrations.run();
      const waiting = this.people?.filter((p) => p.status === 'waitlisted').length ?? 0;
      this.announcement = this.t.moved(fullName(r), moved.waitlistPosition ?? 0, waiting);
      await this.updateComplete;
      const buttons = [
        ...this.renderRoot.querySelectorAll<HTMLButtonElement>(
          `button[data-move="${CSS.escape(r.id)}"]`,
        ),
      ];
      const same = buttons.find((b) => b.dataset.by === String(by));
      (same?.getAttribute('aria-disabled') === 'true'
        ? buttons.find((b) => b !== same)
        : same
      )?.focus();
    } catch (error) {
      this.registrationsError = asApiError(error);
      this.emit('cc-session-admin-error', {
        error: this.registrationsError,
        stage: 'registrations',
      });
    }
  }

  private async resend(r: Registration): Promise<void> {
    if (!this.client) return;
    this.registrationsError = undefined;
    try {
      const page = this.registrationHref
        ? new URL(this.registrationHref, document.baseURI).href
        : undefined;
      await staffApi(this.client).resendConfirmation(r.id, page);
      this.announcement = this.t.resent(r.email ?? '');
    } catch (error) {
      this.registrationsError = asApiError(error);
      this.emit('cc-session-admin-error', {
        error: this.registrationsError,
        stage: 'registrations',
      });
    }
  }

  private async openEntry(opener: HTMLElement): Promise<void> {
    this.entering = true;
    this.entryValues = (this.entryDraft.load() as EntryValues | null) ?? { source: 'phone' };
    this.entryErrors.set(new Map());
    this.entrySubmission.reset();
    await this.entryDialog.open(opener);
  }

  private onEntryInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    if (!el.name) return;
    this.entryValues = { ...this.entryValues, [el.name]: el.value };
    this.entryDraft.save(this.entryValues);
    this.entryErrors.onInput(el.name);
  }

  private async onEntrySubmit(e: Event): Promise<void> {
    e.preventDefault();
    const s = this.viewing;
    if (!s || !this.client || this.entrySubmission.pending) return;
    if (this.entryErrors.validateAll().size) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('dialog[open] #error-summary')?.focus();
      return;
    }
    const body = entryOf(this.entryValues) as StaffEntry;
    const api = staffApi(this.client);
    const done = await this.entrySubmission.submit(body, (idempotencyKey) =>
      api.enterRegistration(s.id, body, { idempotencyKey }),
    );
    if (!done) return;
    if (done.kind === 'done') {
      const r = done.result;
      this.announcement = this.t.entered(`${r.firstName} ${r.lastName}`, r.waitlistPosition);
      this.entryDraft.clear();
      this.entryDialog.close();
      await this.registrations.run();
      void this.sessions.run(); // its seats changed
      return;
    }
    this.emit('cc-session-admin-error', { error: done.error, stage: 'save' });
    if (done.error.kind === 'validation' && done.error.fieldErrors.length)
      this.entryErrors.set(serverFieldErrors(done.error.fieldErrors));
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>('dialog[open] #error-summary, #entry-error')
      ?.focus();
  }

  private async openCancelFor(r: Registration, opener: HTMLElement): Promise<void> {
    this.cancellingFor = r;
    this.registrationsError = undefined;
    await this.personDialog.open(opener);
  }

  private async confirmCancelFor(): Promise<void> {
    const r = this.cancellingFor;
    if (!r || !this.client || this.saving) return;
    this.saving = true;
    this.registrationsError = undefined;
    try {
      await staffApi(this.client).cancelRegistrationFor(r.id);
      this.announcement = this.t.cancelledFor(fullName(r));
      this.personDialog.close({ returnFocus: false });
      await this.registrations.run();
      void this.sessions.run(); // its seats and waiting list changed
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#cancelled-title')?.focus();
    } catch (error) {
      this.registrationsError = asApiError(error);
      this.emit('cc-session-admin-error', { error: this.registrationsError, stage: 'cancel' });
    } finally {
      this.saving = false;
    }
  }

  private async downloadCsv(): Promise<void> {
    const s = this.viewing;
    if (!s || !this.client || this.downloading) return;
    this.downloading = true;
    this.registrationsError = undefined;
    try {
      saveFile(await staffApi(this.client).downloadRegistrations(s.id));
    } catch (error) {
      this.registrationsError = asApiError(error);
      this.emit('cc-session-admin-error', {
        error: this.registrationsError,
        stage: 'registrations',
      });
    } finally {
      this.downloading = false;
    }
  }

  private async showRegistrations(s: Session | undefined): Promise<void> {
    const leaving = this.viewing;
    this.viewing = s;
    this.personQuery = '';
    this.registrationsError = undefined;
    await this.updateComplete;
    if (s) this.renderRoot.querySelector<HTMLElement>('#registrations-title')?.focus();
    else if (leaving)
      this.renderRoot
        .querySelector<HTMLElement>(`[data-registrations="${CSS.escape(leaving.id)}"]`)
        ?.focus();
  }

  // --- rendering

  protected override render(): TemplateResult {
    const unconfigured = this.renderUnconfigured();
    if (unconfigured) return unconfigured;
    const t = this.t;
    return html`<section aria-labelledby="heading">
      ${heading(this.headingLevel, t.heading, { id: 'heading', part: 'heading', class: 'heading' })}
      ${this.renderSessions()}
      ${this.saveError && !this.editing && !this.cancelling ? renderApiError(this.saveError, this.locale, null) : nothing}
      ${this.formDialog.render(this.editing ? this.renderForm(this.editing) : nothing)}
      ${this.cancelDialog.render(this.cancelling ? this.renderCancel(this.cancelling) : nothing)}
      ${this.personDialog.render(this.cancellingFor ? this.renderCancelFor(this.cancellingFor) : nothing)}
      ${this.entryDialog.render(this.entering && this.viewing ? this.renderEntry(this.viewing) : nothing)}
      ${this.viewing && this.people ? renderSignInSheet(this.viewing, this.people, this.t, this.locale) : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  /** While the list is read again (after a save), the old one stays: the focus and the place on the page stay too. */
  private renderSessions(): TemplateResult {
    const all = this.sessions.value;
    if (all) return this.viewing ? this.renderRegistrationsOf(this.viewing) : this.renderList(all);
    if (this.sessions.status === TaskStatus.ERROR)
      return renderApiError(this.sessions.error, this.locale, () => void this.sessions.run());
    return html`<div aria-busy="true"><div class="cc-skeleton"></div><div class="cc-skeleton"></div></div>`;
  }

  private renderList(all: readonly Session[]): TemplateResult {
    const t = this.t;
    const sorted = (values: (string | undefined)[]) =>
      [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, 'fr'));
    /** A filter: « Toutes les communes », then each value the sessions have. */
    const filter = (
      name: 'town' | 'theme' | 'kind',
      options: readonly (readonly [string, string])[],
    ) => html`<div class="field"><label for="f-${name}">${t.filters[name]}</label>
      <select id="f-${name}" @change=${(e: Event) =>
        (this.filters = { ...this.filters, [name]: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!this.filters[name]}>${t.allOf[name]}</option>
        ${options.map(([value, label]) => html`<option value=${value} ?selected=${value === this.filters[name]}>${label}</option>`)}
      </select></div>`;
    const same = (v: string) => [v, v] as const;
    const feed = this.client && staffApi(this.client).sessionsFeedUrl();
    const inTab = all.filter((s) => this.tabOf(s) === this.tab);
    const shown = this.shown(all);
    const count = (tab: Tab) => all.filter((s) => this.tabOf(s) === tab).length;
    return html`<p><button type="button" class="cc-button" data-new
        @click=${(e: Event) => void this.openForm({ mode: 'create' }, e.currentTarget as HTMLElement)}>${t.newSession}</button></p>
      ${feed ? html`<p class="cc-muted">${t.feed} <a class="cc-link" href=${feed} data-feed>${t.feedLink}</a></p>` : nothing}
      <div class="toolbar" @input=${(e: Event) => {
        const el = e.target as HTMLInputElement;
        if (el.name === 'search') this.query = el.value;
      }}>
        ${renderTextField(
          {
            name: 'search',
            label: t.search,
            hint: t.searchHint,
            required: false,
            value: this.query,
            autocomplete: 'off',
          },
          formStrings.of(this.locale),
        )}
        ${filter('town', sorted(all.map((s) => s.venue.town)).map(same))}
        ${filter('theme', sorted(all.map((s) => s.theme)).map(same))}
        ${filter(
          'kind',
          sorted(all.map((s) => s.kind)).map((k) => [k, t.kinds[k as Session['kind']]] as const),
        )}
      </div>
      <div role="tablist" aria-label=${t.tabsLabel} @keydown=${this.onTabKey}>
        ${TABS.map(
          (tab) => html`<button type="button" role="tab" id="tab-${tab}" aria-controls="panel"
            aria-selected=${tab === this.tab ? 'true' : 'false'} tabindex=${tab === this.tab ? '0' : '-1'}
            @click=${() => (this.tab = tab)}>${t.tabs[tab]} (${count(tab)})</button>`,
        )}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby="tab-${this.tab}"
        aria-busy=${this.sessions.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${shown.length ? this.renderTable(shown, inTab.length) : html`<p class="cc-muted" tabindex="-1">${inTab.length ? t.noneFound : t.none}</p>`}
      </div>`;
  }

  private renderTable(shown: readonly Session[], all: number): TemplateResult {
    const t = this.t;
    const c = t.columns;
    const hidden = (s: Session) => html`<span class="visually-hidden"> « ${s.title} »</span>`;
    return html`<div class="table-scroll" role="region" aria-labelledby="sessions-caption" tabindex="0"><table>
      <caption id="sessions-caption">${t.caption(t.tabs[this.tab], shown.length, all)}</caption>
      <thead><tr><th scope="col">${c.date}</th><th scope="col">${c.session}</th><th scope="col">${c.town}</th>
        <th scope="col">${c.registered}</th><th scope="col">${c.waiting}</th><th scope="col">${c.actions}</th></tr></thead>
      <tbody>${shown.map(
        (s) => html`<tr data-session=${s.id}>
          <td>${formatTimeRange(s.start, s.end, this.locale)}</td>
          <th scope="row"><span class="title">${s.title}</span>${s.status === 'cancelled' ? html` <span class="badge">${t.cancelledBadge}</span>` : nothing}
            <br><span class="cc-muted">${t.kinds[s.kind]}${s.theme ? ` · ${s.theme}` : ''}</span></th>
          <td>${s.venue.town}</td>
          <td><span aria-hidden="true">${t.seats(s.confirmed, s.capacity)}</span><span class="visually-hidden">${t.seatsLong(s.confirmed, s.capacity)}</span></td>
          <td>${s.waitingList ? s.waitlisted : '—'}</td>
          <td><div class="row-actions">
            <button type="button" class="cc-button" data-variant="secondary" data-registrations=${s.id}
              @click=${() => void this.showRegistrations(s)}>${t.registrations}${hidden(s)}</button>
            ${
              s.status === 'cancelled'
                ? nothing
                : html`<button type="button" class="cc-button" data-variant="secondary" data-edit=${s.id}
              @click=${(e: Event) => void this.openForm({ mode: 'edit', session: s }, e.currentTarget as HTMLElement)}>${t.edit}${hidden(s)}</button>`
            }
            <button type="button" class="cc-button" data-variant="secondary" data-duplicate=${s.id}
              @click=${(e: Event) => void this.openForm({ mode: 'duplicate', session: s }, e.currentTarget as HTMLElement)}>${t.duplicate}${hidden(s)}</button>
            ${
              s.status === 'cancelled'
                ? html`<button type="button" class="cc-button" data-variant="secondary" data-restore=${s.id}
                    @click=${() => void this.restore(s)}>${t.restore}${hidden(s)}</button>`
                : html`<button type="button" class="cc-button" data-variant="secondary" data-cancel=${s.id}
                    @click=${(e: Event) => void this.openCancel(s, e.currentTarget as HTMLElement)}>${t.cancel}${hidden(s)}</button>`
            }
          </div></td>
        </tr>`,
      )}</tbody></table></div>`;
  }

  private renderForm(editing: Editing): TemplateResult {
    const t = this.t;
    const common = formStrings.of(this.locale);
    const title =
      editing.mode === 'create'
        ? t.createTitle
        : editing.mode === 'edit'
          ? t.editTitle(editing.session.title)
          : t.duplicateTitle(editing.session.title);
    return html`<form novalidate @submit=${this.onFormSubmit} @input=${this.onFormInput} @change=${this.onFormInput}
        @focusout=${this.onFormLeave}>
      ${heading(this.headingLevel + 1, title, { id: 'form-title', class: 'dialog-title', focusable: true })}
      ${editing.mode === 'duplicate' ? html`<p class="cc-muted">${t.duplicateHint}</p>` : nothing}
      ${renderErrorSummary(
        this.fieldErrors.errors,
        (name) => labelOf(t.labels, name),
        common,
        (id) => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus(),
      )}
      <p class="cc-muted">${common.requiredNote}</p>
      ${renderSessionFields({
        values: this.values,
        errors: this.fieldErrors.errors,
        t,
        common,
        labels: t.labels,
        addSpeaker: () => void this.addSpeaker(),
        removeSpeaker: (i) => this.removeSpeaker(i),
        addTown: () => void this.addTown(),
        removeTown: (i) => this.removeTown(i),
        ...(editing.mode === 'edit'
          ? {}
          : {
              series: {
                add: () => void this.addOccurrence(),
                remove: (i: number) => this.removeOccurrence(i),
              },
            }),
      })}
      ${
        this.saveError
          ? html`<div id="save-error" tabindex="-1">${renderApiError(this.saveError, this.locale, () => this.renderRoot.querySelector('form')?.requestSubmit())}<p class="cc-muted">${common.keptInput}</p>
        ${Number(this.values['series.done'] ?? 0) ? html`<p data-series-done>${t.seriesPartial(Number(this.values['series.done']), occurrenceCount(this.values) + 1)}</p>` : nothing}</div>`
          : nothing
      }
      <div class="dialog-actions">
        ${renderSubmit(editing.mode === 'edit' ? t.save : occurrenceCount(this.values) ? t.createSeries(occurrenceCount(this.values) + 1) : t.create, this.saving, t.saving)}
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.formDialog.close()}>${t.close}</button>
      </div>
    </form>`;
  }

  private renderCancel(s: Session): TemplateResult {
    const t = this.t;
    return html`${heading(this.headingLevel + 1, t.cancelTitle(s.title), { id: 'cancel-title', class: 'dialog-title', focusable: true })}
      <p>${formatTimeRange(s.start, s.end, this.locale)}, ${s.venue.town}</p>
      <p>${t.cancelText(s.confirmed, s.waitlisted)}</p>
      <div @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}>${renderTextField(
        {
          name: 'cancellationReason',
          label: t.labels.cancellationReason!,
          hint: t.hints.cancellationReason,
          required: false,
          rows: 3,
          maxlength: 1000,
          value: this.reason,
        },
        formStrings.of(this.locale),
      )}</div>
      ${this.saveError ? renderApiError(this.saveError, this.locale, () => void this.confirmCancel()) : nothing}
      <div class="dialog-actions">
        <button type="button" class="cc-button" data-confirm-cancel aria-disabled=${this.saving ? 'true' : 'false'}
          @click=${() => void this.confirmCancel()}>${this.saving ? t.saving : t.cancelConfirm}</button>
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.cancelDialog.close()}>${t.cancelKeep}</button>
      </div>`;
  }

  private renderRegistrationsOf(s: Session): TemplateResult {
    const t = this.t;
    return html`<p class="back"><button type="button" class="cc-button" data-variant="secondary" data-back
        @click=${() => void this.showRegistrations(undefined)}>← ${t.back}</button></p>
      ${heading(this.headingLevel + 1, t.registrationsOf(s.title), { id: 'registrations-title', focusable: true })}
      <p class="cc-muted">${formatTimeRange(s.start, s.end, this.locale)}, ${s.venue.name}, ${s.venue.town}</p>
      <div @input=${(e: Event) => (this.personQuery = (e.target as HTMLInputElement).value)}>
        ${renderTextField(
          {
            name: 'person',
            label: t.searchPerson,
            hint: t.searchPersonHint,
            required: false,
            value: this.personQuery,
            autocomplete: 'off',
          },
          formStrings.of(this.locale),
        )}
      </div>
      <p class="registration-tools">
        <button type="button" class="cc-button" data-variant="secondary" data-download aria-disabled=${this.downloading ? 'true' : 'false'}
          @click=${() => void this.downloadCsv()}>${this.downloading ? t.downloading : t.downloadCsv}</button>
        <button type="button" class="cc-button" data-enter
          @click=${(e: Event) => void this.openEntry(e.currentTarget as HTMLElement)}>${t.enter}</button>
        <button type="button" class="cc-button" data-variant="secondary" data-print @click=${() => window.print()}>${t.printSheet}</button>
      </p>
      ${this.registrationsError ? renderApiError(this.registrationsError, this.locale, null) : nothing}
      ${this.renderPeople(s)}`;
  }

  /** While the list is read again (after a mark), the old one stays: the focus stays on the select. */
  private renderPeople(s: Session): TemplateResult {
    const list = this.people;
    if (list)
      return renderRegistrations({
        session: s,
        registrations: list,
        query: this.personQuery,
        t: this.t,
        locale: this.locale,
        level: this.headingLevel + 2,
        onAttendance: (r, a) => void this.onAttendance(r, a),
        onCancel: (r, button) => void this.openCancelFor(r, button),
        onResend: (r) => void this.resend(r),
        onMove: (r, by) => void this.moveOnWaitlist(r, by),
        refreshing: this.registrations.status === TaskStatus.PENDING,
      });
    if (this.registrations.status === TaskStatus.ERROR)
      return renderApiError(
        this.registrations.error,
        this.locale,
        () => void this.registrations.run(),
      );
    return html`<div aria-busy="true"><div class="cc-skeleton"></div></div>`;
  }

  private renderEntry(s: Session): TemplateResult {
    const t = this.t;
    const common = formStrings.of(this.locale);
    const last = this.entrySubmission.last;
    const failed =
      last &&
      last.kind !== 'done' &&
      !(last.error.kind === 'validation' && last.error.fieldErrors.length);
    return html`<form novalidate @submit=${this.onEntrySubmit} @input=${this.onEntryInput} @change=${this.onEntryInput}
        @focusout=${(e: FocusEvent) => {
          const el = e.target as HTMLInputElement;
          if (el.name && el.type !== 'radio')
            this.entryErrors.onLeave(el.name, el.value.trim() !== '');
        }}>
      ${heading(this.headingLevel + 1, t.enterTitle(s.title), { id: 'entry-title', class: 'dialog-title', focusable: true })}
      <p class="cc-muted">${t.enterText}</p>
      ${renderErrorSummary(
        this.entryErrors.errors,
        (name) => t.entryLabels[name] ?? name,
        common,
        (id) => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus(),
      )}
      <p class="cc-muted">${common.requiredNote}</p>
      ${renderEntryFields(this.entryValues, this.entryErrors.errors, t, common, s.quotas)}
      ${failed ? html`<div id="entry-error" tabindex="-1">${renderApiError(last.error, this.locale, () => this.renderRoot.querySelector<HTMLFormElement>('dialog[open] form')?.requestSubmit())}<p class="cc-muted">${common.keptInput}</p></div>` : nothing}
      <div class="dialog-actions">
        ${renderSubmit(t.enterSubmit, this.entrySubmission.pending, t.saving)}
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.entryDialog.close()}>${t.close}</button>
      </div>
    </form>`;
  }

  private renderCancelFor(r: Registration): TemplateResult {
    const t = this.t;
    return html`${heading(this.headingLevel + 1, t.cancelForTitle(fullName(r)), { id: 'person-title', class: 'dialog-title', focusable: true })}
      <p>${t.cancelForText}</p>
      ${this.registrationsError ? renderApiError(this.registrationsError, this.locale, () => void this.confirmCancelFor()) : nothing}
      <div class="dialog-actions">
        <button type="button" class="cc-button" data-confirm-cancel-for aria-disabled=${this.saving ? 'true' : 'false'}
          @click=${() => void this.confirmCancelFor()}>${this.saving ? t.saving : t.cancelForConfirm}</button>
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.personDialog.close()}>${t.cancelForKeep}</button>
      </div>`;
  }
}
