#!/usr/bin/env node
// cc-server: the reference API. Configuration errors stop it with one clear line, never a stack trace.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { randomBytes, randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { createApp, mailSettings, type AppOptions } from './app.js';
import { OutboxWorker } from './mail/outbox.js';
import { expireOffers } from './registrations.js';
import { smtpSender } from './mail/smtp.js';
import { openPostgres, openSqlite, type Db } from './db.js';
import { seedDemo } from './seed.js';
import { purge, sha256 } from './registrations.js';

const HELP = `cc-server — serveur d'API de référence des Conseils Citoyens Elements

Usage :
  cc-server [options]                       démarre le serveur
  cc-server token create --name "Ville de Lille"   crée un jeton organisateur (affiché une seule fois)
  cc-server purge --older-than 12months     supprime les données personnelles des séances passées

Options :
  --port N               port d'écoute (défaut : $PORT ou 4010)
  --host H               adresse d'écoute (défaut : 127.0.0.1 ; 0.0.0.0 pour toutes)
  --db FICHIER           base SQLite embarquée (défaut : ./data/cc.sqlite ; :memory: pour une base jetable)
  --database-url URL     PostgreSQL (ou la variable DATABASE_URL), pour plusieurs processus
  --seed demo            charge les données de démonstration si la base est vide,
                         placées dans les semaines qui suivent
  --seed historical      les mêmes aux dates des sources (rencontre du 24 mars 2016, Masterclass 2018)
  --cors-origin ORIGINE  site autorisé à appeler l'API (répétable), ex. https://ville.example
  --static DOSSIER       dossier servi à la racine (la page de référence)
  --rate-limit N         écritures publiques par client et par minute (défaut : 30 ; 0 = sans limite)
  --public-url URL       adresse publique du serveur (ex. https://participation.ville.fr) : les liens des
                         e-mails mènent à ses pages et aux sites --cors-origin, nulle part ailleurs
                         (défaut : http://localhost:PORT et http://127.0.0.1:PORT)
  --smtp-url URL         serveur d'envoi des e-mails (ou la variable SMTP_URL), ex. smtp://user:mdp@smtp.ville.fr:587 ;
                         sans lui, les e-mails restent dans la boîte d'envoi, lisibles par les organisateurs
  --mail-from ADRESSE    expéditeur, ex. "Ville de Lille <conseils-citoyens@lille.fr>"
  --mail-organisation N  signature des e-mails, ex. "Ville de Lille"
  --mail-contact TEXTE   contact indiqué dans les e-mails, ex. "conseils-citoyens@lille.fr, 03 20 00 00 00"
  --trust-proxy          derrière un proxy inverse (nginx) : le client est la dernière adresse de
                         X-Forwarded-For (sans cette option, l'en-tête est ignoré)
  --quiet                aucun journal de requêtes
  --help                 cette aide`;

function fail(message: string): never {
  process.stderr.write(`cc-server : ${message}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        'database-url': { type: 'string' },
        seed: { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        static: { type: 'string' },
        'rate-limit': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        'public-url': { type: 'string' },
        'smtp-url': { type: 'string' },
        'mail-from': { type: 'string' },
        'mail-organisation': { type: 'string' },
        'mail-contact': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean' },
        name: { type: 'string' },
        'older-than': { type: 'string' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message.split('\n')[0]} (voir --help)`);
  }
}

