// The e-mail outbox's throughput: 500 messages written as registrations write them (one transaction each), then sent
// through a real SMTP server in this process (smtp-server) by one worker, and by two workers on one PostgreSQL (their
// rows shared with FOR UPDATE SKIP LOCKED). Prints messages per second; checks each message arrived exactly once.
// Needs npm run build.
import { SMTPServer } from 'smtp-server';
import {
  OutboxWorker,
  openPostgres,
  openSqlite,
  smtpSender,
} from '../packages/server/dist/index.js';
import { enqueue } from '../packages/server/dist/mail/outbox.js';
import { startPostgres } from '../scripts/pg-throwaway.mjs';

const N = 500;
const settings = {
  from: 'Ville de Test <cc@ville.example>',
  organisation: 'Ville de Test',
  host: 'ville.example',
  trustedOrigins: [],
};

async function smtp() {
  const ids = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _s, done) {
      let head = '';
      stream.on('data', (c) => (head += c));
      stream.on('end', () => {
        ids.push(/^Message-ID: (.+)$/im.exec(head)?.[1]);
        done();
      });
    },
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    ids,
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    close: () => server.close(),
  };
}

async function fill(db) {
  const started = performance.now();
  for (let i = 0; i < N; i++)
    await db.tx((q) =>
      enqueue(q, {
        kind: 'registration_confirmed',
        to: `personne${i}@example.org`,
        locale: 'fr',
        mail: {
          subject: `Inscription confirmée : Masterclass ${i}`,
          text: 'Bonjour,\n\nVotre inscription est confirmée.\n'.repeat(8),
          html: '<p>Bonjour,</p><p>Votre inscription est confirmée.</p>'.repeat(8),
          attachments: [
            {
              filename: 'seance.ics',
              contentType: 'text/calendar',
              content: 'BEGIN:VCALENDAR\r\n'.repeat(20),
            },
          ],
        },
      }),
    );
  return performance.now() - started;
}

async function run(label, dbs) {
  const written = await fill(dbs[0]);
  const server = await smtp();
  const senders = dbs.map(() => smtpSender(server.url));
  const workers = dbs.map(
    (db, i) => new OutboxWorker(db, senders[i].send, settings, { batch: 20 }),
  );
  const started = performance.now();
  await Promise.all(
    workers.map(async (w) => {
      while ((await w.runOnce()) > 0);
    }),
  );
  const ms = performance.now() - started;
  const unique = new Set(server.ids).size;
  console.log(
    `  ${label.padEnd(34)} written ${(N / (written / 1000)).toFixed(0).padStart(5)} msg/s   sent ${(N / (ms / 1000)).toFixed(0).padStart(4)} msg/s   (${server.ids.length} received, ${unique} distinct)`,
  );
  if (server.ids.length !== N || unique !== N) process.exitCode = 1;
  senders.forEach((s) => s.close());
  server.close();
  for (const db of dbs) await db.close();
}

console.log(
  `outbox: ${N} e-mails written in their own transactions, then sent through SMTP on the loopback`,
);
await run('SQLite, one worker', [openSqlite(':memory:')]);
const pg = startPostgres();
try {
  const url = pg.url;
  await run('PostgreSQL, one worker', [await openPostgres(url)]);
  await run('PostgreSQL, two workers (SKIP LOCKED)', [
    await openPostgres(url),
    await openPostgres(url),
  ]);
} finally {
  pg.stop();
}
