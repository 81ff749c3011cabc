// What a bilan says at a glance, computed the same way by the element, the report, the server and the tests:
// progress per heading, the distribution of levels, the gaps between the two perspectives, the change since last year.
import { ownId } from './own-id.js';
import { ASSOCIATION_LEVELS, BILAN_HEADINGS } from './bilan-constants.js';
import type {
  AssociationLevel,
  BilanData,
  BilanHeading,
  BilanHeadingNotes,
  BilanHeadingPatch,
  BilanItemAnswer,
  BilanItemPatch,
  BilanPerspective,
  BilanTemplate,
  BilanTemplateItem,
  CarriedAction,
  CarriedActionPatch,
} from './bilan.js';

/** A gap of this many rungs or more between the two perspectives is what the year-end meeting should talk about. */
export const GAP_THRESHOLD = 2;

export interface BilanRow {
  item: BilanTemplateItem;
  /** Added by the territory, not from the template. */
  own: boolean;
  answer?: BilanItemAnswer;
}

type Answers = Pick<BilanData, 'ownItems' | 'items'>;

/** The items of each heading in order: the template's, then the territory's own. */
export function bilanRows(template: BilanTemplate, bilan: Answers): Map<BilanHeading, BilanRow[]> {
  const rows = new Map<BilanHeading, BilanRow[]>(BILAN_HEADINGS.map((h) => [h, []]));
  const add = (item: BilanTemplateItem, own: boolean) =>
    rows.get(item.heading)!.push({ item, own, answer: bilan.items[item.id] });
  template.items.forEach((i) => add(i, false));
  bilan.ownItems.forEach((i) => add(i, true));
  return rows;
}

/** « Renseigné »: the item has a status, or a level from either side. */
export function isItemAnswered(a: BilanItemAnswer | undefined): boolean {
  return !!a && (!!a.status || !!a.levels?.conseil || !!a.levels?.institutions);
}

export const levelRank = (level: AssociationLevel): number => ASSOCIATION_LEVELS.indexOf(level);

/** Rungs between the council's level and the institutions', or undefined while one side has not answered. */
export function levelGap(a: BilanItemAnswer | undefined): number | undefined {
  const { conseil, institutions } = a?.levels ?? {};
  return conseil && institutions
    ? Math.abs(levelRank(conseil) - levelRank(institutions))
    : undefined;
}

export interface HeadingSummary {
  heading: BilanHeading;
  answered: number;
  total: number;
  /** Items whose two levels are GAP_THRESHOLD or more apart. */
  gaps: number;
}

export interface BilanSummary {
  headings: HeadingSummary[];
  answered: number;
  total: number;
  /** How many items each side put on each rung. */
  levels: Record<BilanPerspective, Record<AssociationLevel, number>>;
  /** Items with a gap of GAP_THRESHOLD or more, largest first. */
  gaps: { item: BilanTemplateItem; gap: number }[];
}

const zeroLevels = () =>
  Object.fromEntries(ASSOCIATION_LEVELS.map((l) => [l, 0])) as Record<AssociationLevel, number>;

export function bilanSummary(template: BilanTemplate, bilan: Answers): BilanSummary {
  const levels = { conseil: zeroLevels(), institutions: zeroLevels() };
  const gaps: BilanSummary['gaps'] = [];
  const headings = [...bilanRows(template, bilan)].map(([heading, rows]) => {
    let answered = 0;
    let headingGaps = 0;
    for (const { item, answer } of rows) {
      if (isItemAnswered(answer)) answered++;
      if (answer?.levels?.conseil) levels.conseil[answer.levels.conseil]++;
      if (answer?.levels?.institutions) levels.institutions[answer.levels.institutions]++;
      const gap = levelGap(answer);
      if (gap !== undefined && gap >= GAP_THRESHOLD) {
        headingGaps++;
        gaps.push({ item, gap });
      }
    }
    return { heading, answered, total: rows.length, gaps: headingGaps };
  });
  gaps.sort((a, b) => b.gap - a.gap);
  return {
    headings,
    answered: headings.reduce((n, h) => n + h.answered, 0),
    total: headings.reduce((n, h) => n + h.total, 0),
    levels,
    gaps,
  };
}

export type Trend = 'up' | 'down' | 'same';

export interface YearChange {
  item: BilanTemplateItem;
  then?: AssociationLevel;
  now?: AssociationLevel;
  /** Undefined when either year has no level for this side. */
  trend?: Trend;
}

/** Per item, one side's level last year and this year. Items are matched by id, so own items compare too. */
export function compareYears(
  template: BilanTemplate,
  previous: Answers,
  current: Answers,
  side: BilanPerspective,
): YearChange[] {
  return [...bilanRows(template, current).values()].flat().map(({ item, answer }) => {
    const then = previous.items[item.id]?.levels?.[side];
    const now = answer?.levels?.[side];
    const d = then && now ? levelRank(now) - levelRank(then) : undefined;
    const trend: Trend | undefined =
      d === undefined ? undefined : d > 0 ? 'up' : d < 0 ? 'down' : 'same';
    return { item, then, now, trend };
  });
}

