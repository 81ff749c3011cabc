// Each answer in words, for the summary after sending and for printing: what the resident chose, never a code.
import type { Answer, Locale, Question } from '@conseils-citoyens/schemas';
import { OTHER_CHOICE } from '@conseils-citoyens/schemas/constants.js';
import { formatDate } from '@conseils-citoyens/core/i18n/locale.js';
import type { QuestionnaireStrings } from '../translations/fr.js';
import { scalar } from '@conseils-citoyens/core/form/questions/answer-state.js';

const labelIn = (options: { value: string; label: string }[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value;

/** One answer as the resident would say it; undefined when unanswered. */
export function answerText(
  q: Question,
  answer: Answer | undefined,
  other: string | undefined,
  t: QuestionnaireStrings,
  locale: Locale,
): string | undefined {
  if (answer === undefined || answer === '') return undefined;
  const choice = (v: string, options: { value: string; label: string }[]) =>
    v === OTHER_CHOICE ? `${t.other} : ${other ?? ''}` : labelIn(options, v);
  const number = (n: number) => n.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB');
  switch (q.type) {
    case 'single':
    case 'dropdown':
      return choice(scalar(answer), q.options);
    case 'multiple':
      return (answer as string[]).map((v) => choice(v, q.options)).join(' ; ');
    case 'ranking':
      return (answer as string[]).map((v, i) => `${i + 1}. ${labelIn(q.options, v)}`).join(' ; ');
    case 'matrix':
      return Object.entries(answer as Record<string, string>)
        .map(([row, col]) => `${labelIn(q.rows, row)} : ${labelIn(q.columns, col)}`)
        .join(' ; ');
    case 'yesno':
    case 'consent':
      return answer ? t.yes : t.no;
    case 'number':
      return typeof answer === 'number'
        ? `${number(answer)}${q.unit ? ` ${q.unit}` : ''}`
        : scalar(answer);
    case 'scale':
      return `${number(answer as number)} / ${q.max}`;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(scalar(answer))
        ? formatDate(`${scalar(answer)}T12:00:00Z`, locale, { dateStyle: 'long' })
        : scalar(answer);
    default:
      return scalar(answer);
  }
}
