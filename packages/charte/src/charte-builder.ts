import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type {
  AdoptedText,
  Charte,
  CharteInput,
  CharteSection,
  ClauseView,
  Question,
} from '@conseils-citoyens/schemas';
import {
  CHARTE_KINDS,
  CHARTE_SECTIONS,
  isHeadSection,
} from '@conseils-citoyens/schemas/charte-constants.js';
import { CHARTE_LIBRARY } from '@conseils-citoyens/schemas/charte-library.js';
import {
  assembleCharte,
  chartePlan,
  clauseViews,
} from '@conseils-citoyens/schemas/charte-assemble.js';
import {
  addOwnClause,
  missingByStep,
  moveArticle,
  moveSection,
  removeOwnClause,
  setClauseRemoved,
  setClauseText,
  updateOwnClause,
} from '@conseils-citoyens/schemas/charte-edits.js';
import {
  CHARTE_KIND_LABELS,
  CHARTE_SECTION_TITLES,
} from '@conseils-citoyens/schemas/charte-wording.js';
import { documentInput } from '@conseils-citoyens/schemas/document-input.js';
import { answerIssues, isQuestion } from '@conseils-citoyens/schemas/questionnaire-rules.js';
import { answerMessage } from '@conseils-citoyens/schemas/questionnaire-wording.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { editLinkFromFragment } from '@conseils-citoyens/core/api/edit-link.js';
import { ApiError } from '@conseils-citoyens/core/api/errors.js';
import { staffApi } from '@conseils-citoyens/core/api/staff-client.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import { DocumentAutosaveController } from '@conseils-citoyens/core/controllers/document-autosave.js';
import { DocumentHistoryController } from '@conseils-citoyens/core/controllers/document-history.js';
import { historyStrings } from '@conseils-citoyens/core/controllers/history-strings.js';
import { FileDownloadController } from '@conseils-citoyens/core/controllers/file-download.js';
import { ModalDialogController } from '@conseils-citoyens/core/dialog/modal-dialog.js';
import { autosaveStrings } from '@conseils-citoyens/core/form/autosave-strings.js';
import {
  autosaveStyles,
  renderAutosaveStatus,
  renderConflict,
} from '@conseils-citoyens/core/form/autosave-view.js';
import {
  fieldId,
  renderChoiceField,
  renderSubmit,
  renderTextField,
} from '@conseils-citoyens/core/form/fields.js';
import { formStrings, type FormStrings } from '@conseils-citoyens/core/form/form-strings.js';
import { formStyles } from '@conseils-citoyens/core/form/form.styles.js';
import { readControl } from '@conseils-citoyens/core/form/questions/answer-state.js';
import { answerWording } from '@conseils-citoyens/core/form/questions/answer-wording.js';
import { renderQuestion } from '@conseils-citoyens/core/form/questions/question-fields.js';
import { questionStyles } from '@conseils-citoyens/core/form/questions/question.styles.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import {
  adoptionRecord,
  emptyAdoption,
  firstField,
  readAdoptionControl,
  renderAdoptionFields,
  type AdoptionDraft,
} from './builder/adoption-form.js';
import { renderClauseCard, renderOwnCard, type Placement } from './builder/clause-cards.js';
import { builderStyles } from './charte-builder.styles.js';
import { builderFr, type BuilderStrings } from './translations/builder-fr.js';
import type { CcCharteEditEvent } from './charte.events.js';
import type {} from './charte-builder.events.js';
import { ConsultationPanel } from './builder/consultation-panel.js';
import { consultationStyles } from './consultation/consultation.styles.js';
import { consultationFr, type ConsultationStrings } from './translations/consultation-fr.js';
import './cc-charte.js';
import { charteStrings } from './charte.js';

const STRINGS = new LocaleTable<BuilderStrings>(builderFr, () =>
  import('./translations/builder-en.js').then((m) => m.builderEn),
);
const CONSULTATION = new LocaleTable<ConsultationStrings>(consultationFr, () =>
  import('./translations/consultation-en.js').then((m) => m.consultationEn),
);
const LIBRARY = CHARTE_LIBRARY;
const STEPS = { pages: LIBRARY.steps };
/** The last step: every article, to reread, rewrite, leave out, or add to. */
const ARTICLES = 'articles';
const QUESTIONS = new Map(
  LIBRARY.steps.flatMap((p) => p.items.filter(isQuestion).map((q) => [q.id, q] as const)),
);

/** A new own clause, as typed in « Ajouter un article ». */
interface OwnDraft {
  section: CharteSection;
  title: string;
  body: string;
}

