/**
 * What changed between two versions of a questionnaire, question by question (the history's diff, and what a
 * territory's fork is told when the shared template publishes), and what a fork may not change: the template's
 * questions marked `core`, whose ids and meaning (type, possible answers) make answers comparable across territories.
 * Without zod.
 */
import type { Question, QuestionnaireInput } from './questionnaire.js';
import { questionsOf } from './questionnaire-rules.js';

type Definition = Pick<QuestionnaireInput, 'pages'>;

/** The parts of a question a change can touch, in the words of a diff. */
export const QUESTION_PARTS = [
  'type',
  'label',
  'hint',
  'required',
  'options',
  'constraints',
  'condition',
  'page',
] as const;
export type QuestionPart = (typeof QUESTION_PARTS)[number];

export interface QuestionnaireDiff {
  added: string[];
  removed: string[];
  changed: { id: string; parts: QuestionPart[] }[];
  /** Questions whose place changed (page or order), not otherwise changed. */
  moved: string[];
}

/** JSON with object keys sorted: a definition read back from storage may list a question's keys in another order. */
const canonical = (v: unknown): string =>
  JSON.stringify(v ?? null, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** The possible answers of a question, as values (labels are wording, values are meaning). */
export function answerValues(q: Question): unknown {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'dropdown':
    case 'ranking':
      return { options: q.options.map((o) => o.value), other: 'other' in q ? !!q.other : false };
    case 'matrix':
      return { rows: q.rows.map((r) => r.value), columns: q.columns.map((c) => c.value) };
    case 'scale':
      return { min: q.min, max: q.max };
    default:
      return null;
  }
}

const optionWords = (q: Question) =>
  'options' in q
    ? q.options.map((o) => o.label)
    : q.type === 'matrix'
      ? [...q.rows.map((r) => r.label), ...q.columns.map((c) => c.label)]
      : null;

const constraints = (q: Question) => {
  const {
    id: _i,
    type: _t,
    label: _l,
    hint: _h,
    required: _r,
    core: _c,
    showIf: _s,
    ...rest
  } = q as Question & Record<string, unknown>;
  const { options: _o, rows: _rw, columns: _cl, ...others } = rest;
  return others;
};

/** What changed from `before` to `after`. */
export function questionnaireDiff(before: Definition, after: Definition): QuestionnaireDiff {
  const a = new Map(questionsOf(before).map((x, i) => [x.question.id, { ...x, i }]));
  const b = new Map(questionsOf(after).map((x, i) => [x.question.id, { ...x, i }]));
  const diff: QuestionnaireDiff = { added: [], removed: [], changed: [], moved: [] };
  for (const id of b.keys()) if (!a.has(id)) diff.added.push(id);
  for (const id of a.keys()) if (!b.has(id)) diff.removed.push(id);
  const order = (m: typeof a) => [...m.keys()].filter((id) => a.has(id) && b.has(id));
  const beforeOrder = order(a);
  const afterOrder = order(b);
  for (const [id, x] of a) {
    const y = b.get(id);
    if (!y) continue;
    const p: QuestionPart[] = [];
    const [q, r] = [x.question, y.question];
    if (q.type !== r.type) p.push('type');
    if (q.label !== r.label) p.push('label');
    if (!same(q.hint, r.hint)) p.push('hint');
    if (!!q.required !== !!r.required) p.push('required');
    if (!same(answerValues(q), answerValues(r)) || !same(optionWords(q), optionWords(r)))
      p.push('options');
    if (!same(constraints(q), constraints(r))) p.push('constraints');
    if (!same(q.showIf, r.showIf)) p.push('condition');
    if (x.page.id !== y.page.id) p.push('page');
    if (p.length) diff.changed.push({ id, parts: p });
    else if (beforeOrder.indexOf(id) !== afterOrder.indexOf(id)) diff.moved.push(id);
  }
  return diff;
}

