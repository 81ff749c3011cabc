/**
 * The rules of a questionnaire, without zod, shared by the server, the memory adapter and the element: which pages and
 * questions a resident's answers show and whether the answers fit the definition (whether a definition holds together
 * is questionnaire-definition-rules.ts: only authors and the server need it). Issues are codes naming the question;
 * questionnaire-wording*.ts puts them in words.
 */
import type {
  Answer,
  Answers,
  Condition,
  ConditionRule,
  Question,
  QuestionnaireInput,
  QuestionnaireItem,
  QuestionnairePage,
} from './questionnaire.js';
import { BLOCK_TYPES, OTHER_CHOICE, type QuestionType } from './constants.js';

type Definition = Pick<QuestionnaireInput, 'pages'>;

export const isQuestion = (item: QuestionnaireItem): item is Question =>
  !(BLOCK_TYPES as readonly string[]).includes(item.type);

/** Every question, in order, with its page. */
export function questionsOf(def: Definition): { page: QuestionnairePage; question: Question }[] {
  return def.pages.flatMap((page) =>
    page.items.filter(isQuestion).map((question) => ({ page, question })),
  );
}

/** Whether an answer says something: an empty text, list or table is no answer. */
export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === undefined || answer === '') return false;
  if (Array.isArray(answer)) return answer.length > 0;
  if (typeof answer === 'object') return Object.keys(answer).length > 0;
  return true;
}

/** yes/no answers compare as 'yes' / 'no', so a condition reads « est Oui ». */
const comparable = (a: Answer): string | number | string[] =>
  typeof a === 'boolean'
    ? a
      ? 'yes'
      : 'no'
    : typeof a === 'object' && !Array.isArray(a)
      ? Object.values(a)
      : a;

/** Whether one rule holds for the answers given so far. */
export function ruleHolds(rule: ConditionRule, answers: Answers): boolean {
  const given = answers[rule.question];
  if (rule.op === 'answered') return isAnswered(given);
  if (rule.op === 'notAnswered') return !isAnswered(given);
  if (!isAnswered(given)) return rule.op === 'notEquals';
  const a = comparable(given!);
  const wanted = Array.isArray(rule.value) ? rule.value : [rule.value];
  const values = Array.isArray(a) ? a : [a];
  switch (rule.op) {
    case 'equals':
      return values.length === 1 && String(values[0]) === String(rule.value);
    case 'notEquals':
      return !(values.length === 1 && String(values[0]) === String(rule.value));
    case 'oneOf':
      return values.some((v) => wanted.map(String).includes(String(v)));
    case 'contains': {
      const needle = String(rule.value ?? '').toLocaleLowerCase('fr');
      return values.some((v) =>
        typeof v === 'string' && !Array.isArray(a)
          ? v.toLocaleLowerCase('fr').includes(needle)
          : String(v) === String(rule.value),
      );
    }
    case 'greaterThan':
    case 'lessThan': {
      const n = Number(values[0]);
      const limit = Number(rule.value);
      if (!Number.isFinite(n) || !Number.isFinite(limit)) return false;
      return rule.op === 'greaterThan' ? n > limit : n < limit;
    }
  }
}

export const conditionHolds = (c: Condition | undefined, answers: Answers): boolean =>
  !c ||
  (c.match === 'all'
    ? c.rules.every((r) => ruleHolds(r, answers))
    : c.rules.some((r) => ruleHolds(r, answers)));

export interface Visibility {
  pages: Set<string>;
  items: Set<string>;
  /** The answers of the questions shown: a hidden question's answer counts for nothing and is dropped on submit. */
  answers: Answers;
}

/**
 * What the answers show, in order: a condition only looks back (questionnaire-rules checks the definition), so one
 * pass settles it, and a hidden question's answer is as if never given for the conditions after it.
 */
export function visibility(def: Definition, answers: Answers): Visibility {
  const shown: Visibility = { pages: new Set(), items: new Set(), answers: {} };
  for (const page of def.pages) {
    if (!conditionHolds(page.showIf, shown.answers)) continue;
    shown.pages.add(page.id);
    for (const item of page.items) {
      if (!conditionHolds(item.showIf, shown.answers)) continue;
      shown.items.add(item.id);
      const given = answers[item.id];
      if (isQuestion(item) && given !== undefined && isAnswered(given))
        shown.answers[item.id] = given;
    }
  }
  return shown;
}

export const ANSWER_ISSUE_CODES = [
  'required',
  'type',
  'number',
  'option',
  'other',
  'maxLength',
  'min',
  'max',
  'step',
  'email',
  'phone',
  'date',
  'minChoices',
  'maxChoices',
  'ranking',
  'matrix',
  'consent',
  'unknown',
  'hidden',
] as const;
export type AnswerIssueCode = (typeof ANSWER_ISSUE_CODES)[number];

