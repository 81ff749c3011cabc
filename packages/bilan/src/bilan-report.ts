import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { Bilan, BilanItemAnswer } from '@conseils-citoyens/schemas';
import { BILAN_PERSPECTIVES, HEADING_NOTES } from '@conseils-citoyens/schemas/bilan-constants.js';
import { BILAN_TEMPLATE } from '@conseils-citoyens/schemas/bilan-template.js';
import { bilanRows, bilanSummary, levelGap } from '@conseils-citoyens/schemas/bilan-progress.js';
import {
  ASSOCIATION_LEVEL_WORDS,
  BILAN_HEADING_TITLES,
  HEADING_NOTE_LABELS,
  ITEM_STATUS_LABELS,
  PERSPECTIVE_LABELS,
} from '@conseils-citoyens/schemas/bilan-wording.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { renderDownloads } from '@conseils-citoyens/core/api/document-files-view.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import { jumpTo } from '@conseils-citoyens/core/dom/jump-to.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { formatDate } from '@conseils-citoyens/core/i18n/locale.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import {
  renderCarried,
  renderIndicators,
  renderSummary,
  type SummaryContext,
} from './summary-view.js';
import { reportStyles } from './bilan-report.styles.js';
import { summaryStyles } from './summary.styles.js';
import { reportFr, type ReportStrings } from './translations/report-fr.js';

const STRINGS = new LocaleTable<ReportStrings>(reportFr, () =>
  import('./translations/report-en.js').then((m) => m.reportEn),
);

/** What the report shows: a bilan as served (its adopted version for the public). */
export type ShownBilan = Omit<Bilan, 'id'> & { id?: string };

/**
 * « Rapport annuel de co-construction »: the bilan a council and its institutions adopted, as a municipality publishes
 * it — the summary, the year's figures as they were at adoption, each heading's items as a table (status, the two
 * levels, the gap), réussites, difficultés and perspectives, last year's actions and next year's, and « Imprimer »
 * (A4, tables never cut across pages). Read-only and light for residents: the checklist is another element.
 *
 * @summary Le rapport annuel de co-construction d'un conseil citoyen, tel qu'il a été adopté.
 * @tag cc-bilan-report
 *
 * @csspart heading - The report's title.
 * @csspart summary - Progress, levels and gaps.
 * @csspart indicators - The year's figures.
 * @csspart section - One heading's section.
 * @csspart error - An API error block.
 * @csspart retry - A retry button.
 * @csspart config-error - The message shown when no API or no bilan is configured.
 */
export class CcBilanReport extends CcElement {
  static override styles = [...CcElement.styles, uiStyles, summaryStyles, reportStyles];
  static override strings = [...CcElement.strings, STRINGS];

  /** The bilan to show: its last adopted version is loaded (the latest one for an organiser). */
  @property({ attribute: 'bilan-id' }) bilanId?: string;
  /** A bilan given directly (a static site, the checklist's preview). */
  @property({ attribute: false }) bilan?: ShownBilan;

  private readonly loaded = new Task(this, {
    args: () => [this.client, this.bilanId, this.bilan] as const,
    task: async ([client, id, given], { signal }): Promise<ShownBilan | undefined> =>
      given ?? (client && id ? client.getDocument('bilans', id, { signal }) : undefined),
  });

  private get t(): ReportStrings {
    return STRINGS.of(this.locale);
  }

  private date(iso: string): string {
    return formatDate(iso, this.locale, { dateStyle: 'long' });
  }

  private level(a: BilanItemAnswer | undefined, side: (typeof BILAN_PERSPECTIVES)[number]) {
    const l = a?.levels?.[side];
    return l ? ASSOCIATION_LEVEL_WORDS[this.locale][l].label : this.t.noLevel;
  }

