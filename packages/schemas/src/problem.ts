import * as z from 'zod/mini';
import { PROBLEM_CODES } from './constants.js';

export { PROBLEM_CODES };
export const ProblemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCode>;

export const FieldError = z.object({
  /** Dotted path of the field, e.g. `email` or `venue.town`. */
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 `application/problem+json`, with our `code` and per-field `errors`. */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.optional(ProblemCode),
  errors: z.optional(z.array(FieldError)),
  opensAt: z.optional(z.string()),
  closesAt: z.optional(z.string()),
  /** With `version_conflict`: the document as it now is, so the author can compare and choose. */
  current: z.optional(z.unknown()),
});
export type Problem = z.infer<typeof Problem>;
