// A charte as it reads: the library's clauses that its kind and its answers call for, in section order, each variable
// filled with its answer, the council's own wording and clauses in place, the articles numbered. One function for the
// builder's live preview, <cc-charte>, the exports and the server's checks, so they never disagree.
import type { Locale } from './primitives.js';
import type { Answer, Answers, Question, QuestionnairePage } from './questionnaire.js';
import { conditionHolds, isQuestion, visibility } from './questionnaire-rules.js';
import { CHARTE_SECTIONS, isHeadSection } from './charte-constants.js';
import type {
  CharteText,
  CharteInput,
  CharteLibrary,
  CharteClause,
  CharteSection,
  ClauseSource,
} from './charte.js';

type Editable = Pick<
  CharteInput,
  'kind' | 'answers' | 'clauses' | 'own' | 'sectionOrder' | 'articleOrder'
>;

export interface CharteArticle {
  /** 1, 2, 3… across the whole document. */
  number: number;
  /** The library clause's id, or the council's own clause's. */
  id: string;
  title: string;
  /** With every variable filled; a missing one reads « [Nombre de membres] ». */
  text: string;
  locked: boolean;
  /** Written by the council itself. */
  own: boolean;
  /** The library's wording was changed by the council. */
  changed: boolean;
  source?: ClauseSource;
  /** The step whose answers produced it (its variant, its condition or its first variable). */
  step?: string;
}

export interface CharteSectionView {
  section: CharteSection;
  articles: CharteArticle[];
}

export interface AssembledCharte {
  sections: CharteSectionView[];
  /** Questions whose answer a clause needs and does not have, in step order. */
  missing: string[];
}

const PLACEHOLDER = /\{\{([a-z0-9_-]+)\}\}/g;

const stepQuestions = (steps: QuestionnairePage[]) =>
  new Map(
    steps.flatMap((page) =>
      page.items.filter(isQuestion).map((q) => [q.id, { page: page.id, question: q }] as const),
    ),
  );

