/** First draft, refined by the charte-builder issue. */
import * as z from 'zod/mini';
import { Id, IsoDateTime, Page, line, text } from './primitives.js';
import { versionFields } from './documents.js';

export const CHARTE_KINDS = [
  'charte_fonctionnement',
  'reglement_interieur',
  'charte_locale_participation',
] as const;
export const CharteKind = z.enum(CHARTE_KINDS);

export const CHARTE_SECTIONS = [
  'preambule',
  'principes',
  'objet',
  'perimetre',
  'composition',
  'mandat',
  'engagements',
  'fonctionnement',
  'decision',
  'representation',
  'partenaires',
  'moyens',
  'communication',
  'evaluation',
  'revision',
] as const;
export const CharteSection = z.enum(CHARTE_SECTIONS);

export const ClauseVariant = z.strictObject({ id: Id, label: line(200), body: line(10000) });

/** A clause of the library. `{{variable}}` placeholders are filled per council. */
export const CharteClause = z.strictObject({
  id: Id,
  section: CharteSection,
  title: line(200),
  body: line(10000),
  /** Restates the law: kept as written. */
  locked: z.boolean(),
  variants: z.optional(z.array(ClauseVariant).check(z.maxLength(10))),
  variables: z.optional(z.array(Id)),
});
export type CharteClause = z.infer<typeof CharteClause>;

export const CharteInput = z.strictObject({
  title: line(200),
  kind: CharteKind,
  variables: z.record(Id, z.string().check(z.maxLength(500))),
  clauses: z.array(z.strictObject({ clauseId: Id, variantId: z.optional(Id), body: text(10000) })),
  status: z.enum(['draft', 'adopted']),
  adoptedAt: z.optional(IsoDateTime),
});
export type CharteInput = z.infer<typeof CharteInput>;

export const Charte = z.object({ id: Id, ...CharteInput.shape, ...versionFields });
export type Charte = z.infer<typeof Charte>;

export const CharteList = Page(Charte);
export type CharteList = z.infer<typeof CharteList>;
