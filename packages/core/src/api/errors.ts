import type { FieldError, Locale, Problem, ProblemCode } from '@conseils-citoyens/schemas';
import { PROBLEM_TITLES } from '@conseils-citoyens/schemas/problem-titles.js';
import { translations } from '../i18n/translations.js';

/** Every way a call can fail, each explained differently to a resident. */
export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'invalid_response'
  | 'validation'
  | 'conflict'
  | 'full'
  | 'not_found'
  | 'unauthorized'
  | 'rate_limited'
  | 'server'
  | 'config';

export interface ApiErrorInit {
  status?: number;
  problem?: Problem;
  retryAfterMs?: number;
  cause?: unknown;
  /** For `invalid_response`: what did not match. */
  details?: string;
}

/** A failure of the API, typed, with a message fit to show to a resident in French or English. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status?: number;
  readonly problem?: Problem;
  readonly retryAfterMs?: number;
  readonly details?: string;

  constructor(
    readonly kind: ApiErrorKind,
    init: ApiErrorInit = {},
  ) {
    super(
      `${kind}${init.status ? ` (${init.status})` : ''}${init.details ? `: ${init.details}` : ''}`,
      { cause: init.cause },
    );
    this.status = init.status;
    this.problem = init.problem;
    this.retryAfterMs = init.retryAfterMs;
    this.details = init.details;
  }

  /** The server's machine-readable reason, when it gave one. */
  get code(): ProblemCode | undefined {
    return this.problem?.code;
  }

  /** Per-field errors (validation), keyed by dotted path. */
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  /** Whether trying the same call again may succeed. */
  get retryable(): boolean {
    return ['network', 'timeout', 'server', 'rate_limited'].includes(this.kind);
  }

  /** A sentence for a resident: what happened and what to do. */
  messageFor(locale: Locale = 'fr'): string {
    const code = this.code;
    if (code && code !== 'validation' && code !== 'server_error')
      return PROBLEM_TITLES[code][locale];
    return translations[locale].errors[this.kind];
  }
}
