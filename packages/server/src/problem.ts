import type { FieldError, Locale, ProblemCode } from '@conseils-citoyens/schemas';
import { PROBLEM_TITLES } from '@conseils-citoyens/schemas';

/** A failure that becomes an `application/problem+json` answer. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly extra: {
      errors?: FieldError[]; detail?: Partial<Record<Locale, string>>; opensAt?: string; closesAt?: string; retryAfter?: number;
      /** With a 412: the document as it now is. */
      current?: unknown;
    } = {},
  ) {
    super(code);
  }
}

export function problemBody(p: HttpProblem, locale: Locale, instance?: string) {
  const { errors, detail, opensAt, closesAt, current } = p.extra;
  return {
    type: `https://conseils-citoyens.github.io/elements/problems/${p.code}`,
    title: PROBLEM_TITLES[p.code][locale],
    status: p.status,
    code: p.code,
    ...(detail?.[locale] ? { detail: detail[locale] } : {}),
    ...(instance ? { instance } : {}),
    ...(errors ? { errors } : {}),
    ...(opensAt ? { opensAt } : {}),
    ...(closesAt ? { closesAt } : {}),
    ...(current ? { current } : {}),
  };
}
