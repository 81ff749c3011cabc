/**
 * A questionnaire's results as the API serves them: counts per question, computed by the database, with every count
 * under the threshold suppressed (« moins de 5 ») so that no resident can be recognised. Question ids are stable
 * across versions and territories, so results of shared questions compare.
 */
import * as z from 'zod/mini';
import { Id, IsoDate, NonNegativeInt, PositiveInt, line } from './primitives.js';

/** Below this many answers, a count is not shown; a site may raise it, never below 3. */
export const SMALL_GROUP_DEFAULT = 5;
export const SMALL_GROUP_MINIMUM = 3;

/** A count, or null when it is under the threshold (shown as « moins de N »). */
const Count = z.nullable(NonNegativeInt);

const Threshold = z._default(
  z.coerce.number().check(z.int(), z.gte(SMALL_GROUP_MINIMUM), z.lte(100)),
  SMALL_GROUP_DEFAULT,
);

export const ResultsQuery = z.strictObject({
  version: z.optional(z.coerce.number().check(z.int(), z.gte(1))),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
  /** Only the answers where this question… */
  question: z.optional(Id),
  /** …has this answer (an option's value, `yes` / `no`, a number). */
  answer: z.optional(line(200)),
  threshold: Threshold,
});
export type ResultsQuery = z.infer<typeof ResultsQuery>;

export const QuestionResult = z.object({
  id: Id,
  type: z.string(),
  /** How many answered it. */
  answered: Count,
  /** Choices, yes/no, scale and number values: how many chose each. */
  counts: z.optional(z.array(z.object({ value: z.string(), count: Count }))),
  /** Scales and numbers: over the answers given, when there are enough. */
  stats: z.optional(
    z.nullable(
      z.object({ mean: z.number(), median: z.number(), min: z.number(), max: z.number() }),
    ),
  ),
  /** A matrix: how many chose each column in each row. */
  cells: z.optional(z.array(z.object({ row: z.string(), column: z.string(), count: Count }))),
  /** A ranking: each option's average place (1 is first). */
  ranks: z.optional(
    z.array(z.object({ value: z.string(), average: z.nullable(z.number()), count: Count })),
  ),
  /** Free text and « Autre » texts: organisers only (a text may name its writer). */
  texts: z.optional(z.array(z.string())),
});
export type QuestionResult = z.infer<typeof QuestionResult>;

export const QuestionnaireResults = z.object({
  questionnaireId: Id,
  /** The version whose questions and labels the results follow. */
  version: PositiveInt,
  threshold: PositiveInt,
  /** Answers by version (all of them, unfiltered), paper ones among them, and drafts saved to resume. */
  versions: z.array(z.object({ version: PositiveInt, answers: Count, paper: Count })),
  drafts: Count,
  /** The answers the filters keep; null when fewer than the threshold (then nothing else is shown). */
  total: Count,
  questions: z.array(QuestionResult),
});
export type QuestionnaireResults = z.infer<typeof QuestionnaireResults>;

export const ComparisonQuery = z.strictObject({ threshold: Threshold });
export type ComparisonQuery = z.infer<typeof ComparisonQuery>;

/**
 * A shared questionnaire's common (`core`) questions compared across the territories that adapted it — the resource
 * centre's view: the template's own answers first, then each territory's published questionnaire, each with its
 * results kept to those questions (same ids, same meaning everywhere), small groups suppressed, no free text.
 */
export const TerritoryComparison = z.object({
  templateId: Id,
  threshold: PositiveInt,
  territories: z.array(
    z.object({ id: Id, territory: z.optional(line(200)), results: QuestionnaireResults }),
  ),
});
export type TerritoryComparison = z.infer<typeof TerritoryComparison>;
