import * as z from 'zod/mini';

/** Machine-readable reasons, one per outcome a widget explains differently. */
export const PROBLEM_CODES = [
  'validation',
  'malformed_json',
  'payload_too_large',
  'not_found',
  'unauthorized',
  'forbidden',
  'session_full',
  'already_registered',
  'registration_not_open',
  'registration_closed',
  'session_cancelled',
  'session_past',
  'already_cancelled',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'version_conflict',
  'rate_limited',
  'unsupported_media_type',
  'method_not_allowed',
  'server_error',
  'precondition_required',
  'edit_link_invalid',
  'edit_link_expired',
  'edit_link_revoked',
  'secret_in_query',
] as const;
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
