import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task } from '@lit/task';
import type {
  TemplateChanges,
  Questionnaire,
  QuestionnaireInput,
  QuestionnaireItem,
  QuestionnairePage,
} from '@conseils-citoyens/schemas';
import { isQuestion, questionsOf } from '@conseils-citoyens/schemas/questionnaire-rules.js';
import { definitionIssues } from '@conseils-citoyens/schemas/questionnaire-definition-rules.js';
import {
  forkIssues,
  pendingChanges,
  takeChange,
  type PendingChange,
} from '@conseils-citoyens/schemas/questionnaire-diff.js';
import {
  definitionMessage,
  definitionWordingEn,
  definitionWordingFr,
} from '@conseils-citoyens/schemas/questionnaire-definition-wording.js';
import { documentInput } from '@conseils-citoyens/schemas/document-input.js';
import { nameOf } from '@conseils-citoyens/schemas/questionnaire-wording.js';
import {
  addPage,
  duplicateItem,
  freeId,
  insertItem,
  moveItem,
  movePage,
  newItem,
  placeOf,
  questionsBefore,
  questionsBeforePage,
  removeItem,
  removePage,
  replaceItem,
  replacePage,
  type ItemType,
} from '@conseils-citoyens/schemas/questionnaire-edits.js';
import {
  QUESTION_TYPES,
  BLOCK_TYPES,
  RESPONSE_MODES,
} from '@conseils-citoyens/schemas/constants.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { editLinkFromFragment } from '@conseils-citoyens/core/api/edit-link.js';
import { ApiError } from '@conseils-citoyens/core/api/errors.js';
import { staffApi } from '@conseils-citoyens/core/api/staff-client.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import { DocumentAutosaveController } from '@conseils-citoyens/core/controllers/document-autosave.js';
import { ModalDialogController } from '@conseils-citoyens/core/dialog/modal-dialog.js';
import { formStyles } from '@conseils-citoyens/core/form/form.styles.js';
import { autosaveStrings } from '@conseils-citoyens/core/form/autosave-strings.js';
import {
  autosaveStyles,
  renderAutosaveStatus,
  renderConflict,
} from '@conseils-citoyens/core/form/autosave-view.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import { renderItemForm } from './editor/item-form.js';
import { renderConditionForm, ruleSentence } from './editor/condition-form.js';
import { blankIssues, type EditorIssue } from './editor/blank-issues.js';
import { DocumentHistoryController } from '@conseils-citoyens/core/controllers/document-history.js';
import { historyStrings } from '@conseils-citoyens/core/controllers/history-strings.js';
import { renderQuestionnaireDiff } from './editor/questionnaire-diff-view.js';
import { previewApi } from './editor/preview-api.js';
import { styles } from './questionnaire-editor.styles.js';
import { editorFr, type EditorStrings } from './translations/editor-fr.js';
import type {} from './questionnaire.events.js';

const STRINGS = new LocaleTable<EditorStrings>(editorFr, () =>
  import('./translations/editor-en.js').then((m) => m.editorEn),
);
const ADDABLE: readonly ItemType[] = [...QUESTION_TYPES, ...BLOCK_TYPES];

/**
 * Where a territory writes its questionnaire: pages and questions added, changed, duplicated, moved (buttons, never
 * drag only) and removed with « Annuler »; every question type with its constraints; conditions as sentences; the
 * definition checked as one types, each problem named where it is. Every change is kept on this device and saved as a
 * draft version (`If-Match`; another editor's version is shown beside this one, nothing lost). « Publier » makes a
 * version that never changes, with a note; « Aperçu » shows the real `<cc-questionnaire>`, at phone width too.
 * In a territory's version of the shared questionnaire, the common questions keep their type and answers.
 * Staff-side: loaded apart from the resident's elements; works for an organiser (`auth`) or through an edit link.
 *
 * @summary Éditeur de questionnaire : pages, questions, conditions, enregistrement automatique, publication.
 * @tag cc-questionnaire-editor
 *
 * @fires cc-questionnaire-editor-save - A draft version was saved (`detail.version`).
 * @fires cc-questionnaire-editor-publish - A version was published (`detail.version`, `detail.note`).
 * @fires cc-questionnaire-editor-conflict - Someone else saved first (`detail.version`, `detail.by`).
 * @fires cc-questionnaire-editor-fork - A territory's version was made and is now edited (`detail.id`, `detail.territory`).
 *
 * @csspart heading - The editor's title.
 * @csspart status - Where saving stands.
 * @csspart problems - What to fix before publishing.
 * @csspart page - One page of questions.
 * @csspart item - One question or block in the outline.
 * @csspart dialog - The preview and publish dialogs.
 * @csspart error - An API error block.
 * @csspart retry - A retry button.
 * @csspart config-error - The message shown when no API or no questionnaire is configured.
 */