/**
 * Where a council writes its charte: plain questions step by step (« Votre conseil », « Composition »,
 * « Fonctionnement »…) choose the clauses of the library and fill their variables, with the whole document beside
 * them as it will read — each article linked back to the step that produced it. Clauses that restate the law show
 * their source and stay as written; the others can be rewritten beside the library's wording, the optional ones left
 * out; the council adds its own. What is still missing is said, step by step. Every change is kept on this device
 * and saved as a draft version (`If-Match`; someone else's version is shown beside this one, nothing lost).
 * « Adopter » records the meeting, the vote and the signatories with the exact version adopted, which never changes;
 * a revision starts a new draft from it. Staff-side: loaded apart, for an organiser (`auth`) or through an edit link.
 *
 * @summary Écrire la charte d'un conseil citoyen : étapes, aperçu, clauses, adoption.
 * @tag cc-charte-builder
 *
 * @fires cc-charte-builder-save - A draft version was saved (`detail.version`).
 * @fires cc-charte-builder-conflict - Someone else saved first (`detail.version`, `detail.by`).
 * @fires cc-charte-builder-adopt - A version was adopted (`detail.version`).
 * @fires cc-charte-builder-download - The saved version was downloaded as a file (`detail.format`, `detail.filename`).
 *
 * @csspart heading - The builder's title.
 * @csspart status - Where saving stands.
 * @csspart steps - The list of steps.
 * @csspart missing - What the text still needs.
 * @csspart clause - One article to reread, rewrite or leave out.
 * @csspart preview - The charte as it will read.
 * @csspart dialog - The adoption dialog.
 * @csspart error - An API error block.
 * @csspart retry - A retry button.
 * @csspart config-error - The message shown when no API or no charte is configured.
 */
export class CcCharteBuilder extends CcElement {
  static override styles = [
    ...CcElement.styles,
    uiStyles,
    formStyles,
    questionStyles,
    autosaveStyles,
    consultationStyles,
    builderStyles,
  ];
  static override strings = [
    ...CcElement.strings,
    formStrings,
    answerWording,
    autosaveStrings,
    historyStrings,
    STRINGS,
    CONSULTATION,
    charteStrings,
  ];

  /** The charte to write: its latest version, draft or adopted. */
  @property({ attribute: 'charte-id' }) charteId?: string;
  /**
   * The page council members open to read and comment a version submitted to them (it holds
   * `<cc-charte-consultation>`); the consultation link is this address with its secret in the fragment. This very
   * page by default.
   */
  @property({ attribute: 'consultation-page' }) consultationPage?: string;

  @state() private charte?: CharteInput;
  @state() private doc?: Charte;
  @state() private step: string = LIBRARY.steps[0]!.id;
  /** Questions answered at least once: their problems show. */
  @state() private touched = new Set<string>();
  /** Number fields as typed (« 2,5 »), so nothing typed is lost while it is not a number yet. */
  @state() private typed: Record<string, string> = {};
  /** Clauses whose rewriting area is open, and their text as typed there. */
  @state() private editing = new Map<string, string | null>();
  @state() private announcement = '';
  @state() private undo?: { charte: CharteInput; message: string };
  @state() private ownDraft: OwnDraft = { section: 'fonctionnement', title: '', body: '' };
  @state() private ownDraftErrors = new Map<string, string>();
  @state() private revising = false;
  @state() private adoption?: AdoptionDraft;
  @state() private adoptionErrors = new Map<string, string>();
  @state() private adoptError?: ApiError;
  @state() private adopting = false;
  @state() private showHistory = false;
  /** The word-by-word comparison, loaded when the history is first opened. */
  @state() private diffView?: typeof import('./builder/charte-diff-view.js');

  private readonly autosave = new DocumentAutosaveController(this, {
    kind: 'chartes',
    id: () => this.charteId,
    client: () => this.client,
    editLink: () => editLinkFromFragment(),
    holdReason: (input) => this.holdReason(input),
    onSaved: (doc) => {
      this.doc = doc;
      if (this.showHistory) this.history.refresh();
      this.emit('cc-charte-builder-save', { version: doc.version });
    },
    onConflict: (theirs) =>
      this.emit('cc-charte-builder-conflict', {
        version: theirs.version,
        by: theirs.updatedBy ?? '',
      }),
  });

  private readonly history = new DocumentHistoryController(this, {
    kind: 'chartes',
    client: () => this.client,
    id: () => this.charteId,
    locale: () => this.locale,
    headingLevel: () => this.subLevel(1),
    renderDiff: (before, after) =>
      this.diffView?.renderCharteDiff(
        this.textOf(before),
        this.textOf(after),
        this.t,
        this.locale,
      ) ?? html``,
  });

  private readonly modal = new ModalDialogController(this, {
    titleId: 'dialog-title',
    onClose: () => {
      this.adoption = undefined;
    },
  });

  /** The version saved, as a file: what is still waiting is saved first, so the file is the text on the screen. */
  private readonly files = new FileDownloadController(this, {
    client: () => this.client,
    kind: 'chartes',
    id: () => this.charteId,
    version: async () => {
      await this.autosave.flush();
      return this.doc?.version;
    },
    editLink: () => editLinkFromFragment(),
    onDownloaded: ({ filename }, format, version) =>
      this.emit('cc-charte-builder-download', {
        version,
        format: format as 'odt' | 'docx' | 'md',
        filename,
      }),
  });

