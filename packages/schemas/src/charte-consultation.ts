// A charte submitted for consultation: one draft version, frozen for the time of the consultation, read by the
// council's members through a read-only link, each of them commenting article by article. The comments stay with
// the version they were written on, so the authors read them beside that very text when they write the next one.
import * as z from 'zod/mini';
import { Id, IsoDateTime, NonNegativeInt, Page, PositiveInt, line, text } from './primitives.js';
import { EditLinkCreated } from './documents.js';

/** Body of `POST /chartes/{id}/consultation`: until when, and a word to the members. */
export const ConsultationInput = z.strictObject({
  closesAt: IsoDateTime,
  message: text(1000),
});
export type ConsultationInput = z.infer<typeof ConsultationInput>;

export const Consultation = z.object({
  /** The version under consultation: the draft it was opened on. */
  version: PositiveInt,
  openedAt: IsoDateTime,
  openedBy: line(200),
  closesAt: IsoDateTime,
  /** Set when an organiser closed it before `closesAt`. */
  closedAt: z.optional(IsoDateTime),
  /** Comments are received (not closed, not past `closesAt`). */
  open: z.boolean(),
  message: text(1000),
  comments: NonNegativeInt,
});
export type Consultation = z.infer<typeof Consultation>;

/** The answer to opening one: the consultation and its read-only link (whose secret is shown this once). */
export const ConsultationOpened = z.object({
  ...Consultation.shape,
  link: EditLinkCreated,
});
export type ConsultationOpened = z.infer<typeof ConsultationOpened>;

/** What a member writes: on which article (its id in the version), under what name, and what. */
export const CommentInput = z.strictObject({
  article: Id,
  author: line(100),
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
});
export type CommentInput = z.infer<typeof CommentInput>;

export const DocumentComment = z.object({
  id: Id,
  version: PositiveInt,
  article: Id,
  author: z.string(),
  body: z.string(),
  createdAt: IsoDateTime,
});
export type DocumentComment = z.infer<typeof DocumentComment>;

export const CommentList = Page(DocumentComment);
export type CommentList = z.infer<typeof CommentList>;