/** An answer in words, as it goes into a sentence: an option's label, « oui » / « non », a date in full. */
export function answerWords(question: Question, answer: Answer, locale: Locale): string {
  if (typeof answer === 'boolean')
    return locale === 'fr' ? (answer ? 'oui' : 'non') : answer ? 'yes' : 'no';
  const options = 'options' in question ? question.options : undefined;
  if (options) {
    const label = (v: string) => options.find((o) => o.value === v)?.label ?? v;
    if (Array.isArray(answer)) return answer.map(label).join(', ');
    if (typeof answer === 'string') return label(answer);
  }
  if (question.type === 'date' && typeof answer === 'string')
    return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${answer}T00:00:00Z`));
  if (question.type === 'number' && typeof answer === 'number')
    return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB').format(answer);
  if (typeof answer === 'object') return Object.values(answer).join(', ');
  return String(answer);
}

/** A library clause as the builder lists it: its wording, the council's, and whether it may be changed or left out. */
export interface ClauseView {
  clause: CharteClause;
  /** The library's wording for this charte (the variant its answers chose), `{{variables}}` unfilled. */
  wording: string;
  /** The council's own wording, when it changed it. */
  own?: string;
  removed: boolean;
  /** The step whose answers produced it, if any. */
  step?: string;
  /** Why it cannot be left out: it restates the law, or every charte of its kind needs it. */
  kept?: 'locked' | 'required';
}

/** The step (page id) that asks each question of the library. */
export function stepOfQuestion(library: CharteLibrary): Map<string, string> {
  return new Map([...stepQuestions(library.steps)].map(([id, { page }]) => [id, page]));
}

/** The library's wording a charte starts from for `clause`: the variant its answers chose, else the clause's body. */
export function libraryWording(clause: CharteClause, answers: Editable['answers']): string {
  const picked = clause.variantFrom
    ? clause.variants?.find((v) => v.id === answers[clause.variantFrom!])
    : undefined;
  return picked?.body ?? clause.body;
}

/** The library clauses this charte's kind and answers call for, in section order, those left out included. */
export function clauseViews(library: CharteLibrary, charte: Editable): ClauseView[] {
  const answers = visibility({ pages: library.steps }, charte.answers).answers;
  const choices = new Map((charte.clauses ?? []).map((c) => [c.clauseId, c]));
  const steps = stepOfQuestion(library);
  const views: ClauseView[] = [];
  for (const clause of library.clauses) {
    if (!clause.kinds.includes(charte.kind) || !conditionHolds(clause.showIf, answers)) continue;
    const choice = choices.get(clause.id);
    const wording = libraryWording(clause, answers);
    const asked = [
      clause.variantFrom,
      ...(clause.showIf?.rules.map((r) => r.question) ?? []),
      ...[...wording.matchAll(PLACEHOLDER)].map((m) => m[1]),
    ];
    const step = asked.map((id) => (id ? steps.get(id) : undefined)).find(Boolean);
    views.push({
      clause,
      wording,
      ...(!clause.locked && choice?.body !== undefined ? { own: choice.body } : {}),
      removed: !!choice?.removed && !!clause.optional && !clause.locked,
      ...(step ? { step } : {}),
      ...(clause.locked
        ? { kept: 'locked' as const }
        : !clause.optional
          ? { kept: 'required' as const }
          : {}),
    });
  }
  const order = (s: CharteSection) => CHARTE_SECTIONS.indexOf(s);
  return views.sort((a, b) => order(a.clause.section) - order(b.clause.section));
}

/**
 * `defaults` in the council's `order`: the items it lists come in its order; one it does not list (a clause that a
 * later answer brings in) keeps its place right after the item it follows by default.
 */
export function councilOrder<T>(defaults: readonly T[], order: readonly T[] | undefined): T[] {
  if (!order?.length) return [...defaults];
  const listed = order.filter((x, i) => defaults.includes(x) && order.indexOf(x) === i);
  const out = [...listed];
  defaults.forEach((x, i) => {
    if (listed.includes(x)) return;
    const before = i === 0 ? -1 : out.indexOf(defaults[i - 1]!);
    out.splice(before + 1, 0, x);
  });
  return out;
}

/**
 * The plan of the charte: its sections in the council's order, and in each the ids of its articles (library clauses,
 * those left out included, then the council's own) in the council's order. The builder lists and moves them by it;
 * assembleCharte() numbers them by it.
 */
export function chartePlan(
  library: CharteLibrary,
  charte: Editable,
  views: ClauseView[] = clauseViews(library, charte),
): { section: CharteSection; ids: string[] }[] {
  const bySection = new Map<CharteSection, string[]>();
  const add = (section: CharteSection, id: string) =>
    bySection.set(section, [...(bySection.get(section) ?? []), id]);
  for (const v of views) add(v.clause.section, v.clause.id);
  for (const o of charte.own ?? []) add(o.section, o.id);
  const present = CHARTE_SECTIONS.filter((s) => bySection.has(s));
  const movable = councilOrder(
    present.filter((s) => !isHeadSection(s)),
    charte.sectionOrder,
  );
  return [...present.filter(isHeadSection), ...movable].map((section) => ({
    section,
    ids: isHeadSection(section)
      ? bySection.get(section)!
      : councilOrder(bySection.get(section)!, charte.articleOrder),
  }));
}

export function assembleCharte(
  library: CharteLibrary,
  charte: Editable,
  locale: Locale = 'fr',
): AssembledCharte {
  const questions = stepQuestions(library.steps);
  // Only answers to questions still asked count (a hidden question's answer is dropped, as in a questionnaire).
  const answers: Answers = visibility({ pages: library.steps }, charte.answers).answers;
  const missing = new Set<string>();
  const fill = (body: string) =>
    body.replace(PLACEHOLDER, (_, id: string) => {
      const known = questions.get(id);
      const given = answers[id];
      if (!known || given === undefined || given === '') {
        missing.add(id);
        return `[${known?.question.label ?? id}]`;
      }
      return answerWords(known.question, given, locale);
    });

  const byId = new Map<string, Omit<CharteArticle, 'number'>>();
  const views = clauseViews(library, charte);
  for (const view of views) {
    // A locked or required clause is never left out, whatever a document says (the server refuses it anyway).
    if (view.removed) continue;
    const { clause } = view;
    byId.set(clause.id, {
      id: clause.id,
      title: clause.title,
      text: fill(view.own ?? view.wording),
      locked: clause.locked,
      own: false,
      changed: view.own !== undefined && view.own !== view.wording,
      ...(clause.source ? { source: clause.source } : {}),
      ...(view.step ? { step: view.step } : {}),
    });
  }
  for (const own of charte.own ?? [])
    byId.set(own.id, {
      id: own.id,
      title: own.title,
      text: fill(own.body),
      locked: false,
      own: true,
      changed: false,
    });
  let n = 0;
  const sections = chartePlan(library, charte, views)
    .map(({ section, ids }) => ({
      section,
      articles: ids.flatMap((id) => {
        const a = byId.get(id);
        return a ? [{ ...a, number: ++n }] : [];
      }),
    }))
    .filter((s) => s.articles.length > 0);
  const order = [...questions.keys()];
  return { sections, missing: order.filter((id) => missing.has(id)) };
}

/** A version as it reads (`CharteText`): its text as adopted, or for a draft the library's clauses assembled now. */
export function charteText(
  library: CharteLibrary,
  id: string,
  version: number,
  charte: CharteInput,
  locale: Locale = 'fr',
): CharteText {
  return {
    id,
    version,
    title: charte.title,
    kind: charte.kind,
    status: charte.status,
    ...(charte.adoption ? { adoption: charte.adoption } : {}),
    sections: charte.adoptedText?.sections ?? assembleCharte(library, charte, locale).sections,
  };
}

/** What a charte's own choices get wrong: a locked clause changed or left out, a required one left out, an unknown one. */
export interface CharteIssue {
  code: 'unknown_clause' | 'locked_changed' | 'locked_removed' | 'required_removed';
  clause: string;
}

export function charteIssues(
  library: CharteLibrary,
  charte: Pick<CharteInput, 'clauses'>,
): CharteIssue[] {
  const clauses = new Map(library.clauses.map((c) => [c.id, c]));
  const issues: CharteIssue[] = [];
  for (const choice of charte.clauses ?? []) {
    const clause = clauses.get(choice.clauseId);
    if (!clause) issues.push({ code: 'unknown_clause', clause: choice.clauseId });
    else if (clause.locked && choice.removed)
      issues.push({ code: 'locked_removed', clause: clause.id });
    else if (clause.locked && choice.body !== undefined)
      issues.push({ code: 'locked_changed', clause: clause.id });
    else if (choice.removed && !clause.optional)
      issues.push({ code: 'required_removed', clause: clause.id });
  }
  return issues;
}