export class CcQuestionnaireEditor extends CcElement {
  static override styles = [...CcElement.styles, uiStyles, formStyles, autosaveStyles, styles];
  static override strings = [...CcElement.strings, autosaveStrings, historyStrings, STRINGS];

  /** The questionnaire to edit: its latest version, draft or published. */
  @property({ attribute: 'questionnaire-id' }) questionnaireId?: string;

  /** The definition being written (the last saved version plus this person's changes). */
  @state() private def?: QuestionnaireInput;
  @state() private doc?: Questionnaire;
  /** The template's version a territory's questionnaire was adapted from (its core questions are locked). */
  @state() private template?: QuestionnaireInput;
  @state() private open = new Set<string>();
  @state() private undo?: { def: QuestionnaireInput; message: string };
  @state() private announcement = '';
  @state() private dialog?: 'preview' | 'publish' | 'fork';
  /** What the shared template published since this territory's version was adapted, and that latest version. */
  @state() private changes?: { list: TemplateChanges; latest: QuestionnaireInput };
  @state() private forkError?: ApiError;
  @state() private territoryMissing = false;
  @state() private forking = false;
  @state() private phone = false;
  @state() private publishError?: ApiError;
  @state() private publishing = false;
  @state() private showHistory = false;

  private readonly autosave = new DocumentAutosaveController(this, {
    kind: 'questionnaires',
    id: () => this.questionnaireId,
    client: () => this.client,
    editLink: () => editLinkFromFragment(),
    // Held here rather than refused by the server: a blank, or a shared question not yet following the template.
    holdReason: (input) => {
      const blank = blankIssues(input, this.t);
      if (blank.length) return blank[0]!.message;
      const fork = this.template ? forkIssues(this.template, input) : [];
      const wording = this.locale === 'en' ? definitionWordingEn : definitionWordingFr;
      return fork.length ? definitionMessage(this.template!, fork[0]!, wording) : undefined;
    },
    onSaved: (doc) => {
      this.doc = doc;
      if (this.showHistory) this.history.refresh();
      this.emit('cc-questionnaire-editor-save', { version: doc.version });
    },
    onConflict: (theirs) =>
      this.emit('cc-questionnaire-editor-conflict', {
        version: theirs.version,
        by: theirs.updatedBy ?? '',
      }),
  });

  private readonly history = new DocumentHistoryController(this, {
    kind: 'questionnaires',
    client: () => this.client,
    id: () => this.questionnaireId,
    locale: () => this.locale,
    headingLevel: () => this.subLevel(1),
    renderDiff: (before, after) => renderQuestionnaireDiff(before, after, this.t, this.locale),
  });

  private readonly modal = new ModalDialogController(this, {
    titleId: 'dialog-title',
    onClose: () => {
      this.dialog = undefined;
    },
  });

  private readonly load = new Task(this, {
    args: () => [this.client, this.questionnaireId] as const,
    task: async ([client, id], { signal }) => {
      if (!client || !id) return undefined;
      const editLink = editLinkFromFragment();
      const o = { signal, ...(editLink ? { editLink } : {}) };
      const doc = await client.getDocument('questionnaires', id, o);
      const template = doc.basedOn
        ? await client.getVersion('questionnaires', doc.basedOn.id, doc.basedOn.version, o)
        : undefined;
      const list = doc.basedOn ? await staffApi(client).getTemplateChanges(id, o) : undefined;
      const latest =
        list && doc.basedOn && list.toVersion > list.fromVersion
          ? await client.getVersion('questionnaires', doc.basedOn.id, list.toVersion, o)
          : undefined;
      this.doc = doc;
      this.template = template;
      this.changes = list && latest ? { list, latest: documentInput(latest) } : undefined;
      const kept = this.autosave.start(doc);
      this.def = kept ?? documentInput(doc);
      return doc;
    },
  });

