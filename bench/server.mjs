// Registrations per second and p50/p99 latency at 1, 10 and 100 concurrent clients, on SQLite and
// PostgreSQL, and the session list with 1,000 sessions. Loopback only; bounded request counts.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { serve } from '@hono/node-server';
import { createApp, openPostgres, openSqlite } from '../packages/server/dist/index.js';
import { startPostgres } from '../scripts/pg-throwaway.mjs';

const pct = (xs, p) =>
  xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const session = (i) => ({
  kind: 'thematic',
  title: `Séance ${i}`,
  speakers: [],
  start: new Date(Date.now() + (i + 1) * 3600_000).toISOString(),
  end: new Date(Date.now() + (i + 2) * 3600_000).toISOString(),
  venue: { name: 'IREV', address: '135 bd Paul Painlevé', town: 'Lille' },
  capacity: 20,
  waitingList: true,
});

/**
 * node:http with a keep-alive pool of one socket per client: fetch (undici) reopened sockets under this load,
 * and the load generator's own TCP set-up (≈1 s on loopback) showed up as a 1.6 s p99 that the server never spent.
 */
function client(sockets) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  return (url, { method = 'GET', headers = {}, body } = {}) =>
    new Promise((resolve, reject) => {
      const req = http.request(url, { method, headers, agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });
}

async function run(name, db) {
  const app = createApp({ db, rateLimitPerMinute: 0 });
  const server = await new Promise((r) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => r(s));
  });
  const base = `http://127.0.0.1:${server.address().port}/api/v1`;
  const { createSession } = await import('../packages/server/dist/sessions.js');
  const rows = [];
  for (const clients of [1, 10, 100]) {
    const s = await createSession(db, session(0));
    const total = clients === 1 ? 300 : 1000;
    const send = client(clients);
    // Warm-up: open the clients' connections first, so that p99 measures registrations, not TCP set-up.
    await Promise.all(Array.from({ length: clients }, () => send(`${base}/sessions/${s.id}`)));
    const latencies = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < total) {
          const n = next++;
          const t = performance.now();
          const res = await send(`${base}/sessions/${s.id}/registrations`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
            body: JSON.stringify({ firstName: 'A', lastName: 'B', email: `p${n}@example.org` }),
          });
          if (res.status !== 201)
            throw new Error(`registration answered ${res.status}: ${res.body}`);
          latencies.push(performance.now() - t);
        }
      }),
    );
    const secs = (performance.now() - started) / 1000;
    rows.push(
      `${name.padEnd(10)} ${String(clients).padStart(3)} clients: ${(total / secs).toFixed(0).padStart(5)} registrations/s, p50 ${pct(latencies, 50).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms`,
    );
  }
  // Seats split by collège, 10 + 10: 500 at once, as many clients as requests (the load test's shape).
  {
    const s = await createSession(db, {
      ...session(0),
      quotas: {
        by: 'college',
        groups: [
          { key: 'habitant', seats: 10 },
          { key: 'acteur_local', seats: 10 },
        ],
      },
    });
    const send = client(500);
    const latencies = [];
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 500 }, async (_, n) => {
        const t = performance.now();
        const res = await send(`${base}/sessions/${s.id}/registrations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
          body: JSON.stringify({
            firstName: 'A',
            lastName: 'B',
            email: `q${n}@example.org`,
            college: n % 2 ? 'acteur_local' : 'habitant',
          }),
        });
        latencies.push(performance.now() - t);
        return { status: res.status, body: JSON.parse(res.body.toString()) };
      }),
    );
    const secs = (performance.now() - started) / 1000;
    const confirmed = (college) =>
      answers.filter((a) => a.body.quota === college && a.body.status === 'confirmed').length;
    const errors = answers.filter((a) => a.status >= 500).length;
    rows.push(
      `${name.padEnd(10)} 500 at once, 10 + 10 seats by collège: ${confirmed('habitant')} + ${confirmed('acteur_local')} confirmed, ${errors} × 5xx, ${(500 / secs).toFixed(0)} registrations/s, p50 ${pct(latencies, 50).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms`,
    );
  }
  for (let i = 0; i < 1000; i++) await createSession(db, session(i));
  const list = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await (await fetch(`${base}/sessions?limit=500`)).arrayBuffer();
    list.push(performance.now() - t);
  }
  rows.push(
    `${name.padEnd(10)} GET /sessions?limit=500 with 1,000+ sessions: p50 ${pct(list, 50).toFixed(1)} ms, p99 ${pct(list, 99).toFixed(1)} ms`,
  );
  await new Promise((r) => server.close(r));
  await db.close();
  return rows;
}

const results = [...(await run('sqlite', openSqlite(`/tmp/cc-bench-${process.pid}.sqlite`)))];
const pg = startPostgres(54331);
try {
  results.push(...(await run('postgres', await openPostgres(pg.url, 20))));
} finally {
  pg.stop();
}
console.log(results.join('\n'));
