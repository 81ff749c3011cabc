// Seats split by collège or by town, on SQLite and PostgreSQL: each group fills and keeps its own waiting list, with
// the capacity guarantee per group under concurrency.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RegistrationReceipt, Session } from '@conseils-citoyens/schemas';
import {
  auth,
  call,
  createSession,
  futureSession,
  openDb,
  person,
  registerOnce,
  startApp,
  type Running,
} from './helpers.js';

const BY_COLLEGE = {
  capacity: 20,
  quotas: {
    by: 'college',
    groups: [
      { key: 'habitant', seats: 10 },
      { key: 'acteur_local', seats: 10 },
    ],
  },
};
const collegeOf = (i: number) => (i % 2 ? 'acteur_local' : 'habitant');
const sessionOf = async (app: Running, id: string) =>
  Session.parse(await (await fetch(`${app.base}/sessions/${id}`)).json());

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`quotas on ${kind}`, () => {
    let app: Running;
    before(async () => {
      app = await startApp(await openDb(kind));
    });
    after(() => app.close());

    it('500 concurrent registrations for 10 + 10 seats by collège: 10 + 10 confirmed, each waiting list 1..240 in order, no 5xx, one e-mail each', async () => {
      const id = await createSession(app.base, BY_COLLEGE);
      const answers = await Promise.all(
        Array.from({ length: 500 }, (_, i) =>
          registerOnce(app.base, id, { ...person(i), college: collegeOf(i) }),
        ),
      );
      assert.deepEqual(
        answers.filter((a) => a.status !== 201).map((a) => a.status),
        [],
      );
      const receipts = answers.map((a) => RegistrationReceipt.parse(a.body));
      for (const college of ['habitant', 'acteur_local']) {
        const group = receipts.filter((r) => r.college === college);
        assert.ok(group.every((r) => r.quota === college));
        assert.equal(group.filter((r) => r.status === 'confirmed').length, 10, college);
        const waiting = group.filter((r) => r.status === 'waitlisted');
        // Positions follow arrival: ordered by creation they read 1, 2, 3… with no gap.
        assert.deepEqual(
          waiting.map((r) => r.waitlistPosition).sort((x, y) => x! - y!),
          Array.from({ length: 240 }, (_, i) => i + 1),
        );
        const listed = (await call(app.base, 'GET', `/sessions/${id}/registrations`, auth)).body
          .items as { id: string; status: string; quota: string; waitlistPosition: number }[];
        const line = listed.filter((r) => r.quota === college && r.status === 'waitlisted');
        assert.deepEqual(
          line.map((r) => r.waitlistPosition),
          Array.from({ length: 240 }, (_, i) => i + 1),
        );
      }
      const s = await sessionOf(app, id);
      assert.deepEqual([s.confirmed, s.waitlisted, s.seatsLeft, s.status], [20, 480, 0, 'full']);
      assert.deepEqual(
        s.quotaSeats?.map((g) => [g.key, g.seats, g.confirmed, g.waitlisted, g.seatsLeft]),
        [
          ['habitant', 10, 10, 240, 0],
          ['acteur_local', 10, 10, 240, 0],
        ],
      );
      const mails = await app.db.all<{ kind: string; recipient: string }>(
        `SELECT kind, recipient FROM outbox WHERE kind IN ('registration_confirmed', 'registration_waitlisted')`,
      );
      const mine = mails.filter((m) => /^personne\d+@example\.org$/.test(m.recipient));
      assert.equal(mine.length, 500);
      assert.equal(new Set(mine.map((m) => m.recipient)).size, 500);
      assert.equal(mine.filter((m) => m.kind === 'registration_confirmed').length, 20);
    });

    it('the collège is asked: 422 naming « Collège » without one; a freed seat goes to the same collège’s list', async () => {
      const id = await createSession(app.base, {
        ...BY_COLLEGE,
        capacity: 2,
        quotas: {
          by: 'college',
          groups: [
            { key: 'habitant', seats: 1 },
            { key: 'acteur_local', seats: 1 },
          ],
        },
      });
      const none = await registerOnce(app.base, id, person(1));
      assert.equal(none.status, 422);
      assert.deepEqual(
        (none.body.errors as { field: string; message: string }[]).map((e) => [e.field, e.message]),
        [
          [
            'college',
            '« Collège » : choisissez l’un des groupes de cette séance (habitant·e, acteur local).',
          ],
        ],
      );
      const first = await registerOnce(app.base, id, { ...person(1), college: 'habitant' });
      const actor = await registerOnce(app.base, id, { ...person(2), college: 'acteur_local' });
      const waitingActor = await registerOnce(app.base, id, {
        ...person(3),
        college: 'acteur_local',
      });
      const waitingResident = await registerOnce(app.base, id, {
        ...person(4),
        college: 'habitant',
      });
      assert.deepEqual(
        [first, actor, waitingActor, waitingResident].map((a) => [
          a.body.status,
          a.body.waitlistPosition,
        ]),
        [
          ['confirmed', null],
          ['confirmed', null],
          ['waitlisted', 1],
          ['waitlisted', 1],
        ],
      );
      const cancelled = await call(
        app.base,
        'POST',
        `/registrations/${first.body.id as string}/cancel`,
        auth,
      );
      assert.equal(cancelled.status, 200);
      const listed = (await call(app.base, 'GET', `/sessions/${id}/registrations`, auth)).body
        .items as { id: string; status: string }[];
      const statusOf = (rid: unknown) => listed.find((r) => r.id === rid)?.status;
      assert.equal(statusOf(waitingResident.body.id), 'confirmed');
      assert.equal(statusOf(waitingActor.body.id), 'waitlisted');
    });

    it('by town, matched without case or accents; seats must add up; a split that strands someone is refused', async () => {
      const byTown = {
        capacity: 3,
        quotas: {
          by: 'town',
          groups: [
            { key: 'Lille', seats: 2 },
            { key: 'Valenciennes', seats: 1 },
          ],
        },
      };
      const id = await createSession(app.base, byTown);
      const a = await registerOnce(app.base, id, { ...person(1), town: 'VALENCIENNES' });
      assert.equal(a.status, 201);
      assert.deepEqual([a.body.quota, a.body.town], ['Valenciennes', 'VALENCIENNES']);
      const elsewhere = await registerOnce(app.base, id, { ...person(2), town: 'Douai' });
      assert.equal(elsewhere.status, 422);
      assert.match(
        (elsewhere.body.errors as { message: string }[])[0]!.message,
        /^« Commune » : choisissez l’un des groupes de cette séance \(Lille, Valenciennes\)\.$/,
      );
      const badSum = await call(app.base, 'PATCH', `/sessions/${id}`, auth, { capacity: 5 });
      assert.equal(badSum.status, 422);
      assert.deepEqual(
        (badSum.body.errors as { field: string; message: string }[]).map((e) => [
          e.field,
          e.message,
        ]),
        [
          [
            'quotas',
            '« Répartition des places » : les places des groupes doivent faire ensemble le nombre de places de la séance.',
          ],
        ],
      );
      const stranding = await call(app.base, 'PATCH', `/sessions/${id}`, auth, {
        quotas: {
          by: 'town',
          groups: [
            { key: 'Lille', seats: 2 },
            { key: 'Roubaix', seats: 1 },
          ],
        },
      });
      assert.equal(stranding.status, 422);
      assert.equal(
        (stranding.body.errors as { message: string }[])[0]!.message,
        '« Répartition des places » : 1 personne inscrite n’appartient à aucun de ces groupes.',
      );
      // Taking the split away puts everyone in one list again; more seats for a group promote its waiting list.
      const w = await registerOnce(app.base, id, { ...person(3), town: 'Valenciennes' });
      assert.equal(w.body.status, 'waitlisted');
      const grown = await call(app.base, 'PATCH', `/sessions/${id}`, auth, {
        capacity: 4,
        quotas: {
          by: 'town',
          groups: [
            { key: 'Lille', seats: 2 },
            { key: 'Valenciennes', seats: 2 },
          ],
        },
      });
      assert.equal(grown.status, 200);
      const s = Session.parse(grown.body);
      assert.deepEqual(
        s.quotaSeats?.map((g) => [g.key, g.confirmed, g.waitlisted]),
        [
          ['Lille', 0, 0],
          ['Valenciennes', 2, 0],
        ],
      );
      const moreWaiting = await registerOnce(app.base, id, { ...person(4), town: 'Valenciennes' });
      assert.deepEqual(
        [moreWaiting.body.status, moreWaiting.body.waitlistPosition],
        ['waitlisted', 1],
      );
      // Taken away: one list again, the free Lille seats go to Valenciennes' waiting list.
      const plain = await call(app.base, 'PATCH', `/sessions/${id}`, auth, { quotas: null });
      assert.equal(plain.status, 200);
      const one = Session.parse(plain.body);
      assert.deepEqual([one.quotaSeats, one.confirmed, one.waitlisted], [undefined, 3, 0]);
      const listed = (await call(app.base, 'GET', `/sessions/${id}/registrations`, auth)).body
        .items as { quota?: string }[];
      assert.ok(listed.every((r) => r.quota === undefined));
    });

    it('checks a split on creation: unknown collège, twice the same town', async () => {
      const res = await call(app.base, 'POST', '/sessions', auth, {
        ...futureSession(),
        capacity: 4,
        quotas: {
          by: 'college',
          groups: [
            { key: 'habitant', seats: 2 },
            { key: 'élu', seats: 2 },
          ],
        },
      });
      assert.equal(res.status, 422);
      assert.deepEqual(
        (res.body.errors as { field: string }[]).map((e) => e.field),
        ['quotas'],
      );
      const twice = await call(app.base, 'POST', '/sessions', auth, {
        ...futureSession(),
        capacity: 4,
        quotas: {
          by: 'town',
          groups: [
            { key: 'Lille', seats: 2 },
            { key: 'LILLE', seats: 2 },
          ],
        },
      });
      assert.equal(twice.status, 422);
      assert.equal(
        (twice.body.errors as { message: string }[])[0]!.message,
        '« Répartition des places » : deux groupes portent le même nom.',
      );
    });
  });
}
