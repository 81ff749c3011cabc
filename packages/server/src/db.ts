/**
 * One small async interface over SQLite (better-sqlite3, embedded, the default) and PostgreSQL
 * (pg, for several server processes). Queries are written once with `?` placeholders.
 */
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';

export type Row = Record<string, unknown>;
export interface Queryable {
  all<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: unknown[]): Promise<T | undefined>;
  run(sql: string, params?: unknown[]): Promise<number>;
}
export interface Db extends Queryable {
  readonly kind: 'sqlite' | 'postgres';
  /** A write transaction that takes the write lock first (SQLite BEGIN IMMEDIATE; PostgreSQL row locks inside). */
  tx<T>(work: (q: Queryable) => Promise<T>): Promise<T>;
  /** `FOR UPDATE` where the database has row locks (PostgreSQL); SQLite's lock is the whole database. */
  readonly forUpdate: string;
  /** Tries a lock on `key` until the transaction ends (PostgreSQL advisory lock; SQLite's write lock already covers it). */
  tryLockKey(q: Queryable, key: string): Promise<boolean>;
  /** Distinguishes databases in one process (tests open several). */
  readonly id: string;
  close(): Promise<void>;
}

const MIGRATIONS = fileURLToPath(new URL('../migrations/', import.meta.url));

function migrationFiles(): { version: number; sql: string }[] {
  return readdirSync(MIGRATIONS)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number.parseInt(f, 10), sql: readFileSync(MIGRATIONS + f, 'utf8') }));
}

/** A promise queue: one SQLite transaction at a time on the shared connection. */
function mutex() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = last.then(fn, fn);
    last = run.catch(() => undefined);
    return run;
  };
}

export function openSqlite(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL'); // a confirmed seat survives a power cut
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  const cache = new Map<string, Database.Statement>();
  const stmt = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const q: Queryable = {
    all: async <T>(sql: string, params: unknown[] = []) => stmt(sql).all(...params) as T[],
    get: async <T>(sql: string, params: unknown[] = []) =>
      stmt(sql).get(...params) as T | undefined,
    run: async (sql: string, params: unknown[] = []) => stmt(sql).run(...params).changes,
  };
  const exclusive = mutex();
  migrate();
  return {
    kind: 'sqlite',
    forUpdate: '',
    id: randomUUID(),
    tryLockKey: async () => true,
    ...q,
    tx: (work) =>
      exclusive(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(q);
          db.exec('COMMIT');
          return result;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      }),
    close: async () => {
      db.close();
    },
  };

  function migrate() {
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const applied = new Set(
      db
        .prepare('SELECT version FROM schema_migrations')
        .all()
        .map((r) => (r as { version: number }).version),
    );
    for (const m of migrationFiles()) {
      if (applied.has(m.version)) continue;
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
          m.version,
          new Date().toISOString(),
        );
      }).immediate();
    }
  }
}

const toPg = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export async function openPostgres(url: string, poolSize = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {
    /* a dropped idle connection is replaced by the pool */
  });
  const on = (c: pg.Pool | pg.PoolClient): Queryable => ({
    all: async <T>(sql: string, params: unknown[] = []) =>
      (await c.query(toPg(sql), params)).rows as T[],
    get: async <T>(sql: string, params: unknown[] = []) =>
      (await c.query(toPg(sql), params)).rows[0] as T | undefined,
    run: async (sql: string, params: unknown[] = []) =>
      (await c.query(toPg(sql), params)).rowCount ?? 0,
  });
  // Several processes may start together: one migrates, the others wait on the advisory lock.
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(424242)');
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const applied = new Set(
      (await client.query('SELECT version FROM schema_migrations')).rows.map(
        (r) => (r as { version: number }).version,
      ),
    );
    for (const m of migrationFiles()) {
      if (applied.has(m.version)) continue;
      await client.query('BEGIN');
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        m.version,
        new Date().toISOString(),
      ]);
      await client.query('COMMIT');
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(424242)').catch(() => undefined);
    client.release();
  }
  return {
    kind: 'postgres',
    forUpdate: ' FOR UPDATE',
    id: randomUUID(),
    ...on(pool),
    tryLockKey: async (q, key) =>
      (
        await q.get<{ ok: boolean }>(
          'SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0)) AS ok',
          [key],
        )
      )?.ok === true,
    tx: async (work) => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const result = await work(on(c));
        await c.query('COMMIT');
        return result;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
    close: () => pool.end(),
  };
}