  private readonly consultation = new ConsultationPanel(this, {
    id: () => this.charteId,
    client: () => this.client,
    locale: () => this.locale,
    t: () => CONSULTATION.of(this.locale),
    common: () => this.common,
    headingLevel: () => this.subLevel(1),
    page: () => this.consultationPage ?? window.location.href.split('#')[0]!,
    shownVersion: () => this.doc?.version ?? 1,
    settle: async () => {
      await this.autosave.flush();
      return this.doc?.version;
    },
    goTo: (article, step) => void this.goStep(step, `#c-${article}`),
    announce: (message) => (this.announcement = message),
  });

  private readonly load = new Task(this, {
    args: () => [this.client, this.charteId] as const,
    task: async ([client, id], { signal }) => {
      if (!client || !id) return undefined;
      const editLink = editLinkFromFragment();
      const doc = await client.getDocument('chartes', id, {
        signal,
        ...(editLink ? { editLink } : {}),
      });
      this.doc = doc;
      const kept = this.autosave.start(doc);
      this.charte = kept ?? toInput(doc);
      void this.consultation.load();
      return doc;
    },
  });

  private get t(): BuilderStrings {
    return STRINGS.of(this.locale);
  }

  private get common(): FormStrings {
    return formStrings.of(this.locale);
  }

  private subLevel(n: number): number {
    return Math.min(6, this.headingLevel + n);
  }

  // --- checks

  /** Problems of the answers themselves (a number out of range…); a question not answered yet is only « missing ». */
  private answerProblems(answers: CharteInput['answers']): Map<string, string> {
    const wording = answerWording.of(this.locale);
    const out = new Map<string, string>();
    for (const i of answerIssues(STEPS, answers))
      if (i.code !== 'required' && !out.has(i.question))
        out.set(i.question, answerMessage(STEPS, i, wording));
    return out;
  }

  private ownProblems(input: CharteInput): Map<string, string> {
    const t = this.t;
    const out = new Map<string, string>();
    for (const o of input.own ?? []) {
      if (!o.title.trim()) out.set(`own-title-${o.id}`, t.blankOwn(t.addArticleTitle));
      if (!o.body.trim()) out.set(`own-body-${o.id}`, t.blankOwn(t.addBody));
    }
    return out;
  }

  /** Kept on this device rather than refused by the server: a blank title, an answer that is not right yet. */
  private holdReason(input: CharteInput): string | undefined {
    if (!input.title.trim()) return this.t.blankTitle;
    return (
      [...this.answerProblems(input.answers).values()][0] ??
      [...this.ownProblems(input).values()][0]
    );
  }

  // --- changes

  private change(next: CharteInput, message?: string): void {
    this.charte = next;
    this.autosave.change(next);
    if (message) this.announcement = message;
  }

  private onStepInput(e: Event): void {
    const control = e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const charte = this.charte;
    if (!charte || !control.name) return;
    if (control.name === 'doc-title') return this.change({ ...charte, title: control.value });
    if (control.name === 'doc-kind')
      return this.change({ ...charte, kind: control.value as CharteInput['kind'] });
    const q: Question | undefined = QUESTIONS.get(control.name.split(':')[0]!);
    if (!q) return;
    const next = readControl(q, control, {
      answers: charte.answers,
      others: {},
      typed: this.typed,
    });
    this.typed = next.typed;
    if (e.type === 'change') this.touched = new Set(this.touched).add(q.id);
    this.change({ ...charte, answers: next.answers });
  }

  private onArticlesInput(e: Event): void {
    const control = e.target as HTMLInputElement | HTMLTextAreaElement;
    const charte = this.charte;
    if (!charte) return;
    const name = control.name;
    if (name.startsWith('clause-')) {
      const id = name.slice('clause-'.length);
      this.editing = new Map(this.editing).set(id, control.value);
      this.change(setClauseText(LIBRARY, charte, id, control.value));
    } else if (name.startsWith('own-title-'))
      this.change(
        updateOwnClause(charte, name.slice('own-title-'.length), { title: control.value }),
      );
    else if (name.startsWith('own-body-'))
      this.change(updateOwnClause(charte, name.slice('own-body-'.length), { body: control.value }));
  }

  private toggleEdit(id: string): void {
    const editing = new Map(this.editing);
    if (editing.has(id)) editing.delete(id);
    else editing.set(id, null); // open, nothing typed yet
    this.editing = editing;
    if (editing.has(id)) void this.focusOn(`#${fieldId(`clause-${id}`)}`);
  }

  private resetText(id: string, title: string): void {
    const charte = this.charte!;
    const editing = new Map(this.editing);
    editing.delete(id);
    this.editing = editing;
    this.undo = { charte, message: this.t.reset(title) };
    this.change(setClauseText(LIBRARY, charte, id, ''), this.t.reset(title));
    void this.focusOn(`#c-${id}`);
  }

