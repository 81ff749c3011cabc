// What every authored document shares (questionnaires, chartes, bilans): immutable versions, publication,
// and the edit links through which council members without an account co-write one document.
import * as z from 'zod/mini';
import { Id, IsoDateTime, Page, PositiveInt, line, text } from './primitives.js';
import { DOCUMENT_KINDS, EDIT_LINK_FRAGMENT, EDIT_LINK_HEADER } from './constants.js';

export { DOCUMENT_KINDS, EDIT_LINK_FRAGMENT, EDIT_LINK_HEADER };
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A draft may be followed by another; a published questionnaire or an adopted charte or bilan never changes. */
export const VERSION_STATUSES = ['draft', 'published', 'adopted'] as const;
export const VersionStatus = z.enum(VERSION_STATUSES);
export type VersionStatus = z.infer<typeof VersionStatus>;

/** What the API adds to a document it serves: which version, in what state, saved by whom. */
export const versionFields = {
  version: PositiveInt,
  versionStatus: z.optional(VersionStatus),
  updatedAt: IsoDateTime,
  updatedBy: z.optional(line(200)),
};

/** One entry of a document's history. */
export const DocumentVersion = z.object({
  version: PositiveInt,
  status: VersionStatus,
  /** The organiser token's name or the edit link's label. */
  author: line(200),
  note: text(1000),
  createdAt: IsoDateTime,
});
export type DocumentVersion = z.infer<typeof DocumentVersion>;

export const DocumentVersionList = Page(DocumentVersion);
export type DocumentVersionList = z.infer<typeof DocumentVersionList>;

/** Body of `POST /{kind}/{id}/publish`. */
export const PublishRequest = z.strictObject({ note: text(1000) });
export type PublishRequest = z.infer<typeof PublishRequest>;

/** Query of the paginated document lists. */
export const DocumentQuery = z.strictObject({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(500)), 100),
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0)), 0),
});

export const EDIT_LINK_ACCESS = ['edit', 'view'] as const;
export const EditLinkAccess = z.enum(EDIT_LINK_ACCESS);
export type EditLinkAccess = z.infer<typeof EditLinkAccess>;

export const EditLinkInput = z.strictObject({
  access: EditLinkAccess,
  /** Who it is for, e.g. « Bureau du conseil citoyen de Moulins »: recorded as the author of what it saves. */
  label: line(200),
  expiresAt: IsoDateTime,
});
export type EditLinkInput = z.infer<typeof EditLinkInput>;

export const EditLink = z.object({
  id: Id,
  documentKind: DocumentKind,
  documentId: Id,
  access: EditLinkAccess,
  label: line(200),
  expiresAt: IsoDateTime,
  createdAt: IsoDateTime,
  createdBy: line(200),
  revokedAt: z.optional(IsoDateTime),
});
export type EditLink = z.infer<typeof EditLink>;

/** The answer to creating a link: the only time its secret is shown. */
export const EditLinkCreated = z.object({
  ...EditLink.shape,
  secret: z.string().check(z.minLength(32)),
});
export type EditLinkCreated = z.infer<typeof EditLinkCreated>;

export const EditLinkList = Page(EditLink);
export type EditLinkList = z.infer<typeof EditLinkList>;
