// The registration rules table shared with the rules and the memory adapter, over HTTP on SQLite and PostgreSQL.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REGISTRATION_CASES, caseEmail, caseTimes } from '@conseils-citoyens/schemas/testing.js';
import {
  auth,
  createSession,
  openDb,
  person,
  registerOnce,
  startApp,
  type Running,
} from './helpers.js';

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`registration rules on ${kind}`, () => {
    let app: Running;
    before(async () => {
      app = await startApp(await openDb(kind));
    });
    after(() => app.close());

    for (const c of REGISTRATION_CASES) {
      it(`${c.name} → ${c.expected}`, async () => {
        const id = await createSession(app.base, {
          title: c.name,
          capacity: c.capacity,
          waitingList: c.waitingList,
          ...caseTimes(c, new Date()),
        });
        for (const [i, who] of c.before.entries()) {
          const r = await registerOnce(app.base, id, {
            ...person(i),
            email: who === 'same' ? caseEmail('newcomer') : caseEmail(i),
          });
          assert.equal(r.status, 201);
        }
        if (c.cancelled) {
          const res = await fetch(`${app.base}/sessions/${id}`, {
            method: 'PATCH',
            headers: auth,
            body: JSON.stringify({ status: 'cancelled', cancellationReason: 'Test' }),
          });
          assert.equal(res.status, 200);
        }
        const r = await registerOnce(app.base, id, { ...person(99), email: caseEmail('newcomer') });
        assert.equal(
          r.status === 201 ? r.body.status : r.body.code,
          c.expected,
          JSON.stringify(r.body),
        );
        assert.equal(r.status, r.status === 201 ? 201 : 409);
      });
    }
  });
}