export type ForkIssueCode = 'coreRemoved' | 'coreChanged';
export interface ForkIssue {
  /** The template's question. */
  at: string;
  code: ForkIssueCode;
}

/**
 * What a territory's version does to the template's core questions: each must still be there, with the same type and
 * the same possible answers (its wording, hint, place and condition are the territory's).
 */
export function forkIssues(template: Definition, fork: Definition): ForkIssue[] {
  const mine = new Map(questionsOf(fork).map(({ question }) => [question.id, question]));
  const issues: ForkIssue[] = [];
  for (const { question: core } of questionsOf(template)) {
    if (!core.core) continue;
    const q = mine.get(core.id);
    if (!q) issues.push({ at: core.id, code: 'coreRemoved' });
    else if (q.type !== core.type || !same(answerValues(q), answerValues(core)))
      issues.push({ at: core.id, code: 'coreChanged' });
  }
  return issues;
}

/** One change of the template a territory's version has not taken in yet. */
export interface PendingChange {
  id: string;
  kind: 'added' | 'removed' | 'changed';
  parts: QuestionPart[];
  /** A core question of the template: its meaning must follow for answers to stay comparable. */
  core: boolean;
}

/**
 * The template's changes (`changes`, from the version adapted to `latest`) still missing in `fork`: an added question
 * not there, a removed one still there, a changed one that does not read as the template's now.
 */
export function pendingChanges(
  fork: Definition,
  latest: Definition,
  changes: Pick<QuestionnaireDiff, 'added' | 'removed' | 'changed'>,
): PendingChange[] {
  const mine = new Map(questionsOf(fork).map(({ question }) => [question.id, question]));
  const theirs = new Map(questionsOf(latest).map(({ question }) => [question.id, question]));
  const pending: PendingChange[] = [];
  for (const id of changes.added)
    if (!mine.has(id)) pending.push({ id, kind: 'added', parts: [], core: !!theirs.get(id)?.core });
  for (const id of changes.removed)
    if (mine.has(id)) pending.push({ id, kind: 'removed', parts: [], core: !!mine.get(id)?.core });
  for (const { id, parts } of changes.changed) {
    const [q, t] = [mine.get(id), theirs.get(id)];
    if (q && t && !same(q, t)) pending.push({ id, kind: 'changed', parts, core: !!t.core });
  }
  return pending;
}

/**
 * `fork` with one template change taken in: the template's question added (after the question it follows in the
 * template, else at the end of the page of the same id, else of the last page), removed, or replaced by the
 * template's; the fork then records the template version it follows.
 */
export function takeChange<D extends Definition & { basedOn?: { id: string; version: number } }>(
  fork: D,
  latest: Definition,
  change: PendingChange,
  toVersion: number,
): D {
  const next = structuredClone(fork);
  if (next.basedOn) next.basedOn = { ...next.basedOn, version: toVersion };
  const strip = (d: D) => {
    for (const p of d.pages) p.items = p.items.filter((i) => i.id !== change.id);
  };
  if (change.kind === 'removed') {
    strip(next);
    return next;
  }
  const found = latest.pages
    .map((p) => ({ page: p, index: p.items.findIndex((i) => i.id === change.id) }))
    .find((x) => x.index >= 0);
  if (!found) return next;
  const item = structuredClone(found.page.items[found.index]!);
  if (change.kind === 'changed') {
    for (const p of next.pages) p.items = p.items.map((i) => (i.id === change.id ? item : i));
    return next;
  }
  const previous = found.page.items[found.index - 1]?.id;
  const after = previous
    ? next.pages.find((p) => p.items.some((i) => i.id === previous))
    : undefined;
  if (after) after.items.splice(after.items.findIndex((i) => i.id === previous) + 1, 0, item);
  else (next.pages.find((p) => p.id === found.page.id) ?? next.pages.at(-1)!).items.push(item);
  return next;
}
