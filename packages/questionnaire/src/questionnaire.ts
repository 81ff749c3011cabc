import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type {
  Questionnaire,
  QuestionnaireInput,
  QuestionnaireItem,
  QuestionnaireReceipt,
} from '@conseils-citoyens/schemas';
import { RESUME_FRAGMENT, WITHDRAW_FRAGMENT } from '@conseils-citoyens/schemas/constants.js';
import {
  answerIssues,
  isQuestion,
  visibility,
  type AnswerIssue,
} from '@conseils-citoyens/schemas/questionnaire-rules.js';
import { answerMessage } from '@conseils-citoyens/schemas/questionnaire-wording.js';
import { ApiError, asApiError } from '@conseils-citoyens/core/api/errors.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import {
  invitationFromFragment,
  secretUrl,
  withdrawTokenFromFragment,
  confirmTokenFromFragment,
} from '@conseils-citoyens/core/api/edit-link.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import { DraftController } from '@conseils-citoyens/core/controllers/draft-controller.js';
import { FieldErrorsController } from '@conseils-citoyens/core/form/field-errors.js';
import {
  renderErrorSummary,
  renderSubmit,
  renderTextField,
} from '@conseils-citoyens/core/form/fields.js';
import { formStrings } from '@conseils-citoyens/core/form/form-strings.js';
import { coreStrings } from '@conseils-citoyens/core/i18n/translations.js';
import { formStyles } from '@conseils-citoyens/core/form/form.styles.js';
import { SubmissionController } from '@conseils-citoyens/core/form/submission-controller.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import { OnDemand } from '@conseils-citoyens/core/i18n/on-demand.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import { adoptStyles } from '@conseils-citoyens/core/dom/adopt-styles.js';
import { styles } from './questionnaire.styles.js';
import { fr, type QuestionnaireStrings } from './translations/fr.js';
import { answerWording } from '@conseils-citoyens/core/form/questions/answer-wording.js';
import {
  emptyState,
  move,
  readControl,
  toSubmission,
  trimmed,
  type AnswerState,
} from '@conseils-citoyens/core/form/questions/answer-state.js';
import { renderQuestion } from '@conseils-citoyens/core/form/questions/question-fields.js';
import { questionStyles } from '@conseils-citoyens/core/form/questions/question.styles.js';
import { loadQuestionnaire, type Loaded } from './controllers/load.js';
import type { SavedLink } from './controllers/saved-link.js';
import type { Outcome } from './controllers/outcome-view.js';
import './questionnaire.events.js';

const STRINGS = new LocaleTable<QuestionnaireStrings>(fr, () =>
  import('./translations/en.js').then((m) => m.en),
);
/** What follows sending (and the pages a mailed link opens): fetched when the last page shows. */
const outcomeView = new OnDemand(
  () => import('./controllers/outcome-view.js'),
  (m) => [m.OUTCOME_STRINGS],
);
/** The blank paper version and its words: fetched when « Imprimer » is pressed. */
const paperView = new OnDemand(
  () => import('./controllers/paper.js'),
  (m) => [m.PAPER_STRINGS],
);
/** What the local draft keeps: the answers and where the resident was, with the version they answer. */
interface Kept extends AnswerState {
  version: number;
  /** With `responses: "email"`: the address the confirmation goes to. */
  email?: string;
  pageId?: string;
  resumeToken?: string;
  attempt?: string;
}
/** The field of the address an answer is confirmed at, on the last page (`responses: "email"`). */
const EMAIL_FIELD = 'respondent-email';
type Definition = Pick<QuestionnaireInput, 'pages'>;

