import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '@conseils-citoyens/core/dom/css-props.js';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type {
  Question,
  QuestionResult,
  Questionnaire,
  QuestionnaireResults,
  TerritoryComparison,
  ResultsQuery,
} from '@conseils-citoyens/schemas';
import { OTHER_CHOICE } from '@conseils-citoyens/schemas/constants.js';
import { questionsOf } from '@conseils-citoyens/schemas/questionnaire-rules.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import type { ResponsesFormat } from '@conseils-citoyens/core/api/api.js';
import { editLinkFromFragment } from '@conseils-citoyens/core/api/edit-link.js';
import { staffApi } from '@conseils-citoyens/core/api/staff-client.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import { saveFile } from '@conseils-citoyens/core/dom/save-file.js';
import { formStyles } from '@conseils-citoyens/core/form/form.styles.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import { styles } from './questionnaire-results.styles.js';
import { resultsFr, type ResultsStrings } from './translations/results-fr.js';

const STRINGS = new LocaleTable<ResultsStrings>(resultsFr, () =>
  import('./translations/results-en.js').then((m) => m.resultsEn),
);
/** Written answers shown at first, and added on each « Afficher plus ». */
const TEXT_STEP = 20;

type Filters = Partial<Pick<ResultsQuery, 'version' | 'from' | 'to' | 'question' | 'answer'>>;

/**
 * A questionnaire's results for the people who run it: how many answered (by version, on paper, saved for later), and
 * for each question its counts as a table with bars, a scale's mean and median, a matrix as a heat table, a ranking's
 * average places, written answers with a search; filtered by version, dates and an answer. Counts under the threshold
 * read « moins de 5 » so that no resident can be recognised. Staff-side: loaded apart from the resident's elements.
 *
 * @summary Résultats d'un questionnaire : comptes, barres, tableaux, filtres, petits groupes masqués.
 * @tag cc-questionnaire-results
 *
 * @fires cc-questionnaire-results-download - Every answer was downloaded as a file (`detail.filename`, `detail.format`, `detail.blob`).
 *
 * @csspart heading - The results' title.
 * @csspart summary - How many answered.
 * @csspart filters - The filter form.
 * @csspart question - One question's results.
 * @csspart bar - A bar of a count.
 * @csspart error - An API error block.
 * @csspart retry - A retry button.
 * @csspart config-error - The message shown when no API or no questionnaire is configured.
 */
export class CcQuestionnaireResults extends CcElement {
  static override styles = [...CcElement.styles, uiStyles, formStyles, styles];
  static override strings = [...CcElement.strings, STRINGS];

  /** The questionnaire whose results to show. */
  @property({ attribute: 'questionnaire-id' }) questionnaireId?: string;
  /** Counts under this read « moins de N » (5 by default; the server never goes below 3). */
  @property({ type: Number }) threshold?: number;

  @state() private filters: Filters = {};
  /** The question chosen in the form, whose answers the next select offers (applied with « Appliquer »). */
  @state() private formQuestion?: string;
  @state() private search = '';
  @state() private textsShown = new Map<string, number>();
  /** The common questions across territories, asked for with « Comparer les territoires » (its code loads then). */
  @state() private comparison?:
    | { state: 'busy' }
    | {
        state: 'done';
        data: TerritoryComparison;
        view: typeof import('./results/comparison.js');
      }
    | { state: 'failed'; error: unknown };

  @state() private download?:
    { state: 'busy' | 'done'; filename?: string } | { state: 'failed'; error: unknown };

  private readonly data = new Task(this, {
    args: () => [this.client, this.questionnaireId, this.filters, this.threshold] as const,
    task: async ([client, id, filters, threshold], { signal }) => {
      if (!client || !id) return undefined;
      const editLink = editLinkFromFragment();
      const o = { signal, ...(editLink ? { editLink } : {}) };
      const results = await staffApi(client).getQuestionnaireResults(
        id,
        { ...filters, ...(threshold ? { threshold } : {}) },
        o,
      );
      const questionnaire = await client.getVersion('questionnaires', id, results.version, o);
      return { results, questionnaire };
    },
  });

