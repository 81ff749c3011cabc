/**
 * What an editor does to a questionnaire's definition, as plain functions that return a new definition (the old one
 * is kept for « Annuler »): add, duplicate, move and remove questions, blocks, options and pages, and change a
 * question's type keeping what still fits. Ids are made once and never reused, since answers are keyed by them.
 * Without zod; shared by `<cc-questionnaire-editor>` and its tests.
 */
import type {
  ChoiceOption,
  Question,
  QuestionnaireInput,
  QuestionnaireItem,
  QuestionnairePage,
} from './questionnaire.js';
import type { QuestionType } from './constants.js';

export type Definition = Pick<QuestionnaireInput, 'pages'> & Partial<QuestionnaireInput>;
export type ItemType = QuestionnaireItem['type'];

/** Where an item is: its page's index and its own. */
export interface ItemPlace {
  page: number;
  index: number;
}

const CHOICE_TYPES = ['single', 'multiple', 'dropdown', 'ranking'] as const;
const hasOptions = (t: ItemType): t is (typeof CHOICE_TYPES)[number] =>
  (CHOICE_TYPES as readonly string[]).includes(t);

/** Every id in use (pages and items), so that a new one is never a reused one. */
function idsOf(def: Definition): Set<string> {
  return new Set(def.pages.flatMap((p) => [p.id, ...p.items.map((i) => i.id)]));
}

/** `base`, or `base-2`, `base-3`… whichever is free; `base` is made id-safe first. */
export function freeId(def: Definition, base: string): string {
  const safe =
    base
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^[-_]+|-+$/g, '')
      .slice(0, 50) || 'question';
  const used = idsOf(def);
  if (!used.has(safe)) return safe;
  for (let n = 2; ; n++) if (!used.has(`${safe}-${n}`)) return `${safe}-${n}`;
}

/** A free option value among `list`'s. */
export function freeOptionValue(list: readonly ChoiceOption[]): string {
  const used = new Set(list.map((o) => o.value));
  for (let n = list.length + 1; ; n++) if (!used.has(`option-${n}`)) return `option-${n}`;
}

const numbered = (word: string, n: number): ChoiceOption[] =>
  Array.from({ length: n }, (_, i) => ({ value: `option-${i + 1}`, label: `${word} ${i + 1}` }));

/** Words a new item starts with, in the editor's language. */
export interface NewItemWords {
  question: string;
  option: string;
  row: string;
  column: string;
  section: string;
  info: string;
  consent: string;
}

/** A new item of `type`, complete enough to be saved and shown at once (a label, two options…). */
export function newItem(id: string, type: ItemType, w: NewItemWords): QuestionnaireItem {
  if (type === 'section') return { id, type, title: w.section };
  if (type === 'info') return { id, type, text: w.info };
  return withType({ id, type: 'text', label: w.question }, type, w);
}

/**
 * The same question as another type, keeping its id, label, hint, required and condition, and what still fits (the
 * options of a choice becoming another choice; the rows of a matrix); the rest starts afresh.
 */
export function withType(q: Question, type: QuestionType, w: NewItemWords): Question {
  const { id, label, hint, required, core, showIf } = q;
  const common = {
    id,
    label,
    ...(hint ? { hint } : {}),
    ...(required ? { required } : {}),
    ...(core ? { core } : {}),
    ...(showIf ? { showIf } : {}),
  };
  const options: ChoiceOption[] =
    'options' in q ? q.options : q.type === 'matrix' ? q.rows : numbered(w.option, 2);
  switch (type) {
    case 'single':
    case 'multiple':
    case 'dropdown':
    case 'ranking':
      return { ...common, type, options: structuredClone(options) };
    case 'matrix':
      return {
        ...common,
        type,
        rows: q.type === 'matrix' ? q.rows : numbered(w.row, 2),
        columns: q.type === 'matrix' ? q.columns : numbered(w.column, 3),
      };
    case 'scale':
      return { ...common, type, min: 1, max: 5 };
    case 'consent':
      return { ...common, type, text: q.type === 'consent' ? q.text : w.consent };
    default:
      return { ...common, type };
  }
}

const copy = <D extends Definition>(def: D): D => structuredClone(def);
const pageAt = (def: Definition, i: number): QuestionnairePage => {
  const p = def.pages[i];
  if (!p) throw new RangeError(`no page ${i}`);
  return p;
};