/**
 * A resident answers a questionnaire, one page at a time, on a phone as well as a desk: each page checked on
 * « Suivant » with its errors listed and announced, questions and pages shown or skipped by the answers, every
 * keystroke kept on the device, « Enregistrer et reprendre plus tard » giving a personal link that reopens the same
 * answers anywhere, and one idempotent submission that keeps everything on failure.
 *
 * @summary Questionnaire en plusieurs pages, avec conditions, brouillon, reprise par lien et envoi sûr.
 * @tag cc-questionnaire
 *
 * @slot privacy - Replaces the built-in data-protection notice.
 *
 * @csspart heading - The questionnaire's title.
 * @csspart progress - The progress, in words and as a bar.
 * @csspart page-heading - The current page's title (it takes the focus on a page change).
 * @csspart error-summary - The list of errors of the page.
 * @csspart field - One question (label, hint, control, error).
 * @csspart label - A question's label.
 * @csspart hint - A question's hint.
 * @csspart error - A question's error, or an API error block.
 * @csspart submit - « Suivant » or « Envoyer mes réponses ».
 * @csspart saved - The resume link panel.
 * @csspart outcome - The confirmation after sending, with the answers.
 * @csspart privacy - The data-protection notice.
 * @csspart retry - A retry button.
 * @csspart config-error - The message shown when no API or no questionnaire is configured.
 *
 * @event {CcQuestionnairePageEvent} cc-questionnaire-page - A page is shown: `detail.pageId`, `index`, `total`.
 * @event {CcQuestionnaireSaveEvent} cc-questionnaire-save - Saved to resume later: `detail.resumeUrl`, `expiresAt`.
 * @event {CcQuestionnaireSubmitEvent} cc-questionnaire-submit - Sent: `detail.receipt`.
 * @event {CcQuestionnaireErrorEvent} cc-questionnaire-error - Loading, saving or sending failed: `detail.error`, `stage`.
 */
export class CcQuestionnaire extends CcElement {
  static override styles = [...CcElement.styles, uiStyles, formStyles, questionStyles, styles];
  static override strings = [...CcElement.strings, formStrings, answerWording, STRINGS];

  /** The questionnaire to answer: its current published version is loaded. */
  @property({ attribute: 'questionnaire-id' }) questionnaireId?: string;
  /** A definition given directly (a static site, a preview); answers are sent only if an API is configured. */
  @property({ attribute: false }) definition?: QuestionnaireInput & { version?: number };
  /** Browser back and forward move between pages (the page is in the address as `?cc-page=`). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** `entry`: staff type in a paper questionnaire (marked as paper; needs the organiser's credential). */
  @property() mode?: 'entry';
  /** The page resume links lead to (this page by default). */
  @property({ attribute: 'resume-href' }) resumeHref?: string;
  /** `local` keeps the answers in localStorage (24 h at most) instead of sessionStorage. */
  @property({ attribute: 'draft-storage' }) draftStorage?: 'session' | 'local';
  /** Who uses the answers, for the notice (e.g. « la Ville de Lille »). */
  @property({ attribute: 'privacy-controller' }) privacyController?: string;
  /** The site's data-protection page. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;

  @state() private answers: AnswerState = emptyState();
  @state() private pageId?: string;
  @state() private outcome?: Outcome;
  /** The saved answers' panel (the resume link), loaded with the first save; shown until the answers are sent. */
  @state() private saved?: SavedLink;
  @state() private saveError?: ApiError;
  @state() private saving = false;
  @state() private siteProblem?: string;
  /** With `responses: "email"`: the address the confirmation link goes to. */
  @state() private email = '';
  @state() private announcement = '';
  @state() private notice?: 'resumed' | 'resumeGone';
  /** « Envoyer » without an API or a questionnaire id to send to. */
  @state() private cannotSend = false;
  private resumeToken?: string;
  /** The personal invitation of a questionnaire answered once per person (`#cc-invitation=`). */
  private invitation?: string;
  /** The blank paper version, shown while printing (its code is loaded on demand). */
  @state() private paper?: typeof import('./controllers/paper.js');

  private readonly submission = new SubmissionController<QuestionnaireReceipt>(this);
  private readonly fieldErrors = new FieldErrorsController(this, () => this.pageErrors());
  private readonly draft = new DraftController(this, {
    key: () => `questionnaire:${this.questionnaireId ?? this.definition?.title ?? ''}`,
    storage: () => this.draftStorage ?? this.config?.draftStorage ?? 'session',
  });