  private get t(): ResultsStrings {
    return STRINGS.of(this.locale);
  }

  /** Reads the results again (new answers may have come). */
  refresh(): Promise<unknown> {
    return this.data.run();
  }

  private number(n: number): string {
    return n.toLocaleString(this.locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
  }

  private count(n: number | null, threshold: number): string {
    return n === null ? this.t.fewer(threshold) : this.number(n);
  }

  private onFilter(e: Event): void {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const text = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' && v !== '' ? v : undefined;
    };
    const version = text('version');
    const question = text('question');
    const answer = question ? text('answer') : undefined;
    this.filters = {
      ...(version ? { version: Number(version) } : {}),
      ...(text('from') ? { from: text('from') } : {}),
      ...(text('to') ? { to: text('to') } : {}),
      ...(question && answer ? { question, answer } : {}),
    };
  }

  protected override render(): TemplateResult {
    const unconfigured = this.renderUnconfigured();
    if (unconfigured) return unconfigured;
    if (!this.questionnaireId) return this.renderConfigProblem(this.t.missing);
    return html`<section class="results" aria-labelledby="heading">${this.data.render({
      pending: () =>
        this.data.value
          ? this.renderResults(this.data.value.results, this.data.value.questionnaire, true)
          : html`<div aria-busy="true"><div class="cc-skeleton"></div><div class="cc-skeleton"></div></div>`,
      error: (e) => renderApiError(e, this.locale, () => void this.data.run()),
      complete: (v) => (v ? this.renderResults(v.results, v.questionnaire, false) : nothing),
    })}</section>`;
  }

  private renderResults(r: QuestionnaireResults, q: Questionnaire, busy: boolean): TemplateResult {
    const t = this.t;
    const total = r.versions.reduce((n, v) => n + (v.answers ?? 0), 0);
    const paper = r.versions.reduce((n, v) => n + (v.paper ?? 0), 0);
    const questions = new Map(questionsOf(q).map(({ question }) => [question.id, question]));
    return html`${heading(this.headingLevel, t.heading(q.title), { id: 'heading', part: 'heading', class: 'heading' })}
      <p class="summary" part="summary">${t.answers(this.number(total))}${paper ? html`, ${t.paper(this.number(paper))}` : nothing}${
        r.drafts ? html` · ${t.drafts(this.number(r.drafts))}` : nothing
      }</p>
      ${
        r.versions.length > 1
          ? html`<ul class="versions" aria-label=${t.byVersion}>${r.versions.map(
              (v) => html`<li>${t.version(v.version)} : ${this.count(v.answers, r.threshold)}</li>`,
            )}</ul>`
          : nothing
      }
      ${this.renderFilters(r, questions)}
      <p class="cc-status" role="status" aria-busy=${busy ? 'true' : 'false'}>${
        r.total === null ? t.suppressed(r.threshold) : t.matching(r.total)
      }</p>
      ${r.questions.map((result) => {
        const question = questions.get(result.id);
        return question ? this.renderQuestion(question, result, r.threshold) : nothing;
      })}
      <p class="actions"><button type="button" class="cc-button" data-variant="secondary" @click=${() => window.print()}>${t.print}</button>
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => void this.refresh()}>${t.refresh}</button>
        ${q.basedOn ? nothing : html`<button type="button" class="cc-button" data-variant="secondary" data-action="compare" aria-disabled=${this.comparison?.state === 'busy' ? 'true' : 'false'} @click=${() => void this.onCompare()}>${t.compare}</button>`}</p>
      ${this.renderComparison(q, r.threshold)}
      ${this.renderDownload()}`;
  }

