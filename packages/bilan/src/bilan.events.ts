import type { CcEvent } from '@conseils-citoyens/core';

/** An item (`item:dc-noyau`) or a heading's notes (`heading:rendre_compte`) was saved, at this revision. */
export type CcBilanSaveEvent = CcEvent<{ part: string; rev: number }>;
/** Someone else changed the same part meanwhile: the fields both changed, shown until the person chooses. */
export type CcBilanConflictEvent = CcEvent<{ part: string; fields: string[] }>;

/** Next year's bilan was started (or found started) from this one: the element now shows it. */
export type CcBilanNextYearEvent = CcEvent<{ id: string }>;

declare global {
  interface HTMLElementEventMap {
    'cc-bilan-save': CcBilanSaveEvent;
    'cc-bilan-conflict': CcBilanConflictEvent;
    'cc-bilan-next-year': CcBilanNextYearEvent;
  }
}
