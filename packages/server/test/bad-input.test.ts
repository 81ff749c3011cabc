// A table of bad inputs: each gets the right 4xx as problem+json with a French message, never a 5xx.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Problem } from '@conseils-citoyens/schemas';
import { auth, createSession, openDb, person, startApp, type Running } from './helpers.js';

describe('bad input on the public and organiser routes', () => {
  let app: Running;
  let id: string;
  before(async () => {
    app = await startApp(await openDb('sqlite'), { corsOrigins: ['https://ville.example'] });
    id = await createSession(app.base);
  });
  after(() => app.close());

  const json = { 'Content-Type': 'application/json' };
  const cases: [string, string, string, RequestInit, number, string][] = [
    [
      'malformed JSON',
      'POST',
      '/sessions/{id}/registrations',
      { headers: json, body: '{"firstName": ' },
      400,
      'malformed_json',
    ],
    [
      'wrong types',
      'POST',
      '/sessions/{id}/registrations',
      { headers: json, body: JSON.stringify({ firstName: 1, lastName: [], email: true }) },
      422,
      'validation',
    ],
    [
      'unknown field',
      'POST',
      '/sessions/{id}/registrations',
      { headers: json, body: JSON.stringify({ ...person(1), isAdmin: true }) },
      422,
      'validation',
    ],
    [
      'oversized body',
      'POST',
      '/sessions/{id}/registrations',
      { headers: json, body: JSON.stringify({ ...person(1), comment: 'x'.repeat(70_000) }) },
      413,
      'payload_too_large',
    ],
    [
      'not JSON',
      'POST',
      '/sessions/{id}/registrations',
      { headers: { 'Content-Type': 'text/plain' }, body: 'hello' },
      415,
      'unsupported_media_type',
    ],
    ['bad id', 'GET', '/sessions/..%2F..%2Fetc', {}, 404, 'not_found'],
    [
      'unknown session',
      'POST',
      '/sessions/nope/registrations',
      { headers: json, body: JSON.stringify(person(1)) },
      404,
      'not_found',
    ],
    ['bad query', 'GET', '/sessions?limit=-3&kind=fete', {}, 422, 'validation'],
    [
      'honeypot filled',
      'POST',
      '/sessions/{id}/registrations',
      { headers: json, body: JSON.stringify({ ...person(2), website: 'http://spam' }) },
      422,
      'validation',
    ],
    [
      'short idempotency key',
      'POST',
      '/sessions/{id}/registrations',
      { headers: { ...json, 'Idempotency-Key': 'x' }, body: JSON.stringify(person(3)) },
      422,
      'validation',
    ],
    ['cancel without token', 'DELETE', '/registrations/abc', {}, 422, 'validation'],
    ['cancel with a wrong token', 'DELETE', '/registrations/abc?token=nope', {}, 404, 'not_found'],
    [
      'organiser route without token',
      'POST',
      '/sessions',
      { headers: json, body: '{}' },
      401,
      'unauthorized',
    ],
    [
      'organiser route with a wrong token',
      'GET',
      '/sessions/{id}/registrations',
      { headers: { Authorization: 'Bearer wrong' } },
      401,
      'unauthorized',
    ],
    [
      'session ending before it starts',
      'POST',
      '/sessions',
      {
        headers: auth,
        body: JSON.stringify({
          kind: 'other',
          title: 'x',
          speakers: [],
          start: '2030-01-01T10:00:00+01:00',
          end: '2030-01-01T09:00:00+01:00',
          venue: { name: 'a', address: 'b', town: 'c' },
          capacity: 20,
          waitingList: true,
        }),
      },
      422,
      'validation',
    ],
    ['unknown route', 'GET', '/nothing-here', {}, 404, 'not_found'],
  ];
  for (const [name, method, path, init, status, code] of cases) {
    it(`${name} → ${status}`, async () => {
      const res = await fetch(app.base + path.replace('{id}', id), { method, ...init });
      assert.equal(res.status, status);
      assert.match(res.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
      const body = Problem.parse(await res.json());
      assert.equal(body.code, code);
      assert.match(body.title, /[a-zé]/);
      if (code === 'validation' && status === 422 && name !== 'honeypot filled')
        assert.ok(body.errors?.length, 'field errors are listed');
    });
  }

  it('names the field in French, and in English on Accept-Language: en', async () => {
    const send = (lang: string) =>
      fetch(`${app.base}/sessions/${id}/registrations`, {
        method: 'POST',
        headers: { ...json, 'Accept-Language': lang },
        body: JSON.stringify({ ...person(4), email: 'nope' }),
      }).then((r) => r.json() as Promise<Problem>);
    assert.equal(
      (await send('fr-FR')).errors?.[0]?.message,
      '« Adresse e-mail » doit être une adresse e-mail valide (exemple : nom@domaine.fr).',
    );
    assert.equal(
      (await send('en')).errors?.[0]?.message,
      '“Email address” must be a valid email address (e.g. name@example.org).',
    );
  });

  it('CORS: only configured origins, always Vary: Origin', async () => {
    const ok = await fetch(`${app.base}/sessions`, {
      headers: { Origin: 'https://ville.example' },
    });
    assert.equal(ok.headers.get('Access-Control-Allow-Origin'), 'https://ville.example');
    const other = await fetch(`${app.base}/sessions`, {
      headers: { Origin: 'https://evil.example' },
    });
    assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
    assert.match(other.headers.get('Vary') ?? '', /Origin/);
  });

  it('rate limit behind a proxy: one bucket per resident with --trust-proxy; X-Forwarded-For ignored without it', async () => {
    const post = (base: string, sid: string, n: number, forwardedFor: string) =>
      fetch(`${base}/sessions/${sid}/registrations`, {
        method: 'POST',
        headers: { ...json, 'X-Forwarded-For': forwardedFor },
        body: JSON.stringify(person(200 + n)),
      }).then((r) => r.status);
    const behindProxy = await startApp(await openDb('sqlite'), {
      rateLimitPerMinute: 2,
      trustProxy: true,
    });
    try {
      const sid = await createSession(behindProxy.base, { capacity: 100 });
      // Three residents behind the same nginx: each has their own two writes a minute.
      const statuses = [];
      for (const [i, resident] of ['203.0.113.1', '203.0.113.2', '203.0.113.3'].entries())
        for (let k = 0; k < 2; k++)
          statuses.push(await post(behindProxy.base, sid, i * 10 + k, `10.0.0.9, ${resident}`));
      assert.deepEqual(statuses, [201, 201, 201, 201, 201, 201]);
      assert.equal(
        await post(behindProxy.base, sid, 99, '198.51.100.7, 203.0.113.1'),
        429,
        'a made-up left entry does not give a new bucket',
      );
    } finally {
      await behindProxy.close();
    }
    const exposed = await startApp(await openDb('sqlite'), { rateLimitPerMinute: 3 });
    try {
      const sid = await createSession(exposed.base, { capacity: 100 }); // the first of the three writes of 127.0.0.1
      const statuses = [];
      for (let n = 0; n < 3; n++) statuses.push(await post(exposed.base, sid, n, `203.0.113.${n}`));
      assert.deepEqual(
        statuses,
        [201, 201, 429],
        'without --trust-proxy a forged header changes nothing',
      );
    } finally {
      await exposed.close();
    }
  });

  it('rate limit: the N+1th public POST in the window gets 429 with Retry-After', async () => {
    const limited = await startApp(await openDb('sqlite'), { rateLimitPerMinute: 3 });
    try {
      const sid = await createSession(limited.base).catch(() => id);
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const r = await fetch(`${limited.base}/sessions/${sid}/registrations`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify(person(100 + i)),
        });
        statuses.push(r.status);
        if (r.status === 429) assert.ok(Number(r.headers.get('Retry-After')) > 0);
      }
      assert.equal(statuses.at(-1), 429);
    } finally {
      await limited.close();
    }
  });
});

