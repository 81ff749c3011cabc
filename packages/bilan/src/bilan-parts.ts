// The parts of a bilan that are saved one at a time — an item, a heading's notes, one of last year's actions — each
// with how it is read from the bilan, written back, changed by a patch, saved through the API, and merged after a
// conflict. The checklist names a part `kind:name` (`item:dc-noyau`, `heading:rendre_compte`, `carried:fm-coformation`).
import type {
  Bilan,
  BilanHeading,
  BilanHeadingNotes,
  BilanHeadingPatch,
  BilanItemAnswer,
  BilanItemPatch,
  CarriedAction,
  CarriedActionPatch,
} from '@conseils-citoyens/schemas';
import {
  applyCarriedPatch,
  applyHeadingPatch,
  applyItemPatch,
  rebaseItemPatch,
} from '@conseils-citoyens/schemas/bilan-progress.js';
import type { CcStaffApi, PartOptions } from '@conseils-citoyens/core/api/api.js';

export type Part = BilanItemAnswer | BilanHeadingNotes | CarriedAction;
export type Patch = BilanItemPatch | BilanHeadingPatch | CarriedActionPatch;
type By = { author: string; at: string };

interface PartKind {
  read(bilan: Bilan, name: string): Part | undefined;
  write(bilan: Bilan, name: string, saved: Part): Bilan;
  apply(saved: Part | undefined, patch: Patch, by: By): Part;
  save(api: CcStaffApi, id: string, name: string, patch: Patch, o: PartOptions): Promise<Part>;
  /** The fields both sides changed differently since `base`. */
  conflicts(base: Part | undefined, theirs: Part | undefined, patch: Patch): string[];
}

/** Fields of a flat part (notes, an outcome) both sides changed differently. */
const flatConflicts = (base: Part | undefined, theirs: Part | undefined, patch: Patch) =>
  Object.keys(patch).filter((f) => {
    const read = (p: unknown) => (p as Record<string, unknown> | undefined)?.[f] ?? '';
    return read(theirs) !== read(base) && read(theirs) !== (read(patch) || '');
  });

export const PARTS: Record<'item' | 'heading' | 'carried', PartKind> = {
  item: {
    read: (b, name) => b.items[name],
    write: (b, name, saved) => ({ ...b, items: { ...b.items, [name]: saved } }),
    apply: (saved, patch, by) => applyItemPatch(saved, patch as BilanItemPatch, by),
    save: async (api, id, name, patch, o) =>
      (await api.patchBilanItem(id, name, patch as BilanItemPatch, o)).answer,
    conflicts: (base, theirs, patch) =>
      rebaseItemPatch(base, theirs, patch as BilanItemPatch).conflicts,
  },
  heading: {
    read: (b, name) => b.headings[name as BilanHeading],
    write: (b, name, saved) => ({
      ...b,
      headings: { ...b.headings, [name]: saved as BilanHeadingNotes },
    }),
    apply: (saved, patch, by) => applyHeadingPatch(saved, patch as BilanHeadingPatch, by),
    save: async (api, id, name, patch, o) =>
      (await api.patchBilanHeading(id, name as BilanHeading, patch as BilanHeadingPatch, o)).notes,
    conflicts: flatConflicts,
  },
  carried: {
    read: (b, name) => b.carriedActions.find((a) => a.item === name),
    write: (b, name, saved) => ({
      ...b,
      carriedActions: b.carriedActions.map((a) => (a.item === name ? (saved as CarriedAction) : a)),
    }),
    apply: (saved, patch, by) =>
      applyCarriedPatch(saved as CarriedAction, patch as CarriedActionPatch, by),
    save: async (api, id, name, patch, o) =>
      (await api.patchBilanCarried(id, name, patch as CarriedActionPatch, o)).action,
    conflicts: flatConflicts,
  },
};

/** `item:dc-noyau` → the item kind and `dc-noyau`. */
export function partOf(key: string): [PartKind, string] {
  const at = key.indexOf(':');
  return [PARTS[key.slice(0, at) as keyof typeof PARTS], key.slice(at + 1)];
}

/** Two patches in a row, as one (each side's level kept apart). */
export function mergePatches(a: Patch, b: Patch): Patch {
  const levels =
    'levels' in a || 'levels' in b
      ? { levels: { ...(a as BilanItemPatch).levels, ...(b as BilanItemPatch).levels } }
      : {};
  return { ...a, ...b, ...levels };
}
