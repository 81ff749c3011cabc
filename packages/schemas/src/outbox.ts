import * as z from 'zod/mini';
import { Email, Id, IsoDateTime, NonNegativeInt, Page, PageUrl } from './primitives.js';

/** Why an e-mail is sent: each is written in the transaction of the change that causes it. */
export const OUTBOX_KINDS = [
  'registration_confirmed',
  'registration_waitlisted',
  'registration_promoted',
  'registration_cancelled',
  'offer_expired',
  'session_changed',
  'session_cancelled',
  'session_reminder',
  'questionnaire_resume',
  'questionnaire_confirm',
] as const;
export const OutboxKind = z.enum(OUTBOX_KINDS);
export type OutboxKind = z.infer<typeof OutboxKind>;

export const OutboxStatus = z.enum(['pending', 'sent', 'failed']);
export type OutboxStatus = z.infer<typeof OutboxStatus>;

/** An e-mail as the organiser sees it in the outbox: sent, waiting, or failed with the reason. */
export const OutboxMessage = z.object({
  id: Id,
  kind: OutboxKind,
  to: z.string(),
  locale: z.enum(['fr', 'en']),
  subject: z.string(),
  /** The plain-text part, as sent. */
  text: z.string(),
  /** Names of the files attached (e.g. `seance.ics`). */
  attachments: z.array(z.string()),
  status: OutboxStatus,
  attempts: NonNegativeInt,
  /** When a pending message will be tried (again). */
  nextAttemptAt: IsoDateTime,
  /** The last failure, as the mail server put it. */
  lastError: z.optional(z.string()),
  createdAt: IsoDateTime,
  sentAt: z.optional(IsoDateTime),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const OutboxList = z.object({
  ...Page(OutboxMessage).shape,
  /** Whether a mail server is configured: without one, messages wait here (the reference server's default). */
  sending: z.boolean(),
});
export type OutboxList = z.infer<typeof OutboxList>;

/** Query of `GET /outbox`. */
export const OutboxQuery = z.strictObject({
  status: z.optional(OutboxStatus),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(200)), 50),
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0)), 0),
});
export type OutboxQuery = z.infer<typeof OutboxQuery>;

/** Body of `POST /questionnaire-drafts/mail`: the resume link, sent to the resident's own address. */
export const ResumeLinkMailRequest = z.strictObject({
  email: Email,
  /** The link the page showed, with its secret in the fragment; its site must be one the server serves. */
  resumeUrl: PageUrl,
});
export type ResumeLinkMailRequest = z.infer<typeof ResumeLinkMailRequest>;
