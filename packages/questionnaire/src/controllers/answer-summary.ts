// The answers as sent, in words, after « Envoyer »: loaded on demand (most of a visit never needs it).
import { html, type TemplateResult } from 'lit';
import type { Locale, QuestionnaireInput } from '@conseils-citoyens/schemas';
import { isQuestion, visibility } from '@conseils-citoyens/schemas/questionnaire-rules.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import type { QuestionnaireStrings } from '../translations/fr.js';
import type { AnswerState } from './answers.js';
import { answerText } from './answer-text.js';

/** Every question the answers showed, with its answer or « Sans réponse ». */
export function renderAnswers(
  q: Pick<QuestionnaireInput, 'pages'>,
  state: AnswerState,
  level: number,
  t: QuestionnaireStrings,
  locale: Locale,
): TemplateResult {
  const shown = visibility(q, state.answers);
  const questions = q.pages
    .filter((p) => shown.pages.has(p.id))
    .flatMap((p) => p.items.filter(isQuestion).filter((i) => shown.items.has(i.id)));
  return html`${heading(level, t.yourAnswers, { class: 'page-heading' })}
    <dl class="answers">${questions.map(
      (item) =>
        html`<div><dt>${item.label}</dt><dd>${answerText(item, state.answers[item.id], state.others[item.id], t, locale) ?? t.notAnswered}</dd></div>`,
    )}</dl>`;
}
