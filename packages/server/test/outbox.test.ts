// E-mails through the outbox, on SQLite and PostgreSQL, with a real SMTP server: each change writes its message in
// its own transaction; the worker sends it once, retries a temporary refusal, gives up on a permanent one (shown to
// the organiser, who may retry), takes over a message whose sender was killed mid-send; two workers on one
// PostgreSQL never send a message twice; links lead only to trusted sites; logs name no one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutboxList, OutboxMessage } from '@conseils-citoyens/schemas';
import {
  OutboxWorker,
  mailSettings,
  openPostgres,
  seedDemo,
  smtpSender,
  type Db,
} from '../dist/index.js';
import {
  PG_URL,
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
import { startSmtp, type TestSmtp } from './mail-helpers.js';

const SITE = 'https://ville.example';
const options = {
  publicUrl: 'https://participation.ville.example',
  corsOrigins: [SITE],
  mail: {
    organisation: 'Ville de Test',
    contact: 'participation@ville.example',
    from: 'Ville de Test <cc@ville.example>',
  },
};
const settings = mailSettings({ db: undefined as unknown as Db, ...options });
const fast = { backoffMs: () => 0, pollMs: 20 };

async function outbox(base: string, query = ''): Promise<OutboxList> {
  const res = await fetch(`${base}/outbox${query}`, { headers: auth });
  assert.equal(res.status, 200);
  return (await res.json()) as OutboxList;
}

/** Runs the worker until nothing is due. */
async function drain(worker: OutboxWorker): Promise<void> {
  for (let i = 0; i < 50 && (await worker.runOnce()) > 0; i++);
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`e-mail outbox on ${kind}`, () => {
    let app: Running;
    let smtp: TestSmtp;
    const logs: string[] = [];
    before(async () => {
      app = await startApp(await openDb(kind), { ...options, log: (l) => logs.push(l) });
      smtp = await startSmtp();
    });
    after(async () => {
      await smtp.close();
      await app.close();
    });

    it('a registration writes its confirmation: facts, a cancellation link that works, the .ics attached', async () => {
      const sessionId = await createSession(app.base, {
        title: 'Masterclass : le contrat de ville',
      });
      const r = await registerOnce(app.base, sessionId, {
        ...person(1),
        pageUrl: `${SITE}/agenda?cc-session=${sessionId}#haut`,
      });
      assert.equal(r.status, 201);
      const [m] = (await outbox(app.base)).items;
      assert.ok(m);
      assert.equal(m.kind, 'registration_confirmed');
      assert.equal(m.status, 'pending');
      assert.equal(m.to, 'personne1@example.org');
      assert.equal(m.subject, 'Inscription confirmée : Masterclass : le contrat de ville');
      assert.deepEqual(m.attachments, ['seance.ics']);
      assert.match(m.text, /Bonjour Prénom1,/);
      assert.match(m.text, /IREV, 135 boulevard Paul Painlevé, Lille/);
      assert.match(m.text, /— Ville de Test/);
      const link = /https:\/\/ville\.example\/agenda\?\S+/.exec(m.text)?.[0];
      assert.ok(link, m.text);
      const url = new URL(link);
      assert.equal(url.searchParams.get('cc-session'), null);
      assert.equal(url.searchParams.get('cc-registration'), r.body.id);
      assert.equal(url.searchParams.get('cc-cancel'), r.body.cancellationToken);
      assert.equal(url.hash, '');

      // Sent through SMTP: the same words, a calendar file, a stable Message-ID.
      const worker = new OutboxWorker(app.db, smtpSender(smtp.url).send, settings, fast);
      await drain(worker);
      const [mail] = await smtp.waitFor(1);
      assert.ok(mail);
      assert.equal(mail.subject, m.subject);
      assert.equal(mail.messageId, `<${m.id}@participation.ville.example>`);
      assert.deepEqual(
        mail.from?.value.map((a) => [a.name, a.address]),
        [['Ville de Test', 'cc@ville.example']],
      );
      assert.match(mail.text ?? '', /Annuler mon inscription : https:\/\/ville\.example\/agenda/);
      assert.match(String(mail.html), /<html lang="fr">/);
      assert.doesNotMatch(String(mail.html), /<img|https?:\/\/(?!ville\.example)[^"]*"/);
      const ics = mail.attachments.find((a) => a.filename === 'seance.ics');
      assert.ok(ics);
      assert.match(ics.contentType, /text\/calendar/);
      const cal = ics.content.toString('utf8');
      assert.match(cal, /BEGIN:VEVENT/);
      assert.match(cal, new RegExp(`UID:${sessionId}@`));
      const after = (await outbox(app.base, '?status=sent')).items.find((x) => x.id === m.id);
      assert.equal(after?.attempts, 1);
      assert.ok(after?.sentAt);

      // The link's token is the registration's own: it cancels, and the cancellation is acknowledged.
      const res = await fetch(
        `${app.base}/registrations/${r.body.id as string}?token=${url.searchParams.get('cc-cancel')}`,
        { method: 'DELETE' },
      );
      assert.equal(res.status, 200);
      assert.equal((await outbox(app.base)).items[0]?.kind, 'registration_cancelled');
    });

    it('waitlisted, then promoted when a seat frees up; English for whoever registered in English', async () => {
      const sessionId = await createSession(app.base, { capacity: 1, title: 'Rencontre réseau' });
      const first = await registerOnce(app.base, sessionId, person(2));
      const res = await fetch(`${app.base}/sessions/${sessionId}/registrations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' },
        body: JSON.stringify({ ...person(3), pageUrl: `${SITE}/en/agenda` }),
      });
      assert.equal(res.status, 201);
      const waiting = (await outbox(app.base)).items[0]!;
      assert.equal(waiting.kind, 'registration_waitlisted');
      assert.equal(waiting.locale, 'en');
      assert.match(waiting.text, /waiting list, in position 1/);
      assert.deepEqual(waiting.attachments, []);

      await fetch(
        `${app.base}/registrations/${first.body.id as string}?token=${first.body.cancellationToken as string}`,
        { method: 'DELETE' },
      );
      const [promoted, cancelled] = (await outbox(app.base)).items;
      assert.equal(cancelled?.kind, 'registration_cancelled');
      assert.equal(cancelled?.to, 'personne2@example.org');
      assert.equal(promoted?.kind, 'registration_promoted');
      assert.equal(promoted?.to, 'personne3@example.org');
      assert.equal(promoted?.subject, 'A seat has freed up: Rencontre réseau');
      assert.deepEqual(promoted?.attachments, ['seance.ics']);
      // No token is stored, so no new link: it says how to cancel instead.
      assert.match(promoted?.text ?? '', /use the link you received when you registered/);
    });

    it('a page on a site the server does not serve gets no link in the e-mail', async () => {
      const sessionId = await createSession(app.base);
      const r = await registerOnce(app.base, sessionId, {
        ...person(4),
        pageUrl: 'https://hameconnage.example/annuler',
      });
      assert.equal(r.status, 201);
      const m = (await outbox(app.base)).items[0]!;
      assert.doesNotMatch(m.text, /hameconnage/);
      assert.match(m.text, /utilisez le lien reçu lors de votre inscription/);
      // A replay under the same key writes no second e-mail.
      const key = crypto.randomUUID();
      const before = (await outbox(app.base)).total;
      await registerOnce(app.base, sessionId, person(5), key);
      await registerOnce(app.base, sessionId, person(5), key);
      assert.equal((await outbox(app.base)).total, before + 1);
    });

    it('a temporary refusal is retried until it passes: one message, sent once', async () => {
      const sessionId = await createSession(app.base);
      await registerOnce(app.base, sessionId, person(6));
      const id = (await outbox(app.base)).items[0]!.id;
      smtp.mode = 'temporary';
      const worker = new OutboxWorker(app.db, smtpSender(smtp.url).send, settings, fast);
      await worker.runOnce();
      await worker.runOnce();
      let m = (await outbox(app.base, '?status=pending')).items.find((x) => x.id === id);
      assert.equal(m?.attempts, 2);
      assert.match(m?.lastError ?? '', /451/);
      smtp.mode = 'accept';
      const before = smtp.received.length;
      await drain(worker);
      assert.equal(
        smtp.received.filter((x) => x.messageId === `<${id}@participation.ville.example>`).length,
        1,
      );
      assert.ok(smtp.received.length > before);
      m = (await outbox(app.base, '?status=sent')).items.find((x) => x.id === id);
      assert.equal(m?.attempts, 3);
      assert.equal(m?.lastError, undefined);
    });

    it('a permanent refusal is a failure the organiser sees and can retry', async () => {
      const sessionId = await createSession(app.base);
      await registerOnce(app.base, sessionId, person(7));
      const id = (await outbox(app.base)).items[0]!.id;
      smtp.mode = 'permanent';
      const worker = new OutboxWorker(app.db, smtpSender(smtp.url).send, settings, fast);
      await drain(worker);
      smtp.mode = 'accept';
      const failed = (await outbox(app.base, '?status=failed')).items.find((x) => x.id === id);
      assert.equal(failed?.attempts, 1);
      assert.match(failed?.lastError ?? '', /550/);
      assert.equal((await fetch(`${app.base}/outbox`)).status, 401);
      const retried = await fetch(`${app.base}/outbox/${id}/retry`, {
        method: 'POST',
        headers: auth,
      });
      assert.equal(retried.status, 200);
      assert.equal(((await retried.json()) as OutboxMessage).status, 'pending');
      await drain(worker);
      const sent = (await outbox(app.base, '?status=sent')).items.find((x) => x.id === id);
      assert.equal(sent?.attempts, 2);
      const again = await fetch(`${app.base}/outbox/${id}/retry`, {
        method: 'POST',
        headers: auth,
      });
      assert.equal(again.status, 409);
    });

    it('a session moved or cancelled: each person registered is told, the .ics updates or removes it (SEQUENCE, METHOD:CANCEL)', async () => {
      const sessionId = await createSession(app.base, { capacity: 1, title: 'Atelier budget' });
      await registerOnce(app.base, sessionId, person(20));
      await registerOnce(app.base, sessionId, person(21)); // waiting list
      const patch = (body: unknown) =>
        fetch(`${app.base}/sessions/${sessionId}`, {
          method: 'PATCH',
          headers: auth,
          body: JSON.stringify(body),
        });
      const newsOf = async () =>
        (await outbox(app.base, '?limit=200')).items.filter(
          (m) => m.kind.startsWith('session_') && m.subject.endsWith('Atelier budget'),
        );
      // A capacity change is not news to those registered.
      assert.equal((await patch({ capacity: 1 })).status, 200);
      assert.deepEqual(await newsOf(), []);
      const later = new Date(Date.now() + 9 * 86400_000);
      later.setUTCHours(16, 0, 0, 0);
      const moved = await patch({
        start: later.toISOString(),
        end: new Date(later.getTime() + 7200_000).toISOString(),
      });
      assert.equal(moved.status, 200);
      const changed = await newsOf();
      assert.deepEqual(changed.map((m) => [m.kind, m.to]).sort(), [
        ['session_changed', 'personne20@example.org'],
        ['session_changed', 'personne21@example.org'],
      ]);
      assert.equal(changed[0]!.subject, 'Séance modifiée : Atelier budget');
      const feed = await (await fetch(`${app.base}/sessions/${sessionId}.ics`)).text();
      assert.match(feed, /SEQUENCE:2\r\n/);

      const worker = new OutboxWorker(app.db, smtpSender(smtp.url).send, settings, fast);
      await patch({ status: 'cancelled', cancellationReason: 'Salle indisponible' });
      const cancelled = (await newsOf()).filter((m) => m.kind === 'session_cancelled');
      assert.equal(cancelled.length, 2);
      assert.match(cancelled[0]!.text, /Motif : Salle indisponible/);
      await drain(worker);
      const mail = smtp.received.find((m) => m.subject === 'Séance annulée : Atelier budget');
      assert.ok(mail);
      const ics = mail.attachments.find((a) => a.filename === 'seance.ics')!;
      const text = ics.content.toString('utf8');
      const type = ics.headers.get('content-type') as { params?: Record<string, string> };
      assert.equal(type.params?.method?.toUpperCase(), 'CANCEL');
      assert.match(text, /METHOD:CANCEL\r\n/);
      assert.match(text, /STATUS:CANCELLED\r\n/);
      assert.match(text, /SEQUENCE:3\r\n/);
      // A cancelled session keeps its registrations and gives no seat away; the feed keeps it, cancelled.
      const regs = (await (
        await fetch(`${app.base}/sessions/${sessionId}/registrations`, { headers: auth })
      ).json()) as {
        items: { status: string }[];
      };
      assert.deepEqual(
        regs.items.map((r) => r.status),
        ['confirmed', 'waitlisted'],
      );
      assert.match(
        await (await fetch(`${app.base}/sessions.ics`)).text(),
        new RegExp(`UID:${sessionId}@[^\r]+\r\n(?:[^\r]+\r\n)*?STATUS:CANCELLED`),
      );
    });

    it('erasing a person erases their e-mails; no log line names anyone', async () => {
      const sessionId = await createSession(app.base);
      await registerOnce(app.base, sessionId, person(8));
      const res = await fetch(`${app.base}/people?email=PERSONNE8@example.org`, {
        method: 'DELETE',
        headers: auth,
      });
      assert.equal(res.status, 200);
      const all = await outbox(app.base, '?limit=200');
      assert.ok(all.items.every((m) => m.to !== 'personne8@example.org'));
      assert.ok(all.total > 5);
      const joined = logs.join('\n');
      assert.ok(logs.length > 0);
      assert.doesNotMatch(joined, /personne\d|Prénom\d|example\.org/);
    });
  });
}

describe('e-mail outbox across processes', () => {
  it('the resume link of a questionnaire draft, mailed only to a link of this draft on a trusted site', async () => {
    const db = await openDb('sqlite');
    await seedDemo(db);
    const app = await startApp(db, options);
    try {
      const made = await fetch(`${app.base}/questionnaires/besoins-formation/drafts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ version: 2, answers: {} }),
      });
      const draft = (await made.json()) as { id: string; secret: string };
      const token = `${draft.id}.${draft.secret}`;
      const send = (body: unknown, t = token) =>
        fetch(`${app.base}/questionnaire-drafts/mail`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'CC-Resume-Token': t },
          body: JSON.stringify(body),
        });
      const resumeUrl = `${SITE}/questionnaire#cc-resume=${encodeURIComponent(token)}`;
      const elsewhere = await send({
        email: 'moi@example.org',
        resumeUrl: `https://autre.example/#cc-resume=${token}`,
      });
      assert.equal(elsewhere.status, 422);
      const problem = (await elsewhere.json()) as { errors: { field: string; message: string }[] };
      assert.equal(problem.errors[0]?.field, 'resumeUrl');
      assert.match(problem.errors[0]?.message ?? '', /Adresse de la page/);
      assert.equal(
        (await send({ email: 'moi@example.org', resumeUrl: `${SITE}/questionnaire#cc-resume=x` }))
          .status,
        422,
      );
      assert.equal((await send({ email: 'pas-une-adresse', resumeUrl })).status, 422);
      assert.equal(
        (await send({ email: 'moi@example.org', resumeUrl }, `${draft.id}.faux`)).status,
        404,
      );
      for (let i = 0; i < 3; i++)
        assert.equal((await send({ email: 'moi@example.org', resumeUrl })).status, 202);
      assert.equal((await send({ email: 'moi@example.org', resumeUrl })).status, 429);
      const [m] = (await outbox(app.base)).items;
      assert.equal(m?.kind, 'questionnaire_resume');
      assert.equal(m?.to, 'moi@example.org');
      assert.ok(m?.text.includes(resumeUrl), m?.text);
      assert.match(m?.subject ?? '', /^Reprendre le questionnaire : /);
    } finally {
      await app.close();
    }
  });

  it('a sender killed mid-send: the next process takes the message over after its lease, and it arrives once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-outbox-'));
    const file = join(dir, 'cc.sqlite');
    const smtp = await startSmtp('hang');
    const [port] = await freePorts(1);
    const env = { CC_OUTBOX_LEASE_MS: '1000', CC_OUTBOX_BACKOFF_MS: '100' };
    const args = ['--db', file, '--smtp-url', smtp.url];
    const first = await startProcess(args, port!, env);
    try {
      const base = `http://127.0.0.1:${port}/api/v1`;
      await seedToken(file);
      const sessionId = await createSession(base);
      const attempt = smtp.nextAttempt();
      assert.equal((await registerOnce(base, sessionId, person(9))).status, 201);
      await attempt; // the message is on the wire, unanswered
      first.kill('SIGKILL');
      await new Promise((r) => first.once('exit', r));
      smtp.mode = 'accept';
      const second = await startProcess(args, port!, env);
      try {
        const [mail] = await smtp.waitFor(1);
        await new Promise((r) => setTimeout(r, 1500)); // time for a wrongful second send
        assert.equal(smtp.received.length, 1);
        assert.match(mail?.subject ?? '', /^Inscription confirmée/);
        assert.equal(smtp.attempts, 2);
      } finally {
        second.kill();
      }
    } finally {
      first.kill();
      await smtp.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(
    'two workers on one PostgreSQL share the outbox: each message is sent exactly once',
    { skip: !PG_URL },
    async () => {
      const url = await freshPgUrl();
      const a = await openDb('postgres', url);
      const b = await openPostgres(url);
      const app = await startApp(a, options);
      const smtp = await startSmtp();
      try {
        const sessionId = await createSession(app.base, { capacity: 100 });
        await Promise.all(
          Array.from({ length: 40 }, (_, i) => registerOnce(app.base, sessionId, person(100 + i))),
        );
        const workers = [a, b].map(
          (db) => new OutboxWorker(db, smtpSender(smtp.url).send, settings, { ...fast, batch: 3 }),
        );
        await Promise.all(workers.map((w) => drain(w)));
        const mails = await smtp.waitFor(40);
        assert.equal(new Set(mails.map((m) => m.messageId)).size, 40);
        assert.equal(mails.length, 40);
      } finally {
        await smtp.close();
        await app.close();
        await b.close();
      }
    },
  );
});

/** The organiser token the tests use, in a database file a process is using (SQLite's WAL allows it). */
async function seedToken(file: string): Promise<void> {
  const { openSqlite } = await import('../dist/index.js');
  const { sha256 } = await import('../dist/registrations.js');
  const { TOKEN } = await import('./helpers.js');
  const db = openSqlite(file);
  await db.tx((q) =>
    q.run('INSERT INTO organiser_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)', [
      crypto.randomUUID(),
      'Tests',
      sha256(TOKEN),
      new Date().toISOString(),
    ]),
  );
  await db.close();
}
