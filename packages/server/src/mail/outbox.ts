// The outbox: every e-mail is a row written in the transaction of the change that causes it, so a registration
// is never without its confirmation, nor a confirmation without its registration. A worker sends the rows through
// SMTP, retries with backoff, and survives a restart: a row it was sending when the process died is taken again
// once its lease has passed. Several processes on one PostgreSQL share the rows with FOR UPDATE SKIP LOCKED.
// A message always carries the same Message-ID (its row id), so a mail server that got it twice sees one message.
import { randomUUID } from 'node:crypto';
import type { Locale, OutboxKind, OutboxList, OutboxMessage } from '@conseils-citoyens/schemas';
import type { Db, Queryable } from '../db.js';
import { HttpProblem } from '../problem.js';
import type { Attachment, Composed } from './messages.js';
import type { MailSettings } from './settings.js';

interface OutboxRow {
  id: string;
  kind: OutboxKind;
  recipient: string;
  locale: Locale;
  subject: string;
  text_body: string;
  html_body: string;
  attachments: string;
  status: OutboxMessage['status'];
  attempts: number | string;
  next_attempt_at: string;
  last_error: string | null;
  subject_id: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface Outgoing {
  kind: OutboxKind;
  to: string;
  locale: Locale;
  /** What it is about (a registration, a draft): erasing that erases the e-mail too. */
  about?: string;
  mail: Composed;
  /** When to send it (a reminder); at once by default. */
  at?: Date;
}

/** Writes one e-mail into the outbox, inside the caller's transaction. */
export async function enqueue(q: Queryable, m: Outgoing, now = new Date()): Promise<string> {
  const id = randomUUID();
  const t = now.toISOString();
  await q.run(
    `INSERT INTO outbox (id, kind, recipient, locale, subject, text_body, html_body, attachments, status, attempts, next_attempt_at, subject_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
    [
      id,
      m.kind,
      m.to,
      m.locale,
      m.mail.subject,
      m.mail.text,
      m.mail.html,
      JSON.stringify(m.mail.attachments),
      (m.at ?? now).toISOString(),
      m.about ?? null,
      t,
    ],
  );
  return id;
}

const toMessage = (r: OutboxRow): OutboxMessage => ({
  id: r.id,
  kind: r.kind,
  to: r.recipient,
  locale: r.locale,
  subject: r.subject,
  text: r.text_body,
  attachments: (JSON.parse(r.attachments) as Attachment[]).map((a) => a.filename),
  status: r.status,
  attempts: Number(r.attempts),
  nextAttemptAt: r.next_attempt_at,
  ...(r.last_error ? { lastError: r.last_error } : {}),
  createdAt: r.created_at,
  ...(r.sent_at ? { sentAt: r.sent_at } : {}),
});

/** The organiser's view: newest first, optionally one status. */
export async function listOutbox(
  db: Queryable,
  o: { status?: OutboxMessage['status']; limit: number; offset: number; sending: boolean },
): Promise<OutboxList> {
  const where = o.status ? 'WHERE status = ?' : '';
  const params = o.status ? [o.status] : [];
  const total = await db.get<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM outbox ${where}`,
    params,
  );
  const rows = await db.all<OutboxRow>(
    `SELECT * FROM outbox ${where} ORDER BY created_at DESC, id LIMIT ? OFFSET ?`,
    [...params, o.limit, o.offset],
  );
  return {
    items: rows.map(toMessage),
    total: Number(total?.n ?? 0),
    limit: o.limit,
    offset: o.offset,
    sending: o.sending,
  };
}

/** An organiser tries a failed e-mail again (e.g. after fixing the mail server's settings). */
export async function retryMessage(db: Db, id: string, now = new Date()): Promise<OutboxMessage> {
  return db.tx(async (q) => {
    const row = await q.get<OutboxRow>(`SELECT * FROM outbox WHERE id = ?${db.forUpdate}`, [id]);
    if (!row) throw new HttpProblem(404, 'not_found');
    if (row.status === 'sent') throw new HttpProblem(409, 'already_sent');
    const t = now.toISOString();
    await q.run(`UPDATE outbox SET status = 'pending', next_attempt_at = ? WHERE id = ?`, [t, id]);
    return toMessage({ ...row, status: 'pending', next_attempt_at: t });
  });
}

/** GDPR: a person's e-mails go with them. */
export async function eraseMailTo(q: Queryable, email: string): Promise<void> {
  await q.run('DELETE FROM outbox WHERE lower(recipient) = ?', [email.trim().toLowerCase()]);
}

/** Sent and failed e-mails are kept 30 days for the organiser to see, then deleted (they hold addresses). */
export async function purgeOutbox(q: Queryable, now = new Date()): Promise<void> {
  await q.run(`DELETE FROM outbox WHERE status <> 'pending' AND created_at < ?`, [
    new Date(now.getTime() - 30 * 86_400_000).toISOString(),
  ]);
}

/** One e-mail handed to the mail server. */
export interface Envelope {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: Attachment[];
}
export type Send = (e: Envelope) => Promise<void>;

/** What a failed send says about trying again. */
export interface SendFailure {
  /** SMTP 5xx: the address or the message is refused for good. */
  permanent: boolean;
  reason: string;
}

/** nodemailer's errors: a 5xx reply is permanent; a 4xx, a timeout or a refused connection is worth another try. */
export function classify(error: unknown): SendFailure {
  const e = error as { responseCode?: number; code?: string; message?: string };
  const code = e.responseCode;
  const reason = [code ?? e.code, (e.message ?? String(error)).split('\n')[0]]
    .filter(Boolean)
    .join(' ')
    .slice(0, 300);
  return { permanent: code !== undefined && code >= 500 && code < 600, reason };
}

export interface WorkerOptions {
  /** How long a worker owns a message it is sending; a crashed worker's messages are taken again after it. */
  leaseMs?: number;
  /** Wait before attempt n + 1 (n ≥ 1). */
  backoffMs?: (attempts: number) => number;
  /** After this many attempts a message is marked failed. */
  maxAttempts?: number;
  pollMs?: number;
  batch?: number;
  /** Log lines carry ids and counts, never an address or a subject. */
  log?: (line: string) => void;
  now?: () => Date;
}

/** 30 s, 1 min, 2 min… up to 1 h: about a day of attempts over 30 of them. */
export const defaultBackoff = (n: number) => Math.min(30_000 * 2 ** (n - 1), 3_600_000);

export class OutboxWorker {
  private timer?: ReturnType<typeof setTimeout>;
  private running?: Promise<number>;
  private stopped = true;
  private readonly o: Required<Omit<WorkerOptions, 'log'>> & Pick<WorkerOptions, 'log'>;

