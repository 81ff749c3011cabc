/**
 * A questionnaire's results counted in JavaScript, without zod: what the memory adapter serves, and the count by hand
 * the server's SQL is tested against. Same shape, same suppression of small groups (« moins de 5 »).
 */
import type { Answer, Answers, Question, QuestionnaireInput } from './questionnaire.js';
import type {
  QuestionResult,
  QuestionnaireResults,
  ResultsQuery,
} from './questionnaire-results.js';
import { OTHER_CHOICE } from './constants.js';
import { questionsOf } from './questionnaire-rules.js';

export interface StoredResponse {
  version: number;
  submittedAt: string;
  paper?: boolean;
  answers: Answers;
  others?: Record<string, string>;
}

const SCALAR = new Set(['single', 'dropdown', 'yesno', 'scale', 'number']);
const FREE_TEXT = new Set(['text', 'textarea']);
const round = (n: number) => Math.round(n * 100) / 100;

/** The value a filter or a count reads: yes / no for booleans, a number as text. */
const asText = (a: Answer): string =>
  typeof a === 'boolean'
    ? a
      ? 'yes'
      : 'no'
    : typeof a === 'object'
      ? JSON.stringify(a)
      : String(a);

/** Whether a response's answer to `question` is (or, for a list, contains) `answer`. */
function holds(a: Answer | undefined, answer: string): boolean {
  if (a === undefined) return false;
  return Array.isArray(a) ? a.includes(answer) : typeof a !== 'object' && asText(a) === answer;
}

export function aggregateResults(
  def: Pick<QuestionnaireInput, 'pages'>,
  responses: StoredResponse[],
  f: ResultsQuery,
  o: { questionnaireId: string; version: number; drafts: number; organiser: boolean },
): QuestionnaireResults {
  const threshold = f.threshold;
  const shown = (n: number) => (n >= threshold ? n : null);
  const byVersion = new Map<number, { answers: number; paper: number }>();
  for (const r of responses) {
    const v = byVersion.get(r.version) ?? { answers: 0, paper: 0 };
    v.answers++;
    if (r.paper) v.paper++;
    byVersion.set(r.version, v);
  }
  const to =
    f.to && new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const kept = responses.filter(
    (r) =>
      (f.version === undefined || r.version === f.version) &&
      (!f.from || r.submittedAt >= f.from) &&
      (!to || r.submittedAt < to) &&
      (f.question === undefined || holds(r.answers[f.question], f.answer ?? '')),
  );
  const base = {
    questionnaireId: o.questionnaireId,
    version: o.version,
    threshold,
    versions: [...byVersion]
      .sort(([a], [b]) => a - b)
      .map(([version, v]) => ({
        version,
        answers: shown(v.answers),
        paper: v.paper ? shown(v.paper) : 0,
      })),
    drafts: shown(o.drafts),
  };
  if (kept.length < threshold) return { ...base, total: null, questions: [] };
  // Newest first, as the server lists texts.
  const newest = [...kept].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  const questions = questionsOf(def).map(({ question }) => question);
  return {
    ...base,
    total: kept.length,
    questions: questions.map((q) => resultOf(q, newest, shown, threshold, o.organiser)),
  };
}

function resultOf(
  q: Question,
  kept: StoredResponse[],
  shown: (n: number) => number | null,
  threshold: number,
  organiser: boolean,
): QuestionResult {
  const given = kept.map((r) => r.answers[q.id]).filter((a): a is Answer => a !== undefined);
  const result: QuestionResult = { id: q.id, type: q.type, answered: shown(given.length) };
  if (SCALAR.has(q.type) || q.type === 'multiple') {
    const counts = new Map<string, number>();
    for (const a of given)
      for (const v of Array.isArray(a) ? a : [asText(a)]) counts.set(v, (counts.get(v) ?? 0) + 1);
    const offered =
      q.type === 'yesno'
        ? ['yes', 'no']
        : q.type === 'scale'
          ? Array.from({ length: q.max - q.min + 1 }, (_, k) => String(q.min + k))
          : 'options' in q
            ? [...q.options.map((x) => x.value), ...('other' in q && q.other ? [OTHER_CHOICE] : [])]
            : [...counts.keys()].sort((a, b) => Number(a) - Number(b));
    result.counts = offered.map((value) => ({ value, count: shown(counts.get(value) ?? 0) }));
    if (q.type === 'scale' || q.type === 'number') {
      const values = given.filter((a): a is number => typeof a === 'number').sort((a, b) => a - b);
      const n = values.length;
      result.stats =
        n >= threshold
          ? {
              mean: round(values.reduce((s, v) => s + v, 0) / n),
              median: n % 2 ? values[(n - 1) / 2]! : (values[n / 2 - 1]! + values[n / 2]!) / 2,
              min: values[0]!,
              max: values[n - 1]!,
            }
          : null;
    }
  }
  if (q.type === 'matrix')
    result.cells = q.rows.flatMap((r) =>
      q.columns.map((c) => ({
        row: r.value,
        column: c.value,
        count: shown(
          given.filter((a) => (a as Record<string, string>)[r.value] === c.value).length,
        ),
      })),
    );
  if (q.type === 'ranking')
    result.ranks = q.options.map((option) => {
      const places = given
        .filter(Array.isArray)
        .map((a) => a.indexOf(option.value))
        .filter((i) => i >= 0);
      return {
        value: option.value,
        average:
          places.length >= threshold
            ? round(places.reduce((s, i) => s + i + 1, 0) / places.length)
            : null,
        count: shown(places.length),
      };
    });
  if (organiser) {
    const texts = FREE_TEXT.has(q.type)
      ? given.filter((a): a is string => typeof a === 'string')
      : 'other' in q && q.other
        ? kept.map((r) => r.others?.[q.id]).filter((t): t is string => t !== undefined)
        : [];
    if (texts.length) result.texts = texts;
  }
  return result;
}
