import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createServer, type AddressInfo, type Server } from 'node:net';
import pg from 'pg';
import { createApp, openPostgres, openSqlite, type Db } from '../dist/index.js';
import { sha256 } from '../dist/registrations.js';

export const PG_URL = process.env.CC_TEST_PG_URL;
export const TOKEN = 'cc_test_organiser_token';

/** A fresh PostgreSQL database for one test, in the throwaway cluster. */
export async function freshPgUrl(): Promise<string> {
  if (!PG_URL)
    throw new Error(
      'CC_TEST_PG_URL is not set: run the tests through `npm test`, which starts a throwaway PostgreSQL',
    );
  const name = `cc_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return u.href;
}

export async function openDb(kind: 'sqlite' | 'postgres', url?: string): Promise<Db> {
  const db =
    kind === 'sqlite'
      ? openSqlite(':memory:')
      : await openPostgres(url ?? (await freshPgUrl()), 20);
  await db.tx((q) =>
    q.run('INSERT INTO organiser_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)', [
      randomUUID(),
      'Tests',
      sha256(TOKEN),
      new Date().toISOString(),
    ]),
  );
  return db;
}

export interface Running {
  base: string;
  db: Db;
  close(): Promise<void>;
}

/** The app on a real HTTP port of 127.0.0.1. */
export async function startApp(
  db: Db,
  opts: Omit<Parameters<typeof createApp>[0], 'db'> = {},
): Promise<Running> {
  const app = createApp({ ...opts, db, rateLimitPerMinute: opts.rateLimitPerMinute ?? 0 });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}/api/v1`,
    db,
    close: () => new Promise<void>((r) => server.close(() => r())).then(() => db.close()),
  };
}

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/**
 * `n` distinct ports free right now, chosen by the system (fixed numbers collide with whatever else runs on the
 * machine): all are held open together, then released for the servers about to use them.
 */
export async function freePorts(n: number): Promise<number[]> {
  const probes = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<Server>((resolve, reject) => {
          const probe = createServer();
          probe.once('error', reject);
          probe.listen(0, '127.0.0.1', () => resolve(probe));
        }),
    ),
  );
  const ports = probes.map((p) => (p.address() as AddressInfo).port);
  await Promise.all(probes.map((p) => new Promise((resolve) => p.close(resolve))));
  return ports;
}

/** A `cc-server` child process; resolves when it listens. */
export function startProcess(
  args: string[],
  port: number,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, '--port', String(port), '--quiet', '--rate-limit', '0', ...args],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
    );
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.stdout.on('data', (d) => {
      if (String(d).includes('prêt')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`cc-server exited ${code}: ${err}`)));
  });
}

/** One JSON call to the API: its status, ETag and body (an empty body reads as `{}`). */
export async function call(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    etag: res.headers.get('ETag'),
    body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
  };
}

export const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };

export function futureSession(overrides: Record<string, unknown> = {}) {
  const start = new Date(Date.now() + 7 * 86400_000);
  start.setUTCHours(17, 0, 0, 0);
  const end = new Date(start.getTime() + 2 * 3600_000);
  return {
    kind: 'thematic',
    title: 'Masterclass : test',
    speakers: [{ name: 'Intervenante', role: 'Professionnelle' }],
    start: start.toISOString(),
    end: end.toISOString(),
    venue: { name: 'IREV', address: '135 boulevard Paul Painlevé', town: 'Lille' },
    capacity: 20,
    waitingList: true,
    ...overrides,
  };
}

export async function createSession(
  base: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await fetch(`${base}/sessions`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify(futureSession(overrides)),
  });
  if (res.status !== 201) throw new Error(`create session: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

export const person = (n: number) => ({
  firstName: `Prénom${n}`,
  lastName: 'Test',
  email: `personne${n}@example.org`,
});

export async function registerOnce(
  base: string,
  sessionId: string,
  body: unknown,
  key = randomUUID(),
) {
  const res = await fetch(`${base}/sessions/${sessionId}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    type: res.headers.get('Content-Type') ?? '',
    retryAfter: res.headers.get('Retry-After'),
    body: (await res.json()) as Record<string, unknown>,
  };
}
