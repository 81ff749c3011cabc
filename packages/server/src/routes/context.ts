import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db.js';
import type { MailSettings } from '../mail/settings.js';

/** What every resource module needs: the database, the organiser check, and who signs the e-mails. */
export interface RouteContext {
  db: Db;
  organiser: MiddlewareHandler;
  mail: MailSettings;
  /** Whether a mail server is configured (otherwise e-mails wait in the outbox). */
  sending: boolean;
}