/** The fields a patch may change, levels side by side: two people in a meeting each set their own side's. */
export const ITEM_PATCH_FIELDS = [
  'status',
  'levels.conseil',
  'levels.institutions',
  'notes',
  'evidence',
  'action',
] as const;
export type ItemPatchField = (typeof ITEM_PATCH_FIELDS)[number];

function read(a: BilanItemAnswer | undefined, field: ItemPatchField): unknown {
  if (field === 'levels.conseil') return a?.levels?.conseil;
  if (field === 'levels.institutions') return a?.levels?.institutions;
  return a?.[field];
}

/** The fields a patch touches. */
export function patchedFields(patch: BilanItemPatch): ItemPatchField[] {
  return ITEM_PATCH_FIELDS.filter((f) =>
    f.startsWith('levels.')
      ? patch.levels !== undefined && f.slice(7) in patch.levels
      : (patch as Record<string, unknown>)[f] !== undefined,
  );
}

/** An item after a patch: `null` clears a field, an absent one is kept; the revision grows by one. */
export function applyItemPatch(
  answer: BilanItemAnswer | undefined,
  patch: BilanItemPatch,
  by: { author: string; at: string },
): BilanItemAnswer {
  const next: Record<string, unknown> = { ...answer };
  for (const key of ['status', 'notes', 'evidence', 'action'] as const) {
    const value = patch[key];
    if (value === null || (key === 'notes' && value === '')) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  if (patch.levels) {
    const levels: Record<string, unknown> = { ...answer?.levels };
    for (const [side, level] of Object.entries(patch.levels)) {
      if (level === null) delete levels[side];
      else if (level !== undefined) levels[side] = level;
    }
    if (Object.keys(levels).length) next.levels = levels;
    else delete next.levels;
  }
  return { ...(next as BilanItemAnswer), ...revised(answer?.rev, by) };
}

/** What every saved part of a bilan carries after a change: its revision one higher, who changed it and when. */
const revised = (rev: number | undefined, by: { author: string; at: string }) => ({
  rev: (rev ?? 0) + 1,
  answeredBy: by.author,
  answeredAt: by.at,
});

/** Heading notes after a patch: the three texts as given (an empty one is removed), the revision one higher. */
export function applyHeadingPatch(
  notes: BilanHeadingNotes | undefined,
  patch: BilanHeadingPatch,
  by: { author: string; at: string },
): BilanHeadingNotes {
  const next: Record<string, unknown> = { ...notes };
  for (const [key, value] of Object.entries(patch))
    if (value) next[key] = value;
    else delete next[key];
  return { ...(next as BilanHeadingNotes), ...revised(notes?.rev, by) };
}

/** Last year's action after its outcome is given: `null` clears a field; the revision grows by one. */
export function applyCarriedPatch(
  action: CarriedAction,
  patch: CarriedActionPatch,
  by: { author: string; at: string },
): CarriedAction {
  const next: Record<string, unknown> = { ...action };
  for (const [key, value] of Object.entries(patch))
    if (value === null || value === '') delete next[key];
    else if (value !== undefined) next[key] = value;
  // Stored without a revision before any outcome was given: the first one is 1.
  return { ...(next as CarriedAction), ...revised(action.rev, by) };
}

/**
 * Next year's bilan: the same council, template, own items and scope, this year's actions to review (in the order of
 * the items that produced them, heading by heading, not the order they were answered in), nothing answered.
 */
export function nextYearBilan(
  template: BilanTemplate,
  bilan: BilanData,
  previousId: string,
): BilanData {
  const carried: CarriedAction[] = [...bilanRows(template, bilan).values()]
    .flat()
    .flatMap(({ item, answer }) =>
      answer?.action ? [{ item: item.id, ...answer.action, rev: 0 }] : [],
    );
  return {
    council: bilan.council,
    ...(bilan.territory ? { territory: bilan.territory } : {}),
    year: bilan.year + 1,
    template: bilan.template,
    ownItems: bilan.ownItems,
    items: {},
    headings: {},
    previous: previousId,
    carriedActions: carried,
    ...(bilan.scope ? { scope: bilan.scope } : {}),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A three-way merge after a conflict: my patch was written against `base`, someone else saved `theirs` since. Fields
 * they did not touch (or set to what I set) take my patch again; the others are conflicts for people to settle.
 */
export function rebaseItemPatch(
  base: BilanItemAnswer | undefined,
  theirs: BilanItemAnswer | undefined,
  patch: BilanItemPatch,
): { conflicts: ItemPatchField[] } {
  const mine = applyItemPatch(base, patch, { author: '', at: '' });
  const conflicts = patchedFields(patch).filter(
    (f) => !same(read(theirs, f), read(base, f)) && !same(read(theirs, f), read(mine, f)),
  );
  return { conflicts };
}

export { read as itemField };

/** An id for an item the territory adds: from its label, never one the bilan has (`propre-reunions-du-samedi-2`). */
export const ownItemId = (label: string, taken: ReadonlySet<string>): string =>
  ownId(label, taken, 'point');
