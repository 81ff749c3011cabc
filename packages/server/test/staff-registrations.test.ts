// What an organiser does to one registration, on SQLite and PostgreSQL: cancel it on the person's behalf (she is told,
// the waiting list moves on, in the same transaction) and tick who came (present, excused, absent), which the
// registrations' list and CSV show and a cancelled registration refuses.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { OutboxList, RegistrationList } from '@conseils-citoyens/schemas';
import {
  PG_URL,
  auth,
  call,
  createSession,
  openDb,
  person,
  registerOnce,
  startApp,
  type Running,
} from './helpers.js';

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(
    `an organiser's marks on a registration (${kind})`,
    { skip: kind === 'postgres' && !PG_URL },
    () => {
      let app: Running;
      before(
        async () =>
          (app = await startApp(await openDb(kind), {
            publicUrl: 'https://participation.ville.example',
            corsOrigins: ['https://ville.example'],
          })),
      );
      after(() => app.close());

      it("cancels on the person's behalf: she is e-mailed, the first on the waiting list gets the seat", async () => {
        const id = await createSession(app.base, { capacity: 1 });
        const a = await registerOnce(app.base, id, person(1));
        const b = await registerOnce(app.base, id, person(2));
        assert.deepEqual([a.body.status, b.body.status], ['confirmed', 'waitlisted']);

        const noCredential = await call(
          app.base,
          'POST',
          `/registrations/${String(a.body.id)}/cancel`,
        );
        assert.equal(noCredential.status, 401);
        const cancelled = await call(
          app.base,
          'POST',
          `/registrations/${String(a.body.id)}/cancel`,
          auth,
        );
        assert.equal(cancelled.status, 200);
        assert.equal(cancelled.body.status, 'cancelled');

        const list = (await call(app.base, 'GET', `/sessions/${id}/registrations`, auth))
          .body as unknown as RegistrationList;
        assert.deepEqual(
          list.items.map((r) => [r.email, r.status]),
          [
            ['personne1@example.org', 'cancelled'],
            ['personne2@example.org', 'confirmed'],
          ],
        );
        const outbox = (await call(app.base, 'GET', '/outbox?limit=50', auth))
          .body as unknown as OutboxList;
        const kinds = outbox.items.map((m) => `${m.kind} → ${m.to}`);
        assert.ok(
          kinds.includes('registration_cancelled → personne1@example.org'),
          kinds.join(', '),
        );
        assert.ok(
          kinds.includes('registration_promoted → personne2@example.org'),
          kinds.join(', '),
        );
        const again = await call(
          app.base,
          'POST',
          `/registrations/${String(a.body.id)}/cancel`,
          auth,
        );
        assert.equal(again.status, 409);
      });

      it('ticks who came, takes the mark back, and refuses a mark on a cancelled registration, naming the field', async () => {
        const id = await createSession(app.base, { capacity: 5 });
        const a = await registerOnce(app.base, id, person(3));
        const path = `/registrations/${String(a.body.id)}/attendance`;
        const excused = await call(app.base, 'PUT', path, auth, { attendance: 'excused' });
        assert.equal(excused.body.attendance, 'excused');
        const csv = await fetch(`${app.base}/sessions/${id}/registrations.csv`, { headers: auth });
        const [head, row] = (await csv.text()).split('\r\n');
        assert.match(head!, /;Présence$/);
        assert.match(row!, /;excused$/);
        // A spreadsheet set to English: commas on request; an unknown separator is named in a 422.
        const comma = await fetch(`${app.base}/sessions/${id}/registrations.csv?separator=comma`, {
          headers: auth,
        });
        assert.match(
          (await comma.text()).split('\r\n')[0]!,
          /^Statut,Rang en liste d'attente,Nom,/,
        );
        const tab = await call(
          app.base,
          'GET',
          `/sessions/${id}/registrations.csv?separator=tab`,
          auth,
        );
        assert.equal(tab.status, 422);
        assert.equal((tab.body.errors as { field: string }[])[0]!.field, 'separator');

        const bad = await call(app.base, 'PUT', path, auth, { attendance: 'peut-être' });
        assert.equal(bad.status, 422);
        const errors = bad.body.errors as { field: string; message: string }[];
        assert.equal(errors[0]!.field, 'attendance');
        assert.match(errors[0]!.message, /« Présence »/);

        const cleared = await call(app.base, 'PUT', path, auth, { attendance: null });
        assert.equal(cleared.status, 200);
        assert.equal(cleared.body.attendance, undefined);

        await call(app.base, 'POST', `/registrations/${String(a.body.id)}/cancel`, auth);
        const late = await call(app.base, 'PUT', path, auth, { attendance: 'present' });
        assert.equal(late.status, 409);
      });

      it('resends the confirmation with a new cancellation link to the page given; the old link stops working', async () => {
        const id = await createSession(app.base, { capacity: 5 });
        const r = await registerOnce(app.base, id, person(4));
        const oldToken = String(r.body.cancellationToken);
        const rid = String(r.body.id);
        const resent = await call(app.base, 'POST', `/registrations/${rid}/resend`, auth, {
          pageUrl: 'https://ville.example/inscription',
        });
        assert.equal(resent.status, 200);
        const outbox = (await call(app.base, 'GET', '/outbox?limit=100', auth))
          .body as unknown as OutboxList;
        const mails = outbox.items.filter(
          (m) => m.to === 'personne4@example.org' && m.kind === 'registration_confirmed',
        );
        assert.equal(mails.length, 2); // at registration, and again
        const link = /https:\/\/ville\.example\/inscription\?\S+/.exec(
          mails.map((m) => m.text).join('\n'),
        )?.[0];
        assert.ok(link, mails.map((m) => m.text).join('\n---\n'));
        const token = new URL(link).searchParams.get('cc-cancel')!;
        assert.notEqual(token, oldToken);
        const stale = await call(app.base, 'DELETE', `/registrations/${rid}?token=${oldToken}`);
        assert.equal(stale.status, 404);
        const fresh = await call(app.base, 'DELETE', `/registrations/${rid}?token=${token}`);
        assert.equal(fresh.status, 200);
        const again = await call(app.base, 'POST', `/registrations/${rid}/resend`, auth, {});
        assert.equal(again.status, 409);
        const elsewhere = await call(app.base, 'POST', `/registrations/${rid}/resend`, auth, {
          pageUrl: 'javascript:alert(1)',
        });
        assert.equal(elsewhere.status, 422);
      });

      it('takes a registration by phone into the same seats: no address needed, the same guard, e-mails only with an address', async () => {
        const id = await createSession(app.base, { capacity: 1 });
        const entry = {
          firstName: 'Éloïse',
          lastName: 'Martin',
          phone: '06 12 34 56 78',
          source: 'phone',
        };
        const key = { ...auth, 'Idempotency-Key': 'entry-by-phone-1' };
        const first = await call(app.base, 'POST', `/sessions/${id}/entries`, key, entry);
        assert.equal(first.status, 201, JSON.stringify(first.body));
        assert.deepEqual(
          [first.body.status, first.body.source, first.body.email],
          ['confirmed', 'phone', undefined],
        );
        // The same call again (a retry): the same answer, not a second seat.
        const replay = await call(app.base, 'POST', `/sessions/${id}/entries`, key, entry);
        assert.equal(replay.body.id, first.body.id);
        // The same person again, typed differently: refused as already registered.
        const twice = await call(app.base, 'POST', `/sessions/${id}/entries`, auth, {
          ...entry,
          firstName: 'ELOISE',
          phone: '0612345678',
        });
        assert.deepEqual([twice.status, twice.body.code], [409, 'already_registered']);
        // The public form's resident now waits: the phone entry took the seat.
        const online = await registerOnce(app.base, id, person(5));
        assert.equal(online.body.status, 'waitlisted');
        // On paper, with an address: the person gets the same e-mail.
        const paper = await call(app.base, 'POST', `/sessions/${id}/entries`, auth, {
          firstName: 'Karim',
          lastName: 'Benali',
          email: 'karim@example.org',
          source: 'paper',
        });
        assert.equal(paper.body.status, 'waitlisted');
        const outbox = (await call(app.base, 'GET', '/outbox?limit=100', auth))
          .body as unknown as OutboxList;
        assert.ok(outbox.items.some((m) => m.to === 'karim@example.org'));
        assert.ok(!outbox.items.some((m) => m.text.includes('Éloïse')));
        // Neither an address nor a phone: nobody could reach the person.
        const unreachable = await call(app.base, 'POST', `/sessions/${id}/entries`, auth, {
          firstName: 'Sans',
          lastName: 'Contact',
          source: 'phone',
        });
        assert.equal(unreachable.status, 422);
        const errors = unreachable.body.errors as { field: string; message: string }[];
        assert.deepEqual(
          errors.map((e) => [e.field, e.message]),
          [
            [
              'phone',
              '« Téléphone » est obligatoire sans adresse e-mail : il faut pouvoir joindre la personne.',
            ],
          ],
        );
        const anonymous = await call(app.base, 'POST', `/sessions/${id}/entries`, {}, entry);
        assert.equal(anonymous.status, 401);
      });

      it('plans the reminder of the day before for each seat, and plans it again when seats or time change', async () => {
        const start = new Date(Date.now() + 3 * 86400_000);
        start.setUTCHours(17, 0, 0, 0);
        const when = (d: Date) => ({
          start: d.toISOString(),
          end: new Date(d.getTime() + 2 * 3600_000).toISOString(),
        });
        const id = await createSession(app.base, { capacity: 1, reminder: true, ...when(start) });
        const quiet = await createSession(app.base, { capacity: 5, ...when(start) });
        const a = await registerOnce(app.base, id, person(6));
        await registerOnce(app.base, id, person(7)); // waiting
        await registerOnce(app.base, quiet, person(8));
        const reminders = async () =>
          (
            (await call(app.base, 'GET', '/outbox?limit=200', auth)).body as unknown as OutboxList
          ).items
            .filter((m) => m.kind === 'session_reminder' && m.status === 'pending')
            .map((m) => [m.to, m.nextAttemptAt]);
        const dayBefore = (d: Date) => new Date(d.getTime() - 86400_000).toISOString();
        assert.deepEqual(await reminders(), [['personne6@example.org', dayBefore(start)]]);

        // Her seat given back: the next on the list gets it, and the reminder with it.
        await call(app.base, 'POST', `/registrations/${String(a.body.id)}/cancel`, auth);
        assert.deepEqual(await reminders(), [['personne7@example.org', dayBefore(start)]]);

        // The session moves a day later: so does the reminder.
        const later = new Date(start.getTime() + 86400_000);
        await call(app.base, 'PATCH', `/sessions/${id}`, auth, when(later));
        assert.deepEqual(await reminders(), [['personne7@example.org', dayBefore(later)]]);
        const text = (
          (await call(app.base, 'GET', '/outbox?limit=200', auth)).body as unknown as OutboxList
        ).items.find((m) => m.kind === 'session_reminder')!;
        assert.match(text.subject, /^Rappel : Masterclass : test, demain$/);
        assert.deepEqual(text.attachments, ['seance.ics']);

        // Cancelled: no reminder goes out.
        await call(app.base, 'PATCH', `/sessions/${id}`, auth, { status: 'cancelled' });
        assert.deepEqual(await reminders(), []);
      });

      it('moves a person up or down the waiting list; the next seat goes by the new order', async () => {
        const id = await createSession(app.base, { capacity: 1 });
        const seated = await registerOnce(app.base, id, person(10));
        const b = await registerOnce(app.base, id, person(11));
        const c = await registerOnce(app.base, id, person(12));
        const up = await call(app.base, 'POST', `/registrations/${String(c.body.id)}/move`, auth, {
          by: -1,
        });
        assert.deepEqual([up.status, up.body.waitlistPosition], [200, 1]);
        const order = async () =>
          (
            (await call(app.base, 'GET', `/sessions/${id}/registrations`, auth))
              .body as unknown as RegistrationList
          ).items
            .filter((r) => r.status === 'waitlisted')
            .sort((x, y) => x.waitlistPosition! - y.waitlistPosition!)
            .map((r) => r.email);
        assert.deepEqual(await order(), ['personne12@example.org', 'personne11@example.org']);
        // Already first: nothing moves.
        const again = await call(
          app.base,
          'POST',
          `/registrations/${String(c.body.id)}/move`,
          auth,
          {
            by: -1,
          },
        );
        assert.equal(again.body.waitlistPosition, 1);
        // The seat freed goes to the one the organiser moved up.
        await call(app.base, 'POST', `/registrations/${String(seated.body.id)}/cancel`, auth);
        assert.deepEqual(await order(), ['personne11@example.org']);
        const seatedNow = await call(
          app.base,
          'POST',
          `/registrations/${String(c.body.id)}/move`,
          auth,
          {
            by: 1,
          },
        );
        assert.equal(seatedNow.status, 422);
        assert.match(
          (seatedNow.body.errors as { message: string }[])[0]!.message,
          /liste d’attente/,
        );
        const bad = await call(app.base, 'POST', `/registrations/${String(b.body.id)}/move`, auth, {
          by: 2,
        });
        assert.equal(bad.status, 422);
      });
    },
  );
}