  /** « Comparer les territoires »: the common questions of this shared questionnaire in each territory's version. */
  private async onCompare(): Promise<void> {
    const client = this.client;
    const id = this.questionnaireId;
    if (!client || !id || this.comparison?.state === 'busy') return;
    this.comparison = { state: 'busy' };
    try {
      const [data, view] = await Promise.all([
        staffApi(client).compareTerritories(
          id,
          this.threshold ? { threshold: this.threshold } : {},
        ),
        import('./results/comparison.js'),
      ]);
      this.comparison = { state: 'done', data, view };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#comparison-title')?.focus();
    } catch (error) {
      this.comparison = { state: 'failed', error };
    }
  }

  private renderComparison(q: Questionnaire, threshold: number) {
    const c = this.comparison;
    if (!c) return nothing;
    if (c.state === 'busy') return html`<p class="cc-status" role="status">${this.t.comparing}</p>`;
    if (c.state === 'failed')
      return renderApiError(c.error, this.locale, () => void this.onCompare());
    return c.view.renderComparison({
      comparison: c.data,
      questions: new Map(questionsOf(q).map(({ question }) => [question.id, question])),
      valuesOf: (question) => this.valuesOf(question),
      count: (n) => this.count(n, threshold),
      number: (n) => this.number(n),
      t: this.t,
      headingLevel: this.headingLevel + 1,
    });
  }

  /** Every answer as a file, through the API (an organiser's token never goes into a link). */
  private async onDownload(e: Event): Promise<void> {
    e.preventDefault();
    if (!this.client || !this.questionnaireId || this.download?.state === 'busy') return;
    const format = new FormData(e.target as HTMLFormElement).get('format') as ResponsesFormat;
    this.download = { state: 'busy' };
    try {
      const editLink = editLinkFromFragment();
      const file = await staffApi(this.client).downloadResponses(
        this.questionnaireId,
        format,
        editLink ? { editLink } : {},
      );
      saveFile(file);
      this.download = { state: 'done', filename: file.filename };
      this.emit('cc-questionnaire-results-download', { ...file, format });
    } catch (error) {
      this.download = { state: 'failed', error };
    }
  }

  private renderDownload(): TemplateResult {
    const t = this.t;
    const d = this.download;
    return html`<form class="download" @submit=${(e: Event) => void this.onDownload(e)}>
      <fieldset><legend>${t.download}</legend>
        ${(['csv', 'csv-comma', 'xlsx'] as const).map(
          (
            f,
            i,
          ) => html`<div class="choice"><input type="radio" id=${`d-${f}`} name="format" value=${f} ?checked=${i === 0}>
            <label for=${`d-${f}`}>${t.formats[f]}</label></div>`,
        )}
        <p class="cc-muted">${t.downloadHint}</p>
        <button type="submit" class="cc-button" data-variant="secondary" aria-disabled=${d?.state === 'busy' ? 'true' : 'false'}>${
          d?.state === 'busy' ? t.downloading : t.downloadButton
        }</button>
        <p role="status">${d?.state === 'done' ? t.downloaded(d.filename!) : ''}</p>
        ${d?.state === 'failed' ? renderApiError(d.error, this.locale, () => this.renderRoot.querySelector<HTMLFormElement>('form.download')?.requestSubmit()) : nothing}
      </fieldset>
    </form>`;
  }