  private get t(): EditorStrings {
    return STRINGS.of(this.locale);
  }

  /** Everything to fix before publishing: blanks, then what the rules say, each where it is. */
  private get issues(): EditorIssue[] {
    const def = this.def;
    if (!def) return [];
    const wording = this.locale === 'en' ? definitionWordingEn : definitionWordingFr;
    const named = (issue: Parameters<typeof definitionMessage>[1]) => ({
      at: issue.at,
      field: issue.code === 'noOptions' || issue.code === 'duplicateOption' ? 'options' : undefined,
      message: definitionMessage(def, issue, wording),
    });
    return [
      ...blankIssues(def, this.t),
      ...definitionIssues(def).map(named),
      ...(this.template
        ? forkIssues(this.template, def).map((i) => ({
            at: i.at,
            message: definitionMessage(this.template!, i, wording),
          }))
        : []),
    ];
  }

  private isLocked(item: QuestionnaireItem): boolean {
    return (
      !!this.template &&
      questionsOf(this.template).some(({ question }) => question.id === item.id && question.core)
    );
  }

  /** Applies a change: shown at once, kept on this device, saved after a quiet moment. */
  private change(next: QuestionnaireInput, announce?: string): void {
    this.def = next;
    this.autosave.change(next);
    if (announce) this.announcement = announce;
  }

