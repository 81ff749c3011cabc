import type {
  Evidence,
  StaffEntry,
  Attendance,
  RegistrationList,
  SessionInput,
  SessionPatch,
  Bilan,
  BilanHeading,
  BilanHeadingPatch,
  BilanHeadingSaved,
  BilanIndicators,
  BilanInput,
  BilanItemPatch,
  BilanItemSaved,
  CarriedActionPatch,
  CarriedActionSaved,
  OwnItemInput,
  OwnItemRemoved,
  OwnItemSaved,
  Charte,
  CharteInput,
  CommentInput,
  CommentList,
  CharteText,
  Consultation,
  ConsultationInput,
  ConsultationOpened,
  DocumentComment,
  DocumentKind,
  DocumentVersionList,
  Locale,
  Questionnaire,
  QuestionnaireInput,
  QuestionnaireDraft,
  QuestionnaireDraftCreated,
  QuestionnaireDraftInput,
  ResumeLinkMailRequest,
  ResponseConfirmed,
  QuestionnaireReceipt,
  QuestionnaireResults,
  ResultsQuery,
  ComparisonQuery,
  TerritoryComparison,
  ForkRequest,
  TemplateChanges,
  QuestionnaireResponseInput,
  Registration,
  RegistrationReceipt,
  RegistrationRequest,
  Session,
  SessionList,
  SessionQuery,
} from '@conseils-citoyens/schemas';

export interface CallOptions {
  signal?: AbortSignal;
  /** The secret of an edit link (read from the page's `#cc-edit=` fragment), sent in the `CC-Edit-Link` header. */
  editLink?: string;
}

/**
 * Who an organiser is, given to `<cc-provider>` as a JS property (never an attribute, which would sit in the page):
 * a bearer token, or a function returning the headers of the host site's own login.
 */
export type CcAuth = string | (() => Record<string, string> | Promise<Record<string, string>>);

/** Each kind of document, as written and as served. */
export interface DocumentTypes {
  questionnaires: { input: QuestionnaireInput; served: Questionnaire };
  chartes: { input: CharteInput; served: Charte };
  bilans: { input: BilanInput; served: Bilan };
}
/** The formats of `downloadResponses`. */
export type ResponsesFormat = 'csv' | 'csv-comma' | 'xlsx';
/** A file the API answered, with the name it suggests. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

export interface SaveOptions extends CallOptions {
  /** The version the author started from (its ETag); a stale one fails with `conflict` and `problem.current`. */
  ifMatch: number | '*';
  changeNote?: string;
}
/** A part of a document saved alone (a bilan's item or heading), guarded by its own revision. */
export interface PartOptions extends CallOptions {
  /** The part's revision the author started from; a stale one fails with `conflict` and the part as it is now. */
  ifMatch: number | '*';
}
export interface PostOptions extends CallOptions {
  /** Reuse the same key when retrying the same attempt: the server answers it once. */
  idempotencyKey?: string;
}
export interface AnswerOptions extends PostOptions {
  /** The resume token (`id.secret`) of the draft this answer completes: the server deletes that draft. */
  resumeToken?: string;
  /** The invitation link's token (`id.secret`) of a questionnaire answered once per invited person. */
  invitation?: string;
}
export type SessionFilters = Partial<Omit<SessionQuery, 'limit' | 'offset'>> & {
  limit?: number;
  offset?: number;
};

/**
 * What a resident's page needs from a backend (staff elements need `CcStaffApi` too). Two adapters implement it:
 * `createApiClient` (HTTP, the default) and `createMemoryApi` (in the browser, for stories, demos and tests).
 * Every failure is thrown as an `ApiError`.
 */
/** The files a document's version comes as (`GET /{kind}/{id}/versions/{n}.{format}`). */
export type DocumentFileFormat = 'odt' | 'docx' | 'md' | 'html' | 'csv';

