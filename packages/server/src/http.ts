// Request plumbing shared by every route: locale, JSON bodies, ids, auth, rate limit.
import type { Context, MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { Id, REQUEST_MESSAGES, fieldErrors } from '@conseils-citoyens/schemas';
import type { Db } from './db.js';
import { HttpProblem, localeOf } from './problem.js';

export { localeOf };
import { sha256 } from './idempotency.js';

export const MAX_BODY_BYTES = 64 * 1024;

const CsvQuery = z.object({
  separator: z._default(z.enum(['semicolon', 'comma']), 'semicolon'),
});
/** A CSV's separator: `;` (what a French spreadsheet opens right), or `,` with `?separator=comma`; 422 otherwise. */
export const csvSeparatorOf = (c: Context): ';' | ',' =>
  parse(c, CsvQuery, c.req.query()).separator === 'comma' ? ',' : ';';

/** Reads and validates a JSON body: 415, 413, 400 or 422 — never a 500. */
export async function jsonBody<T>(c: Context, schema: z.ZodMiniType<T>): Promise<T> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type))
    throw new HttpProblem(415, 'unsupported_media_type');
  const declared = Number(c.req.header('Content-Length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpProblem(413, 'payload_too_large');
  const raw = await c.req.arrayBuffer();
  if (raw.byteLength > MAX_BODY_BYTES) throw new HttpProblem(413, 'payload_too_large');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    throw new HttpProblem(400, 'malformed_json');
  }
  return parse(c, schema, value);
}

export function parse<T>(c: Context, schema: z.ZodMiniType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new HttpProblem(422, 'validation', { errors: fieldErrors(r.error, value, localeOf(c)) });
  return r.data;
}

/** A path id that cannot exist is simply not found. */
export function idParam(c: Context, name = 'id'): string {
  const v = c.req.param(name) ?? '';
  if (!Id.safeParse(v).success) throw new HttpProblem(404, 'not_found');
  return v;
}

export function organiserOnly(db: Db): MiddlewareHandler {
  return async (c, next) => {
    const auth = c.req.header('Authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
    const found =
      token &&
      (await db.get('SELECT id FROM organiser_tokens WHERE token_hash = ?', [sha256(token)]));
    if (!found) {
      c.header('WWW-Authenticate', 'Bearer realm="cc-server"');
      throw new HttpProblem(401, 'unauthorized');
    }
    await next();
  };
}

/** A fixed window per client address for public writes; `limit` 0 turns it off. */
export function rateLimit(
  limit: number,
  windowMs: number,
  clientOf: (c: Context) => string,
): MiddlewareHandler {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return async (c, next) => {
    if (limit > 0 && c.req.method !== 'GET' && c.req.method !== 'OPTIONS') {
      const now = Date.now();
      const key = clientOf(c);
      let h = hits.get(key);
      if (!h || h.resetAt <= now) {
        if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
        h = { count: 0, resetAt: now + windowMs };
        hits.set(key, h);
      }
      if (++h.count > limit) {
        const retryAfter = Math.ceil((h.resetAt - now) / 1000);
        c.header('Retry-After', String(retryAfter));
        throw new HttpProblem(429, 'rate_limited', { retryAfter });
      }
    }
    await next();
  };
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,255}$/;

/** The request's Idempotency-Key, if any; 422 naming the header when it is malformed. */
export function idempotencyKeyOf(c: Context): string | undefined {
  const key = c.req.header('Idempotency-Key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key))
    throw new HttpProblem(422, 'validation', {
      errors: [
        {
          field: 'Idempotency-Key',
          code: 'invalid_format',
          message: REQUEST_MESSAGES[localeOf(c)].idempotencyKey,
        },
      ],
    });
  return key;
}