  private labelOf(item: QuestionnaireItem): string {
    return item.type === 'section' ? item.title : item.type === 'info' ? item.text : item.label;
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // --- actions on items and pages

  private add(pageIndex: number, type: ItemType): void {
    const def = this.def!;
    const item = newItem(freeId(def, this.t.types[type]), type, this.t.newWords);
    const page = def.pages[pageIndex]!;
    this.change(
      insertItem(def, { page: pageIndex, index: page.items.length }, item),
      this.t.added(this.labelOf(item)),
    );
    this.open = new Set([...this.open, item.id]);
    void this.focusOn(
      `#e-${CSS.escape(item.id)}-${type === 'section' ? 'title' : type === 'info' ? 'text' : 'label'}`,
    );
  }

  private move(item: QuestionnaireItem, delta: -1 | 1): void {
    const next = moveItem(this.def!, item.id, delta);
    if (next === this.def) return;
    const at = placeOf(next, item.id)!;
    this.change(
      next,
      this.t.moved(
        this.labelOf(item),
        at.index + 1,
        next.pages[at.page]!.items.length,
        at.page + 1,
      ),
    );
    // The focus follows the item moved, on the same button while it can go further.
    const edge =
      delta === -1
        ? at.page === 0 && at.index === 0
        : at.page === next.pages.length - 1 && at.index === next.pages[at.page]!.items.length - 1;
    void this.focusOn(
      `#i-${CSS.escape(item.id)} [data-action="${edge ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down'}"]`,
    );
  }

  private duplicate(item: QuestionnaireItem): void {
    const next = duplicateItem(this.def!, item.id, this.t.copyWord);
    this.change(next, this.t.duplicated(this.labelOf(item)));
    const at = placeOf(this.def!, item.id)!;
    const copy = next.pages[at.page]!.items[at.index + 1]!;
    void this.focusOn(`#i-${CSS.escape(copy.id)} [data-action="edit"]`);
  }

  private removeFromPage(item: QuestionnaireItem): void {
    const before = this.def!;
    this.undo = { def: before, message: this.t.removed(this.labelOf(item)) };
    this.change(removeItem(before, item.id), this.undo.message);
    void this.focusOn('#undo');
  }

  private restore(): void {
    if (!this.undo) return;
    this.change(this.undo.def, this.t.restored);
    this.undo = undefined;
  }

  private updateItem(item: QuestionnaireItem): void {
    this.change(replaceItem(this.def!, item));
  }

  private updatePage(index: number, page: QuestionnairePage): void {
    this.change(replacePage(this.def!, index, page));
  }

  private toggle(item: QuestionnaireItem): void {
    const open = new Set(this.open);
    if (open.has(item.id)) open.delete(item.id);
    else open.add(item.id);
    this.open = open;
  }

  /** « Y aller »: opens the question and puts the focus on what to fix. */
  private goTo(issue: EditorIssue): void {
    if (issue.at === 'q-title') return void this.focusOn('#q-title');
    const page = this.def?.pages.findIndex((p) => p.id === issue.at) ?? -1;
    if (page >= 0) return void this.focusOn(`#p-${CSS.escape(issue.at)}-title`);
    this.open = new Set([...this.open, issue.at]);
    // The field named, else the first control of the item's form.
    const base = `#e-${CSS.escape(issue.at)}`;
    void this.updateComplete.then(() => {
      const field = [
        `${base}-${issue.field ?? 'label'}`,
        `${base}-title`,
        `${base}-text`,
        `${base}-form select`,
      ]
        .map((s) => this.renderRoot.querySelector<HTMLElement>(s))
        .find(Boolean);
      field?.focus();
    });
  }

  // --- the shared template

  /** Takes in template changes: the template's latest version is now the one the core questions follow. */
  private take(pending: PendingChange[]): void {
    const changes = this.changes;
    if (!changes || !pending.length) return;
    let next = this.def!;
    for (const change of pending)
      next = takeChange(next, changes.latest, change, changes.list.toVersion);
    this.template = changes.latest;
    const name = (c: PendingChange) => nameOf(changes.latest, c.id) || nameOf(this.def!, c.id);
    this.change(next, pending.map((c) => this.t.taken(name(c))).join(' '));
    void this.focusOn('#template-changes-heading');
  }

  private openFork(e: Event): void {
    this.forkError = undefined;
    this.territoryMissing = false;
    this.dialog = 'fork';
    void this.modal.open(e.currentTarget as HTMLElement);
  }

  private async fork(e: Event): Promise<void> {
    e.preventDefault();
    if (this.forking || !this.client || !this.questionnaireId) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#territory')!;
    const territory = input.value.trim();
    this.territoryMissing = !territory;
    if (!territory) return void input.focus();
    this.forking = true;
    this.forkError = undefined;
    try {
      const made = await staffApi(this.client).forkQuestionnaire(this.questionnaireId, {
        territory,
      });
      this.modal.close({ returnFocus: false });
      this.open = new Set();
      this.undo = undefined;
      this.questionnaireId = made.id;
      this.announcement = this.t.adapted(territory);
      this.emit('cc-questionnaire-editor-fork', { id: made.id, territory });
      // The new id starts a new load on the next update: wait for that one, not the finished one.
      await this.updateComplete;
      await this.load.taskComplete;
      void this.focusOn('#heading');
    } catch (error) {
      this.forkError =
        error instanceof ApiError ? error : new ApiError('network', { cause: error });
    } finally {
      this.forking = false;
    }
  }

  // --- dialogs

  private async openPreview(e: Event): Promise<void> {
    await import('./cc-questionnaire.js');
    this.dialog = 'preview';
    void this.modal.open(e.currentTarget as HTMLElement);
  }

  private openPublish(e: Event): void {
    this.publishError = undefined;
    this.dialog = 'publish';
    void this.modal.open(e.currentTarget as HTMLElement);
  }

  private async publish(e: Event): Promise<void> {
    e.preventDefault();
    if (this.publishing || !this.client || !this.questionnaireId) return;
    if (this.issues.length) return;
    const written = new FormData(e.target as HTMLFormElement).get('note');
    const note = typeof written === 'string' ? written.trim() : '';
    this.publishing = true;
    this.publishError = undefined;
    try {
      await this.autosave.flush();
      if (this.autosave.state === 'conflict' || this.autosave.state === 'failed')
        throw this.autosave.error ?? new ApiError('conflict');
      const editLink = editLinkFromFragment();
      const published = await staffApi(this.client).publishDocument(
        'questionnaires',
        this.questionnaireId,
        {
          ifMatch: this.autosave.base!,
          ...(note ? { changeNote: note } : {}),
          ...(editLink ? { editLink } : {}),
        },
      );
      this.doc = published;
      this.autosave.settle(published);
      this.modal.close();
      this.announcement = this.t.publishedNow(published.version);
      if (this.showHistory) this.history.refresh();
      this.emit('cc-questionnaire-editor-publish', { version: published.version, note });
    } catch (error) {
      this.publishError =
        error instanceof ApiError ? error : new ApiError('network', { cause: error });
    } finally {
      this.publishing = false;
    }
  }

  private toggleHistory(): void {
    this.showHistory = !this.showHistory;
    if (this.showHistory) {
      this.history.refresh();
      void this.focusOn('#history-heading');
    }
  }

  private retryPublish(): void {
    this.renderRoot.querySelector<HTMLFormElement>('form.publish')?.requestSubmit();
  }

  private async resolveConflict(choice: 'mine' | 'theirs'): Promise<void> {
    const theirs = await this.autosave.resolve(choice);
    if (theirs) {
      this.doc = theirs;
      this.def = documentInput(theirs);
    }
  }

  // --- rendering

  protected override render(): TemplateResult {
    const unconfigured = this.renderUnconfigured();
    if (unconfigured) return unconfigured;
    if (!this.questionnaireId) return this.renderConfigProblem(this.t.missing);
    return html`<section class="editor" aria-labelledby="heading">${this.load.render({
      pending: () =>
        this.def
          ? this.renderEditor(this.def)
          : html`<div aria-busy="true"><div class="cc-skeleton"></div><div class="cc-skeleton"></div></div>`,
      error: (e) => renderApiError(e, this.locale, () => void this.load.run()),
      complete: () => (this.def ? this.renderEditor(this.def) : nothing),
    })}</section>`;
  }

  private renderEditor(def: QuestionnaireInput): TemplateResult {
    const t = this.t;
    const issues = this.issues;
    return html`${heading(this.headingLevel, t.heading(def.title || this.doc?.title || ''), { id: 'heading', part: 'heading', class: 'heading', focusable: true })}
      <div class="toolbar">
        ${this.renderStatus()}
        <div class="row-actions">
          <button type="button" class="cc-button" data-variant="secondary" data-action="preview" @click=${(e: Event) => void this.openPreview(e)}>${t.preview}</button>
          <button type="button" class="cc-button" data-variant="secondary" data-action="history" aria-expanded=${this.showHistory ? 'true' : 'false'}
            @click=${() => this.toggleHistory()}>${historyStrings.of(this.locale).history}</button>
          ${
            this.isTemplate(def)
              ? html`<button type="button" class="cc-button" data-variant="secondary" data-action="adapt" @click=${(e: Event) => this.openFork(e)}>${t.adapt}</button>`
              : nothing
          }
          <button type="button" class="cc-button" data-action="publish" @click=${(e: Event) => this.openPublish(e)}>${t.publish}</button>
        </div>
      </div>
      ${def.basedOn ? html`<p class="cc-muted based-on">${t.basedOn(def.basedOn.id, def.basedOn.version)}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        this.undo
          ? html`<p class="undo cc-status"><span>${this.undo.message}</span>
            <button type="button" id="undo" class="cc-button" data-variant="secondary" @click=${() => this.restore()}>${t.undo}</button></p>`
          : nothing
      }
      ${this.autosave.state === 'conflict' ? this.renderConflict(def) : nothing}
      ${this.renderTemplateChanges(def)}
      ${this.renderProblems(issues)}
      ${this.showHistory ? html`<div id="history">${this.history.render()}</div>` : nothing}
      ${this.renderGeneral(def)}
      ${def.pages.map((page, i) => this.renderPage(def, page, i, issues))}
      ${
        this.dialog
          ? this.modal.render(
              this.dialog === 'preview'
                ? this.renderPreview(def)
                : this.dialog === 'fork'
                  ? this.renderFork()
                  : this.renderPublish(issues),
            )
          : nothing
      }`;
  }

  private subLevel(n: number): number {
    return Math.min(6, this.headingLevel + n);
  }

  private renderStatus(): TemplateResult {
    const doc = this.doc;
    return renderAutosaveStatus(
      this.autosave,
      this.locale,
      doc ? this.t.status(doc.versionStatus === 'published', doc.version) : undefined,
    );
  }

  private renderConflict(mine: QuestionnaireInput): TemplateResult {
    const theirs = this.autosave.theirs!;
    const side = (
      def: Pick<QuestionnaireInput, 'title' | 'pages'>,
    ) => html`<p><strong>${def.title}</strong></p>
      <ol>${def.pages.map(
        (p) =>
          html`<li>${p.title}<ul>${p.items.map((i) => html`<li>${this.labelOf(i)}</li>`)}</ul></li>`,
      )}</ol>`;
    return renderConflict(
      {
        who: theirs.updatedBy ?? '—',
        version: theirs.version,
        mine: side(mine),
        theirs: side(theirs),
        choose: (choice) => void this.resolveConflict(choice),
      },
      this.locale,
    );
  }

  /** The shared questionnaire itself (core questions, not adapted from another): territories adapt it. */
  private isTemplate(def: QuestionnaireInput): boolean {
    return !def.basedOn && questionsOf(def).some(({ question }) => question.core);
  }

  private renderTemplateChanges(def: QuestionnaireInput): TemplateResult | typeof nothing {
    const changes = this.changes;
    if (!changes) return nothing;
    const pending = pendingChanges(def, changes.latest, changes.list);
    if (!pending.length) return nothing;
    const t = this.t;
    const name = (c: PendingChange) => nameOf(c.kind === 'removed' ? def : changes.latest, c.id);
    return html`<section class="template-changes" aria-labelledby="template-changes-heading">
      ${heading(
        this.subLevel(1),
        t.templateChanged(changes.list.fromVersion, changes.list.toVersion, pending.length),
        {
          id: 'template-changes-heading',
          focusable: true,
        },
      )}
      <ul>${pending.map(
        (c) => html`<li><strong>${t.changeKinds[c.kind]}</strong> : ${name(c)}${
          c.parts.length ? html` (${c.parts.map((p) => t.parts[p]).join(', ')})` : nothing
        }${c.core ? html` — <em>${t.mustTake}</em>` : nothing}
          <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.take([c])}>${t.take(name(c))}</button></li>`,
      )}</ul>
      <button type="button" class="cc-button" @click=${() => this.take(pending)}>${t.takeAll}</button>
    </section>`;
  }

  private renderFork(): TemplateResult {
    const t = this.t;
    return html`<form class="fork" novalidate @submit=${(e: Event) => void this.fork(e)}>
      <h2 id="dialog-title" tabindex="-1">${t.adaptTitle}</h2>
      <p>${t.adaptText}</p>
      <div class="field"><label for="territory">${t.territoryLabel}</label>
        ${this.territoryMissing ? html`<p id="territory-error" class="field-error">${t.territoryMissing}</p>` : nothing}
        <input id="territory" name="territory" required autocomplete="address-level2"
          aria-invalid=${this.territoryMissing ? 'true' : 'false'}
          aria-describedby=${this.territoryMissing ? 'territory-error' : nothing}></div>
      ${this.forkError ? renderApiError(this.forkError, this.locale, () => this.renderRoot.querySelector<HTMLFormElement>('form.fork')?.requestSubmit()) : nothing}
      <div class="row-actions">
        <button type="submit" class="cc-button" aria-disabled=${this.forking ? 'true' : 'false'}>${this.forking ? t.adapting : t.adaptConfirm}</button>
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.modal.close()}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderProblems(issues: EditorIssue[]): TemplateResult {
    const t = this.t;
    return html`<div class="problems" part="problems">${
      issues.length
        ? html`<p><strong>${t.problems(issues.length)}</strong></p>
        <ul>${issues.map(
          (i) =>
            html`<li>${i.message} <button type="button" class="link" @click=${() => this.goTo(i)}>${t.goTo}</button></li>`,
        )}</ul>`
        : html`<p class="cc-muted">${t.noProblem}</p>`
    }</div>`;
  }