export interface CcApi {
  listSessions(filters?: SessionFilters, options?: CallOptions): Promise<SessionList>;
  getSession(id: string, options?: CallOptions): Promise<Session>;
  /**
   * URL of the session's iCalendar file (the HTTP API serves one; the memory adapter makes a `data:` URL), or
   * undefined when the backend has none and « Ajouter à mon agenda » is left out.
   */
  sessionIcsUrl(id: string, locale?: Locale): string | undefined;
  /**
   * URL of one version of a charte or a bilan as a file (ODT, DOCX, Markdown; a bilan's items as CSV too: the HTTP API
   * writes them), or undefined when the backend has none and « Télécharger » is left out.
   */
  documentFileUrl(
    kind: 'chartes' | 'bilans',
    id: string,
    version: number,
    format: DocumentFileFormat,
  ): string | undefined;
  register(
    sessionId: string,
    request: RegistrationRequest,
    options?: PostOptions,
  ): Promise<RegistrationReceipt>;
  cancelRegistration(
    registrationId: string,
    token: string,
    options?: CallOptions,
  ): Promise<Registration>;
  /** Confirms a freed seat held for the person, with the secret of the e-mail that offered it (409 `offer_expired` late). */
  confirmRegistration(
    registrationId: string,
    token: string,
    options?: CallOptions,
  ): Promise<Registration>;
  /** Answers a published version; checked against it (a 422 names the question). */
  submitQuestionnaireResponse(
    id: string,
    body: QuestionnaireResponseInput,
    options?: AnswerOptions,
  ): Promise<QuestionnaireReceipt>;
  /** Withdraws an answer with the secret given at submission. */
  deleteQuestionnaireResponse(id: string, token: string, options?: CallOptions): Promise<void>;
  /** « Enregistrer et reprendre plus tard »: a new draft (its secret shown once). */
  createQuestionnaireDraft(
    id: string,
    body: QuestionnaireDraftInput,
    options?: CallOptions,
  ): Promise<QuestionnaireDraftCreated>;
  /** Saves again through the same resume token (`id.secret`). */
  updateQuestionnaireDraft(
    resumeToken: string,
    body: QuestionnaireDraftInput,
    options?: CallOptions,
  ): Promise<QuestionnaireDraft>;
  getQuestionnaireDraft(resumeToken: string, options?: CallOptions): Promise<QuestionnaireDraft>;
  deleteQuestionnaireDraft(resumeToken: string, options?: CallOptions): Promise<void>;
  /** Confirms an answer given with an e-mail address, by the token of the link mailed there. */
  confirmQuestionnaireResponse(
    id: string,
    token: string,
    options?: CallOptions,
  ): Promise<ResponseConfirmed>;
  /** « Recevoir le lien par e-mail »: the resume link the page shows, sent to the resident's address. */
  mailResumeLink(
    resumeToken: string,
    body: ResumeLinkMailRequest,
    options?: CallOptions,
  ): Promise<void>;
  /** The head version for an organiser or a link holder, the last published one for everyone else. */
  getDocument<K extends DocumentKind>(
    kind: K,
    id: string,
    options?: CallOptions,
  ): Promise<DocumentTypes[K]['served']>;
  listVersions(kind: DocumentKind, id: string, options?: CallOptions): Promise<DocumentVersionList>;
  getVersion<K extends DocumentKind>(
    kind: K,
    id: string,
    version: number,
    options?: CallOptions,
  ): Promise<DocumentTypes[K]['served']>;
}

/**
 * What the people who run a council need beyond `CcApi`: results, exports, adapting the shared questionnaire, saving
 * and publishing documents. Kept apart so that a resident's page never carries it: staff elements reach it through
 * `staffApi()` (core/api/staff-client.js), which the memory adapter and any full adapter satisfy directly.
 */
