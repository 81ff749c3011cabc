import type { Context } from 'hono';
import type { FieldError, Locale, ProblemCode } from '@conseils-citoyens/schemas';
import { PROBLEM_TITLES } from '@conseils-citoyens/schemas';

/** A failure that becomes an `application/problem+json` answer. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly extra: {
      errors?: FieldError[];
      detail?: Partial<Record<Locale, string>>;
      opensAt?: string;
      closesAt?: string;
      retryAfter?: number;
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

/** French unless the first language asked is English. */
export function localeOf(c: Context): Locale {
  const first = (c.req.header('Accept-Language') ?? '')
    .split(',')[0]
    ?.trim()
    .slice(0, 2)
    .toLowerCase();
  return first === 'en' ? 'en' : 'fr';
}

/** The one way an error leaves the server: `application/problem+json`, titled in the caller's language. */
export function problemResponse(c: Context, p: HttpProblem): Response {
  if (p.extra.retryAfter) c.header('Retry-After', String(p.extra.retryAfter));
  const locale = localeOf(c);
  const instance = p.status >= 500 ? undefined : c.req.path;
  return c.body(JSON.stringify(problemBody(p, locale, instance)), p.status as 400, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}