  private renderGeneral(def: QuestionnaireInput): TemplateResult {
    const t = this.t;
    const set = (patch: Partial<QuestionnaireInput>) => {
      const next = { ...def, ...patch };
      for (const [k, v] of Object.entries(patch))
        if (v === '' || v === undefined) delete (next as Record<string, unknown>)[k];
      this.change(next);
    };
    return html`<fieldset class="general"><legend>${t.general}</legend>
      <div class="field"><label for="q-title">${t.titleLabel}</label>
        <input id="q-title" .value=${def.title} required @input=${(e: Event) => set({ title: (e.target as HTMLInputElement).value })}></div>
      <div class="field"><label for="q-description">${t.descriptionLabel}</label>
        <textarea id="q-description" rows="3" .value=${def.description ?? ''} @input=${(e: Event) => set({ description: (e.target as HTMLTextAreaElement).value })}></textarea></div>
      <div class="field"><label for="q-minutes">${t.minutesLabel}</label>
        <input id="q-minutes" type="number" min="1" max="240" inputmode="numeric" .value=${def.estimatedMinutes ? String(def.estimatedMinutes) : ''}
          @input=${(e: Event) => {
            const n = Number((e.target as HTMLInputElement).value);
            set({ estimatedMinutes: Number.isInteger(n) && n >= 1 && n <= 240 ? n : undefined });
          }}></div>
      <div class="field"><label for="q-responses">${t.responsesLabel}</label>
        <select id="q-responses" @change=${(e: Event) => {
          const mode = (e.target as HTMLSelectElement).value as (typeof RESPONSE_MODES)[number];
          set({ responses: mode === 'anonymous' ? undefined : mode });
        }}>${RESPONSE_MODES.map((m) => html`<option value=${m} ?selected=${(def.responses ?? 'anonymous') === m}>${t.responseModes[m]}</option>`)}</select></div>
    </fieldset>`;
  }

