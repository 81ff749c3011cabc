// What the resident typed or chose, kept apart from any rendering: one control's value → the question's answer, the
// answers as the API takes them, and each answer in words for the summary.
import type { Answer, Answers, Question, QuestionnaireInput } from '@conseils-citoyens/schemas';
import { OTHER_CHOICE } from '@conseils-citoyens/schemas/constants.js';
import { visibility } from '@conseils-citoyens/schemas/questionnaire-rules.js';

/** Everything typed so far: answers by question, « Autre » texts, and numbers as typed (« 2,5 »). */
export interface AnswerState {
  answers: Answers;
  others: Record<string, string>;
  /** A number field's text, kept as typed so nothing is lost when it is not (yet) a number. */
  typed: Record<string, string>;
}

export const emptyState = (): AnswerState => ({ answers: {}, others: {}, typed: {} });

/** A one-value answer as text ('' for a list, a table or nothing). */
export const scalar = (a: Answer | undefined): string =>
  typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean' ? String(a) : '';

/** « 2,5 », « 2.5 », « 1 000 » → 2.5, 2.5, 1000; anything else stays text (and the rules say it is not a number). */
export function numberFrom(text: string): number | string | undefined {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (t === '') return undefined;
  return /^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
}

const without = <T extends object>(record: T, key: string): T => {
  const { [key]: _, ...rest } = record as Record<string, unknown>;
  return rest as T;
};

/** The state once `control` (named `<id>`, `<id>:other` or `<id>:<row>`) has changed. */
export function readControl(
  q: Question,
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  state: AnswerState,
): AnswerState {
  const suffix = control.name.slice(q.id.length + 1);
  const set = (answer: Answer | undefined): AnswerState => ({
    ...state,
    answers:
      answer === undefined ? without(state.answers, q.id) : { ...state.answers, [q.id]: answer },
  });
  const value = control.value;
  const checked = control instanceof HTMLInputElement && control.checked;
  if (suffix === 'other') return { ...state, others: { ...state.others, [q.id]: value } };
  switch (q.type) {
    case 'number': {
      const n = numberFrom(value);
      return { ...set(n), typed: { ...state.typed, [q.id]: value } };
    }
    case 'scale':
      return set(Number(value));
    case 'yesno':
      return set(value === 'yes');
    case 'consent':
      return set(checked || undefined);
    case 'multiple': {
      const now = (state.answers[q.id] as string[] | undefined) ?? [];
      const next = checked
        ? [...now.filter((v) => v !== value), value]
        : now.filter((v) => v !== value);
      // Kept in the order of the options, whatever the order of the clicks.
      const order = [...q.options.map((o) => o.value), OTHER_CHOICE];
      return set(
        next.length ? next.sort((a, b) => order.indexOf(a) - order.indexOf(b)) : undefined,
      );
    }
    case 'matrix': {
      const rows = {
        ...((state.answers[q.id] as Record<string, string> | undefined) ?? {}),
        [suffix]: value,
      };
      return set(rows);
    }
    case 'ranking':
      // The « Cet ordre me convient » box: the order shown becomes the answer, or stops being one.
      return set(checked ? rankingOrder(q, state) : undefined);
    default:
      return set(value === '' ? undefined : value);
  }
}

/** The order a ranking shows: the resident's, else the options'. */
export function rankingOrder(q: Question & { type: 'ranking' }, state: AnswerState): string[] {
  const given = state.answers[q.id];
  return Array.isArray(given) && given.length === q.options.length
    ? given
    : q.options.map((o) => o.value);
}

/** Moves one item of a ranking by `delta` places; moving is answering. */
export function move(
  q: Question & { type: 'ranking' },
  state: AnswerState,
  value: string,
  delta: number,
): AnswerState {
  const order = [...rankingOrder(q, state)];
  const from = order.indexOf(value);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return state;
  order.splice(to, 0, ...order.splice(from, 1));
  return { ...state, answers: { ...state.answers, [q.id]: order } };
}

/** Texts without their surrounding spaces; a blank text is no answer. */
export function trimmed(answers: Answers): Answers {
  const out: Answers = {};
  for (const [id, a] of Object.entries(answers)) {
    const value = typeof a === 'string' ? a.trim() : a;
    if (value !== '') out[id] = value;
  }
  return out;
}

/**
 * The body to send: only the questions the answers show (a hidden question's answer is dropped), texts trimmed,
 * and « Autre » texts only where « Autre » is chosen.
 */
export function toSubmission(
  def: Pick<QuestionnaireInput, 'pages'>,
  state: AnswerState,
): { answers: Answers; others?: Record<string, string> } {
  const { answers } = visibility(def, trimmed(state.answers));
  const others = Object.fromEntries(
    Object.entries(state.others)
      .map(([id, text]) => [id, text.trim()] as const)
      .filter(([id, text]) => {
        const a = answers[id];
        return text && (a === OTHER_CHOICE || (Array.isArray(a) && a.includes(OTHER_CHOICE)));
      }),
  );
  return Object.keys(others).length ? { answers, others } : { answers };
}