describe('calendar, CSV and GDPR', () => {
  let app: Running;
  before(async () => {
    app = await startApp(await openDb('sqlite'));
  });
  after(() => app.close());

  it('serves the session as iCalendar with VTIMEZONE, a stable UID and Paris local time', async () => {
    const id = await createSession(app.base, {
      start: '2026-07-02T09:00:00+02:00',
      end: '2026-07-02T12:00:00+02:00',
      title: 'Rencontre, réseau; référents',
    });
    const ics = await (await fetch(`${app.base}/sessions/${id}.ics`)).text();
    assert.match(ics, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris/);
    assert.match(ics, new RegExp(`UID:${id}@127.0.0.1`));
    assert.match(ics, /DTSTART;TZID=Europe\/Paris:20260702T090000/);
    assert.match(ics, /SUMMARY:Rencontre\\, réseau\\; référents/);
    assert.ok(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75));
  });

  it('exports registrations as CSV with a BOM, and exports then erases a person', async () => {
    const id = await createSession(app.base);
    await fetch(`${app.base}/sessions/${id}/registrations`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ ...person(1), comment: '=HYPERLINK("x")' }),
    });
    const bytes = Buffer.from(
      await (
        await fetch(`${app.base}/sessions/${id}/registrations.csv`, { headers: auth })
      ).arrayBuffer(),
    );
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    assert.match(csv, /Prénom/);
    assert.match(csv, /'=HYPERLINK/);
    const exported = (await (
      await fetch(`${app.base}/people/export?email=personne1@example.org`, { headers: auth })
    ).json()) as { registrations: unknown[] };
    assert.equal(exported.registrations.length, 1);
    assert.equal(
      (
        (await (
          await fetch(`${app.base}/people?email=personne1@example.org`, {
            method: 'DELETE',
            headers: auth,
          })
        ).json()) as { erased: number }
      ).erased,
      1,
    );
    const after = (await (
      await fetch(`${app.base}/people/export?email=personne1@example.org`, { headers: auth })
    ).json()) as { registrations: unknown[] };
    assert.equal(after.registrations.length, 0);
  });
});
const json = { 'Content-Type': 'application/json' };