export interface AnswerIssue {
  /** The question's id (the answer's key). */
  question: string;
  code: AnswerIssueCode;
  /** The bound broken (a length, a number, a date, a count). */
  limit?: string | number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 .()-]{5,24}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Default lengths when a question sets none. */
const MAX_LENGTH: Partial<Record<QuestionType, number>> = { text: 500, textarea: 5000 };

/** What is wrong with one answer to one question (empty when it is fine, or unanswered and optional). */
export function questionIssues(
  q: Question,
  answer: Answer | undefined,
  other?: string,
): AnswerIssue[] {
  const issue = (code: AnswerIssueCode, limit?: string | number): AnswerIssue[] => [
    { question: q.id, code, ...(limit === undefined ? {} : { limit }) },
  ];
  if (!isAnswered(answer))
    return q.required || q.type === 'consent'
      ? issue(q.type === 'consent' ? 'consent' : 'required')
      : [];
  const a = answer!;
  const values = (q as { options?: { value: string }[] }).options?.map((o) => o.value) ?? [];
  const offered = (v: string, other = false) => values.includes(v) || (other && v === OTHER_CHOICE);
  const needsOther = (v: string) => v === OTHER_CHOICE && !other?.trim();
  switch (q.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'date': {
      if (typeof a !== 'string') return issue('type');
      const max =
        q.type === 'text' || q.type === 'textarea' ? (q.maxLength ?? MAX_LENGTH[q.type]) : 254;
      if (a.length > max!) return issue('maxLength', max);
      if (q.type === 'email' && !EMAIL.test(a)) return issue('email');
      if (q.type === 'phone' && !PHONE.test(a)) return issue('phone');
      if (q.type === 'date') {
        if (!DATE.test(a) || Number.isNaN(Date.parse(a))) return issue('date');
        if (q.min && a < q.min) return issue('min', q.min);
        if (q.max && a > q.max) return issue('max', q.max);
      }
      return [];
    }
    case 'number':
    case 'scale': {
      if (typeof a !== 'number' || !Number.isFinite(a)) return issue('number');
      const { min, max } = q;
      if (min !== undefined && a < min) return issue('min', min);
      if (max !== undefined && a > max) return issue('max', max);
      const step = q.type === 'scale' ? 1 : q.step;
      if (step && Math.abs((a - (min ?? 0)) / step - Math.round((a - (min ?? 0)) / step)) > 1e-9)
        return issue('step', step);
      return [];
    }
    case 'single':
    case 'dropdown':
      if (typeof a !== 'string') return issue('type');
      if (!offered(a, q.type === 'single' && q.other)) return issue('option');
      return needsOther(a) ? issue('other') : [];
    case 'multiple': {
      if (!Array.isArray(a)) return issue('type');
      if (a.some((v) => !offered(v, q.other)) || new Set(a).size !== a.length)
        return issue('option');
      if (q.minChoices && a.length < q.minChoices) return issue('minChoices', q.minChoices);
      if (q.maxChoices && a.length > q.maxChoices) return issue('maxChoices', q.maxChoices);
      return a.some(needsOther) ? issue('other') : [];
    }
    case 'ranking':
      if (!Array.isArray(a)) return issue('type');
      return a.length === values.length && values.every((v) => a.includes(v))
        ? []
        : issue('ranking');
    case 'yesno':
      return typeof a === 'boolean' ? [] : issue('type');
    case 'consent':
      return a === true ? [] : issue('consent');
    case 'matrix': {
      if (typeof a !== 'object' || Array.isArray(a)) return issue('type');
      const rows = q.rows.map((r) => r.value);
      const columns = q.columns.map((c) => c.value);
      if (Object.entries(a).some(([r, c]) => !rows.includes(r) || !columns.includes(c)))
        return issue('option');
      return q.required && rows.some((r) => !(r in a)) ? issue('matrix') : [];
    }
  }
}

/**
 * What is wrong with a set of answers (every shown question, or one page's): required, types, options, bounds; and,
 * for a whole submission, answers to questions that do not exist or that the answers themselves hide.
 */
export function answerIssues(
  def: Definition,
  answers: Answers,
  others: Record<string, string> = {},
  pageId?: string,
): AnswerIssue[] {
  const shown = visibility(def, answers);
  const issues: AnswerIssue[] = [];
  const known = new Map(questionsOf(def).map(({ question }) => [question.id, question]));
  if (pageId === undefined)
    for (const id of Object.keys(answers)) {
      if (!known.has(id)) issues.push({ question: id, code: 'unknown' });
      else if (!shown.items.has(id) && isAnswered(answers[id]))
        issues.push({ question: id, code: 'hidden' });
    }
  for (const { page, question } of questionsOf(def)) {
    if (pageId !== undefined && page.id !== pageId) continue;
    if (!shown.pages.has(page.id) || !shown.items.has(question.id)) continue;
    issues.push(...questionIssues(question, answers[question.id], others[question.id]));
  }
  return issues;
}
