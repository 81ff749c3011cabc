import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type {
  RegistrationField,
  RegistrationReceipt,
  RegistrationRequest,
  Session,
} from '@conseils-citoyens/schemas';
import { availability } from '@conseils-citoyens/schemas/registration-rules.js';
import { asGroup } from './controllers/groups.js';
import { ApiError } from '@conseils-citoyens/core/api/errors.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import { DraftController } from '@conseils-citoyens/core/controllers/draft-controller.js';
import { FieldErrorsController } from '@conseils-citoyens/core/form/field-errors.js';
import { SubmissionController } from '@conseils-citoyens/core/form/submission-controller.js';
import {
  fieldId,
  renderChoiceField,
  renderErrorSummary,
  renderSubmit,
  renderTextField,
} from '@conseils-citoyens/core/form/fields.js';
import {
  formStrings,
  type FormStrings as CommonStrings,
} from '@conseils-citoyens/core/form/form-strings.js';
import { formStyles } from '@conseils-citoyens/core/form/form.styles.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import {
  availabilityLabel,
  refusalReason,
  registrationClosedReason,
} from '@conseils-citoyens/core/session/availability.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import {
  renderAvailability,
  renderSessionFacts,
  sessionFactsStyles,
} from '@conseils-citoyens/core/session/session-facts.js';
import { sessionStrings } from '@conseils-citoyens/core/session/session-strings.js';
import { coreStrings } from '@conseils-citoyens/core/i18n/translations.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import { styles } from './registration-form.styles.js';
import { fr, type FormStrings } from './translations/fr.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import { ALWAYS, parseFields, toRequest, validate, type FormValues } from './controllers/fields.js';
import { OnDemand } from '@conseils-citoyens/core/i18n/on-demand.js';
import './registration-form.events.js';

const STRINGS = new LocaleTable<FormStrings>(fr, () =>
  import('./translations/en.js').then((m) => m.en),
);
const ATTEMPT = '__attempt';
/** Fetched when the resident enters the form, awaited on « S'inscrire » (until then only required fields are checked). */
const schemaCheck = new OnDemand(
  () => import('./controllers/schema-check.js'),
  (m) => m.tables,
);
/** Fetched when « S'inscrire » is pressed: what a registered resident keeps (links, actions). */
const receiptView = new OnDemand(
  () => import('./controllers/receipt-view.js'),
  (m) => m.tables,
);

/** An optional use the resident may agree to (never needed to register). */
export interface ConsentOption {
  id: string;
  label: string;
}

type Outcome =
  | { kind: 'confirmed'; receipt: RegistrationReceipt }
  | { kind: 'waitlisted'; receipt: RegistrationReceipt }
  | { kind: 'refused'; error: ApiError }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'invalid' };

/**
 * Registers a resident for a session: the session's live seats, the fields the site asks for, the GDPR notice,
 * then a clear outcome — confirmed, waiting list with position, full, closed, cancelled, or a failure that keeps
 * what was typed and offers to try again. Opened from a cancellation link (`?cc-registration=…&cc-cancel=…`), it shows
 * `<cc-registration-cancel>` instead, so the one page serves both.
 *
 * @summary Formulaire d'inscription à une séance, avec jauge, liste d'attente, brouillon et annulation.
 * @tag cc-registration-form
 *
 * @slot privacy - Replaces the built-in data-protection notice (controller, purpose, retention, rights, contact).
 *
 * @csspart heading - The form's heading.
 * @csspart summary - The session summary with its live seats.
 * @csspart facts - The session's date, place, theme and speakers.
 * @csspart availability - The seats badge.
 * @csspart error-summary - The list of errors shown after a failed submit.
 * @csspart field - One field (label, hint, control, error).
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error, or an API error block.
 * @csspart privacy - The data-protection notice.
 * @csspart submit - The submit button.
 * @csspart outcome - The outcome panel (confirmed, waitlisted, refused, failed).
 * @csspart retry - A retry button.
 * @csspart config-error - The message shown when no API or no session is configured.
 *
 * @event {CcRegistrationSuccessEvent} cc-registration-success - Registered: `detail.registration` (confirmed or waitlisted).
 * @event {CcRegistrationErrorEvent} cc-registration-error - Not registered: `detail.error`, `detail.retryable`.
 * @event {CcRegistrationCancelEvent} cc-registration-cancel - A registration was cancelled with its token (from the cancellation link).
 */