  private setRemoved(id: string, removed: boolean, title: string): void {
    const charte = this.charte!;
    const message = removed ? this.t.removed(title) : this.t.restored(title);
    this.undo = removed ? { charte, message } : undefined;
    this.change(setClauseRemoved(LIBRARY, charte, id, removed), message);
    void this.focusOn(`[data-clause="${id}"] [data-action="${removed ? 'restore' : 'remove'}"]`);
  }

  private addOwn(e: Event): void {
    e.preventDefault();
    const t = this.t;
    const d = this.ownDraft;
    const errors = new Map<string, string>();
    if (!d.title.trim()) errors.set('own-new-title', t.blankOwn(t.addArticleTitle));
    if (!d.body.trim()) errors.set('own-new-body', t.blankOwn(t.addBody));
    this.ownDraftErrors = errors;
    if (errors.size) return void this.focusOn(`#${fieldId([...errors.keys()][0]!)}`);
    const { charte, id } = addOwnClause(LIBRARY, this.charte!, {
      section: d.section,
      title: d.title.trim(),
      body: d.body.trim(),
    });
    this.ownDraft = { ...d, title: '', body: '' };
    this.change(charte, t.added(d.title.trim()));
    void this.focusOn(`#c-${id}`);
  }

  /** An article moved within its part: said with its new place, the focus kept on the same button. */
  private moveArticle(id: string, delta: -1 | 1, button: HTMLButtonElement): void {
    if (button.getAttribute('aria-disabled') === 'true') return;
    const next = moveArticle(LIBRARY, this.charte!, id, delta);
    const part = chartePlan(LIBRARY, next).find((p) => p.ids.includes(id))!;
    this.change(
      next,
      this.t.moved(this.articleTitle(next, id), part.ids.indexOf(id) + 1, part.ids.length),
    );
    void this.focusOn(`[data-article="${id}"] [data-move="${delta}"]`);
  }

  /** A part moved past the next one that has articles (never above the preamble and the principles). */
  private moveSection(section: CharteSection, delta: -1 | 1, button: HTMLButtonElement): void {
    if (button.getAttribute('aria-disabled') === 'true') return;
    const next = moveSection(LIBRARY, this.charte!, section, delta);
    const order = chartePlan(LIBRARY, next).map((p) => p.section);
    const title = CHARTE_SECTION_TITLES[this.locale][section];
    this.change(next, this.t.sectionMoved(title, order.indexOf(section) + 1, order.length));
    void this.focusOn(`[data-section="${section}"] [data-section-move="${delta}"]`);
  }

  private articleTitle(charte: CharteInput, id: string): string {
    return (
      charte.own?.find((o) => o.id === id)?.title ??
      LIBRARY.clauses.find((c) => c.id === id)?.title ??
      id
    );
  }

  private removeOwn(id: string): void {
    const charte = this.charte!;
    const title = charte.own?.find((o) => o.id === id)?.title ?? '';
    const message = this.t.deleted(title);
    this.undo = { charte, message };
    this.change(removeOwnClause(charte, id), message);
    void this.focusOn('#undo');
  }

  private restoreUndo(): void {
    if (!this.undo) return;
    this.change(this.undo.charte);
    this.undo = undefined;
  }