  private renderHeadings(b: ShownBilan, level: number): TemplateResult[] {
    const t = this.t;
    const titles = BILAN_HEADING_TITLES[this.locale];
    const notes = HEADING_NOTE_LABELS[this.locale];
    return [...bilanRows(BILAN_TEMPLATE, b)].map(([h, rows]) => {
      const written = HEADING_NOTES.filter((n) => b.headings[h]?.[n]);
      return html`<section class="heading-section" part="section">
        ${heading(level, titles[h], { id: `h-${h}`, class: 'section-title', focusable: true })}
        <div class="table-scroll"><table>
          <caption class="visually-hidden">${titles[h]}</caption>
          <thead><tr>
            <th scope="col">${t.item}</th><th scope="col">${t.status}</th>
            ${BILAN_PERSPECTIVES.map((p) => html`<th scope="col">${PERSPECTIVE_LABELS[this.locale][p]}</th>`)}
            <th scope="col">${t.gapColumn}</th>
          </tr></thead>
          <tbody>${rows.map(({ item, own, answer }) => {
            const gap = levelGap(answer);
            return html`<tr>
              <th scope="row">${item.label}${own ? html` <span class="cc-muted">${t.own}</span>` : nothing}${
                answer?.notes ? html` <span class="notes">${answer.notes}</span>` : nothing
              }</th>
              <td>${answer?.status ? ITEM_STATUS_LABELS[this.locale][answer.status] : t.noStatus}</td>
              ${BILAN_PERSPECTIVES.map((p) => html`<td>${this.level(answer, p)}</td>`)}
              <td>${gap ? t.gap(gap) : gap === 0 ? '0' : '—'}</td>
            </tr>`;
          })}</tbody>
        </table></div>
        ${
          written.length
            ? html`<dl class="heading-notes">${written.map(
                (n) => html`<dt>${notes[n]}</dt><dd>${b.headings[h]![n]}</dd>`,
              )}</dl>`
            : nothing
        }
      </section>`;
    });
  }

  private renderNextYear(b: ShownBilan, level: number): TemplateResult {
    const t = this.t;
    const actions = [...bilanRows(BILAN_TEMPLATE, b).values()]
      .flat()
      .filter((r) => r.answer?.action)
      .map((r) => ({ item: r.item, action: r.answer!.action! }));
    return html`<section class="next-year">
      ${heading(level, t.nextYear, { class: 'section-title' })}
      ${
        actions.length
          ? html`<ul>${actions.map(
              ({ item, action }) =>
                html`<li><strong>${action.what}</strong>${action.who ? ` — ${action.who}` : ''}${
                  action.by ? `, ${this.date(`${action.by}T12:00:00Z`)}` : ''
                } <span class="cc-muted">(${item.label})</span></li>`,
            )}</ul>`
          : html`<p class="cc-muted">${t.noActions}</p>`
      }
    </section>`;
  }

  private renderReport(b: ShownBilan): TemplateResult {
    const t = this.t;
    const level = this.headingLevel + 1;
    const c: SummaryContext = {
      t,
      locale: this.locale,
      level,
      jump: (e, id) => jumpTo(e, this.renderRoot, id),
    };
    return html`${heading(this.headingLevel, t.title(b.year, b.council), { id: 'heading', part: 'heading', class: 'heading' })}
      <p class="adoption">${
        b.versionStatus === 'adopted'
          ? t.adoptedOn(this.date(b.updatedAt), b.version)
          : t.notAdopted
      }</p>
      ${renderSummary(bilanSummary(BILAN_TEMPLATE, b), c)}
      ${b.indicators ? renderIndicators(b.indicators, c) : nothing}
      ${b.previous || b.carriedActions.length ? renderCarried(b.carriedActions, c) : nothing}
      ${this.renderHeadings(b, level)}
      ${this.renderNextYear(b, level)}
      <div class="print">${renderDownloads({ client: this.client, kind: 'bilans', id: this.bilanId, version: b.version, formats: t.formats, label: t.download })}
        <button type="button" class="cc-button" data-variant="secondary" @click=${() => window.print()}>${t.print}</button></div>`;
  }

  override render(): TemplateResult {
    // A bilan given directly renders without an API (a static site).
    const unconfigured = this.renderUnconfigured();
    if (unconfigured && (!this.bilan || this.awaitingProvider)) return unconfigured;
    if (!this.bilanId && !this.bilan) return this.renderConfigProblem(this.t.missingBilan);
    return html`<article class="report" aria-labelledby="heading">${this.loaded.render({
      pending: () =>
        html`<div aria-busy="true"><div class="cc-skeleton"></div><div class="cc-skeleton"></div></div>`,
      error: (e) => renderApiError(e, this.locale, () => void this.loaded.run()),
      complete: (b) => (b ? this.renderReport(b) : nothing),
    })}</article>`;
  }
}