async function openDb(values: ReturnType<typeof parse>['values']): Promise<Db> {
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  try {
    if (url) {
      if (!/^postgres(ql)?:\/\//.test(url))
        fail(`--database-url doit commencer par postgres:// (reçu : ${url.split('@').pop()})`);
      return await openPostgres(url);
    }
    return openSqlite(values.db ?? resolve('data/cc.sqlite'));
  } catch (e) {
    fail(`base de données inaccessible : ${(e as Error).message.split('\n')[0]}`);
  }
}

function months(spec: string): number {
  const m = /^(\d+)\s*(months?|mois)$/.exec(spec.trim());
  if (!m) fail(`--older-than attend une durée comme « 12months » (reçu : ${spec})`);
  return Number(m[1]);
}

async function main() {
  const { values, positionals } = parse();
  if (values.help) {
    console.log(HELP);
    return;
  }
  const [command, sub] = positionals;
  if (command === 'token') {
    if (sub !== 'create' || !values.name?.trim())
      fail('usage : cc-server token create --name "Ville de Lille"');
    const db = await openDb(values);
    const token = `cc_${randomBytes(24).toString('base64url')}`;
    await db.tx((q) =>
      q.run('INSERT INTO organiser_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)', [
        randomUUID(),
        values.name!.trim(),
        sha256(token),
        new Date().toISOString(),
      ]),
    );
    await db.close();
    console.log(token);
    process.stderr.write(
      'Conservez ce jeton : il ne sera plus affiché (seule son empreinte est enregistrée).\n',
    );
    return;
  }
  if (command === 'purge') {
    const n = months(values['older-than'] ?? fail('usage : cc-server purge --older-than 12months'));
    const before = new Date();
    before.setUTCMonth(before.getUTCMonth() - n);
    const db = await openDb(values);
    const removed = await purge(db, before);
    await db.close();
    console.log(
      `${removed} inscription(s) supprimée(s) (séances terminées avant le ${before.toISOString().slice(0, 10)}).`,
    );
    return;
  }
  if (command) fail(`commande inconnue « ${command} » (voir --help)`);

  const port = Number(values.port ?? process.env.PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`port invalide : ${values.port ?? process.env.PORT}`);
  const rateLimit = Number(values['rate-limit'] ?? 30);
  if (!Number.isInteger(rateLimit) || rateLimit < 0)
    fail(`--rate-limit attend un entier positif ou 0 (reçu : ${values['rate-limit']})`);
  for (const o of values['cors-origin'] ?? [])
    if (o !== '*' && !/^https?:\/\/[^/]+$/.test(o))
      fail(`--cors-origin attend une origine comme https://ville.example (reçu : ${o})`);
  if (values.seed && values.seed !== 'demo' && values.seed !== 'historical')
    fail(`--seed attend « demo » ou « historical » (reçu : ${values.seed})`);
  const staticDir = values.static ? resolve(values.static) : undefined;
  if (staticDir && !existsSync(staticDir)) fail(`dossier --static introuvable : ${staticDir}`);

  const publicUrl = values['public-url'];
  if (publicUrl && !/^https?:\/\/[^/\s]+\/?$/.test(publicUrl))
    fail(
      `--public-url attend une adresse comme https://participation.ville.fr (reçu : ${publicUrl})`,
    );
  const smtpUrl = values['smtp-url'] ?? process.env.SMTP_URL;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    fail(`--smtp-url doit commencer par smtp:// ou smtps:// (reçu : ${smtpUrl.split('@').pop()})`);

  const db = await openDb(values);
  if (values.seed) await seedDemo(db, new Date(), { historical: values.seed === 'historical' });
  const cdn = fileURLToPath(new URL('../../elements/dist/cdn/', import.meta.url));
  const log = values.quiet ? undefined : (line: string) => console.log(line);
  const appOptions: AppOptions = {
    db,
    publicUrl: publicUrl ?? `http://localhost:${port}`,
    // Without --public-url, the page may be reached as localhost or 127.0.0.1: both are the server's own.
    corsOrigins: [
      ...(values['cors-origin'] ?? []),
      ...(publicUrl ? [] : [`http://127.0.0.1:${port}`]),
    ],
    mail: {
      ...(values['mail-from'] ? { from: values['mail-from'] } : {}),
      ...(values['mail-organisation'] ? { organisation: values['mail-organisation'] } : {}),
      ...(values['mail-contact'] ? { contact: values['mail-contact'] } : {}),
    },
    sending: !!smtpUrl,
    rateLimitPerMinute: rateLimit,
    trustProxy: values['trust-proxy'] ?? false,
    staticDir,
    mounts: existsSync(cdn) ? { '/elements/': cdn } : {},
    log,
  };
  const app = createApp(appOptions);
  const smtp = smtpUrl ? smtpSender(smtpUrl) : undefined;
  const worker = smtp
    ? new OutboxWorker(db, smtp.send, mailSettings(appOptions), {
        log,
        // Tests shorten these to see a restart take over a message; the defaults suit a real mail server.
        ...(process.env.CC_OUTBOX_LEASE_MS
          ? { leaseMs: Number(process.env.CC_OUTBOX_LEASE_MS) }
          : {}),
        ...(process.env.CC_OUTBOX_BACKOFF_MS
          ? { backoffMs: () => Number(process.env.CC_OUTBOX_BACKOFF_MS) }
          : {}),
      }).start()
    : undefined;
  if (!smtp)
    log?.(
      "e-mails : aucun serveur SMTP (--smtp-url) ; ils restent dans la boîte d'envoi, lisible par les organisateurs (GET /api/v1/outbox)",
    );
  // Freed seats held past their deadline go to the next person, every minute (several processes may: each row is
  // re-checked under its session's lock).
  const offers = setInterval(
    () =>
      void expireOffers(db, mailSettings(appOptions)).catch((e: Error) =>
        log?.(`places réservées : ${e.message}`),
      ),
    60_000,
  );
  offers.unref();
  const host = values.host ?? '127.0.0.1';
  const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    console.log(
      `cc-server prêt sur http://${host === '0.0.0.0' ? 'localhost' : host}:${info.port}/ (${db.kind})`,
    );
  });
  server.on('error', (e: NodeJS.ErrnoException) =>
    fail(
      e.code === 'EADDRINUSE'
        ? `le port ${port} est déjà utilisé (option --port ou variable PORT)`
        : e.message,
    ),
  );
  const stop = () => {
    clearInterval(offers);
    server.close(
      () =>
        void (worker?.stop() ?? Promise.resolve())
          .then(() => smtp?.close())
          .then(() => db.close())
          .then(() => process.exit(0)),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
