// What the charte builder changes in a charte, as pure functions on its data: a clause's wording (unlocked only),
// leaving an optional clause out and putting it back, the council's own clauses (added, rewritten, moved within their
// section, removed). Each returns a new charte; the rules of charteIssues() hold after every one of them.
import type { CharteInput, CharteLibrary, OwnClause } from './charte.js';
import { libraryWording, stepOfQuestion } from './charte-assemble.js';
import { ownId } from './own-id.js';

type Editable = Pick<CharteInput, 'kind' | 'answers' | 'clauses' | 'own'>;

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
  return { ...charte, own: (charte.own ?? []).filter((o) => o.id !== id) };
}

/** Moves an own clause up (-1) or down (+1) among the council's clauses of the same section. */
export function moveOwnClause<T extends Editable>(charte: T, id: string, delta: -1 | 1): T {
  const own = [...(charte.own ?? [])];
  const from = own.findIndex((o) => o.id === id);
  if (from < 0) return charte;
  const section = own[from]!.section;
  const same = own.map((o, i) => (o.section === section ? i : -1)).filter((i) => i >= 0);
  const to = same[same.indexOf(from) + delta];
  if (to === undefined) return charte;
  [own[from], own[to]] = [own[to]!, own[from]!];
  return { ...charte, own };
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
