/** First draft, refined by the bilan-checklist issue. */
import * as z from 'zod/mini';
import { Id, Page, line, text } from './primitives.js';
import { versionFields } from './documents.js';

/** The six headings of the end-of-year review (seed 004). */
export const BILAN_HEADINGS = [
  'dynamique_collective',
  'facteurs_mobilisateurs',
  'pratiques_professionnelles',
  'regles_coconstruction',
  'rendre_compte',
  'evaluer_partenariat',
] as const;
export const BilanHeading = z.enum(BILAN_HEADINGS);
export type BilanHeading = z.infer<typeof BilanHeading>;

/** Levels of association, from the participation ladders. */
export const ASSOCIATION_LEVELS = [
  'non_associe',
  'informe',
  'consulte',
  'concerte',
  'co_construit',
  'co_decide',
] as const;
export const AssociationLevel = z.enum(ASSOCIATION_LEVELS);
export type AssociationLevel = z.infer<typeof AssociationLevel>;

export const BilanItem = z.strictObject({
  id: Id,
  heading: BilanHeading,
  label: line(500),
  done: z.boolean(),
  level: z.optional(AssociationLevel),
  comment: text(5000),
});
export type BilanItem = z.infer<typeof BilanItem>;

export const BilanInput = z.strictObject({
  council: line(200),
  year: z.int().check(z.gte(2014), z.lte(2100)),
  items: z.array(BilanItem).check(z.maxLength(500)),
});
export type BilanInput = z.infer<typeof BilanInput>;

export const Bilan = z.object({ id: Id, ...BilanInput.shape, ...versionFields });
export type Bilan = z.infer<typeof Bilan>;

export const BilanList = Page(Bilan);
export type BilanList = z.infer<typeof BilanList>;