  constructor(
    private readonly db: Db,
    private readonly send: Send,
    private readonly settings: MailSettings,
    options: WorkerOptions = {},
  ) {
    this.o = {
      leaseMs: 60_000,
      backoffMs: defaultBackoff,
      maxAttempts: 30,
      pollMs: 1000,
      batch: 10,
      now: () => new Date(),
      ...options,
    };
  }

  start(): this {
    this.stopped = false;
    this.schedule(0);
    return this;
  }

  /** Stops polling and waits for the batch being sent. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .catch((e: unknown) => {
          this.o.log?.(`outbox : base indisponible (${(e as Error).name})`);
          return 0;
        })
        .finally(() => this.schedule(this.o.pollMs));
    }, ms);
    this.timer.unref?.();
  }

  /** Takes the due messages (leased to this worker) and sends them; returns how many were sent. */
  async runOnce(): Promise<number> {
    const now = this.o.now();
    const rows = await this.claim(now);
    // Side by side: the sender's pool spreads them over its few connections.
    const sent = await Promise.all(rows.map((row) => this.deliver(row)));
    return sent.filter(Boolean).length;
  }

  private claim(now: Date): Promise<OutboxRow[]> {
    const skipLocked = this.db.kind === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const lease = new Date(now.getTime() + this.o.leaseMs).toISOString();
    return this.db.tx(async (q) => {
      const rows = await q.all<OutboxRow>(
        `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?${skipLocked}`,
        [now.toISOString(), this.o.batch],
      );
      for (const r of rows)
        await q.run('UPDATE outbox SET next_attempt_at = ? WHERE id = ?', [lease, r.id]);
      return rows;
    });
  }

  private async deliver(row: OutboxRow): Promise<boolean> {
    const attempts = Number(row.attempts) + 1;
    try {
      await this.send({
        messageId: `<${row.id}@${this.settings.host}>`,
        from: this.settings.from,
        to: row.recipient,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        attachments: JSON.parse(row.attachments) as Attachment[],
      });
    } catch (error) {
      const { permanent, reason } = classify(error);
      const failed = permanent || attempts >= this.o.maxAttempts;
      const next = new Date(this.o.now().getTime() + this.o.backoffMs(attempts)).toISOString();
      await this.db.run(
        `UPDATE outbox SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?`,
        [failed ? 'failed' : 'pending', attempts, reason, next, row.id],
      );
      this.o.log?.(
        `outbox : ${row.id} non envoyé (tentative ${attempts}${failed ? ', abandonné' : ''})`,
      );
      return false;
    }
    await this.db.run(
      `UPDATE outbox SET status = 'sent', attempts = ?, last_error = NULL, sent_at = ? WHERE id = ?`,
      [attempts, this.o.now().toISOString(), row.id],
    );
    this.o.log?.(`outbox : ${row.id} envoyé`);
    return true;
  }
}