export class CcRegistrationForm extends CcElement {
  static override styles = [...CcElement.styles, uiStyles, sessionFactsStyles, formStyles, styles];
  static override strings = [...CcElement.strings, sessionStrings, formStrings, STRINGS];

  /** The session to register for. Also read from `?cc-session=` when absent. */
  @property({ attribute: 'session-id' }) sessionId?: string;
  /** The id of a `<cc-session-calendar>` whose “S'inscrire” opens this form. */
  @property({ attribute: 'for' }) calendar?: string;
  /** Fields asked, besides first name, last name and email: `phone organisation neighbourhood town college accessibilityNeeds comment` (a session that splits its seats adds its collège or town, required). */
  @property({ converter: (v) => parseFields(v, ALWAYS) }) fields: RegistrationField[] = [...ALWAYS];
  /** Of the fields asked, those the site makes required (first name, last name and email always are). */
  @property({ attribute: 'required-fields', converter: (v) => parseFields(v) })
  requiredFields: RegistrationField[] = [];
  /** Optional uses offered as unchecked boxes (property only). */
  @property({ attribute: false }) consents: ConsentOption[] = [];
  /** Who processes the data, for the notice (e.g. “la Ville de Lille”). */
  @property({ attribute: 'privacy-controller' }) privacyController?: string;
  /** How long the data is kept, for the notice (e.g. “12 mois après la séance”). */
  @property({ attribute: 'privacy-retention' }) privacyRetention?: string;
  /** Where to exercise one's rights (an email or postal address). */
  @property({ attribute: 'privacy-contact' }) privacyContact?: string;
  /** The site's data-protection page. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;
  /** The page the cancellation link leads to (this page by default); it must hold a `<cc-registration-form>` or a `<cc-registration-cancel>`. */
  @property({ attribute: 'cancel-href' }) cancelHref?: string;
  /** From a cancellation link: the registration's id (or `?cc-registration=`), handed to `<cc-registration-cancel>`. */
  @property({ attribute: 'registration-id' }) registrationId?: string;
  /** From a cancellation link: its secret token (or `?cc-cancel=`), handed to `<cc-registration-cancel>`. */
  @property({ attribute: 'cancel-token' }) cancelToken?: string;
  /** From the e-mail offering a freed seat: its secret (or `?cc-confirm=`), handed to `<cc-registration-cancel>`. */
  @property({ attribute: 'confirm-token' }) confirmToken?: string;
  /** `local` keeps the draft in localStorage (24 h at most) instead of sessionStorage. */
  @property({ attribute: 'draft-storage' }) draftStorage?: 'session' | 'local';

  @state() private values: FormValues = {};
  @state() private outcome?: Outcome;
  @state() private announcement = '';
  /** « S'inscrire » waits for the schema check (fetched on entering the form). */
  @state() private checking = false;
  /** A session handed over by the calendar, shown until the fresh one arrives. */
  @state() private handedOver?: Session;

  private readonly submission = new SubmissionController<RegistrationReceipt>(this);
  private readonly fieldErrors = new FieldErrorsController(this, () => this.check());

  private readonly draft = new DraftController(this, {
    key: () => `registration:${this.sessionId ?? ''}`,
    storage: () => this.draftStorage ?? this.config?.draftStorage ?? 'session',
    exclude: ['website'],
  });

  private readonly session = new Task(this, {
    args: () => [this.client, this.sessionId] as const,
    task: async ([client, id], { signal }) =>
      client && id ? client.getSession(id, { signal }) : undefined,
  });

  private readonly onSessionSelect = (e: HTMLElementEventMap['cc-session-select']) => {
    if (!this.calendar || (e.target as Element | null)?.id !== this.calendar || e.defaultPrevented)
      return;
    void this.openOn(e.detail.session);
  };

  private get t(): FormStrings {
    return STRINGS.of(this.locale);
  }

  private get common(): CommonStrings {
    return formStrings.of(this.locale);
  }

