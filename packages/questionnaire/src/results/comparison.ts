// The common questions of a shared questionnaire, territory by territory: one table per question, the answers as rows
// and the territories as columns. Loaded on demand, when someone asks for the comparison.
import { html, nothing, type TemplateResult } from 'lit';
import type { Question, QuestionResult, TerritoryComparison } from '@conseils-citoyens/schemas';
import { heading } from '@conseils-citoyens/core/heading.js';
import type { ResultsStrings } from '../translations/results-fr.js';

export interface ComparisonView {
  comparison: TerritoryComparison;
  /** The template's questions, in order, by id. */
  questions: Map<string, Question>;
  /** Each value of a question with its label (options, yes/no, scale points). */
  valuesOf: (q: Question) => { value: string; label: string }[];
  /** A count, or « moins de N » when suppressed. */
  count: (n: number | null) => string;
  number: (n: number) => string;
  t: ResultsStrings;
  headingLevel: number;
}

/** The tables of every common question the territories counted by choice (choices, yes/no, scales). */
export function renderComparison(v: ComparisonView): TemplateResult {
  const { comparison, t } = v;
  const territories = comparison.territories;
  const names = territories.map((x) => x.territory ?? t.commonQuestionnaire);
  const byId = (results: TerritoryComparison['territories'][number]['results'], id: string) =>
    results.questions.find((q) => q.id === id);
  const compared = [...v.questions.values()].filter((q) =>
    territories.some((x) => byId(x.results, q.id)?.counts),
  );
  return html`<section class="comparison" part="comparison" aria-labelledby="comparison-title">
    ${heading(v.headingLevel, t.comparisonTitle, { id: 'comparison-title', focusable: true })}
    <p class="cc-muted">${t.comparisonIntro}</p>
    ${territories.length < 2 ? html`<p>${t.comparisonNone}</p>` : nothing}
    ${compared.map((q) => {
      // A territory with fewer answers than the threshold has no question at all: « moins de N » everywhere.
      const rows = territories.map((x) =>
        x.results.total === null ? null : byId(x.results, q.id),
      );
      const cell = (r: QuestionResult | null | undefined, value: string) => {
        if (r === null) return v.count(null);
        const n = r?.counts?.find((c) => c.value === value)?.count ?? null;
        if (!r?.counts) return '—';
        if (n === null || !r.answered) return v.count(n);
        return t.cell(v.number(n), v.number(Math.round((n / r.answered) * 100)));
      };
      return html`<div class="scroll"><table class="compare">
        <caption>${t.comparisonCaption(q.label)}</caption>
        <thead><tr><th scope="col">${t.choice}</th>${names.map((n) => html`<th scope="col">${n}</th>`)}</tr></thead>
        <tbody>
          <tr class="answered"><th scope="row">${t.answeredRow}</th>${rows.map((r) => html`<td>${r === null ? v.count(null) : r ? v.count(r.answered) : '—'}</td>`)}</tr>
          ${v
            .valuesOf(q)
            .map(
              (o) =>
                html`<tr><th scope="row">${o.label}</th>${rows.map((r) => html`<td>${cell(r, o.value)}</td>`)}</tr>`,
            )}
        </tbody></table></div>`;
    })}
  </section>`;
}