  private async goStep(step: string, focus?: string): Promise<void> {
    this.step = step;
    await this.focusOn(focus ?? '#step-title');
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private onPreviewEdit(e: CcCharteEditEvent): void {
    e.stopPropagation();
    const { step, article } = e.detail;
    void this.goStep(step, `#c-${article}`);
  }

  private async resolveConflict(choice: 'mine' | 'theirs'): Promise<void> {
    const theirs = await this.autosave.resolve(choice);
    if (theirs) {
      this.doc = theirs;
      this.charte = toInput(theirs);
    }
  }

  /** A version's text: as adopted, or for a draft as it would read now. */
  private textOf(c: Charte): AdoptedText {
    return c.adoptedText ?? { sections: assembleCharte(LIBRARY, c, this.locale).sections };
  }

  private async toggleHistory(): Promise<void> {
    this.showHistory = !this.showHistory;
    if (!this.showHistory) return;
    this.diffView ??= await import('./builder/charte-diff-view.js');
    this.history.refresh();
    await this.focusOn('#history-heading');
  }

  private startRevision(): void {
    const { adoption: _a, adoptedAt: _d, adoptedText: _x, ...draft } = this.charte!;
    this.revising = true;
    this.change({ ...draft, status: 'draft' }, this.t.revising);
    void this.focusOn('#step-title');
  }

  // --- adoption

  private openAdoption(e: Event): void {
    const quartier = this.charte?.answers.quartier;
    this.adoption = this.charte?.adoption
      ? {
          ...emptyAdoption(this.charte.adoption.body),
          date: this.charte.adoption.date,
          signatories: this.charte.adoption.signatories.join('\n'),
        }
      : emptyAdoption(this.t.adoptBodyDefault(typeof quartier === 'string' ? quartier : ''));
    this.adoptionErrors = new Map();
    this.adoptError = undefined;
    void this.modal.open(e.currentTarget as HTMLElement);
  }

  private async adopt(e: Event): Promise<void> {
    e.preventDefault();
    if (this.adopting || !this.client || !this.charteId || !this.adoption || !this.charte) return;
    const read = adoptionRecord(this.adoption, this.t);
    if ('errors' in read) {
      this.adoptionErrors = read.errors;
      return void this.focusOn(`#${firstField(read.errors)}`);
    }
    this.adoptionErrors = new Map();
    this.adopting = true;
    this.adoptError = undefined;
    try {
      this.change({ ...this.charte, adoption: read.record });
      await this.autosave.flush();
      if (this.autosave.state !== 'saved' && this.autosave.state !== 'idle')
        throw this.autosave.error ?? new ApiError('conflict');
      const editLink = editLinkFromFragment();
      const adopted = await staffApi(this.client).publishDocument('chartes', this.charteId, {
        ifMatch: this.autosave.base!,
        changeNote: `${read.record.body}, ${read.record.date}`,
        ...(editLink ? { editLink } : {}),
      });
      this.doc = adopted;
      this.charte = toInput(adopted);
      this.autosave.settle(adopted);
      this.revising = false;
      this.modal.close();
      this.announcement = this.t.adoptedNow(adopted.version);
      if (this.showHistory) this.history.refresh();
      this.emit('cc-charte-builder-adopt', { version: adopted.version });
      void this.focusOn('#heading');
    } catch (error) {
      this.adoptError =
        error instanceof ApiError ? error : new ApiError('network', { cause: error });
    } finally {
      this.adopting = false;
    }
  }

  // --- rendering

  protected override render(): TemplateResult {
    const unconfigured = this.renderUnconfigured();
    if (unconfigured) return unconfigured;
    if (!this.charteId) return this.renderConfigProblem(this.t.missing);
    return html`<section class="builder" aria-labelledby="heading">${this.load.render({
      pending: () =>
        this.charte
          ? this.renderBuilder(this.charte)
          : html`<div aria-busy="true"><div class="cc-skeleton"></div><div class="cc-skeleton"></div></div>`,
      error: (e) => renderApiError(e, this.locale, () => void this.load.run()),
      complete: () => (this.charte ? this.renderBuilder(this.charte) : nothing),
    })}</section>`;
  }

  private renderBuilder(charte: CharteInput): TemplateResult {
    const t = this.t;
    const doc = this.doc;
    const adopted = doc?.versionStatus === 'adopted' && !this.revising;
    const assembled = assembleCharte(LIBRARY, charte, this.locale);
    return html`${heading(this.headingLevel, t.heading(charte.title || doc?.title || ''), { id: 'heading', part: 'heading', class: 'heading', focusable: true })}
      <div class="toolbar">
        ${renderAutosaveStatus(
          this.autosave,
          this.locale,
          doc
            ? (doc.versionStatus === 'adopted' ? t.adoptedBadge : t.draft)(doc.version)
            : undefined,
        )}
        <div class="row-actions">
          <button type="button" class="cc-button" data-variant="secondary" data-action="history" aria-expanded=${this.showHistory ? 'true' : 'false'}
            @click=${() => void this.toggleHistory()}>${historyStrings.of(this.locale).history}</button>
          ${
            adopted
              ? html`<button type="button" class="cc-button" data-action="revise" @click=${() => this.startRevision()}>${t.revise}</button>`
              : html`${this.consultation.renderButton()}<button type="button" class="cc-button" data-action="adopt" @click=${(e: Event) => this.openAdoption(e)}>${t.adopt}</button>`
          }
        </div>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        this.undo
          ? html`<p class="undo cc-status"><span>${this.undo.message}</span>
            <button type="button" id="undo" class="cc-button" data-variant="secondary" @click=${() => this.restoreUndo()}>${t.undo}</button></p>`
          : nothing
      }
      ${this.autosave.state === 'conflict' ? this.renderConflictView(charte) : nothing}
      ${this.showHistory ? html`<div id="history">${this.history.render()}</div>` : nothing}
      ${this.consultation.render()}
      ${adopted ? html`<p class="cc-alert adopted-note">${t.adoptedNote}</p>` : this.renderMissing(assembled.missing)}
      <div class="layout">
        ${adopted ? nothing : html`<div class="work">${this.renderSteps(assembled.missing)}${this.renderStep(charte)}</div>`}
        ${this.renderPreview(charte, assembled.sections, adopted, assembled.missing.length)}
      </div>
      ${this.adoption ? this.modal.render(this.renderAdoption(assembled.missing)) : nothing}
      ${this.consultation.renderDialog()}`;
  }

  private stepTitles(): Record<string, string> {
    return Object.fromEntries([
      ...LIBRARY.steps.map((p) => [p.id, p.title] as const),
      [ARTICLES, this.t.articlesStep] as const,
    ]);
  }

  private renderMissing(missing: string[]): TemplateResult {
    const t = this.t;
    if (!missing.length) return html`<p class="missing cc-muted" part="missing">${t.allFilled}</p>`;
    const steps = this.stepTitles();
    const byStep = missingByStep(LIBRARY, missing);
    return html`<div class="missing cc-status" part="missing" role="region" aria-labelledby="missing-title">
      <p id="missing-title"><strong>${t.missingTitle(missing.length)}</strong></p>
      <ul>${[...byStep].flatMap(([step, ids]) =>
        ids.map(
          (id) =>
            html`<li><a href="#${fieldId(id)}" class="cc-link" @click=${(e: Event) => {
              e.preventDefault();
              void this.goStep(step, `#${fieldId(id)}`);
            }}>${QUESTIONS.get(id)?.label ?? id}</a> <span class="cc-muted">(${steps[step]})</span></li>`,
        ),
      )}</ul>
    </div>`;
  }

  private renderSteps(missing: string[]): TemplateResult {
    const t = this.t;
    const byStep = missingByStep(LIBRARY, missing);
    const titles = this.stepTitles();
    return html`<nav class="steps" part="steps" aria-label=${t.stepsLabel}><ol>${Object.entries(
      titles,
    ).map(([id, title]) => {
      const left = byStep.get(id)?.length ?? 0;
      return html`<li><button type="button" class="step-link" data-step=${id} aria-current=${this.step === id ? 'step' : nothing}
          @click=${() => void this.goStep(id)}><span class="step-name">${title}</span>${
            id === ARTICLES
              ? nothing
              : html` <span class="step-state">(${left ? t.toFill(left) : t.complete})</span>`
          }</button></li>`;
    })}</ol></nav>`;
  }

  private renderStep(charte: CharteInput): TemplateResult {
    const t = this.t;
    const ids = Object.keys(this.stepTitles());
    const n = ids.indexOf(this.step);
    const title = this.stepTitles()[this.step]!;
    const page = LIBRARY.steps.find((p) => p.id === this.step);
    // Plain blocks under headings, not landmarks: the preview has sections of the same names.
    return html`<div class="step">
      ${heading(this.subLevel(1), title, { id: 'step-title', class: 'step-title', focusable: true })}
      <p class="cc-muted step-count">${t.stepOf(n + 1, ids.length)}</p>
      ${page ? this.renderQuestions(charte, page.id) : this.renderArticles(charte)}
      <div class="step-nav">
        ${n > 0 ? html`<button type="button" class="cc-button" data-variant="secondary" data-action="previous" @click=${() => void this.goStep(ids[n - 1]!)}>${t.previous}</button>` : nothing}
        ${n < ids.length - 1 ? html`<button type="button" class="cc-button" data-action="next" @click=${() => void this.goStep(ids[n + 1]!)}>${t.next}</button>` : nothing}
      </div>
    </div>`;
  }

  private renderQuestions(charte: CharteInput, pageId: string): TemplateResult {
    const t = this.t;
    const page = LIBRARY.steps.find((p) => p.id === pageId)!;
    const problems = this.answerProblems(charte.answers);
    const first = pageId === LIBRARY.steps[0]!.id;
    const views = clauseViews(LIBRARY, charte).filter((v) => v.step === pageId);
    return html`<div class="questions" @input=${this.onStepInput} @change=${this.onStepInput}>
        ${
          first
            ? html`${renderTextField(
                {
                  name: 'doc-title',
                  label: t.documentTitle,
                  required: true,
                  hint: t.documentTitleHint,
                  value: charte.title,
                  maxlength: 200,
                  ...(charte.title.trim() ? {} : { error: t.blankTitle }),
                },
                this.common,
              )}
              ${renderChoiceField(
                {
                  name: 'doc-kind',
                  label: t.kind,
                  required: true,
                  hint: t.kindHint,
                  type: 'radio',
                  options: CHARTE_KINDS.map((k) => ({
                    value: k,
                    label: CHARTE_KIND_LABELS[this.locale][k],
                  })),
                  value: charte.kind,
                },
                this.common,
              )}`
            : nothing
        }
        ${page.items.filter(isQuestion).map((q) => {
          const error = this.touched.has(q.id) ? problems.get(q.id) : undefined;
          return renderQuestion(q, {
            state: { answers: charte.answers, others: {}, typed: this.typed },
            ...(error ? { error } : {}),
            t,
            common: this.common,
            narrow: true,
            onMove: () => undefined,
          });
        })}
      </div>
      ${
        views.length
          ? html`<div class="step-clauses" @input=${this.onArticlesInput}>
            ${heading(this.subLevel(2), t.stepClauses, { id: 'step-clauses-title' })}
            ${this.asTyped(views).map((v) => renderClauseCard(v, this.clauseActions()))}
          </div>`
          : nothing
      }`;
  }

  private clauseActions() {
    const t = this.t;
    const title = (id: string) => LIBRARY.clauses.find((c) => c.id === id)?.title ?? id;
    return {
      t,
      common: this.common,
      level: this.subLevel(3),
      editing: this.editing,
      toggleEdit: (id: string) => this.toggleEdit(id),
      resetText: (id: string) => this.resetText(id, title(id)),
      setRemoved: (id: string, removed: boolean) => this.setRemoved(id, removed, title(id)),
    };
  }

  /** While a clause is rewritten, the text as typed stays in its field (a blank one too, not the library's back). */
  private asTyped(views: ClauseView[]): ClauseView[] {
    return views.map((v) => {
      const typed = this.editing.get(v.clause.id);
      return typeof typed === 'string' ? { ...v, own: typed } : v;
    });
  }

  private renderArticles(charte: CharteInput): TemplateResult {
    const t = this.t;
    const views = new Map(this.asTyped(clauseViews(LIBRARY, charte)).map((v) => [v.clause.id, v]));
    const own = new Map((charte.own ?? []).map((o) => [o.id, o]));
    const titles = CHARTE_SECTION_TITLES[this.locale];
    const ownErrors = this.ownProblems(charte);
    const plan = chartePlan(LIBRARY, charte);
    const movable = plan.filter((p) => !isHeadSection(p.section));
    return html`<p>${t.articlesIntro}</p>
      <div @input=${this.onArticlesInput}>
        ${plan.map(({ section, ids }) => {
          const head = isHeadSection(section);
          const placement = (id: string): Placement | undefined =>
            head
              ? undefined
              : {
                  place: ids.indexOf(id),
                  count: ids.length,
                  move: (x, delta, button) => this.moveArticle(x, delta, button),
                };
          const actions = { ...this.clauseActions(), placement };
          const at = movable.findIndex((p) => p.section === section);
          return html`<div class="article-section" data-section=${section}>
            ${heading(this.subLevel(2), titles[section], { id: `sec-${section}` })}
            ${head ? html`<p class="cc-muted">${t.headSection}</p>` : this.renderSectionMoves(section, at, movable.length)}
            ${ids.map((id) => {
              const view = views.get(id);
              if (view) return renderClauseCard(view, actions);
              const mine = own.get(id)!;
              return renderOwnCard(mine, {
                t,
                common: this.common,
                level: this.subLevel(3),
                placement: placement(id),
                errors: ownErrors,
                remove: (x) => this.removeOwn(x),
              });
            })}
          </div>`;
        })}
      </div>
      ${this.renderAddOwn()}`;
  }

  /** « Monter la partie » / « Descendre la partie », as the articles' buttons are (`aria-disabled` at either end). */
  private renderSectionMoves(section: CharteSection, at: number, count: number): TemplateResult {
    const t = this.t;
    const title = CHARTE_SECTION_TITLES[this.locale][section];
    const button = (delta: -1 | 1, end: boolean, label: string, arrow: string, text: string) =>
      html`<button type="button" class="cc-button" data-variant="secondary" data-section-move=${delta}
        aria-label=${label} aria-disabled=${end ? 'true' : 'false'}
        @click=${(e: Event) => this.moveSection(section, delta, e.currentTarget as HTMLButtonElement)}><span aria-hidden="true">${arrow}</span> ${text}</button>`;
    return html`<div class="row-actions section-moves">${button(-1, at === 0, t.moveSectionUp(title), '↑', t.sectionUp)}${button(1, at === count - 1, t.moveSectionDown(title), '↓', t.sectionDown)}</div>`;
  }

  private renderAddOwn(): TemplateResult {
    const t = this.t;
    const d = this.ownDraft;
    const titles = CHARTE_SECTION_TITLES[this.locale];
    const err = (name: string) => this.ownDraftErrors.get(name);
    return html`<form class="add-own" aria-labelledby="add-title" novalidate @submit=${(e: Event) => this.addOwn(e)}
      @input=${(e: Event) => {
        const c = e.target as HTMLInputElement;
        const key = c.name.replace('own-new-', '') as keyof OwnDraft;
        this.ownDraft = { ...this.ownDraft, [key]: c.value };
      }}>
      ${heading(this.subLevel(2), t.addTitle, { id: 'add-title' })}
      <div class="field">
        <label for=${fieldId('own-new-section')}>${t.addSection}</label>
        <select id=${fieldId('own-new-section')} name="own-new-section" @change=${(e: Event) => {
          this.ownDraft = {
            ...this.ownDraft,
            section: (e.target as HTMLSelectElement).value as CharteSection,
          };
        }}>${CHARTE_SECTIONS.filter((s) => s !== 'preambule' && s !== 'principes').map(
          (s) => html`<option value=${s} ?selected=${s === d.section}>${titles[s]}</option>`,
        )}</select>
      </div>
      ${renderTextField({ name: 'own-new-title', label: t.addArticleTitle, required: true, value: d.title, maxlength: 200, ...(err('own-new-title') ? { error: err('own-new-title')! } : {}) }, this.common)}
      ${renderTextField({ name: 'own-new-body', label: t.addBody, required: true, hint: t.textHint, value: d.body, rows: 4, maxlength: 10000, ...(err('own-new-body') ? { error: err('own-new-body')! } : {}) }, this.common)}
      <button type="submit" class="cc-button" data-variant="secondary">${t.addButton}</button>
    </form>`;
  }

  private renderPreview(
    charte: CharteInput,
    sections: ReturnType<typeof assembleCharte>['sections'],
    adopted: boolean,
    missing: number,
  ): TemplateResult {
    const shown = {
      title: charte.title,
      kind: charte.kind,
      adoptedText: adopted && this.doc?.adoptedText ? this.doc.adoptedText : { sections },
      ...(adopted && charte.adoption ? { adoption: charte.adoption } : {}),
      ...(adopted && this.doc ? { version: this.doc.version } : {}),
    };
    return html`<aside class="preview" part="preview" aria-labelledby="preview-title">
      ${heading(this.subLevel(1), this.t.previewTitle, { id: 'preview-title', class: 'preview-title' })}
      ${this.files.render(
        {
          label: this.t.downloadSaved,
          formats: charteStrings.of(this.locale).formats,
          busy: this.t.preparingFile,
          done: this.t.fileReady,
          ...(missing && !adopted ? { note: this.t.fileMissing(missing) } : {}),
        },
        this.locale,
      )}
      <cc-charte .charte=${shown} .editSteps=${adopted ? undefined : this.stepTitles()} heading-level=${this.subLevel(2)}
        locale=${this.locale} @cc-charte-edit=${(e: CcCharteEditEvent) => this.onPreviewEdit(e)}></cc-charte>
    </aside>`;
  }

  private renderConflictView(mine: CharteInput): TemplateResult {
    const theirs = this.autosave.theirs!;
    const side = (c: CharteInput) => {
      const a = assembleCharte(LIBRARY, c, this.locale);
      return html`<p><strong>${c.title}</strong></p>
        <ol>${a.sections.flatMap((s) => s.articles).map((x) => html`<li>${x.title}${x.changed || x.own ? ' *' : ''}</li>`)}</ol>`;
    };
    return renderConflict(
      {
        who: theirs.updatedBy ?? '—',
        version: theirs.version,
        mine: side(mine),
        theirs: side(toInput(theirs)),
        choose: (choice) => void this.resolveConflict(choice),
      },
      this.locale,
    );
  }

  private renderAdoption(missing: string[]): TemplateResult {
    const t = this.t;
    const title = heading(this.subLevel(1), t.adoptTitle, { id: 'dialog-title', focusable: true });
    // An edit link writes the charte; the adoption is recorded by the municipality (the API asks an organiser).
    if (editLinkFromFragment())
      return html`${title}
        <p>${t.organiserAdopts}</p>
        <div class="row-actions"><button type="button" class="cc-button" @click=${() => this.modal.close()}>${t.cancel}</button></div>`;
    if (missing.length)
      return html`${title}
        <p>${t.cannotAdopt}</p>
        <ul>${missing.map((id) => html`<li>${QUESTIONS.get(id)?.label ?? id}</li>`)}</ul>
        <div class="row-actions"><button type="button" class="cc-button" @click=${() => this.modal.close()}>${t.cancel}</button></div>`;
    return html`${title}
      <p>${t.adoptIntro}</p>
      <form class="adoption" novalidate @submit=${(e: Event) => void this.adopt(e)}
        @input=${(e: Event) => (this.adoption = readAdoptionControl(this.adoption!, e.target as HTMLInputElement))}
        @change=${(e: Event) => (this.adoption = readAdoptionControl(this.adoption!, e.target as HTMLInputElement))}>
        ${renderAdoptionFields(this.adoption!, this.adoptionErrors, t, this.common)}
        ${this.adoptError ? renderApiError(this.adoptError, this.locale, () => this.renderRoot.querySelector<HTMLFormElement>('form.adoption')?.requestSubmit()) : nothing}
        <div class="row-actions">
          ${renderSubmit(t.adoptConfirm, this.adopting, t.adopting)}
          <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.modal.close()}>${t.cancel}</button>
        </div>
      </form>`;
  }
}

/** What the builder saves from a served charte: a draft, without the server's copy of the adopted text. */
function toInput(doc: Charte): CharteInput {
  const { adoptedText: _, ...input } = documentInput(doc, []);
  return { ...input, status: 'draft' };
}
