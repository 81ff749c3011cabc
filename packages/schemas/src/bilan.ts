// The year-end review of how a council is associated (seed 004): six headings of concrete items, each answered by
// the council and by the institutions on the ladder of association, with notes, evidence and actions for next year.
import * as z from 'zod/mini';
import {
  Id,
  IsoDate,
  IsoDateTime,
  NonNegativeInt,
  Page,
  PageUrl,
  PositiveInt,
  line,
  text,
} from './primitives.js';
import { versionFields } from './documents.js';
import {
  ACTION_OUTCOMES,
  ASSOCIATION_LEVELS,
  BILAN_HEADINGS,
  BILAN_PERSPECTIVES,
  HEADING_NOTES,
  ITEM_STATUSES,
  type HeadingNote,
} from './bilan-constants.js';

export {
  ACTION_OUTCOMES,
  ASSOCIATION_LEVELS,
  BILAN_HEADINGS,
  BILAN_PERSPECTIVES,
  HEADING_NOTES,
  ITEM_STATUSES,
  type HeadingNote,
};

export const BilanHeading = z.enum(BILAN_HEADINGS);
export type BilanHeading = z.infer<typeof BilanHeading>;

export const AssociationLevel = z.enum(ASSOCIATION_LEVELS);
export type AssociationLevel = z.infer<typeof AssociationLevel>;

export const BilanPerspective = z.enum(BILAN_PERSPECTIVES);
export type BilanPerspective = z.infer<typeof BilanPerspective>;

export const ItemStatus = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const ActionOutcome = z.enum(ACTION_OUTCOMES);
export type ActionOutcome = z.infer<typeof ActionOutcome>;

/** One item of a template: template items keep their ids, so that years and territories compare. */
export const BilanTemplateItem = z.strictObject({
  id: Id,
  heading: BilanHeading,
  label: line(300),
  hint: text(1000),
});
export type BilanTemplateItem = z.infer<typeof BilanTemplateItem>;

export const BilanTemplate = z.strictObject({
  id: Id,
  version: PositiveInt,
  title: line(200),
  items: z.array(BilanTemplateItem).check(z.minLength(1), z.maxLength(300)),
});
export type BilanTemplate = z.infer<typeof BilanTemplate>;

/** Evidence of an item: a link, or a file the server stores (its id, name, type and size as the server recorded them). */
export const Evidence = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('link'), url: PageUrl, title: line(200) }),
  z.strictObject({
    kind: z.literal('file'),
    fileId: Id,
    name: line(255),
    type: line(120),
    size: NonNegativeInt,
  }),
]);
export type Evidence = z.infer<typeof Evidence>;

/** What the review decides to do next year about an item. */
export const BilanAction = z.strictObject({
  what: line(500),
  who: text(200),
  by: z.optional(IsoDate),
});
export type BilanAction = z.infer<typeof BilanAction>;

/** The fields of an item answer that people write (`rev` and `answeredBy` are the server's). */
export const BilanItemFields = {
  status: z.optional(ItemStatus),
  levels: z.optional(
    z.strictObject({
      conseil: z.optional(AssociationLevel),
      institutions: z.optional(AssociationLevel),
    }),
  ),
  notes: text(5000),
  evidence: z.optional(z.array(Evidence).check(z.maxLength(20))),
  action: z.optional(BilanAction),
};

/** One item as answered: its revision guards concurrent edits of the same item. */
export const BilanItemAnswer = z.strictObject({
  ...BilanItemFields,
  rev: z._default(NonNegativeInt, 0),
  answeredBy: z.optional(line(200)),
  answeredAt: z.optional(IsoDateTime),
});
export type BilanItemAnswer = z.infer<typeof BilanItemAnswer>;

/** Body of `PATCH /bilans/{id}/items/{item}`: the fields it changes; `null` clears one. */
export const BilanItemPatch = z.strictObject({
  status: z.optional(z.nullable(ItemStatus)),
  /** Each side's level apart: the council's and the institutions' are set by different people at the same time. */
  levels: z.optional(
    z.strictObject({
      conseil: z.optional(z.nullable(AssociationLevel)),
      institutions: z.optional(z.nullable(AssociationLevel)),
    }),
  ),
  notes: z.optional(z.nullable(z.string().check(z.maxLength(5000)))),
  evidence: BilanItemFields.evidence,
  action: z.optional(z.nullable(BilanAction)),
});
export type BilanItemPatch = z.infer<typeof BilanItemPatch>;

export const BilanHeadingFields = {
  reussites: text(5000),
  difficultes: text(5000),
  perspectives: text(5000),
};
export const BilanHeadingNotes = z.strictObject({
  ...BilanHeadingFields,
  rev: z._default(NonNegativeInt, 0),
  answeredBy: z.optional(line(200)),
  answeredAt: z.optional(IsoDateTime),
});
export type BilanHeadingNotes = z.infer<typeof BilanHeadingNotes>;

/** Body of `PATCH /bilans/{id}/headings/{heading}`. */
export const BilanHeadingPatch = z.strictObject(BilanHeadingFields);
export type BilanHeadingPatch = z.infer<typeof BilanHeadingPatch>;

