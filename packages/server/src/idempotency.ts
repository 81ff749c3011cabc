// The IETF Idempotency-Key draft, for every POST that creates something (a registration, a questionnaire answer):
// a retry of a request that succeeded gets the same answer, a retry while it still runs gets 409, and a key reused
// for another body gets 422.
import { createHash } from 'node:crypto';
import type { Db, Queryable } from './db.js';
import { HttpProblem } from './problem.js';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** An answer as first given, replayed as is. */
export interface Stored {
  status: number;
  body: unknown;
}

/** Keys whose first request is still running in this process (SQLite runs in one process). */
const inFlight = new Set<string>();
const inProgress = () => new HttpProblem(409, 'idempotency_in_progress', { retryAfter: 1 });

/**
 * Runs `work` once per `key` within `scope`, in one transaction with the stored answer, so a replay finds it and a
 * concurrent twin waits for nothing (409). Without a key, `work` simply runs in a transaction.
 */
export async function idempotent(
  db: Db,
  scope: string,
  key: string | undefined,
  request: unknown,
  work: (q: Queryable, now: string) => Promise<Stored>,
): Promise<Stored> {
  const requestHash = sha256(JSON.stringify(request));
  const flightKey = key ? `${db.id}:${scope}:${key}` : undefined;
  if (flightKey) {
    if (inFlight.has(flightKey)) throw inProgress();
    inFlight.add(flightKey);
  }
  try {
    return await db.tx(async (q) => {
      // Other server processes on the same PostgreSQL: the key's lock is held until commit.
      if (key && !(await db.tryLockKey(q, `${scope}:${key}`))) throw inProgress();
      if (key) {
        const seen = await q.get<{ request_hash: string; status: number; body: string }>(
          'SELECT request_hash, status, body FROM idempotency_keys WHERE scope = ? AND key = ?',
          [scope, key],
        );
        if (seen) {
          if (seen.request_hash !== requestHash)
            throw new HttpProblem(422, 'idempotency_key_reused');
          return { status: seen.status, body: JSON.parse(seen.body) as unknown };
        }
      }
      const now = new Date().toISOString();
      const stored = await work(q, now);
      // The stored copy keeps any secret the answer shows once: a replay must give the same answer (48 h).
      if (key)
        await q.run(
          'INSERT INTO idempotency_keys (scope, key, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
          [scope, key, requestHash, stored.status, JSON.stringify(stored.body), now],
        );
      return stored;
    });
  } finally {
    if (flightKey) inFlight.delete(flightKey);
  }
}