  private renderFilters(r: QuestionnaireResults, questions: Map<string, Question>) {
    const t = this.t;
    const f = this.filters;
    const filterable = [...questions.values()].filter((x) =>
      ['single', 'multiple', 'dropdown', 'yesno', 'scale'].includes(x.type),
    );
    const picked = this.formQuestion ?? f.question;
    const chosen = picked ? questions.get(picked) : undefined;
    return html`<form class="filters" part="filters" @submit=${this.onFilter}
      @change=${(e: Event) => {
        // Choosing another question offers its answers at once.
        const select = e.target as HTMLSelectElement;
        if (select.name === 'question') this.formQuestion = select.value || undefined;
      }}>
      <fieldset><legend>${t.filters}</legend>
        <div class="filter-row">
          <div class="field"><label for="f-version">${t.versionLabel}</label>
            <select id="f-version" name="version">
              <option value="">${t.allVersions}</option>
              ${r.versions.map((v) => html`<option value=${v.version} ?selected=${f.version === v.version}>${t.version(v.version)}</option>`)}
            </select></div>
          <div class="field"><label for="f-from">${t.from}</label><input id="f-from" name="from" type="date" .value=${f.from ?? ''}></div>
          <div class="field"><label for="f-to">${t.to}</label><input id="f-to" name="to" type="date" .value=${f.to ?? ''}></div>
        </div>
        <div class="filter-row">
          <div class="field"><label for="f-question">${t.onlyIf} ${t.toQuestion.toLowerCase()}</label>
            <select id="f-question" name="question">
              <option value="">${t.anyQuestion}</option>
              ${filterable.map((x) => html`<option value=${x.id} ?selected=${picked === x.id}>${x.label}</option>`)}
            </select></div>
          ${
            chosen
              ? html`<div class="field"><label for="f-answer">${t.theAnswer}</label>
                <select id="f-answer" name="answer">${this.valuesOf(chosen).map(
                  (v) =>
                    html`<option value=${v.value} ?selected=${f.answer === v.value}>${v.label}</option>`,
                )}</select></div>`
              : nothing
          }
        </div>
        <div class="actions">
          <button type="submit" class="cc-button">${t.apply}</button>
          <button type="button" class="cc-button" data-variant="secondary" @click=${() => {
            this.filters = {};
            this.formQuestion = undefined;
          }}>${t.clear}</button>
        </div>
      </fieldset>
    </form>`;
  }

  /** The answers a question offers, with their words. */
  private valuesOf(q: Question): { value: string; label: string }[] {
    const t = this.t;
    if (q.type === 'yesno')
      return [
        { value: 'yes', label: t.yes },
        { value: 'no', label: t.no },
      ];
    if (q.type === 'scale')
      return Array.from({ length: q.max - q.min + 1 }, (_, k) => ({
        value: String(q.min + k),
        label: String(q.min + k),
      }));
    if ('options' in q)
      return [
        ...q.options,
        ...('other' in q && q.other ? [{ value: OTHER_CHOICE, label: t.other }] : []),
      ];
    return [];
  }

  private renderQuestion(q: Question, r: QuestionResult, threshold: number) {
    const t = this.t;
    const level = this.headingLevel + 1;
    const answered = r.answered;
    return html`<article class="question" part="question" aria-labelledby=${`q-${q.id}`}>
      ${heading(level, q.label, { id: `q-${q.id}` })}
      <p class="cc-muted">${t.answered(this.count(answered, threshold))}</p>
      ${r.stats ? html`<p>${t.stats(this.number(r.stats.mean), this.number(r.stats.median), this.number(r.stats.min), this.number(r.stats.max))}</p>` : nothing}
      ${r.counts ? this.renderCounts(q, r.counts, answered, threshold) : nothing}
      ${r.cells && q.type === 'matrix' ? this.renderMatrix(q, r.cells, threshold) : nothing}
      ${r.ranks && q.type === 'ranking' ? this.renderRanks(q, r.ranks, threshold) : nothing}
      ${r.texts ? this.renderTexts(q, r.texts) : q.type === 'text' || q.type === 'textarea' ? html`<p class="cc-muted">${t.textsHidden}</p>` : nothing}
    </article>`;
  }

