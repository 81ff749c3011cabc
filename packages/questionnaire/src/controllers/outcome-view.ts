// What follows sending: the thanks (or « confirmez votre réponse »), the answers in words, the link that withdraws
// them; and the pages a mailed link opens (withdraw, confirm). Loaded on demand, when the last page shows or a link
// is opened: most of a visit never needs it.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Locale, QuestionnaireInput, QuestionnaireReceipt } from '@conseils-citoyens/schemas';
import { isQuestion, visibility } from '@conseils-citoyens/schemas/questionnaire-rules.js';
import type { ApiError } from '@conseils-citoyens/core/api/errors.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import type { QuestionnaireStrings } from '../translations/fr.js';
import { outcomeFr, type OutcomeStrings } from '../translations/outcome-fr.js';
import type { AnswerState } from '@conseils-citoyens/core/form/questions/answer-state.js';
import { answerText } from './answer-text.js';

export const OUTCOME_STRINGS = new LocaleTable<OutcomeStrings>(outcomeFr, () =>
  import('../translations/outcome-en.js').then((m) => m.outcomeEn),
);

/** The answers in words (adopted by the element when this module arrives). */
export const outcomeStyles = css`
  .answers { margin: 0; display: grid; gap: var(--_space-2); }
  .answers dt { font-weight: 600; }
  .answers dd { margin: 0; }
`;

export type Outcome =
  | { kind: 'sent'; receipt: QuestionnaireReceipt; state: AnswerState; paper: boolean }
  | { kind: 'withdrawn' }
  /** Opened from a withdrawal link: ask first. */
  | { kind: 'withdraw'; id: string; token: string; gone?: boolean }
  /** Opened from the mailed confirmation link (`responses: "email"`). */
  | {
      kind: 'confirm';
      id: string;
      token: string;
      state?: 'done' | 'gone' | 'already';
      error?: ApiError;
    };

export interface OutcomeView {
  q: QuestionnaireInput;
  outcome: Outcome;
  /** The element's own words (titles it also announces). */
  t: QuestionnaireStrings;
  locale: Locale;
  level: number;
  /** The last withdrawal's failure. */
  error?: ApiError;
  withdrawUrl: (receipt: QuestionnaireReceipt) => string;
  withdraw: (receipt: { id: string; deleteToken: string }) => void;
  confirm: (id: string, token: string) => void;
  again: () => void;
}

/** Every question the answers showed, with its answer or « Sans réponse ». */
function renderAnswers(v: OutcomeView, state: AnswerState): TemplateResult {
  const shown = visibility(v.q, state.answers);
  const questions = v.q.pages
    .filter((p) => shown.pages.has(p.id))
    .flatMap((p) => p.items.filter(isQuestion).filter((i) => shown.items.has(i.id)));
  return html`${heading(v.level, OUTCOME_STRINGS.of(v.locale).yourAnswers, { class: 'page-heading' })}
    <dl class="answers">${questions.map(
      (item) =>
        html`<div><dt>${item.label}</dt><dd>${answerText(item, state.answers[item.id], state.others[item.id], v.t, v.locale) ?? OUTCOME_STRINGS.of(v.locale).notAnswered}</dd></div>`,
    )}</dl>`;
}

function renderConfirmation(v: OutcomeView, o: Extract<Outcome, { kind: 'confirm' }>) {
  const t = OUTCOME_STRINGS.of(v.locale);
  if (o.error)
    return html`<div id="outcome" part="outcome" tabindex="-1">${renderApiError(o.error, v.locale, () => v.confirm(o.id, o.token))}</div>`;
  const [tone, text] =
    o.state === 'done'
      ? ['success', t.confirmed]
      : o.state === 'gone'
        ? ['warning', t.confirmGone]
        : o.state === 'already'
          ? ['warning', t.alreadyAnswered]
          : [undefined, t.confirming];
  return html`<p id="outcome" class=${tone ? 'cc-alert' : 'cc-status'} data-tone=${tone ?? nothing} part="outcome" tabindex="-1">${text}</p>`;
}

export function renderOutcome(v: OutcomeView): TemplateResult {
  const t = OUTCOME_STRINGS.of(v.locale);
  const { outcome, error } = v;
  if (outcome.kind === 'confirm') return renderConfirmation(v, outcome);
  if (outcome.kind === 'withdrawn')
    return html`<div id="outcome" class="cc-alert" part="outcome" tabindex="-1">${t.withdrawn}</div>`;
  if (outcome.kind === 'withdraw') {
    const receipt = { id: outcome.id, deleteToken: outcome.token };
    return html`<div id="outcome" class="cc-alert" data-tone="warning" part="outcome" tabindex="-1">
      <p>${outcome.gone ? t.withdrawGone : t.withdrawAsk}</p>
      ${outcome.gone ? nothing : html`<button type="button" class="cc-button" @click=${() => v.withdraw(receipt)}>${t.withdraw}</button>`}
      ${error ? renderApiError(error, v.locale, () => v.withdraw(receipt)) : nothing}
    </div>`;
  }
  if (outcome.paper)
    return html`<div id="outcome" class="cc-alert" data-tone="success" part="outcome" tabindex="-1">
      <p>${v.t.paperSaved}</p>
      <button type="button" class="cc-button" @click=${v.again}>${t.nextPaper}</button></div>`;
  const { receipt } = outcome;
  return html`<div id="outcome" class="outcome" part="outcome" tabindex="-1" aria-labelledby="outcome-title">
    ${
      receipt.confirmationSentTo
        ? html`<p id="outcome-title" class="cc-alert" data-tone="warning"><strong>${v.t.confirmTitle}</strong><br>${v.t.confirmSent(receipt.confirmationSentTo)}</p>`
        : html`<p id="outcome-title" class="cc-alert" data-tone="success"><strong>${v.t.thanksTitle}</strong><br>${t.thanksText}</p>`
    }
    ${renderAnswers({ ...v, level: v.level + 1 }, outcome.state)}
    <label for="withdraw-url">${t.withdrawLink}</label>
    <div class="copy"><input id="withdraw-url" readonly .value=${v.withdrawUrl(receipt)}></div>
    <div class="actions">
      <button type="button" class="cc-button" @click=${() => window.print()}>${t.print}</button>
      <button type="button" class="cc-button" data-variant="secondary" @click=${() => v.withdraw(receipt)}>${t.withdraw}</button>
    </div>
    ${error ? renderApiError(error, v.locale, () => v.withdraw(receipt)) : nothing}
  </div>`;
}