  private get errors(): ReadonlyMap<string, string> {
    return this.fieldErrors.errors;
  }

  /** The cancellation element could not be fetched (offline): say so, with « Réessayer ». */
  @state() private cancelUnavailable = false;
  private cancelRequested = false;

  private get isCancelMode(): boolean {
    return !!(this.registrationId && (this.cancelToken || this.confirmToken));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('cc-session-select', this.onSessionSelect);
    const q = new URLSearchParams(window.location.search);
    this.sessionId ??= q.get('cc-session') ?? undefined;
    this.registrationId ??= q.get('cc-registration') ?? undefined;
    this.cancelToken ??= q.get('cc-cancel') ?? undefined;
    this.confirmToken ??= q.get('cc-confirm') ?? undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('cc-session-select', this.onSessionSelect);
  }

  /** Most visitors never cancel: the cancellation element is fetched only for a cancellation link. */
  private loadCancel(): void {
    this.cancelRequested = true;
    this.cancelUnavailable = false;
    import('./cc-registration-cancel.js').catch(() => {
      this.cancelUnavailable = true; // « Réessayer » asks again; no retry loop on its own
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.isCancelMode && !this.cancelRequested && !customElements.get('cc-registration-cancel'))
      this.loadCancel();
    if (changed.has('sessionId')) this.restoreDraft();
  }

  /** Opens the form on a session (what the calendar does), and takes the focus to its heading. */
  async openOn(session: Session): Promise<void> {
    this.handedOver = session;
    const same = this.sessionId === session.id;
    this.sessionId = session.id;
    if (same) void this.session.run(); // opening again still re-reads the live seats
    this.outcome = undefined;
    this.fieldErrors.set(new Map());
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#heading');
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    heading?.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    heading?.focus({ preventScroll: true });
  }

  /** Re-reads the session's live seats. */
  refresh(): Promise<unknown> {
    return this.session.run();
  }

  // --- draft

  private restoreDraft(): void {
    const saved = this.draft.load() ?? {};
    const { [ATTEMPT]: attempt, ...values } = saved;
    this.values = values;
    this.submission.restore(attempt);
  }

  private saveDraft(): void {
    const attempt = this.submission.saved;
    this.draft.save({ ...this.values, ...(attempt ? { [ATTEMPT]: JSON.stringify(attempt) } : {}) });
  }

  // --- event handlers

  private onInput(e: Event): void {
    const el = e.target as HTMLInputElement | HTMLTextAreaElement;
    if (!el.name) return;
    const value = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value;
    this.values = { ...this.values, [el.name]: value };
    this.saveDraft();
    this.fieldErrors.onInput(el.name);
  }

  private onBlur(e: FocusEvent): void {
    const name = (e.target as HTMLInputElement).name;
    if (name && name !== 'website')
      this.fieldErrors.onLeave(name, String(this.values[name] ?? '') !== '');
  }

  /** The session on show: the live one, or the calendar's while it loads. */
  private get shown(): Session | undefined {
    return (
      this.session.value ?? (this.handedOver?.id === this.sessionId ? this.handedOver : undefined)
    );
  }

  /** The fields asked: the site's, and the one that picks a group when the session splits its seats (then required). */
  private get asked(): { fields: RegistrationField[]; required: RegistrationField[] } {
    const by = this.shown?.quotas?.by;
    const fields = by ? parseFields([...this.fields, by]) : this.fields;
    const required = [...ALWAYS, ...this.requiredFields.filter((f) => fields.includes(f))];
    return { fields, required: by ? [...required, by] : required };
  }

  /** The group the resident picked, when the session splits its seats. */
  private pickedGroup(s: Session): NonNullable<Session['quotaSeats']>[number] | undefined {
    const by = s.quotas?.by;
    return by ? s.quotaSeats?.find((g) => g.key === this.values[by]) : undefined;
  }

  private check(): Map<string, string> {
    const { required } = this.asked;
    const rules = schemaCheck.value;
    const labels = this.t.labels;
    return validate(
      this.body(),
      required,
      labels,
      this.common.requiredMessage,
      rules && ((body) => rules.schemaErrors(body, this.locale, labels)),
    );
  }

  private body(): Record<string, unknown> {
    return toRequest(
      this.values,
      this.asked.fields,
      this.consents.map((c) => c.id),
    );
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.submission.pending || this.checking || !this.client || !this.sessionId) return; // a second click while sending does nothing
    this.checking = true; // shown like sending: the check is at once when the form was entered before
    this.announcement = this.t.submitting;
    await schemaCheck.load(this.locale);
    this.checking = false;
    if (this.fieldErrors.validateAll().size) {
      this.outcome = { kind: 'invalid' };
      this.announcement = ''; // the error summary takes the focus and is read
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      return;
    }
    const client = this.client;
    const sessionId = this.sessionId;
    // The page the confirmation e-mail's cancellation link leads to (the server keeps it only if it serves the site).
    const page = this.pageUrl();
    const body = { ...this.body(), ...(page ? { pageUrl: page } : {}) };
    this.outcome = undefined;
    // The draft keeps the attempt's key: a reload after a network cut retries with the same one. What a registered
    // resident keeps (receipt-view) is fetched while the request travels.
    const done = await this.submission.submit(
      body,
      (idempotencyKey) =>
        Promise.all([
          client.register(sessionId, body as RegistrationRequest, { idempotencyKey }),
          receiptView.load(this.locale),
        ]).then(([receipt]) => receipt),
      () => this.saveDraft(),
    );
    if (!done) return;
    if (done.kind === 'done') {
      const receipt = done.result;
      this.outcome =
        receipt.status === 'waitlisted'
          ? { kind: 'waitlisted', receipt }
          : { kind: 'confirmed', receipt };
      this.draft.clear();
      this.values = {};
      this.announcement =
        receipt.status === 'waitlisted'
          ? `${this.t.waitlistedTitle}. ${this.t.waitlistedText(receipt.waitlistPosition ?? 0)}`
          : this.t.confirmedTitle;
      this.emit('cc-registration-success', { registration: receipt, session: this.session.value });
    } else {
      this.showFailure(done.error, done.kind);
      this.emit('cc-registration-error', {
        error: done.error,
        retryable: done.error.retryable,
        sessionId,
      });
    }
    void this.session.run();
    await this.updateComplete;
    const invalid = (this.outcome as Outcome | undefined)?.kind === 'invalid';
    this.renderRoot.querySelector<HTMLElement>(invalid ? '#error-summary' : '#outcome')?.focus();
  }