  private readonly loaded = new Task(this, {
    args: () => [this.client, this.questionnaireId, this.definition] as const,
    task: ([client, id, definition], { signal }) =>
      loadQuestionnaire({ client, id, definition, local: this.keptDraft(), signal }),
    onComplete: (loaded) => this.begin(loaded),
    onError: (error) =>
      this.emit('cc-questionnaire-error', {
        error: asApiError(error),
        retryable: asApiError(error).retryable,
        stage: 'load',
      }),
  });

  private get t(): QuestionnaireStrings {
    return STRINGS.of(this.locale);
  }

  private get q(): (Questionnaire | (QuestionnaireInput & { version: number })) | undefined {
    return this.loaded.value?.questionnaire;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('questionnaireId') || changed.has('definition')) this.outcome = undefined;
  }

  // --- loading, draft

  private keptDraft(): Kept | undefined {
    const raw = this.draft.load()?.kept;
    try {
      return typeof raw === 'string' ? (JSON.parse(raw) as Kept) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The questionnaire is here: take back the answers (from the resume link or this device) and the page. */
  private begin(loaded: Loaded): void {
    const from = loaded.draft;
    this.answers = from
      ? { answers: from.answers, others: from.others ?? {}, typed: from.typed ?? {} }
      : emptyState();
    this.resumeToken = loaded.resumeToken;
    this.notice = loaded.notice;
    this.submission.restore(from?.attempt);
    const wanted =
      (this.syncUrl && new URLSearchParams(location.search).get('cc-page')) || from?.pageId;
    const pages = this.visiblePages(loaded.questionnaire);
    this.pageId = pages.find((p) => p.id === wanted)?.id ?? pages[0]?.id;
    this.invitation = invitationFromFragment();
    this.email = from?.email ?? '';
    const withdrawal = withdrawTokenFromFragment()?.split('.');
    if (withdrawal) this.outcome = { kind: 'withdraw', id: withdrawal[0]!, token: withdrawal[1]! };
    const confirmation = confirmTokenFromFragment()?.split('.');
    if (confirmation) void this.confirm(confirmation[0]!, confirmation[1]!);
  }

  private saveDraft(): void {
    const q = this.q;
    if (!q) return;
    const kept: Kept = {
      ...this.answers,
      version: q.version,
      ...(this.email ? { email: this.email } : {}),
      ...(this.pageId ? { pageId: this.pageId } : {}),
      ...(this.resumeToken ? { resumeToken: this.resumeToken } : {}),
      ...(this.submission.saved ? { attempt: JSON.stringify(this.submission.saved) } : {}),
    };
    this.draft.save({ kept: JSON.stringify(kept) });
  }

  // --- pages

  private visiblePages(def: Definition = this.q ?? { pages: [] }) {
    const shown = visibility(def, trimmed(this.answers.answers));
    return def.pages.filter((p) => shown.pages.has(p.id));
  }

  private async goTo(pageId: string, { push = true } = {}): Promise<void> {
    this.pageId = pageId;
    this.fieldErrors.set(new Map());
    this.saveDraft();
    const pages = this.visiblePages();
    const index = pages.findIndex((p) => p.id === pageId);
    if (this.syncUrl && push) {
      const url = new URL(location.href);
      url.searchParams.set('cc-page', pageId);
      history.pushState({ ccPage: pageId }, '', url);
    }
    this.emit('cc-questionnaire-page', { pageId, index: index + 1, total: pages.length });
    await this.updateComplete;
    const title = this.renderRoot.querySelector<HTMLElement>('#page-heading');
    title?.scrollIntoView?.({ block: 'start' });
    title?.focus({ preventScroll: true });
  }

  private readonly onPopState = (e: PopStateEvent): void => {
    if (!this.syncUrl) return;
    // The entry of the first page has no state of ours: the address says, or it is the first page.
    const pages = this.visiblePages();
    const page =
      (e.state as { ccPage?: string } | null)?.ccPage ??
      new URLSearchParams(location.search).get('cc-page') ??
      pages[0]?.id;
    if (page && page !== this.pageId && pages.some((p) => p.id === page))
      void this.goTo(page, { push: false });
  };

  // --- checks

  private issuesToErrors(issues: AnswerIssue[], def: Definition): Map<string, string> {
    const wording = answerWording.of(this.locale);
    const errors = new Map<string, string>();
    for (const i of issues)
      if (!errors.has(i.question)) errors.set(i.question, answerMessage(def, i, wording));
    return errors;
  }

  /** The current page's errors, question → message, in page order (the address last, on the last page). */
  private pageErrors(): Map<string, string> {
    const q = this.q;
    if (!q || !this.pageId) return new Map();
    const issues = answerIssues(q, trimmed(this.answers.answers), this.answers.others, this.pageId);
    const errors = this.issuesToErrors(issues, q);
    const field = this.renderRoot.querySelector<HTMLInputElement>(`#f-${EMAIL_FIELD}`);
    if (field && (!this.email || !field.checkValidity()))
      errors.set(EMAIL_FIELD, this.t.emailMissing);
    return errors;
  }

  /** Whether this answer is confirmed by e-mail (staff typing in paper answers need no address). */
  private get confirmsByEmail(): boolean {
    return this.q?.responses === 'email' && this.mode !== 'entry';
  }

  /** The mailed link: the answer moves to the counted ones, or says why it cannot. */
  private async confirm(id: string, token: string): Promise<void> {
    this.outcome = { kind: 'confirm', id, token };
    try {
      await this.client?.confirmQuestionnaireResponse(id, token);
      this.outcome = { kind: 'confirm', id, token, state: 'done' };
      this.announcement = (await this.outcomeWords())?.confirmed ?? '';
    } catch (error) {
      const e = asApiError(error);
      const state =
        e.kind === 'not_found' ? 'gone' : e.code === 'already_answered' ? 'already' : undefined;
      this.outcome = { kind: 'confirm', id, token, ...(state ? { state } : { error: e }) };
      if (!state)
        this.emit('cc-questionnaire-error', { error: e, retryable: e.retryable, stage: 'submit' });
    }
  }

  // --- events

  private questionOf(name: string) {
    const id = name.split(':')[0];
    for (const p of this.q?.pages ?? [])
      for (const item of p.items) if (item.id === id && isQuestion(item)) return item;
    return undefined;
  }

  private onChange(e: Event): void {
    const el = e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (el.name === EMAIL_FIELD) {
      this.email = el.value.trim();
      this.saveDraft();
      return this.fieldErrors.onInput(EMAIL_FIELD);
    }
    const question = el.name ? this.questionOf(el.name) : undefined;
    if (!question) return;
    this.answers = readControl(question, el, this.answers);
    this.saveDraft();
    this.fieldErrors.onInput(question.id);
  }

  private onLeave(e: FocusEvent): void {
    const el = e.target as HTMLInputElement;
    const question = el.name ? this.questionOf(el.name) : undefined;
    if (
      question &&
      (el.type === 'text' ||
        el.type === 'email' ||
        el.type === 'tel' ||
        el.localName === 'textarea')
    )
      this.fieldErrors.onLeave(question.id, el.value.trim() !== '');
  }

  private async onMove(
    questionId: string,
    value: string,
    delta: number,
    button: HTMLButtonElement,
  ) {
    const question = this.questionOf(questionId);
    if (question?.type !== 'ranking' || button.getAttribute('aria-disabled') === 'true') return;
    this.answers = move(question, this.answers, value, delta);
    this.saveDraft();
    this.fieldErrors.onInput(question.id);
    const order = this.answers.answers[question.id] as string[];
    const label = question.options.find((o) => o.value === value)?.label ?? value;
    this.announcement = this.t.moved(label, order.indexOf(value) + 1, order.length);
    await this.updateComplete;
    // The focus follows the item; at an end, it goes to the button that can still move it.
    const buttons = [
      ...this.renderRoot.querySelectorAll<HTMLButtonElement>(
        `button[data-move="${CSS.escape(value)}"]`,
      ),
    ];
    const same = buttons.find((b) => b.dataset.delta === String(delta));
    (same?.getAttribute('aria-disabled') === 'true'
      ? buttons.find((b) => b !== same)
      : same
    )?.focus();
  }

  private async showErrors(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    const q = this.q;
    if (!q || !this.pageId || this.submission.pending) return;
    if (this.fieldErrors.validateAll().size) return this.showErrors();
    const pages = this.visiblePages();
    const index = pages.findIndex((p) => p.id === this.pageId);
    if (index < pages.length - 1) return this.goTo(pages[index + 1]!.id);
    await this.send(q);
  }

  private async send(q: QuestionnaireInput & { version: number }): Promise<void> {
    // Every page once more (a draft from another device may hold an answer that no longer fits).
    const body = toSubmission(q, this.answers);
    const issues = answerIssues(q, body.answers, body.others);
    if (issues.length) return this.showServerErrors(this.issuesToErrors(issues, q));
    const client = this.client;
    const id = this.questionnaireId;
    if (!client || !id) {
      this.cannotSend = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#submit-error')?.focus();
      return;
    }
    const paper = this.mode === 'entry';
    // With `responses: "email"`, the confirmation link leads back to this page.
    const page = new URL(this.resumeHref ?? location.href, document.baseURI);
    page.hash = '';
    const confirmation = this.confirmsByEmail ? { email: this.email, pageUrl: page.href } : {};
    const request = { version: q.version, ...body, ...(paper ? { paper } : {}), ...confirmation };
    this.announcement = this.t.submitting;
    const resumeToken = this.resumeToken;
    const done = await this.submission.submit(
      request,
      (idempotencyKey) =>
        client.submitQuestionnaireResponse(id, request, {
          idempotencyKey,
          ...(resumeToken ? { resumeToken } : {}),
          ...(this.invitation ? { invitation: this.invitation } : {}),
        }),
      () => this.saveDraft(),
    );
    if (!done) return;
    if (done.kind === 'done') {
      await outcomeView.load(this.locale);
      this.outcome = { kind: 'sent', receipt: done.result, state: this.answers, paper };
      this.draft.clear();
      this.resumeToken = undefined;
      this.saved = undefined;
      const to = done.result.confirmationSentTo;
      this.announcement = paper
        ? this.t.paperSaved
        : to
          ? `${this.t.confirmTitle}. ${this.t.confirmSent(to)}`
          : this.t.thanksTitle;
      this.emit('cc-questionnaire-submit', { receipt: done.result, paper });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus();
      return;
    }
    this.saveDraft(); // the attempt's key stays for a retry; nothing typed is lost
    this.emit('cc-questionnaire-error', {
      error: done.error,
      retryable: done.error.retryable,
      stage: 'submit',
    });
    // The page's own site is not one the server links to: a setting for the site's team, not the resident.
    const site = done.error.fieldErrors.find((f) => f.field === 'pageUrl');
    if (site) {
      this.siteProblem = site.message;
      this.cannotSend = true;
    } else if (done.error.kind === 'validation' && done.error.fieldErrors.length)
      return this.showServerErrors(
        new Map(
          done.error.fieldErrors.map((f) => [
            f.field === 'email' ? EMAIL_FIELD : f.field.replace(/^answers\./, ''),
            f.message,
          ]),
        ),
      );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#submit-error')?.focus();
  }

  /** Errors found outside the current page: the first page that has one opens with them. */
  private async showServerErrors(errors: Map<string, string>): Promise<void> {
    const pages = this.visiblePages();
    const page = pages.find((p) => p.items.some((i) => errors.has(i.id))) ?? pages.at(-1);
    if (page && page.id !== this.pageId) await this.goTo(page.id);
    this.fieldErrors.set(
      new Map(
        [...errors].filter(([id]) => id === EMAIL_FIELD || page?.items.some((i) => i.id === id)),
      ),
    );
    return this.showErrors();
  }

  private async saveForLater(): Promise<void> {
    const q = this.q;
    const client = this.client;
    const id = this.questionnaireId;
    if (!q || !client || !id || this.saving) return;
    this.saving = true;
    this.saveError = undefined;
    const body = {
      version: q.version,
      answers: this.answers.answers,
      ...(Object.keys(this.answers.others).length ? { others: this.answers.others } : {}),
      ...(this.pageId ? { pageId: this.pageId } : {}),
    };
    // The panel's code comes with the first save, fetched while the answers are.
    const loading = this.saved ? undefined : import('./controllers/saved-link.js');
    try {
      const token = this.resumeToken;
      const draft = token
        ? { ...(await client.updateQuestionnaireDraft(token, body)), token }
        : await client
            .createQuestionnaireDraft(id, body)
            .then((d) => ({ ...d, token: `${d.id}.${d.secret}` }));
      this.resumeToken = draft.token;
      const url = secretUrl(this.resumeHref ?? location.href, RESUME_FRAGMENT, draft.token);
      const saved =
        this.saved ??
        new (await loading!).SavedLink(this, {
          client: () => this.client,
          locale: () => this.locale,
          announce: (text) => (this.announcement = text),
        });
      await saved.show(url, draft.expiresAt, draft.token);
      this.saved = saved;
      this.saveDraft();
      this.announcement = saved.t.savedTitle;
      this.emit('cc-questionnaire-save', {
        draftId: draft.id,
        resumeUrl: url,
        expiresAt: draft.expiresAt,
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#saved')?.focus();
    } catch (error) {
      this.saveError = asApiError(error);
      this.emit('cc-questionnaire-error', {
        error: this.saveError,
        retryable: this.saveError.retryable,
        stage: 'save',
      });
    } finally {
      this.saving = false;
    }
  }

  private async withdraw(receipt: { id: string; deleteToken: string }): Promise<void> {
    try {
      await this.client?.deleteQuestionnaireResponse(receipt.id, receipt.deleteToken);
      this.outcome = { kind: 'withdrawn' };
      this.announcement = (await this.outcomeWords())?.withdrawn ?? '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus();
    } catch (error) {
      const e = asApiError(error);
      if (e.kind === 'not_found' && this.outcome?.kind === 'withdraw') {
        this.outcome = { ...this.outcome, gone: true };
        return;
      }
      this.emit('cc-questionnaire-error', { error: e, retryable: e.retryable, stage: 'withdraw' });
      this.saveError = e;
    }
  }

  private again(): void {
    this.outcome = undefined;
    this.answers = emptyState();
    this.submission.reset();
    this.pageId = this.visiblePages()[0]?.id;
  }

  // --- rendering

  protected override render(): TemplateResult {
    // A definition given directly renders without an API (a static site, a preview); sending then says what is missing.
    const unconfigured = this.renderUnconfigured();
    if (unconfigured && (!this.definition || this.awaitingProvider)) return unconfigured;
    if (!this.questionnaireId && !this.definition)
      return this.renderConfigProblem(this.t.missingQuestionnaire);
    return html`<section class="questionnaire" aria-labelledby="heading">${this.loaded.render({
      pending: () =>
        html`<div aria-busy="true"><div class="cc-skeleton"></div><div class="cc-skeleton"></div></div>`,
      error: (e) => renderApiError(e, this.locale, () => void this.loaded.run()),
      complete: () => this.renderLoaded(),
    })}<div class="visually-hidden" role="status">${this.announcement}</div></section>`;
  }

  private renderLoaded(): TemplateResult | typeof nothing {
    const q = this.q;
    if (!q) return nothing;
    if (this.paper) return this.renderPaperVersion(q, this.paper);
    const title = heading(this.headingLevel, q.title, {
      id: 'heading',
      part: 'heading',
      class: 'heading',
    });
    if (this.outcome) return html`${title}${this.renderOutcome(q, this.outcome)}`;
    const invited = q.responses === 'invitation';
    // Invited people only, and this visitor has no invitation (staff typing in paper answers need none).
    if (invited && !this.invitation && this.mode !== 'entry')
      return html`${title}<p class="cc-alert" data-tone="warning">${this.t.invitationOnly}</p>`;
    const pages = this.visiblePages();
    const index = Math.max(
      0,
      pages.findIndex((p) => p.id === this.pageId),
    );
    const page = pages[index];
    if (!page) return title;
    const t = this.t;
    const first = index === 0;
    const last = index === pages.length - 1;
    if (last) void outcomeView.load(this.locale); // the summary of the answers, needed after sending
    return html`${title}
      ${first && q.description ? html`<p class="description">${q.description}</p>` : nothing}
      ${first && this.mode !== 'entry' ? html`<p class="cc-muted">${invited ? t.invitationPersonal : this.confirmsByEmail ? t.emailMode : t.anonymous}</p>` : nothing}
      ${first && q.estimatedMinutes ? html`<p class="cc-muted">${t.duration(q.estimatedMinutes)}</p>` : nothing}
      ${this.mode === 'entry' ? html`<p class="cc-alert" data-tone="warning">${t.paperMode}</p>` : nothing}
      ${this.notice ? html`<p class="cc-alert" data-tone=${this.notice === 'resumed' ? 'success' : 'warning'}>${this.notice === 'resumed' ? t.resumed : t.resumeGone}</p>` : nothing}
      <div class="progress" part="progress">
        <p id="progress-label" class="cc-muted">${t.progress(index + 1, pages.length)}</p>
        <progress max=${pages.length} value=${index + 1} aria-labelledby="progress-label"></progress>
      </div>
      <form novalidate @input=${this.onChange} @change=${this.onChange} @focusout=${this.onLeave} @submit=${this.onSubmit}>
        ${heading(this.headingLevel + 1, page.title, { id: 'page-heading', part: 'page-heading', class: 'page-heading', focusable: true })}
        ${page.description ? html`<p>${page.description}</p>` : nothing}
        ${renderErrorSummary(
          this.fieldErrors.errors,
          (id) => this.questionOf(id)?.label ?? id,
          formStrings.of(this.locale),
          (id) => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus(),
        )}
        ${this.renderItems(page.items)}
        ${last && this.confirmsByEmail ? this.renderEmailField() : nothing}
        ${this.cannotSend ? html`<div id="submit-error" tabindex="-1">${this.renderConfigProblem(this.siteProblem ?? this.configProblem ?? this.t.missingQuestionnaire)}</div>` : nothing}
        ${
          this.submission.last &&
          this.submission.last.kind !== 'done' &&
          !this.submission.pending &&
          this.submission.last.error.kind !== 'validation'
            ? html`<div id="submit-error" tabindex="-1">${renderApiError(this.submission.last.error, this.locale, () => void this.send(q))}</div>`
            : nothing
        }
        <div class="actions">
          ${first ? nothing : html`<button type="button" class="cc-button" data-variant="secondary" @click=${() => void this.goTo(pages[index - 1]!.id)}>${t.previous}</button>`}
          ${renderSubmit(last ? t.submit : t.next, this.submission.pending, t.submitting)}
        </div>
        ${
          this.mode === 'entry' || !this.questionnaireId
            ? nothing
            : html`<div class="later">
          <button type="button" class="cc-button" data-variant="secondary" aria-disabled=${this.saving ? 'true' : 'false'}
            @click=${() => void this.saveForLater()}>${this.saving ? t.saving : t.saveForLater}</button>
          ${this.saveError ? renderApiError(this.saveError, this.locale, () => void this.saveForLater()) : nothing}
        </div>`
        }
      </form>
      ${this.saved?.render() ?? nothing}
      <p class="print-blank"><button type="button" class="cc-button" data-variant="secondary" @click=${() => void this.printBlank()}>${t.printBlank}</button></p>
      ${this.renderPrivacy()}`;
  }

  private renderItems(items: QuestionnaireItem[]) {
    const shown = visibility(this.q!, trimmed(this.answers.answers)).items;
    const common = formStrings.of(this.locale);
    return items
      .filter((item) => shown.has(item.id))
      .map((item) => {
        if (item.type === 'section')
          return heading(this.headingLevel + 2, item.title, { class: 'section' });
        if (item.type === 'info') return html`<p class="info">${item.text}</p>`;
        const error = this.fieldErrors.errors.get(item.id);
        return renderQuestion(item, {
          state: this.answers,
          t: this.t,
          common,
          narrow: this.narrow,
          ...(error ? { error } : {}),
          onMove: (value, delta, button) => void this.onMove(item.id, value, delta, button),
        });
      });
  }

  private renderEmailField() {
    const error = this.fieldErrors.errors.get(EMAIL_FIELD);
    return renderTextField(
      {
        name: EMAIL_FIELD,
        label: this.t.emailLabel,
        hint: this.t.emailHint,
        type: 'email',
        autocomplete: 'email',
        spellcheck: false,
        value: this.email,
        required: true,
        ...(error ? { error } : {}),
      },
      formStrings.of(this.locale),
    );
  }

  private renderOutcome(q: QuestionnaireInput, outcome: Outcome) {
    const view = outcomeView.get(this.locale, () => this.requestUpdate()); // offline: asked again at each render
    if (!view) {
      return html`<div id="outcome" part="outcome" tabindex="-1">
        ${outcome.kind === 'sent' && !outcome.paper ? html`<p class="cc-alert" data-tone="success">${this.t.thanksTitle}</p>` : nothing}
        <p class="cc-status">${coreStrings.of(this.locale).loading}</p></div>`;
    }
    adoptStyles(this, view.outcomeStyles);
    return view.renderOutcome({
      q,
      outcome,
      t: this.t,
      locale: this.locale,
      level: this.headingLevel,
      ...(this.saveError ? { error: this.saveError } : {}),
      withdrawUrl: (r) =>
        secretUrl(this.resumeHref ?? location.href, WITHDRAW_FRAGMENT, `${r.id}.${r.deleteToken}`),
      withdraw: (r) => void this.withdraw(r),
      confirm: (id, token) => void this.confirm(id, token),
      again: () => this.again(),
    });
  }

  /** The words after sending, in the page's language (with the view that shows them). */
  private async outcomeWords() {
    return (await outcomeView.load(this.locale))?.OUTCOME_STRINGS.of(this.locale);
  }

  /** Shows every page blank, prints it, and comes back (the browser's print dialog stays the resident's choice). */
  private async printBlank(): Promise<void> {
    this.paper = await paperView.load(this.locale);
    if (!this.paper) return; // offline: the button stays, for another try
    await this.updateComplete;
    window.addEventListener('afterprint', () => void this.closePaper(), { once: true });
    window.print();
  }

  private async closePaper(): Promise<void> {
    this.paper = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.print-blank button')?.focus();
  }

  private renderPaperVersion(
    q: QuestionnaireInput,
    paper: typeof import('./controllers/paper.js'),
  ) {
    adoptStyles(this, paper.paperStyles);
    return html`${heading(this.headingLevel, q.title, { id: 'heading', part: 'heading', class: 'heading' })}
      <p class="paper-back"><button type="button" class="cc-button" @click=${() => void this.closePaper()}>${this.t.backFromPaper}</button></p>
      ${paper.renderPaper(q, { ...this.t, ...paper.PAPER_STRINGS.of(this.locale) }, this.headingLevel + 1)}`;
  }

  private renderPrivacy() {
    const t = this.t;
    return html`<div class="privacy" part="privacy"><slot name="privacy">
      <p><strong>${t.privacyTitle}</strong></p>
      <p>${t.privacyText(this.privacyController ?? t.privacyDefaultController)}</p>
      ${this.privacyHref ? html`<p><a class="cc-link" href=${this.privacyHref}>${t.privacyMore}</a></p>` : nothing}
    </slot></div>`;
  }
}
