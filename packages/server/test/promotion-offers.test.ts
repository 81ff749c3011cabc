// A freed seat held for the next person on the waiting list, on SQLite and PostgreSQL: confirmed with the e-mail's
// link, or, past its deadline, given to the one after.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Registration } from '@conseils-citoyens/schemas';
import { expireOffers } from '../dist/registrations.js';
import { mailSettings } from '../dist/app.js';
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

const options = {
  publicUrl: 'https://participation.ville.example',
  corsOrigins: ['https://ville.example'],
};
const page = 'https://ville.example/inscription';
const HOUR = 3600_000;
/** The link an e-mail's text carries to the registration page. */
const linkIn = (text: string) =>
  new URL(/https:\/\/ville\.example\/inscription\?\S+/.exec(text)![0]);

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`a freed seat to confirm (${kind})`, { skip: kind === 'postgres' && !PG_URL }, () => {
    let app: Running;
    before(async () => (app = await startApp(await openDb(kind), options)));
    after(() => app.close());

    /** The last e-mail of `kind` to `to`, from the outbox. */
    const mailTo = async (to: string, kind: string) =>
      (
        await app.db.all<{ subject: string; text_body: string }>(
          'SELECT subject, text_body FROM outbox WHERE recipient = ? AND kind = ? ORDER BY created_at',
          [to, kind],
        )
      ).at(-1);

    it('holds the seat for the next person, whose e-mail link confirms it; the link works once, a wrong one is 404', async () => {
      const id = await createSession(app.base, { capacity: 1, confirmPromotionHours: 48 });
      const a = await registerOnce(app.base, id, { ...person(1), pageUrl: page });
      const b = await registerOnce(app.base, id, { ...person(2), pageUrl: page });
      await call(app.base, 'POST', `/registrations/${a.body.id as string}/cancel`, auth);

      const listed = (await call(app.base, 'GET', `/sessions/${id}/registrations`, auth)).body
        .items as Registration[];
      const held = listed.find((r) => r.id === b.body.id)!;
      assert.equal(held.status, 'confirmed');
      const left = Date.parse(held.confirmBy!) - Date.now();
      assert.ok(left > 47 * HOUR && left <= 48 * HOUR, `held for ${left} ms`);

      const mail = await mailTo('personne2@example.org', 'registration_promoted');
      assert.match(
        mail!.text_body,
        /elle vous est réservée jusqu'au .+\. Confirmez-la avec ce lien/,
      );
      const link = linkIn(mail!.text_body);
      assert.equal(link.searchParams.get('cc-registration'), b.body.id);
      const token = link.searchParams.get('cc-confirm')!;

      const wrong = await call(
        app.base,
        'POST',
        `/registrations/${b.body.id as string}/confirm`,
        {},
        {
          token: 'x'.repeat(32),
        },
      );
      assert.equal(wrong.status, 404);
      const ok = await call(
        app.base,
        'POST',
        `/registrations/${b.body.id as string}/confirm`,
        {},
        { token },
      );
      assert.equal(ok.status, 200);
      assert.equal(Registration.parse(ok.body).confirmBy, undefined);
      const again = await call(
        app.base,
        'POST',
        `/registrations/${b.body.id as string}/confirm`,
        {},
        { token },
      );
      assert.equal(again.status, 200);
      // Confirmed: the deadline no longer applies.
      assert.equal(
        await expireOffers(
          app.db,
          mailSettings({ db: app.db, ...options }),
          new Date(Date.now() + 49 * HOUR),
        ),
        0,
      );
    });

    it('past the deadline the seat goes to the next one (offered in turn), the first is told, and a late click says so', async () => {
      const id = await createSession(app.base, { capacity: 1, confirmPromotionHours: 2 });
      const a = await registerOnce(app.base, id, { ...person(11), pageUrl: page });
      const b = await registerOnce(app.base, id, { ...person(12), pageUrl: page });
      const c = await registerOnce(app.base, id, { ...person(13), pageUrl: page });
      await call(app.base, 'POST', `/registrations/${a.body.id as string}/cancel`, auth);
      const offer = await mailTo('personne12@example.org', 'registration_promoted');
      const token = linkIn(offer!.text_body).searchParams.get('cc-confirm')!;

      assert.equal(
        await expireOffers(
          app.db,
          mailSettings({ db: app.db, ...options }),
          new Date(Date.now() + HOUR),
        ),
        0,
      );
      assert.equal(
        await expireOffers(
          app.db,
          mailSettings({ db: app.db, ...options }),
          new Date(Date.now() + 3 * HOUR),
        ),
        1,
      );
      const listed = (await call(app.base, 'GET', `/sessions/${id}/registrations`, auth)).body
        .items as Registration[];
      const statusOf = (r: { body: Record<string, unknown> }) =>
        listed.find((x) => x.id === r.body.id)!.status;
      assert.deepEqual([statusOf(b), statusOf(c)], ['cancelled', 'confirmed']);
      assert.ok(listed.find((x) => x.id === c.body.id)!.confirmBy);
      assert.match(
        (await mailTo('personne12@example.org', 'offer_expired'))!.subject,
        /^Place non confirmée : /,
      );
      assert.ok(await mailTo('personne13@example.org', 'registration_promoted'));

      const late = await call(
        app.base,
        'POST',
        `/registrations/${b.body.id as string}/confirm`,
        {},
        { token },
      );
      assert.equal(late.status, 409);
      assert.equal(late.body.code, 'offer_expired');
      assert.equal(
        late.body.title,
        'Le délai pour confirmer cette place est passé : elle est allée à la personne suivante.',
      );
    });

    it('« je ne viens pas » with the offer’s secret gives the seat on at once; without a deadline the seat is confirmed directly', async () => {
      const id = await createSession(app.base, { capacity: 1, confirmPromotionHours: 24 });
      const a = await registerOnce(app.base, id, { ...person(21), pageUrl: page });
      const b = await registerOnce(app.base, id, { ...person(22), pageUrl: page });
      const c = await registerOnce(app.base, id, { ...person(23), pageUrl: page });
      await call(app.base, 'POST', `/registrations/${a.body.id as string}/cancel`, auth);
      const offer = await mailTo('personne22@example.org', 'registration_promoted');
      const token = linkIn(offer!.text_body).searchParams.get('cc-confirm')!;
      const declined = await fetch(
        `${app.base}/registrations/${b.body.id as string}?token=${encodeURIComponent(token)}`,
        { method: 'DELETE' },
      );
      assert.equal(declined.status, 200);
      const listed = (await call(app.base, 'GET', `/sessions/${id}/registrations`, auth)).body
        .items as Registration[];
      assert.equal(listed.find((x) => x.id === c.body.id)!.status, 'confirmed');

      const direct = await createSession(app.base, { capacity: 1 });
      const d = await registerOnce(app.base, direct, person(24));
      const e = await registerOnce(app.base, direct, person(25));
      await call(app.base, 'POST', `/registrations/${d.body.id as string}/cancel`, auth);
      const promoted = (await call(app.base, 'GET', `/sessions/${direct}/registrations`, auth)).body
        .items as Registration[];
      const seated = promoted.find((x) => x.id === e.body.id)!;
      assert.deepEqual([seated.status, seated.confirmBy], ['confirmed', undefined]);
      assert.match(
        (await mailTo('personne25@example.org', 'registration_promoted'))!.text_body,
        /votre inscription est maintenant confirmée/,
      );

      // The organiser takes the deadline (and the theme) away with null; left out, a field is kept.
      const cleared = await call(app.base, 'PATCH', `/sessions/${id}`, auth, {
        confirmPromotionHours: null,
        theme: null,
      });
      assert.equal(cleared.status, 200);
      assert.deepEqual(
        [cleared.body.confirmPromotionHours, cleared.body.theme],
        [undefined, undefined],
      );
      const kept = await call(app.base, 'PATCH', `/sessions/${id}`, auth, { capacity: 2 });
      assert.equal(kept.body.title, cleared.body.title);
    });
  });
}