  /** A table: answer, count, and its share drawn as a bar (the numbers are the text alternative). */
  private renderCounts(
    q: Question,
    counts: NonNullable<QuestionResult['counts']>,
    answered: number | null,
    threshold: number,
  ) {
    const t = this.t;
    const labels = new Map(this.valuesOf(q).map((v) => [v.value, v.label]));
    return html`<table class="counts"><caption class="visually-hidden">${t.caption(q.label)}</caption>
      <thead><tr><th scope="col">${t.choice}</th><th scope="col">${t.count}</th><th scope="col">${t.share}</th></tr></thead>
      <tbody>${counts.map((c) => {
        const share = c.count !== null && answered ? (c.count / answered) * 100 : null;
        return html`<tr><th scope="row">${labels.get(c.value) ?? c.value}</th>
          <td>${this.count(c.count, threshold)}</td>
          <td class="share">${share === null ? '—' : html`<span class="bar" part="bar" ${cssProps({ '--share': `${share.toFixed(1)}%` })} aria-hidden="true"></span>${`${this.number(Math.round(share))} %`}`}</td></tr>`;
      })}</tbody></table>`;
  }

  /** Rows × columns, each cell's count shaded by its size (the count is written in it). */
  private renderMatrix(
    q: Question & { type: 'matrix' },
    cells: NonNullable<QuestionResult['cells']>,
    threshold: number,
  ) {
    const max = Math.max(1, ...cells.map((c) => c.count ?? 0));
    const at = (row: string, column: string) =>
      cells.find((c) => c.row === row && c.column === column)?.count ?? null;
    return html`<div class="scroll"><table class="heat"><caption class="visually-hidden">${this.t.caption(q.label)}</caption>
      <thead><tr><td></td>${q.columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
      <tbody>${q.rows.map(
        (row) =>
          html`<tr><th scope="row">${row.label}</th>${q.columns.map((c) => {
            const n = at(row.value, c.value);
            return html`<td ${cssProps({ '--heat': n === null ? '0' : (n / max).toFixed(2) })}>${this.count(n, threshold)}</td>`;
          })}</tr>`,
      )}</tbody></table></div>`;
  }

  private renderRanks(
    q: Question & { type: 'ranking' },
    ranks: NonNullable<QuestionResult['ranks']>,
    threshold: number,
  ) {
    const t = this.t;
    const sorted = [...ranks].sort((a, b) => (a.average ?? Infinity) - (b.average ?? Infinity));
    return html`<table class="counts"><caption class="visually-hidden">${t.caption(q.label)}</caption>
      <thead><tr><th scope="col">${t.choice}</th><th scope="col">${t.averagePlace}</th><th scope="col">${t.ranked}</th></tr></thead>
      <tbody>${sorted.map(
        (
          r,
        ) => html`<tr><th scope="row">${q.options.find((o) => o.value === r.value)?.label ?? r.value}</th>
          <td>${r.average === null ? '—' : this.number(r.average)}</td><td>${this.count(r.count, threshold)}</td></tr>`,
      )}</tbody></table>`;
  }

  /** Written answers, newest first, with a search and « Afficher plus ». */
  private renderTexts(q: Question, texts: string[]) {
    const t = this.t;
    const needle = this.search.trim().toLocaleLowerCase(this.locale);
    const found = needle
      ? texts.filter((x) => x.toLocaleLowerCase(this.locale).includes(needle))
      : texts;
    const shown = this.textsShown.get(q.id) ?? TEXT_STEP;
    return html`<div class="texts">
      <p>${t.texts(texts.length)}</p>
      <div class="field"><label for=${`s-${q.id}`}>${t.search}</label>
        <input id=${`s-${q.id}`} type="search" .value=${this.search} @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)}></div>
      ${found.length ? html`<ul>${found.slice(0, shown).map((x) => html`<li>${x}</li>`)}</ul>` : html`<p>${t.noText}</p>`}
      ${
        found.length > shown
          ? html`<button type="button" class="cc-button" data-variant="secondary"
            @click=${() => (this.textsShown = new Map(this.textsShown).set(q.id, shown + TEXT_STEP))}>${t.showMore}</button>`
          : nothing
      }
    </div>`;
  }
}