  private showFailure(error: ApiError, kind: 'failed' | 'refused'): void {
    if (kind === 'refused') this.saveDraft(); // without the settled attempt
    if (error.kind === 'validation' && error.fieldErrors.length) {
      // The server's own field errors, shown like ours.
      this.fieldErrors.set(
        new Map(error.fieldErrors.map((f) => [f.field.split('.')[0]!, f.message])),
      );
      this.outcome = { kind: 'invalid' };
      return;
    }
    this.outcome = { kind, error };
    this.announcement =
      kind === 'failed' ? error.messageFor(this.locale) : this.refusalMessage(error);
  }

  private refusalMessage(error: ApiError): string {
    const { opensAt, closesAt } = error.problem ?? {};
    return (
      refusalReason({ code: error.code, opensAt, closesAt }, this.locale) ??
      error.messageFor(this.locale)
    );
  }

  private startOver(): void {
    this.outcome = undefined;
    this.fieldErrors.set(new Map());
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('input[name="firstName"]')?.focus(),
    );
  }

  // --- render helpers

  private pageUrl(): string | undefined {
    const url = new URL(this.cancelHref ?? window.location.href, document.baseURI);
    url.hash = '';
    return /^https?:$/.test(url.protocol) && url.href.length <= 2000 ? url.href : undefined;
  }

  private renderReceipt(receipt: RegistrationReceipt, s: Session | undefined) {
    const view = receiptView.get(this.locale, () => this.requestUpdate());
    if (!view) return html`<p class="cc-status">${coreStrings.of(this.locale).loading}</p>`;
    return view.renderReceipt({
      receipt,
      session: s,
      api: this.client,
      locale: this.locale,
      page: this.cancelHref ?? window.location.href,
      startOver: () => this.startOver(),
    });
  }

  private renderSummary(s: Session): TemplateResult {
    const refreshing = this.session.status === TaskStatus.PENDING;
    return html`<div class="summary" part="summary" aria-busy=${refreshing ? 'true' : 'false'}>
      <p class="kind cc-muted">${sessionStrings.of(this.locale).kinds[s.kind]}</p>
      ${renderSessionFacts(s, this.locale)}
      ${renderAvailability(s, this.locale)}
    </div>`;
  }

  private renderField(f: RegistrationField, s: Session, required: boolean): TemplateResult {
    const state = {
      name: f,
      label: this.t.labels[f] ?? f,
      required,
      hint: this.t.hints[f],
      error: this.errors.get(f),
    };
    const value = String(this.values[f] ?? '');
    const nameOf = (key: string) =>
      f === 'college' ? ((this.t.colleges as Record<string, string>)[key] ?? key) : key;
    // A split session offers its groups, each with its own seats (« Habitant·e — 2 places restantes »).
    const groups = s.quotas?.by === f ? s.quotaSeats : undefined;
    if (groups || f === 'college') {
      const options = groups
        ? groups.map((g) => ({
            value: g.key,
            label: `${nameOf(g.key)} — ${availabilityLabel(asGroup(s, g), this.locale)}`,
          }))
        : (['habitant', 'acteur_local'] as const).map((c) => ({ value: c, label: nameOf(c) }));
      return renderChoiceField({ ...state, type: 'radio', options, value }, this.common);
    }
    const multiline =
      f === 'accessibilityNeeds' || f === 'comment'
        ? { rows: 3, maxlength: f === 'comment' ? 2000 : 1000 }
        : {};
    return renderTextField(
      {
        ...state,
        ...multiline,
        value,
        type: INPUT_TYPES[f],
        autocomplete: AUTOCOMPLETE[f],
        spellcheck: f === 'email' ? false : undefined,
        inputmode: f === 'phone' ? 'tel' : undefined,
      },
      this.common,
    );
  }

  private renderPrivacy(): TemplateResult {
    const t = this.t;
    return html`<section class="privacy" part="privacy" aria-labelledby="privacy-title">
      ${heading(this.headingLevel + 1, t.privacyTitle, { id: 'privacy-title', class: 'privacy-title' })}
      <slot name="privacy">
        <p>${t.privacyText(this.privacyController ?? t.privacyDefaultController, this.privacyRetention ?? t.privacyDefaultRetention)}</p>
        <p>${t.privacyRights(this.privacyContact)}</p>
        ${this.privacyHref ? html`<p><a class="cc-link" href=${this.privacyHref}>${t.privacyMore}</a></p>` : nothing}
      </slot>
    </section>`;
  }

  private renderForm(s: Session | undefined): TemplateResult {
    const t = this.t;
    const group = s && this.pickedGroup(s);
    const waitlist = s ? availability(group ? asGroup(s, group) : s) === 'waitlist' : false;
    const { fields, required } = this.asked;
    const labelOf = (name: string) => this.t.labels[name] ?? name;
    const focus = (id: string) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
    return html`<form novalidate @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput} @focusout=${this.onBlur}
      @focusin=${() => void schemaCheck.load(this.locale)}>
      ${this.outcome?.kind === 'invalid' ? renderErrorSummary(this.errors, labelOf, this.common, focus) : nothing}
      <p class="cc-muted">${this.common.requiredNote}</p>
      ${s ? fields.map((f) => this.renderField(f, s, required.includes(f))) : nothing}
      ${
        this.consents.length
          ? html`<fieldset class="field consents" part="field">
        <legend part="label">${t.consentsLegend}</legend>
        ${this.consents.map(
          (
            c,
          ) => html`<div class="choice"><input type="checkbox" id="consent-${c.id}" name="consent:${c.id}" .checked=${this.values[`consent:${c.id}`] === true}>
          <label for="consent-${c.id}">${c.label}</label></div>`,
        )}
      </fieldset>`
          : nothing
      }
      <div class="hp" aria-hidden="true">
        <label for="f-website">${t.honeypot}</label>
        <input id=${fieldId('website')} name="website" type="text" tabindex="-1" autocomplete="off" .value=${String(this.values.website ?? '')}>
      </div>
      ${this.renderPrivacy()}
      <p>${renderSubmit(waitlist ? t.submitWaitlist : t.submit, this.submission.pending || this.checking, t.submitting)}</p>
    </form>`;
  }

  private renderOutcome(s: Session | undefined): TemplateResult | typeof nothing {
    const o = this.outcome;
    const t = this.t;
    if (!o || o.kind === 'invalid') return nothing;
    if (o.kind === 'confirmed' || o.kind === 'waitlisted') {
      const r = o.receipt;
      return html`<div id="outcome" class="cc-alert outcome" part="outcome" data-tone=${o.kind === 'confirmed' ? 'success' : 'warning'} tabindex="-1">
        ${heading(this.headingLevel + 1, o.kind === 'confirmed' ? t.confirmedTitle : t.waitlistedTitle, { class: 'outcome-title' })}
        <p>${o.kind === 'confirmed' ? t.confirmedText : t.waitlistedText(r.waitlistPosition ?? 0)}</p>
        ${this.renderReceipt(r, s)}
      </div>`;
    }
    if (o.kind === 'refused') {
      return html`<div id="outcome" class="cc-alert outcome" part="outcome" data-tone="warning" tabindex="-1"><p>${this.refusalMessage(o.error)}</p></div>`;
    }
    return html`<div id="outcome" class="outcome" part="outcome" tabindex="-1">
      ${renderApiError(o.error, this.locale, () => this.renderRoot.querySelector('form')?.requestSubmit())}
      <p class="cc-muted">${this.common.keptInput}</p>
    </div>`;
  }

  override render(): TemplateResult {
    const unconfigured = this.renderUnconfigured();
    if (unconfigured) return unconfigured;
    if (this.isCancelMode) {
      if (this.cancelUnavailable)
        return renderApiError(new ApiError('network'), this.locale, () => this.loadCancel());
      return html`<cc-registration-cancel registration-id=${this.registrationId!} cancel-token=${this.cancelToken ?? nothing}
        confirm-token=${this.confirmToken ?? nothing} heading-level=${this.headingLevel}
        .api=${this.api} .now=${this.now} locale=${this.localeOverride ?? nothing}></cc-registration-cancel>`;
    }
    const t = this.t;
    const task = this.session;
    const s = this.shown;
    const registered = this.outcome?.kind === 'confirmed' || this.outcome?.kind === 'waitlisted';
    let body: TemplateResult;
    if (!this.sessionId) {
      body = this.calendar
        ? html`<p class="cc-muted">${t.chooseSession}</p>`
        : this.renderConfigProblem(t.missingSession);
    } else if (!s && task.status === TaskStatus.ERROR) {
      body = renderApiError(task.error, this.locale, () => void this.refresh());
    } else if (!s) {
      body = html`<div aria-hidden="true"><div class="cc-skeleton"></div><div class="cc-skeleton"></div></div>
        <p class="cc-status">${coreStrings.of(this.locale).loading}</p>`;
    } else {
      const closed =
        registered || this.outcome?.kind === 'refused'
          ? undefined
          : registrationClosedReason(s, this.clock, this.locale);
      body = html`${this.renderSummary(s)}
        ${this.renderOutcome(s)}
        ${closed ? html`<p class="cc-alert" data-tone="warning">${closed}</p>` : nothing}
        ${registered || closed ? nothing : this.renderForm(s)}`;
    }
    return html`<section class="form" aria-labelledby="heading" aria-busy=${task.status === TaskStatus.PENDING && !s ? 'true' : 'false'}>
      ${heading(this.headingLevel, s ? t.heading(s.title) : t.headingNoSession, { id: 'heading', part: 'heading', class: 'heading', focusable: true })}
      ${body}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }
}

const INPUT_TYPES: Partial<Record<RegistrationField, 'email' | 'tel'>> = {
  email: 'email',
  phone: 'tel',
};
/** WCAG 1.3.5: the purpose of each field, so browsers fill it in. */
const AUTOCOMPLETE: Partial<Record<RegistrationField, string>> = {
  firstName: 'given-name',
  lastName: 'family-name',
  email: 'email',
  phone: 'tel',
  organisation: 'organization',
  town: 'address-level2',
};
