// Capacity under load, on SQLite and PostgreSQL: no overbooking, a gapless waiting list, idempotency.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { RegistrationReceipt, Session } from '@conseils-citoyens/schemas';
import { purge } from '../dist/registrations.js';
import {
  auth,
  createSession,
  freePorts,
  freshPgUrl,
  openDb,
  person,
  registerOnce,
  startApp,
  startProcess,
  type Running,
} from './helpers.js';

/** Until the first request waits on the held lock: on PostgreSQL the database says so; SQLite queues it at once. */
async function firstRequestWaiting(app: Running) {
  if (app.db.kind !== 'postgres') return new Promise((r) => setTimeout(r, 150));
  for (let i = 0; i < 200; i++) {
    const row = await app.db.get<{ n: number | string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
    );
    if (Number(row?.n) > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the first request never reached the held lock');
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`capacity on ${kind}`, () => {
    let app: Running;
    before(async () => {
      app = await startApp(await openDb(kind));
    });
    after(() => app.close());

    it('500 concurrent registrations for 20 seats: 20 confirmed, 480 waitlisted 1..480, no 5xx', async () => {
      const id = await createSession(app.base);
      const answers = await Promise.all(
        Array.from({ length: 500 }, (_, i) => registerOnce(app.base, id, person(i))),
      );
      assert.deepEqual(
        answers.filter((a) => a.status >= 500),
        [],
      );
      assert.ok(
        answers.every((a) => a.status === 201 && RegistrationReceipt.safeParse(a.body).success),
      );
      const confirmed = answers.filter((a) => a.body.status === 'confirmed');
      const positions = answers
        .filter((a) => a.body.status === 'waitlisted')
        .map((a) => a.body.waitlistPosition as number)
        .sort((x, y) => x - y);
      assert.equal(confirmed.length, 20);
      assert.deepEqual(
        positions,
        Array.from({ length: 480 }, (_, i) => i + 1),
      );
      const stored = await app.db.all<{ id: string }>(
        'SELECT id FROM registrations WHERE session_id = ?',
        [id],
      );
      assert.deepEqual(new Set(stored.map((r) => r.id)), new Set(answers.map((a) => a.body.id)));
      const session = Session.parse(await (await fetch(`${app.base}/sessions/${id}`)).json());
      assert.deepEqual(
        [session.confirmed, session.waitlisted, session.seatsLeft, session.status],
        [20, 480, 0, 'full'],
      );
    });

    it('with the waiting list off: 20 confirmed and 480 × 409 problem+json', async () => {
      const id = await createSession(app.base, { waitingList: false });
      const answers = await Promise.all(
        Array.from({ length: 500 }, (_, i) => registerOnce(app.base, id, person(i))),
      );
      assert.equal(answers.filter((a) => a.status === 201).length, 20);
      const refused = answers.filter((a) => a.status === 409);
      assert.equal(refused.length, 480);
      assert.ok(
        refused.every(
          (a) =>
            a.type.startsWith('application/problem+json') &&
            a.body.code === 'session_full' &&
            a.body.title === 'Cette séance est complète.',
        ),
      );
    });

    it('50 parallel requests with one key and one body: one registration, identical answers, 409 while the first runs; another body: 422', async () => {
      const id = await createSession(app.base);
      const key = randomUUID();
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => registerOnce(app.base, id, person(1), key)),
      );
      const created = answers.filter((a) => a.status === 201);
      const busy = answers.filter((a) => a.status === 409);
      assert.equal(created.length + busy.length, 50);
      assert.ok(created.length >= 1);
      assert.ok(
        busy.every((a) => a.body.code === 'idempotency_in_progress' && a.retryAfter === '1'),
      );
      const replay = await registerOnce(app.base, id, person(1), key);
      assert.equal(replay.status, 201);
      assert.equal(new Set([...created, replay].map((a) => JSON.stringify(a.body))).size, 1);
      const rows = await app.db.all('SELECT id FROM registrations WHERE session_id = ?', [id]);
      assert.equal(rows.length, 1);
      const other = await registerOnce(app.base, id, person(2), key);
      assert.equal(other.status, 422);
      assert.equal(other.body.code, 'idempotency_key_reused');
    });

    it('a retry while the first request is still running: 409 idempotency_in_progress, then the first answer', async () => {
      const id = await createSession(app.base);
      const key = randomUUID();
      // Hold the session's lock (acquired before the first request is sent) so that it waits inside the server.
      let release!: () => void;
      const held = new Promise<void>((r) => {
        release = r;
      });
      let locked!: () => void;
      const lockTaken = new Promise<void>((r) => {
        locked = r;
      });
      const holder = app.db.tx(async (q) => {
        await q.get(`SELECT id FROM sessions WHERE id = ?${app.db.forUpdate}`, [id]);
        locked();
        await held;
      });
      await lockTaken;
      const first = registerOnce(app.base, id, person(3), key);
      let retry;
      try {
        await firstRequestWaiting(app);
        retry = await registerOnce(app.base, id, person(3), key);
      } finally {
        release();
        await holder;
      }
      assert.equal(retry.status, 409);
      assert.equal(retry.body.code, 'idempotency_in_progress');
      assert.equal(retry.body.title, 'La même demande est déjà en cours de traitement.');
      const done = await first;
      assert.equal(done.status, 201);
      assert.deepEqual((await registerOnce(app.base, id, person(3), key)).body, done.body);
    });

    it('idempotency keys are kept at least 24 hours, through a purge', async () => {
      const id = await createSession(app.base);
      const key = randomUUID();
      const first = await registerOnce(app.base, id, person(4), key);
      const dayAgo = new Date(Date.now() - 25 * 3600_000).toISOString();
      await app.db.run('UPDATE idempotency_keys SET created_at = ? WHERE key = ?', [dayAgo, key]);
      await purge(app.db, new Date(0));
      const replay = await registerOnce(app.base, id, person(4), key);
      assert.deepEqual([replay.status, replay.body], [201, first.body]);
    });

    it('the same email with another key: 409 déjà inscrit, one active registration', async () => {
      const id = await createSession(app.base);
      assert.equal((await registerOnce(app.base, id, person(7))).status, 201);
      const again = await registerOnce(app.base, id, {
        ...person(7),
        email: 'PERSONNE7@example.org',
      });
      assert.equal(again.status, 409);
      assert.equal(again.body.code, 'already_registered');
      assert.match(String(again.body.title), /déjà inscrit/);
    });

    it('200 cancellations racing 200 registrations: never over capacity, the waiting list promoted first in, first out', async () => {
      const id = await createSession(app.base, { capacity: 200 });
      const first = await Promise.all(
        Array.from({ length: 400 }, (_, i) => registerOnce(app.base, id, person(i))),
      );
      const confirmed = first.filter((a) => a.body.status === 'confirmed');
      const waitlistOrder = first
        .filter((a) => a.body.status === 'waitlisted')
        .sort((a, b) => (a.body.waitlistPosition as number) - (b.body.waitlistPosition as number))
        .map((a) => String(a.body.id));
      assert.deepEqual([confirmed.length, waitlistOrder.length], [200, 200]);
      let max = 0;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          const s = await app.db.get<{ n: number | string }>(
            `SELECT COUNT(*) AS n FROM registrations WHERE session_id = ? AND status = 'confirmed'`,
            [id],
          );
          max = Math.max(max, Number(s?.n));
          await new Promise((r) => setTimeout(r, 1));
        }
      })();
      const cancels = confirmed.map((a) =>
        fetch(
          `${app.base}/registrations/${String(a.body.id)}?token=${String(a.body.cancellationToken)}`,
          {
            method: 'DELETE',
          },
        ).then((r) => r.status),
      );
      const news = Array.from({ length: 200 }, (_, i) =>
        registerOnce(app.base, id, person(1000 + i)),
      );
      const [cancelStatuses, newAnswers] = await Promise.all([
        Promise.all(cancels),
        Promise.all(news),
      ]);
      sampling = false;
      await sampler;
      assert.ok(cancelStatuses.every((s) => s === 200));
      assert.ok(newAnswers.every((a) => a.status === 201));
      assert.ok(max <= 200, `confirmed reached ${max}`);
      const rows = await app.db.all<{ id: string; status: string }>(
        'SELECT id, status FROM registrations WHERE session_id = ?',
        [id],
      );
      const nowConfirmed = new Set(rows.filter((r) => r.status === 'confirmed').map((r) => r.id));
      // A seat freed by a cancellation goes, in the same transaction, to the first on the waiting list: newcomers never jump it.
      assert.deepEqual(nowConfirmed, new Set(waitlistOrder));
      // The newcomers now wait in the order they arrived, 1..200 (read back now: positions moved as seats were handed on).
      const list = (await (
        await fetch(`${app.base}/sessions/${id}/registrations`, { headers: auth })
      ).json()) as { items: { id: string; waitlistPosition: number | null }[] };
      const newIds = new Set(newAnswers.map((a) => String(a.body.id)));
      assert.deepEqual(
        list.items.filter((r) => newIds.has(r.id)).map((r) => r.waitlistPosition),
        Array.from({ length: 200 }, (_, i) => i + 1),
      );
    });
  });
}