/** Where the item `id` is, or undefined. */
export function placeOf(def: Definition, id: string): ItemPlace | undefined {
  for (const [page, p] of def.pages.entries()) {
    const index = p.items.findIndex((i) => i.id === id);
    if (index >= 0) return { page, index };
  }
  return undefined;
}

/** Inserts `item` at `place` (its index clamped to the page). */
export function insertItem<D extends Definition>(
  def: D,
  place: ItemPlace,
  item: QuestionnaireItem,
): D {
  const next = copy(def);
  const items = pageAt(next, place.page).items;
  items.splice(Math.max(0, Math.min(place.index, items.length)), 0, item);
  return next;
}

/** Replaces the item with the same id. */
export function replaceItem<D extends Definition>(def: D, item: QuestionnaireItem): D {
  const at = placeOf(def, item.id);
  if (!at) return def;
  const next = copy(def);
  pageAt(next, at.page).items[at.index] = structuredClone(item);
  return next;
}

export function removeItem<D extends Definition>(def: D, id: string): D {
  const next = copy(def);
  for (const p of next.pages) p.items = p.items.filter((i) => i.id !== id);
  return next;
}

/** A copy just after the original, with a new id (its conditions kept; nothing refers to the copy yet). */
export function duplicateItem<D extends Definition>(def: D, id: string, copyWord: string): D {
  const at = placeOf(def, id);
  if (!at) return def;
  const item = structuredClone(pageAt(def, at.page).items[at.index]!);
  item.id = freeId(def, `${id}-copie`);
  if ('label' in item) item.label = `${item.label} (${copyWord})`;
  delete (item as { core?: boolean }).core; // a copy is the territory's own question
  return insertItem(def, { page: at.page, index: at.index + 1 }, item);
}

/**
 * Moves an item one place up (-1) or down (+1); past its page's first or last place, it goes to the end of the page
 * before or the start of the page after. Returns the definition unchanged at the very ends.
 */
export function moveItem<D extends Definition>(def: D, id: string, delta: -1 | 1): D {
  const at = placeOf(def, id);
  if (!at) return def;
  const next = copy(def);
  const page = pageAt(next, at.page);
  const [item] = page.items.splice(at.index, 1);
  const to = at.index + delta;
  if (to >= 0 && to <= page.items.length) {
    page.items.splice(to, 0, item!);
    return next;
  }
  const other = next.pages[at.page + delta];
  if (!other) return def;
  if (delta === -1) other.items.push(item!);
  else other.items.unshift(item!);
  return next;
}

export function addPage<D extends Definition>(def: D, index: number, title: string): D {
  const next = copy(def);
  next.pages.splice(index, 0, { id: freeId(def, 'page'), title, items: [] });
  return next;
}

export function replacePage<D extends Definition>(
  def: D,
  index: number,
  page: QuestionnairePage,
): D {
  const next = copy(def);
  next.pages[index] = structuredClone(page);
  return next;
}

export function movePage<D extends Definition>(def: D, index: number, delta: -1 | 1): D {
  const to = index + delta;
  if (to < 0 || to >= def.pages.length) return def;
  const next = copy(def);
  const [page] = next.pages.splice(index, 1);
  next.pages.splice(to, 0, page!);
  return next;
}

export function removePage<D extends Definition>(def: D, index: number): D {
  if (def.pages.length <= 1) return def; // a questionnaire keeps one page at least
  const next = copy(def);
  next.pages.splice(index, 1);
  return next;
}

/** Options of a choice, rows or columns of a matrix: the same small edits. */
export function addOption(list: readonly ChoiceOption[], label: string): ChoiceOption[] {
  return [...list, { value: freeOptionValue(list), label }];
}
export function moveOption(list: readonly ChoiceOption[], index: number, delta: -1 | 1) {
  const to = index + delta;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [o] = next.splice(index, 1);
  next.splice(to, 0, o!);
  return next;
}

/** The questions before `id` (what its condition may look at), in order. */
export function questionsBefore(def: Definition, id: string): Question[] {
  const out: Question[] = [];
  for (const p of def.pages)
    for (const i of p.items) {
      if (i.id === id) return out;
      if (i.type !== 'section' && i.type !== 'info') out.push(i);
    }
  return out;
}

/** The questions of the pages before page `index` (what a page's condition may look at). */
export function questionsBeforePage(def: Definition, index: number): Question[] {
  return def.pages
    .slice(0, index)
    .flatMap((p) =>
      p.items.filter((i): i is Question => i.type !== 'section' && i.type !== 'info'),
    );
}

export { hasOptions as itemHasOptions };