  private renderPage(
    def: QuestionnaireInput,
    page: QuestionnairePage,
    index: number,
    issues: EditorIssue[],
  ): TemplateResult {
    const t = this.t;
    const total = def.pages.length;
    const id = `p-${page.id}`;
    const titleError = issues.find((i) => i.at === page.id && i.field === 'title');
    return html`<section class="page" part="page" aria-labelledby="${id}-heading">
      ${heading(this.subLevel(1), t.page(index + 1, total) + (page.title ? ` : ${page.title}` : ''), { id: `${id}-heading` })}
      <div class="field"><label for="${id}-title">${t.pageTitle}</label>
        ${titleError ? html`<p id="${id}-title-error" class="field-error">${titleError.message}</p>` : nothing}
        <input id="${id}-title" .value=${page.title} required aria-invalid=${titleError ? 'true' : 'false'}
          aria-describedby=${titleError ? `${id}-title-error` : nothing}
          @input=${(e: Event) => this.updatePage(index, { ...page, title: (e.target as HTMLInputElement).value })}></div>
      <div class="field"><label for="${id}-description">${t.pageDescription}</label>
        <textarea id="${id}-description" rows="2" .value=${page.description ?? ''} @input=${(
          e: Event,
        ) => {
          const description = (e.target as HTMLTextAreaElement).value;
          const { description: _old, ...rest } = page;
          this.updatePage(index, description ? { ...rest, description } : rest);
        }}></textarea></div>
      ${renderConditionForm(page.showIf, {
        t,
        earlier: questionsBeforePage(def, index),
        idBase: id,
        update: (showIf) => {
          const next = { ...page, showIf };
          if (!showIf) delete next.showIf;
          this.updatePage(index, next);
        },
      })}
      ${
        page.items.length
          ? html`<ol class="items">${repeat(
              page.items,
              (item) => item.id,
              (item) => this.renderItem(def, item, issues),
            )}</ol>`
          : html`<p class="cc-muted">${t.emptyPage}</p>`
      }
      <div class="add-item">
        <div class="field"><label for="${id}-add">${t.addWhat}</label>
          <select id="${id}-add">${ADDABLE.map((x) => html`<option value=${x}>${t.types[x]}</option>`)}</select></div>
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => {
          const select = this.renderRoot.querySelector<HTMLSelectElement>(`#${CSS.escape(id)}-add`);
          this.add(index, (select?.value ?? 'text') as ItemType);
        }}>${t.addItem}</button>
      </div>
      <div class="row-actions page-actions">
        <button type="button" class="cc-button" data-variant="secondary" aria-label=${t.pageUp(page.title)} ?disabled=${index === 0}
          @click=${() => {
            this.change(movePage(def, index, -1), t.pageMoved(page.title, index, total));
            void this.focusOn(`#p-${CSS.escape(page.id)}-title`);
          }}>↑</button>
        <button type="button" class="cc-button" data-variant="secondary" aria-label=${t.pageDown(page.title)} ?disabled=${index === total - 1}
          @click=${() => {
            this.change(movePage(def, index, 1), t.pageMoved(page.title, index + 2, total));
            void this.focusOn(`#p-${CSS.escape(page.id)}-title`);
          }}>↓</button>
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => {
          const next = addPage(def, index + 1, t.newPage);
          this.change(next, t.added(t.newPage));
          void this.focusOn(`#p-${CSS.escape(next.pages[index + 1]!.id)}-title`);
        }}>${t.addPageAfter}</button>
        ${
          total > 1
            ? html`<button type="button" class="cc-button" data-variant="secondary" @click=${() => {
                this.undo = { def, message: t.removed(page.title) };
                this.change(removePage(def, index), this.undo.message);
                void this.focusOn('#undo');
              }}>${t.removePage(page.title)}</button>`
            : nothing
        }
      </div>
    </section>`;
  }

  private renderItem(
    def: QuestionnaireInput,
    item: QuestionnaireItem,
    issues: EditorIssue[],
  ): TemplateResult {
    const t = this.t;
    const label = this.labelOf(item);
    const open = this.open.has(item.id);
    const locked = this.isLocked(item);
    const earlier = questionsBefore(def, item.id);
    const mine = issues.filter((i) => i.at === item.id);
    const errors = new Map(mine.map((i) => [i.field ?? 'label', i.message]));
    const q = isQuestion(item) ? item : undefined;
    return html`<li class="item" part="item" id="i-${item.id}">
      <div class="item-head">
        <p class="item-label"><span class="type">${t.types[item.type]}</span> ${label}</p>
        <p class="flags cc-muted">${[
          q?.required ? t.required : '',
          locked ? t.coreBadge : '',
          ...(item.showIf?.rules.map((r) => ruleSentence(r, earlier, t)) ?? []),
        ]
          .filter(Boolean)
          .join(
            ' · ',
          )}${mine.length ? html` <span class="field-error">${mine.map((i) => i.message).join(' ')}</span>` : nothing}</p>
        <div class="row-actions">
          <button type="button" class="cc-button" data-variant="secondary" data-action="edit"
            aria-expanded=${open ? 'true' : 'false'} aria-controls="e-${item.id}-form"
            @click=${() => this.toggle(item)}>${open ? t.close(label) : t.edit(label)}</button>
          <button type="button" class="cc-button icon" data-variant="secondary" data-action="up" aria-label=${t.up(label)}
            @click=${() => this.move(item, -1)}>↑</button>
          <button type="button" class="cc-button icon" data-variant="secondary" data-action="down" aria-label=${t.down(label)}
            @click=${() => this.move(item, 1)}>↓</button>
          <button type="button" class="cc-button" data-variant="secondary" aria-label=${t.duplicate(label)}
            @click=${() => this.duplicate(item)}>⧉</button>
          ${
            locked
              ? nothing
              : html`<button type="button" class="cc-button" data-variant="secondary" aria-label=${t.remove(label)}
              @click=${() => this.removeFromPage(item)}>✕</button>`
          }
        </div>
      </div>
      ${open ? renderItemForm(item, { t, earlier, locked, errors, update: (next) => this.updateItem(next) }) : nothing}
    </li>`;
  }

  private renderPreview(def: QuestionnaireInput): TemplateResult {
    const t = this.t;
    return html`<div class="dialog-head">
        <h2 id="dialog-title" tabindex="-1">${t.previewTitle}</h2>
        <div class="choice"><input type="checkbox" id="phone" .checked=${this.phone}
          @change=${(e: Event) => (this.phone = (e.target as HTMLInputElement).checked)}><label for="phone">${t.phoneWidth}</label></div>
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.modal.close()}>${t.closeDialog}</button>
      </div>
      <div class="preview ${this.phone ? 'phone' : ''}">
        <cc-questionnaire .definition=${{ ...def, version: this.doc?.version ?? 1 }} .api=${previewApi}
          locale=${this.locale} heading-level="3"></cc-questionnaire>
      </div>`;
  }

  private renderPublish(issues: EditorIssue[]): TemplateResult {
    const t = this.t;
    return html`<form class="publish" @submit=${(e: Event) => void this.publish(e)}>
      <h2 id="dialog-title" tabindex="-1">${t.publishTitle}</h2>
      <p>${t.publishText}</p>
      ${
        issues.length
          ? html`<div class="cc-error"><p>${t.cannotPublish}</p><p>${t.problems(issues.length)}</p></div>`
          : html`<div class="field"><label for="note">${t.changeNote}</label>
            <textarea id="note" name="note" rows="3" maxlength="1000"></textarea></div>`
      }
      ${this.publishError ? renderApiError(this.publishError, this.locale, () => this.retryPublish()) : nothing}
      <div class="row-actions">
        ${
          issues.length
            ? nothing
            : html`<button type="submit" class="cc-button" aria-disabled=${this.publishing ? 'true' : 'false'}>${this.publishing ? t.publishing : t.publishConfirm}</button>`
        }
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.modal.close()}>${t.cancel}</button>
      </div>
    </form>`;
  }
}
