// A council's charte: chosen from a library of clauses by answering plain questions (the builder's steps), the way
// the Creative Commons chooser turns answers into a licence. The steps are a questionnaire definition (pages,
// questions, conditions as data), so they are checked and shown with the questionnaire's own rules; their answers
// are the charte's variables (`{{nombre_membres}}`) and choose its clauses and variants. Clauses that restate the
// law are locked: they show their source and only their variables change.
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
} from './primitives.js';
import { versionFields } from './documents.js';
import { Answers, Condition, QuestionnairePage } from './questionnaire.js';
import { CHARTE_KINDS, CHARTE_SECTIONS, MOVABLE_SECTIONS } from './charte-constants.js';

export { CHARTE_KINDS, CHARTE_SECTIONS };

export const CharteKind = z.enum(CHARTE_KINDS);
export type CharteKind = z.infer<typeof CharteKind>;

export const CharteSection = z.enum(CHARTE_SECTIONS);
export type CharteSection = z.infer<typeof CharteSection>;

/** Where a locked clause comes from: the text, its article, a link to read it. */
export const ClauseSource = z.strictObject({
  text: line(300),
  article: z.optional(line(100)),
  url: z.optional(PageUrl),
});
export type ClauseSource = z.infer<typeof ClauseSource>;

/** One wording of a clause, chosen by an answer (its id is the chosen option's value). */
/** Wording of a clause: required, as long as an article can reasonably be. */
const wording = z.string().check(z.minLength(1), z.maxLength(10000));

export const ClauseVariant = z.strictObject({ id: Id, label: line(200), body: wording });
export type ClauseVariant = z.infer<typeof ClauseVariant>;

/** A clause of the library. `{{question}}` placeholders are filled with the answers to the steps. */
export const CharteClause = z.strictObject({
  id: Id,
  section: CharteSection,
  title: line(200),
  body: wording,
  /** The documents it belongs in. */
  kinds: z.array(CharteKind).check(z.minLength(1)),
  /** Restates the law or the cadre de référence: kept as written, never removed; only its variables change. */
  locked: z.boolean(),
  source: z.optional(ClauseSource),
  /** A council may leave it out. */
  optional: z.optional(z.boolean()),
  /** Included only when the answers say so (e.g. the « suppléants » clause if the council has alternates). */
  showIf: z.optional(Condition),
  /** The question whose answer picks one of the variants. */
  variantFrom: z.optional(Id),
  variants: z.optional(z.array(ClauseVariant).check(z.maxLength(10))),
});
export type CharteClause = z.infer<typeof CharteClause>;

/** The library: the steps (questions) and the clauses they choose and fill. */
export const CharteLibrary = z.strictObject({
  steps: z.array(QuestionnairePage).check(z.minLength(1), z.maxLength(20)),
  clauses: z.array(CharteClause).check(z.minLength(1), z.maxLength(300)),
});
export type CharteLibrary = z.infer<typeof CharteLibrary>;

/** What a council changed of a library clause: its own wording (unlocked only), or its removal (optional only). */
export const ClauseChoice = z.strictObject({
  clauseId: Id,
  body: z.optional(wording),
  removed: z.optional(z.literal(true)),
});
export type ClauseChoice = z.infer<typeof ClauseChoice>;

/** A clause the council wrote itself, marked as such wherever it shows. */
export const OwnClause = z.strictObject({
  id: Id,
  section: CharteSection,
  title: line(200),
  body: wording,
});
export type OwnClause = z.infer<typeof OwnClause>;

/** How the adopting body decided. */
export const AdoptionVote = z.union([
  z.strictObject({ consensus: z.literal(true) }),
  z.strictObject({ for: NonNegativeInt, against: NonNegativeInt, abstentions: NonNegativeInt }),
]);
export type AdoptionVote = z.infer<typeof AdoptionVote>;

/** The record of an adoption, stored with the exact version adopted. */
export const AdoptionRecord = z.strictObject({
  /** The date of the plenary that adopted it. */
  date: IsoDate,
  /** « Assemblée plénière du conseil citoyen des Moulins ». */
  body: line(300),
  vote: AdoptionVote,
  signatories: z.array(line(200)).check(z.maxLength(50)),
});
export type AdoptionRecord = z.infer<typeof AdoptionRecord>;

/** An article as adopted: its number, title and text, frozen with the version (what `assembleCharte()` gave). */
export const AdoptedArticle = z.object({
  number: z.int().check(z.gte(1)),
  id: Id,
  title: z.string(),
  text: z.string(),
  locked: z.boolean(),
  own: z.boolean(),
  changed: z.optional(z.boolean()),
  source: z.optional(ClauseSource),
  step: z.optional(z.string()),
});
export const AdoptedText = z.object({
  sections: z.array(z.object({ section: CharteSection, articles: z.array(AdoptedArticle) })),
});
export type AdoptedText = z.infer<typeof AdoptedText>;

export const CharteInput = z.strictObject({
  title: line(200),
  kind: CharteKind,
  /** The answers to the builder's steps: the variables, and what chooses clauses and variants. */
  answers: Answers,
  /** Only the clauses the council changed or left out; every other one is the library's. */
  clauses: z.optional(z.array(ClauseChoice).check(z.maxLength(300))),
  own: z.optional(z.array(OwnClause).check(z.maxLength(100))),
  /**
   * The council's order of the sections after the preamble and the principles, which always come first (the type
   * does not let them move). A section not listed keeps its place after the one it follows in the library.
   */
  sectionOrder: z.optional(
    z.array(z.enum(MOVABLE_SECTIONS)).check(z.maxLength(CHARTE_SECTIONS.length)),
  ),
  /**
   * The council's order of the articles within their sections (library clauses' and own clauses' ids); an article
   * moves within its section only, and those of the preamble and the principles keep the library's order.
   */
  articleOrder: z.optional(z.array(Id).check(z.maxLength(400))),
  status: z.enum(['draft', 'adopted']),
  adoptedAt: z.optional(IsoDateTime),
  adoption: z.optional(AdoptionRecord),
  /** Written by the server at adoption: the text as adopted (a draft's copy is dropped when saved). */
  adoptedText: z.optional(AdoptedText),
});
export type CharteInput = z.infer<typeof CharteInput>;

export const Charte = z.object({ id: Id, ...CharteInput.shape, ...versionFields });
export type Charte = z.infer<typeof Charte>;

/**
 * A version of a charte as it reads, for those who read without writing (the members of a consultation): adopted, its
 * text as adopted; a draft, assembled by the server from the library in the reader's language. A page that shows it
 * needs neither the clause library nor the assembling code.
 */
export const CharteText = z.object({
  id: Id,
  version: PositiveInt,
  title: z.string(),
  kind: CharteKind,
  status: z.enum(['draft', 'adopted']),
  adoption: z.optional(AdoptionRecord),
  sections: AdoptedText.shape.sections,
});
export type CharteText = z.infer<typeof CharteText>;

export const CharteList = Page(Charte);
export type CharteList = z.infer<typeof CharteList>;