export interface CcStaffApi extends CcApi {
  /** Creates a session (organisers): 201 with the session as stored. */
  createSession(input: SessionInput, options?: CallOptions): Promise<Session>;
  /** Changes a session, or cancels it with `{ status: 'cancelled', cancellationReason }`; registrants are e-mailed. */
  updateSession(id: string, patch: SessionPatch, options?: CallOptions): Promise<Session>;
  /** Everyone who registered for a session — confirmed, waiting list in order, cancelled (organisers). */
  listRegistrations(sessionId: string, options?: CallOptions): Promise<RegistrationList>;
  /** The same as a spreadsheet file (CSV, UTF-8 with BOM and `;`), attendance included (organisers). */
  downloadRegistrations(sessionId: string, options?: CallOptions): Promise<DownloadedFile>;
  /**
   * The iCalendar feed of every session (changes and cancellations included, each with its SEQUENCE), for an
   * organiser's agenda to subscribe to; undefined when the backend serves none.
   */
  sessionsFeedUrl(): string | undefined;
  /**
   * A registration taken by phone or on paper (organisers): the same seats, waiting list and duplicate guard; the
   * person gets the same e-mails when an address is given. Retried safely with the same `idempotencyKey`.
   */
  enterRegistration(
    sessionId: string,
    entry: StaffEntry,
    options?: CallOptions & { idempotencyKey?: string },
  ): Promise<RegistrationReceipt>;
  /** Cancels a registration on the person's behalf (organisers): she is e-mailed, the waiting list moves on. */
  cancelRegistrationFor(registrationId: string, options?: CallOptions): Promise<Registration>;
  /**
   * The person's confirmation e-mail again, with a new cancellation link to `pageUrl` (the public page of the form);
   * the link sent before stops working (organisers).
   */
  resendConfirmation(
    registrationId: string,
    pageUrl?: string,
    options?: CallOptions,
  ): Promise<Registration>;
  /** One place up (-1) or down (1) on the waiting list (organisers). */
  moveOnWaitlist(registrationId: string, by: -1 | 1, options?: CallOptions): Promise<Registration>;
  /** Who came: present, excused or absent; `null` takes the mark back (organisers). */
  setAttendance(
    registrationId: string,
    attendance: Attendance | null,
    options?: CallOptions,
  ): Promise<Registration>;
  /** Counts per question, small groups suppressed (organiser or edit link; free text for organisers only). */
  getQuestionnaireResults(
    id: string,
    query?: Partial<ResultsQuery>,
    options?: CallOptions,
  ): Promise<QuestionnaireResults>;
  /** « Adapter ce questionnaire pour mon territoire »: a new questionnaire, a draft copy of the published one. */
  forkQuestionnaire(
    templateId: string,
    body: ForkRequest,
    options?: CallOptions,
  ): Promise<Questionnaire>;
  /** What the shared template published since the version a territory's questionnaire was adapted from. */
  getTemplateChanges(id: string, options?: CallOptions): Promise<TemplateChanges>;
  /** A shared questionnaire's common questions across the territories that adapted it. Organisers only. */
  compareTerritories(
    templateId: string,
    query?: Partial<ComparisonQuery>,
    options?: CallOptions,
  ): Promise<TerritoryComparison>;
  /**
   * A version of a charte or a bilan as a file, drafts included, for its authors (their token or edit link goes in a
   * header, never in a link); `documentFileUrl` says whether the backend writes files at all.
   */
  downloadDocumentFile(
    kind: 'chartes' | 'bilans',
    id: string,
    version: number,
    format: DocumentFileFormat,
    options?: CallOptions,
  ): Promise<DownloadedFile>;
  /** Every answer as a file: CSV with `;` (French spreadsheets), CSV with `,`, or an Excel workbook. Organisers only. */
  downloadResponses(
    id: string,
    format: ResponsesFormat,
    options?: CallOptions,
  ): Promise<DownloadedFile>;
  /** A new draft version on top of `ifMatch`. */
  saveDocument<K extends DocumentKind>(
    kind: K,
    id: string,
    body: DocumentTypes[K]['input'],
    options: SaveOptions,
  ): Promise<DocumentTypes[K]['served']>;
  /** Publishes (questionnaire) or adopts (charte, bilan) version `ifMatch`, as a new version that never changes. */
  publishDocument<K extends DocumentKind>(
    kind: K,
    id: string,
    options: SaveOptions,
  ): Promise<DocumentTypes[K]['served']>;
  /** Saves one item of a bilan; another item saved meanwhile is kept, the same item fails with `conflict`. */
  patchBilanItem(
    id: string,
    item: string,
    patch: BilanItemPatch,
    options: PartOptions,
  ): Promise<BilanItemSaved>;
  /** Saves one heading's réussites, difficultés and perspectives. */
  patchBilanHeading(
    id: string,
    heading: BilanHeading,
    patch: BilanHeadingPatch,
    options: PartOptions,
  ): Promise<BilanHeadingSaved>;
  /** What became of one of last year's actions (`item` is the item it came from). */
  patchBilanCarried(
    id: string,
    item: string,
    patch: CarriedActionPatch,
    options: PartOptions,
  ): Promise<CarriedActionSaved>;
  /** An item the territory adds to one of the bilan's headings (the backend gives its id). */
  addBilanItem(id: string, input: OwnItemInput, options?: CallOptions): Promise<OwnItemSaved>;
  /** Removes a territory's own item and its answer, and gives them back (for « Annuler »: `addBilanItem` with `restore`). */
  removeBilanItem(id: string, item: string, options?: CallOptions): Promise<OwnItemRemoved>;
  /** Next year's bilan, started from this one (its actions to review); `conflict` if it exists (`problem.current.id`). */
  startNextBilan(id: string, options?: CallOptions): Promise<Bilan>;
  /** The year's figures, computed by the backend from sessions, registrations, answers and the charte. */
  getBilanIndicators(id: string, options?: CallOptions): Promise<BilanIndicators>;
  /**
   * Sends one evidence file of a bilan (checked by the server: type, content, 10 Mo), telling how far it is (0 to 1)
   * as it goes; answers the evidence an item's `evidence` then lists.
   */
  uploadEvidence(
    bilanId: string,
    file: File,
    options?: CallOptions & { onProgress?: (done: number) => void },
  ): Promise<Extract<Evidence, { kind: 'file' }>>;
  /** An evidence file to save: the credential or edit link goes in a header, never in a link. */
  downloadEvidence(bilanId: string, fileId: string, options?: CallOptions): Promise<DownloadedFile>;
  /** Submits charte version `ifMatch` to the members until `closesAt`, with a read-only link (its secret shown once). */
  openConsultation(
    id: string,
    input: ConsultationInput,
    options: SaveOptions,
  ): Promise<ConsultationOpened>;
  /** The charte's latest consultation, open or closed; null if it was never submitted to its members. */
  getConsultation(id: string, options?: CallOptions): Promise<Consultation | null>;
  /** Ends it now: the link is withdrawn, the comments stay with the version. */
  closeConsultation(id: string, options?: CallOptions): Promise<Consultation>;
  /** A version of a charte as it reads (assembled by the backend): what a member reads without the clause library. */
  getCharteText(id: string, version: number, options?: CallOptions): Promise<CharteText>;
  /** The members' comments on one version of a charte, oldest first. */
  listComments(id: string, version: number, options?: CallOptions): Promise<CommentList>;
  /** A comment on an article of the version under consultation (`conflict` once it is closed). */
  addComment(
    id: string,
    version: number,
    input: CommentInput,
    options?: CallOptions,
  ): Promise<DocumentComment>;
}

/** A random key for `Idempotency-Key`; works outside secure contexts too. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