/** Last year's action, brought into this year's review with what became of it. */
export const CarriedAction = z.strictObject({
  item: Id,
  ...BilanAction.shape,
  outcome: z.optional(ActionOutcome),
  outcomeNote: text(1000),
  rev: z._default(NonNegativeInt, 0),
  answeredBy: z.optional(line(200)),
  answeredAt: z.optional(IsoDateTime),
});
export type CarriedAction = z.output<typeof CarriedAction>;

/** Body of `PATCH /bilans/{id}/carried/{item}`: what became of last year's action; `null` clears. */
export const CarriedActionPatch = z.strictObject({
  outcome: z.optional(z.nullable(ActionOutcome)),
  outcomeNote: z.optional(z.nullable(z.string().check(z.maxLength(1000)))),
});
export type CarriedActionPatch = z.infer<typeof CarriedActionPatch>;

/** What the computed indicators count: the sessions of which towns, the answers to which questionnaire, which charte. */
export const BilanScope = z.strictObject({
  towns: z.optional(z.array(line(120)).check(z.maxLength(50))),
  questionnaires: z.optional(z.array(Id).check(z.maxLength(20))),
  charte: z.optional(Id),
});
export type BilanScope = z.infer<typeof BilanScope>;

/** One computed figure of the year, with where it comes from and when it was computed. */
export const BilanIndicator = z.object({
  id: z.enum([
    'sessions_held',
    'sessions_cancelled',
    'registrations_confirmed',
    'attendance_present',
    'questionnaire_responses',
    'charte_adopted',
  ]),
  value: z.nullable(z.number()),
  /** For a date indicator (the charte's adoption). */
  date: z.optional(IsoDate),
  breakdown: z.optional(z.array(z.object({ key: z.string(), value: z.number() }))),
  source: z.enum(['sessions', 'registrations', 'questionnaire_responses', 'chartes']),
});
export type BilanIndicator = z.infer<typeof BilanIndicator>;

export const BilanIndicators = z.object({
  bilanId: Id,
  year: z.int(),
  computedAt: IsoDateTime,
  indicators: z.array(BilanIndicator),
});
export type BilanIndicators = z.infer<typeof BilanIndicators>;

export const BilanInput = z.strictObject({
  council: line(200),
  territory: z.optional(line(200)),
  year: z.int().check(z.gte(2014), z.lte(2100)),
  /** The template followed and its version; items are the template's plus the territory's own. */
  template: z.strictObject({ id: Id, version: PositiveInt }),
  ownItems: z._default(z.array(BilanTemplateItem).check(z.maxLength(200)), []),
  items: z._default(z.record(Id, BilanItemAnswer), {}),
  headings: z._default(z.partialRecord(BilanHeading, BilanHeadingNotes), {}),
  /** Last year's bilan, for the year-over-year view. */
  previous: z.optional(Id),
  carriedActions: z._default(z.array(CarriedAction).check(z.maxLength(300)), []),
  scope: z.optional(BilanScope),
  /** The indicators as they were when the bilan was adopted: written by the server at adoption, never by a save. */
  indicators: z.optional(BilanIndicators),
});
export type BilanInput = z.input<typeof BilanInput>;
export type BilanData = z.output<typeof BilanInput>;

export const Bilan = z.object({ id: Id, ...BilanInput.shape, ...versionFields });
export type Bilan = z.output<typeof Bilan>;

export const BilanList = Page(Bilan);
export type BilanList = z.infer<typeof BilanList>;

/** The answer to an item patch: the item as saved (its `rev` is its ETag) and the bilan's new version. */
export const BilanItemSaved = z.object({ item: Id, answer: BilanItemAnswer, version: PositiveInt });
export type BilanItemSaved = z.infer<typeof BilanItemSaved>;

/** The answer to a heading patch. */
export const BilanHeadingSaved = z.object({
  heading: BilanHeading,
  notes: BilanHeadingNotes,
  version: PositiveInt,
});
export type BilanHeadingSaved = z.infer<typeof BilanHeadingSaved>;

/** The answer to a carried action's patch. */
export const CarriedActionSaved = z.object({
  item: Id,
  action: CarriedAction,
  version: PositiveInt,
});
export type CarriedActionSaved = z.infer<typeof CarriedActionSaved>;

/** Body of `POST /bilans/{id}/own-items`: an item the territory adds to a heading (the server gives its id). */
export const OwnItemInput = z.strictObject({
  heading: BilanHeading,
  label: line(300),
  hint: text(1000),
  /**
   * « Annuler » after a removal: the item comes back under its id (when no item has taken it) with its answer, as
   * `DELETE …/own-items/{item}` gave them back.
   */
  restore: z.optional(z.strictObject({ id: Id, answer: z.optional(BilanItemAnswer) })),
});
export type OwnItemInput = z.infer<typeof OwnItemInput>;

/** What a removal took out: the item and its answer, to put them back with « Annuler ». */
export const OwnItemRemoved = z.object({
  item: BilanTemplateItem,
  answer: z.optional(BilanItemAnswer),
  version: PositiveInt,
});
export type OwnItemRemoved = z.infer<typeof OwnItemRemoved>;

export const OwnItemSaved = z.object({ item: BilanTemplateItem, version: PositiveInt });
export type OwnItemSaved = z.infer<typeof OwnItemSaved>;