describe('PostgreSQL with four server processes against one database', () => {
  it('500 concurrent registrations across 4 processes: exactly 20 confirmed, waiting list 1..480', async () => {
    const url = await freshPgUrl();
    const ports = await freePorts(4);
    const procs = [];
    try {
      // One by one: each runs migrations under a lock. Inside the try, so a process that fails to start leaves none behind.
      for (const p of ports) procs.push(await startProcess(['--database-url', url], p));
      const db = await openDb('postgres', url);
      const base0 = `http://127.0.0.1:${ports[0]}/api/v1`;
      const id = await createSession(base0);
      const answers = await Promise.all(
        Array.from({ length: 500 }, (_, i) =>
          registerOnce(`http://127.0.0.1:${ports[i % 4]}/api/v1`, id, person(i)),
        ),
      );
      assert.deepEqual(
        answers.filter((a) => a.status !== 201).map((a) => a.status),
        [],
      );
      assert.equal(answers.filter((a) => a.body.status === 'confirmed').length, 20);
      const positions = answers
        .filter((a) => a.body.status === 'waitlisted')
        .map((a) => a.body.waitlistPosition as number)
        .sort((x, y) => x - y);
      assert.deepEqual(
        positions,
        Array.from({ length: 480 }, (_, i) => i + 1),
      );
      await db.close();
    } finally {
      for (const p of procs) p.kill();
    }
  });
});
