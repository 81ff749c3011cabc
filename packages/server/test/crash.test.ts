// The server killed (SIGKILL) in the middle of 1,000 registrations, restarted, and every request replayed with its key.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { openSqlite } from '../dist/index.js';
import {
  createSession,
  freePorts,
  freshPgUrl,
  openDb,
  person,
  startProcess,
  TOKEN,
} from './helpers.js';
import { sha256 } from '../dist/registrations.js';

const TOTAL = 1000;
const CONCURRENCY = 25;

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

async function post(base: string, sessionId: string, n: number, key: string): Promise<Answer> {
  const res = await fetch(`${base}/sessions/${sessionId}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(person(n)),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Sends requests `0..TOTAL-1` with CONCURRENCY workers; `onAnswer` sees each answer as it comes. */
async function sendAll(
  send: (n: number) => Promise<Answer>,
  onAnswer: (n: number, a: Answer) => void,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < TOTAL) {
        const n = next++;
        try {
          onAnswer(n, await send(n));
        } catch {
          /* the connection died with the server */
        }
      }
    }),
  );
}

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`crash and replay on ${kind}`, () => {
    it(`SIGKILL during ${TOTAL} requests, restart, replay with the same keys: no duplicate, nothing answered is lost`, async () => {
      let target: string[];
      if (kind === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'cc-crash-'));
        dirs.push(dir);
        const file = join(dir, 'cc.sqlite');
        const db = openSqlite(file);
        await db.tx((q) =>
          q.run(
            'INSERT INTO organiser_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)',
            [randomUUID(), 'Tests', sha256(TOKEN), new Date().toISOString()],
          ),
        );
        await db.close();
        target = ['--db', file];
      } else {
        const url = await freshPgUrl();
        await (await openDb('postgres', url)).close();
        target = ['--database-url', url];
      }
      const port = (await freePorts(1))[0]!;
      const base = `http://127.0.0.1:${port}/api/v1`;
      let child: ChildProcess = await startProcess(target, port);
      const sessionId = await createSession(base, { capacity: 20 });
      const keys = Array.from({ length: TOTAL }, () => randomUUID());

      const before = new Map<number, Answer>();
      await sendAll(
        (n) => post(base, sessionId, n, keys[n]!),
        (n, a) => {
          before.set(n, a);
          if (before.size === 300) child.kill('SIGKILL');
        },
      );
      assert.ok(
        before.size >= 300 && before.size < TOTAL,
        `${before.size} answered before the kill`,
      );
      assert.ok(
        [...before.values()].every((a) => a.status === 201),
        'every answer before the kill is a registration',
      );

      child = await startProcess(target, port);
      try {
        const replayed = new Map<number, Answer>();
        await sendAll(
          (n) => post(base, sessionId, n, keys[n]!),
          (n, a) => replayed.set(n, a),
        );
        assert.equal(replayed.size, TOTAL);
        assert.deepEqual(
          [...replayed.values()].filter((a) => a.status !== 201).map((a) => a.body.code),
          [],
        );
        for (const [n, a] of before)
          assert.deepEqual(replayed.get(n)!.body, a.body, `request ${n} answered the same`);

        const list = await fetch(`${base}/sessions/${sessionId}/registrations`, {
          headers: { Authorization: `Bearer ${TOKEN}` },
        });
        const { items } = (await list.json()) as {
          items: { id: string; email: string; status: string; waitlistPosition: number | null }[];
        };
        assert.equal(items.length, TOTAL, 'one registration per person');
        assert.equal(new Set(items.map((r) => r.email)).size, TOTAL);
        assert.deepEqual(
          new Set(items.map((r) => r.id)),
          new Set([...replayed.values()].map((a) => a.body.id)),
        );
        assert.equal(items.filter((r) => r.status === 'confirmed').length, 20);
        const positions = items
          .filter((r) => r.status === 'waitlisted')
          .map((r) => r.waitlistPosition)
          .sort((x, y) => x! - y!);
        assert.deepEqual(
          positions,
          Array.from({ length: TOTAL - 20 }, (_, i) => i + 1),
        );
      } finally {
        child.kill('SIGTERM');
      }
    });
  });
}
