// What the charte builder changes in a charte, as pure functions on its data: a clause's wording (unlocked only),
// leaving an optional clause out and putting it back, the council's own clauses (added, rewritten, removed), and the
// order of the articles within their section and of the sections after the preamble and the principles. Each returns
// a new charte; the rules of charteIssues() hold after every one of them.
import type { CharteInput, CharteLibrary, CharteSection, OwnClause } from './charte.js';
import { chartePlan, councilOrder, libraryWording, stepOfQuestion } from './charte-assemble.js';
import { MOVABLE_SECTIONS, isHeadSection } from './charte-constants.js';
import { ownId } from './own-id.js';

type Editable = Pick<
  CharteInput,
  'kind' | 'answers' | 'clauses' | 'own' | 'sectionOrder' | 'articleOrder'
>;

/** The charte with `clauseId`'s choice replaced (a choice that changes nothing is dropped). */
function withChoice<T extends Editable>(
  charte: T,
  clauseId: string,
  change: { body?: string | undefined; removed?: boolean },
): T {
  const others = (charte.clauses ?? []).filter((c) => c.clauseId !== clauseId);
  const now = (charte.clauses ?? []).find((c) => c.clauseId === clauseId);
  const body = 'body' in change ? change.body : now?.body;
  const removed = 'removed' in change ? change.removed : now?.removed;
  const choice = {
    clauseId,
    ...(body !== undefined ? { body } : {}),
    ...(removed ? { removed: true as const } : {}),
  };
  const clauses = body !== undefined || removed ? [...others, choice] : others;
  return { ...charte, clauses };
}

/**
 * The council's wording for an unlocked clause. The library's own wording (or a blank) puts the library's back, so a
 * charte only stores what differs. A locked clause is never changed.
 */
export function setClauseText<T extends Editable>(
  library: CharteLibrary,
  charte: T,
  clauseId: string,
  text: string,
): T {
  const clause = library.clauses.find((c) => c.id === clauseId);
  if (!clause || clause.locked) return charte;
  const wording = libraryWording(clause, charte.answers);
  const body = text.trim() === '' || text.trim() === wording.trim() ? undefined : text;
  return withChoice(charte, clauseId, { body });
}

/** Leaves an optional clause out, or puts it back; a locked or required one stays. */
export function setClauseRemoved<T extends Editable>(
  library: CharteLibrary,
  charte: T,
  clauseId: string,
  removed: boolean,
): T {
  const clause = library.clauses.find((c) => c.id === clauseId);
  if (!clause || clause.locked || !clause.optional) return charte;
  return withChoice(charte, clauseId, { removed });
}

/** Ids no clause of the library nor of the council uses. */
const takenIds = (library: CharteLibrary, charte: Editable) =>
  new Set([...library.clauses.map((c) => c.id), ...(charte.own ?? []).map((o) => o.id)]);

/** Adds a clause the council wrote, at the end of its section; its id comes from its title. */
export function addOwnClause<T extends Editable>(
  library: CharteLibrary,
  charte: T,
  clause: Omit<OwnClause, 'id'>,
): { charte: T; id: string } {
  const id = ownId(clause.title, takenIds(library, charte), 'article');
  return { charte: { ...charte, own: [...(charte.own ?? []), { id, ...clause }] }, id };
}

export function updateOwnClause<T extends Editable>(
  charte: T,
  id: string,
  change: Partial<Pick<OwnClause, 'title' | 'body'>>,
): T {
  return { ...charte, own: (charte.own ?? []).map((o) => (o.id === id ? { ...o, ...change } : o)) };
}

export function removeOwnClause<T extends Editable>(charte: T, id: string): T {
  const order = charte.articleOrder?.filter((x) => x !== id);
  return {
    ...charte,
    own: (charte.own ?? []).filter((o) => o.id !== id),
    ...(order ? { articleOrder: order } : {}),
  };
}

/**
 * Moves an article (a library clause or the council's own) up (-1) or down (+1) within its section; the articles of
 * the preamble and the principles stay as the library orders them. The section's whole order is stored, so an
 * article that a later answer brings in finds its place after the one it follows.
 */
export function moveArticle<T extends Editable>(
  library: CharteLibrary,
  charte: T,
  id: string,
  delta: -1 | 1,
): T {
  const part = chartePlan(library, charte).find((p) => p.ids.includes(id));
  if (!part || isHeadSection(part.section)) return charte;
  const ids = [...part.ids];
  const from = ids.indexOf(id);
  const to = from + delta;
  if (to < 0 || to >= ids.length) return charte;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  const others = (charte.articleOrder ?? []).filter((x) => !part.ids.includes(x));
  return { ...charte, articleOrder: [...others, ...ids] };
}

/**
 * Moves a section up (-1) or down (+1) past the next one that has articles; never before the preamble and the
 * principles, which open every charte.
 */
export function moveSection<T extends Editable>(
  library: CharteLibrary,
  charte: T,
  section: CharteSection,
  delta: -1 | 1,
): T {
  const shown = chartePlan(library, charte)
    .map((p) => p.section)
    .filter((s) => !isHeadSection(s));
  const from = shown.indexOf(section);
  const neighbour = shown[from + delta];
  if (from < 0 || neighbour === undefined) return charte;
  // The full order, with the empty sections where they were: a section that fills later keeps a sensible place.
  const all = councilOrder(MOVABLE_SECTIONS, charte.sectionOrder);
  const order = all.map((s) => (s === section ? neighbour : s === neighbour ? section : s));
  return { ...charte, sectionOrder: order as T['sectionOrder'] };
}

/** The questions still to answer, grouped by the step that asks them (for « 2 à compléter » beside each step). */
export function missingByStep(
  library: CharteLibrary,
  missing: readonly string[],
): Map<string, string[]> {
  const steps = stepOfQuestion(library);
  const out = new Map<string, string[]>();
  for (const id of missing) {
    const step = steps.get(id);
    if (step) out.set(step, [...(out.get(step) ?? []), id]);
  }
  return out;
}
