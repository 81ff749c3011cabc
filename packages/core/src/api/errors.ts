import type { FieldError, Locale, Problem, ProblemCode } from '@conseils-citoyens/schemas';
import { coreStrings } from '../i18n/translations.js';

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
  /** The language the problem's `title` is in: the one the request asked for (Accept-Language). */
  titleLocale?: Locale;
}

/** A failure of the API, typed, with a message fit to show to a resident in French or English. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status?: number;
  readonly problem?: Problem;
  readonly retryAfterMs?: number;
  readonly details?: string;
  readonly titleLocale?: Locale;

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
    this.titleLocale = init.titleLocale;
  }

  /** The server's machine-readable reason, when it gave one. */
  get code(): ProblemCode | undefined {
    return this.problem?.code;
  }

  /** Per-field errors (validation), keyed by dotted path. */
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  /**
   * Whether the door is closed for good: a link withdrawn, past its date or not this document's. Trying again
   * cannot help; only a new link can, and the message says so.
   */
  get final(): boolean {
    return (
      this.code === 'edit_link_revoked' ||
      this.code === 'edit_link_expired' ||
      this.code === 'edit_link_invalid'
    );
  }

  /** Whether trying the same call again may succeed. */
  get retryable(): boolean {
    return ['network', 'timeout', 'server', 'rate_limited'].includes(this.kind);
  }

  /**
   * A sentence for a resident: what happened and what to do. A problem with a specific code is explained by the
   * API's own title when it is in the language asked for (the server writes them from schemas/problem-titles.ts,
   * so a page needs no copy of that table); otherwise by the kind of failure.
   */
  messageFor(locale: Locale = 'fr'): string {
    const code = this.code;
    const title = this.problem?.title;
    if (
      code &&
      code !== 'validation' &&
      code !== 'server_error' &&
      title &&
      this.titleLocale === locale
    )
      return title;
    const t = coreStrings.of(locale);
    return this.final ? t.linkClosed : t.errors[this.kind];
  }
}

/** Whatever a call threw, as an ApiError: a bug or an unreadable answer reads as an invalid response. */
export const asApiError = (e: unknown): ApiError =>
  e instanceof ApiError ? e : new ApiError('invalid_response', { cause: e });
