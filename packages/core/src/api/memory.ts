import type {
  Bilan,
  Charte,
  DocumentKind,
  DocumentVersion,
  Locale,
  ProblemCode,
  Questionnaire,
  Answers,
  QuestionnaireDraft,
  QuestionnaireInput,
  QuestionnaireReceipt,
  Registration,
  RegistrationReceipt,
  Session,
  SessionInput,
} from '@conseils-citoyens/schemas';
import {
  CHARTE_LIBRARY,
  assembleCharte,
  missingMessage,
  type CharteInput,
  CONFIRM_FRAGMENT,
  HONEYPOT_FIELD,
  PROBLEM_TITLES,
  QuestionnaireDraftInput,
  ResumeLinkMailRequest,
  QuestionnaireResponseInput,
  RegistrationRequest,
  SessionInput as SessionInputSchema,
  SessionPatch,
  StaffEntry,
  WaitlistMove,
  registrantKey,
  AttendanceInput,
  csvCell,
  ComparisonQuery,
  ResultsQuery,
  aggregateResults,
  compareTerritories,
  isAdaptedFrom,
  answerIssues,
  answerMessage,
  answerWordingEn,
  answerWordingFr,
  admission,
  documentInput,
  questionnaireDiff,
  responseTable,
  tableCsv,
  tableSheet,
  fieldErrors,
  sessionsIcs,
  seatsLeft,
  fieldLabel,
  CLEARABLE_SESSION_FIELDS,
  missingGroupError,
  quotaCapacity,
  quotaKeyOf,
  quotaSeats,
  sameGroups,
  sessionStatus,
  strayPeopleError,
} from '@conseils-citoyens/schemas';
import { ApiError, type ApiErrorKind } from './errors.js';
import { memoryBilanCalls } from './memory-bilans.js';
import { memoryConsultationCalls } from './memory-consultations.js';
import type { CcStaffApi, DocumentTypes, SaveOptions, SessionFilters } from './api.js';

export type MemorySession = SessionInput & {
  id: string;
  status?: 'scheduled' | 'cancelled';
  cancellationReason?: string;
};

export interface MemoryApiOptions {
  sessions?: MemorySession[];
  questionnaires?: Questionnaire[];
  chartes?: Charte[];
  bilans?: Bilan[];
  /** Invitation tokens (`id.secret`) of questionnaires answered once per invited person. */
  invitations?: string[];
  /** The clock, fixed in tests. */
  now?: () => Date;
  /** Simulated latency of every call. */
  latencyMs?: number;
  locale?: Locale;
}

export interface MemoryApi extends CcStaffApi {
  /** Makes the next `count` calls fail with this kind (stories and tests of error states). */
  failNext(kind: ApiErrorKind, count?: number): void;
  /** Every registration held, for assertions. */
  registrations(sessionId?: string): Registration[];
  /** The secret the e-mail offering a freed seat would carry (as the link of `sentMail` would), for tests and stories. */
  offerToken(registrationId: string): string | undefined;
  /** How many calls reached the adapter. */
  readonly calls: number;
  /** The e-mails a server would have sent (its outbox), for stories and assertions. */
  readonly sentMail: readonly SentMail[];
}

/** An e-mail the memory adapter would have sent: to whom, and the link it carries. */
export interface SentMail {
  kind: 'questionnaire_resume' | 'questionnaire_confirm';
  email: string;
  url: string;
}

interface StoredRegistration extends Registration {
  token: string;
  seq: number;
  /** The secret of the e-mail that offered a freed seat (`confirmBy`). */
  offerToken?: string;
}

/**
 * An in-browser backend with the server's behaviour: capacity, waiting list with positions,
 * promotion on cancellation, registration window, duplicate guard, idempotency keys.
 */
export function createMemoryApi(options: MemoryApiOptions = {}): MemoryApi {
  const now = options.now ?? (() => new Date());
  const locale = options.locale ?? 'fr';
  const sessions = new Map((options.sessions ?? []).map((s) => [s.id, { ...s }]));
  const regs: StoredRegistration[] = [];
  const idempotency = new Map<string, { body: string; result: RegistrationReceipt }>();
  const failures: ApiErrorKind[] = [];
  let seq = 0;
  let calls = 0;

  const problem = (status: number, code: ProblemCode, extra: Record<string, string> = {}) => ({
    type: `about:blank#${code}`,
    title: PROBLEM_TITLES[code][locale],
    status,
    code,
    ...extra,
  });
  const fail = (
    kind: ApiErrorKind,
    status: number,
    code: ProblemCode,
    extra?: Record<string, string>,
  ) => new ApiError(kind, { status, problem: problem(status, code, extra), titleLocale: locale });

  /** A stale If-Match: 412 with the document (or part) as it now is. */
  const conflict = (current: object) =>
    new ApiError('conflict', {
      status: 412,
      problem: { ...problem(412, 'version_conflict'), current: structuredClone(current) },
      titleLocale: locale,
    });

  async function call<T>(work: () => T): Promise<T> {
    calls++;
    expireOffers();
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const kind = failures.shift();
    if (kind) throw new ApiError(kind, { status: kind === 'server' ? 503 : undefined });
    return structuredClone(work());
  }

  const active = (sid: string) =>
    regs.filter((r) => r.sessionId === sid && r.status !== 'cancelled');
  /** The registrations counted in one group of a split ('' without one). */
  const inGroup = (sid: string, key: string) => active(sid).filter((r) => (r.quota ?? '') === key);
  const countBy = (rs: StoredRegistration[], status: Registration['status']) =>
    rs.reduce<Record<string, number>>((n, r) => {
      if (r.status === status) n[r.quota ?? ''] = (n[r.quota ?? ''] ?? 0) + 1;
      return n;
    }, {});

  function view(s: MemorySession): Session {
    const confirmed = active(s.id).filter((r) => r.status === 'confirmed').length;
    const waitlisted = active(s.id).filter((r) => r.status === 'waitlisted').length;
    return {
      ...s,
      ...(s.quotas
        ? {
            quotaSeats: quotaSeats(
              s.quotas,
              countBy(active(s.id), 'confirmed'),
              countBy(active(s.id), 'waitlisted'),
            ),
          }
        : {}),
      speakers: s.speakers ?? [],
      timeZone: 'Europe/Paris',
      status: sessionStatus(s.status === 'cancelled', s.capacity, confirmed),
      confirmed,
      waitlisted,
      seatsLeft: seatsLeft(s.capacity, confirmed),
      updatedAt: now().toISOString(),
    };
  }

  function sessionOr404(id: string): MemorySession {
    const s = sessions.get(id);
    if (!s) throw fail('not_found', 404, 'not_found');
    return s;
  }

  /** Each group's waiting list numbered on its own, 1, 2, 3… */
  function renumberWaitlist(sid: string) {
    const next = new Map<string, number>();
    active(sid)
      .filter((r) => r.status === 'waitlisted')
      .sort((a, b) => a.seq - b.seq)
      .forEach((r) => {
        const key = r.quota ?? '';
        next.set(key, (next.get(key) ?? 0) + 1);
        r.waitlistPosition = next.get(key)!;
      });
  }

  const publicView = ({
    token: _t,
    seq: _s,
    offerToken: _o,
    ...r
  }: StoredRegistration): Registration =>
    r.status === 'confirmed' || !r.confirmBy ? r : (({ confirmBy: _c, ...rest }) => rest)(r);

  /** A registration from the public form, or (`staff`) one an organiser took by phone or on paper. */
  function register(
    sessionId: string,
    body: unknown,
    key: string,
    staff = false,
  ): RegistrationReceipt {
    const bodyText = JSON.stringify(body);
    const seen = idempotency.get(key);
    if (seen) {
      if (seen.body !== bodyText) throw fail('validation', 422, 'idempotency_key_reused');
      return seen.result;
    }
    const s = sessionOr404(sessionId);
    // The page address only serves the confirmation e-mail's link: never kept with the person.
    const {
      [HONEYPOT_FIELD]: honeypot,
      pageUrl: _page,
      ...request
    } = staff
      ? { ...parsed(StaffEntry, body), [HONEYPOT_FIELD]: undefined }
      : parsed(RegistrationRequest, body);
    if (honeypot) throw fail('validation', 422, 'validation');
    const quota = quotaKeyOf(s.quotas, request);
    if (quota === undefined)
      throw new ApiError('validation', {
        status: 422,
        problem: {
          ...problem(422, 'validation'),
          errors: [missingGroupError(s.quotas!, fieldLabel([s.quotas!.by], locale), locale)],
        },
        titleLocale: locale,
      });
    const who = registrantKey(request);
    const duplicate = active(sessionId).some((r) => registrantKey(r) === who);
    const group = inGroup(sessionId, quota);
    const taken = group.filter((r) => r.status === 'confirmed').length;
    const seats = quotaCapacity(s.quotas, s.capacity, quota);
    const verdict = admission({ ...view(s), seatsLeft: seatsLeft(seats, taken) }, now(), duplicate);
    if (verdict.refusal) {
      const { code, ...dates } = verdict.refusal;
      throw fail(code === 'session_full' ? 'full' : 'conflict', 409, code, dates);
    }
    const stored: StoredRegistration = {
      ...request,
      ...(request.email ? { email: request.email.trim() } : {}),
      id: `r${++seq}`,
      seq,
      sessionId,
      status: verdict.status,
      waitlistPosition: null,
      ...(quota ? { quota } : {}),
      createdAt: now().toISOString(),
      token: `tok_${crypto.getRandomValues(new Uint32Array(4)).join('')}`,
    };
    regs.push(stored);
    renumberWaitlist(sessionId);
    const result = { ...publicView(stored), cancellationToken: stored.token };
    idempotency.set(key, { body: bodyText, result });
    return result;
  }

  /** Seats that free up (a cancellation, a larger capacity) go to the waiting list in order; none from a cancelled session. */
  function promote(sid: string) {
    const s = sessionOr404(sid);
    if (s.status === 'cancelled') return;
    for (const g of s.quotas?.groups ?? [{ key: '', seats: s.capacity }]) {
      const waiting = inGroup(sid, g.key)
        .filter((x) => x.status === 'waitlisted')
        .sort((a, b) => a.seq - b.seq);
      let free = g.seats - inGroup(sid, g.key).filter((x) => x.status === 'confirmed').length;
      for (const next of waiting)
        if (free-- > 0) {
          next.status = 'confirmed';
          // Held for the person until a deadline when the organiser asks them to confirm (the server's rule).
          if (s.confirmPromotionHours) {
            next.confirmBy = new Date(
              now().getTime() + s.confirmPromotionHours * 3600_000,
            ).toISOString();
            next.offerToken = `offer_${crypto.getRandomValues(new Uint32Array(4)).join('')}`;
          }
        }
    }
    renumberWaitlist(sid);
  }

  /** Seats held past their deadline go to the next person (the server sweeps every minute; here, at each call). */
  function expireOffers() {
    for (const r of regs)
      if (r.status === 'confirmed' && r.confirmBy && Date.parse(r.confirmBy) <= now().getTime()) {
        Object.assign(r, { status: 'cancelled', cancelledAt: now().toISOString() });
        promote(r.sessionId);
      }
  }

  function confirmOffer(id: string, token: string): Registration {
    const r = regs.find((x) => x.id === id);
    if (!r || (r.offerToken !== token && r.token !== token))
      throw fail('not_found', 404, 'not_found');
    if (r.status === 'cancelled')
      throw fail('conflict', 409, r.confirmBy ? 'offer_expired' : 'already_cancelled');
    delete r.confirmBy;
    return publicView(r);
  }

  function cancel(id: string, token: string): Registration {
    const r = regs.find((x) => x.id === id);
    if (!r || (r.token !== token && r.offerToken !== token))
      throw fail('not_found', 404, 'not_found');
    if (r.status === 'cancelled') throw fail('conflict', 409, 'already_cancelled');
    delete r.confirmBy; // declined, not expired
    const wasConfirmed = r.status === 'confirmed';
    Object.assign(r, {
      status: 'cancelled',
      waitlistPosition: null,
      cancelledAt: now().toISOString(),
    });
    if (wasConfirmed) promote(r.sessionId);
    else renumberWaitlist(r.sessionId);
    return publicView(r);
  }

  function list(filters: SessionFilters) {
    const from = filters.from ? Date.parse(filters.from) : -Infinity;
    const to = filters.to ? Date.parse(filters.to) : Infinity;
    const all = [...sessions.values()]
      .filter((s) => Date.parse(s.end) >= from && Date.parse(s.start) <= to)
      .filter((s) => !filters.town || s.venue.town === filters.town)
      .filter((s) => !filters.theme || s.theme === filters.theme)
      .filter((s) => !filters.kind || s.kind === filters.kind)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    const limit = filters.limit ?? 100;
    const offset = filters.offset ?? 0;
    return { items: all.slice(offset, offset + limit).map(view), total: all.length, limit, offset };
  }

  // Documents: every save a new version, as on the server (the memory adapter plays the organiser: it sees drafts).
  type Served = DocumentTypes[DocumentKind]['served'];
  const docs = new Map<string, Served[]>();
  /** Change notes, kept beside the versions as the server does (they are history, not document fields). */
  const notes = new WeakMap<Served, string>();
  const seed = (kind: DocumentKind, items: Served[] | undefined) => {
    for (const d of items ?? [])
      docs.set(`${kind}/${d.id}`, [{ ...d, versionStatus: d.versionStatus ?? 'published' }]);
  };
  seed('questionnaires', options.questionnaires);
  seed('chartes', options.chartes);
  seed('bilans', options.bilans);

  function versionsOf(kind: DocumentKind, id: string): Served[] {
    const versions = docs.get(`${kind}/${id}`);
    if (!versions) throw fail('not_found', 404, 'not_found');
    return versions;
  }
  const headOf = (kind: DocumentKind, id: string) => versionsOf(kind, id).at(-1)!;

  function append(
    kind: DocumentKind,
    id: string,
    data: object,
    o: SaveOptions,
    status: 'draft' | 'published' | 'adopted',
  ): Served {
    const versions = versionsOf(kind, id);
    const head = versions.at(-1)!;
    if (o.ifMatch !== '*' && o.ifMatch !== head.version)
      throw new ApiError('conflict', {
        status: 412,
        problem: { ...problem(412, 'version_conflict'), current: structuredClone(head) },
        titleLocale: locale,
      });
    const next = {
      ...data,
      id,
      version: head.version + 1,
      versionStatus: status,
      updatedAt: now().toISOString(),
      updatedBy: 'Démonstration',
      ...(kind === 'questionnaires'
        ? { status: status === 'published' ? 'published' : 'draft' }
        : {}),
    } as Served;
    if (o.changeNote) notes.set(next, o.changeNote);
    versions.push(next);
    return next;
  }

  const toVersion = (d: Served): DocumentVersion => ({
    version: d.version,
    status: d.versionStatus ?? 'draft',
    author: d.updatedBy ?? 'Démonstration',
    ...(notes.has(d) ? { note: notes.get(d) } : {}),
    createdAt: d.updatedAt,
  });

  // Questionnaire answers and drafts, checked with the server's rules (questionnaire-rules.ts).
  type StoredAnswer = QuestionnaireReceipt & {
    answers: Answers;
    others?: Record<string, string>;
    paper?: boolean;
  };
  const answers = new Map<string, StoredAnswer>();
  const answered = new Map<string, { body: string; result: QuestionnaireReceipt }>();
  const drafts = new Map<string, QuestionnaireDraft & { secret: string }>();
  const sentMail: SentMail[] = [];
  /** Answers waiting for their confirmation link, and the addresses whose answer is confirmed. */
  const pending = new Map<string, { token: string; person: string; answer: StoredAnswer }>();
  const people = new Set<string>();
  const DRAFT_DAYS = 30;

  function parsed<T>(
    schema: { safeParse(v: unknown): { success: boolean; data?: T; error?: unknown } },
    body: unknown,
  ): T {
    const r = schema.safeParse(body);
    if (!r.success)
      throw new ApiError('validation', {
        status: 422,
        problem: {
          ...problem(422, 'validation'),
          errors: fieldErrors(r.error as never, body, locale),
        },
        titleLocale: locale,
      });
    return r.data!;
  }

  /** Nothing published yet is no questionnaire; an unpublished version cannot be answered. */
  function publishedDefinition(id: string, version: number): QuestionnaireInput {
    const versions = versionsOf('questionnaires', id);
    if (!versions.some((v) => v.versionStatus === 'published'))
      throw fail('not_found', 404, 'not_found');
    const found = versions.find((v) => v.version === version);
    if (found?.versionStatus !== 'published') throw fail('conflict', 409, 'version_conflict');
    return found as Questionnaire;
  }

  const invitations = new Map((options.invitations ?? []).map((t) => [t, false]));
  function answer(
    id: string,
    body: unknown,
    key: string,
    resumeToken?: string,
    invitation?: string,
  ): QuestionnaireReceipt {
    const seen = answered.get(`${id}:${key}`);
    if (seen) {
      if (seen.body !== JSON.stringify(body))
        throw fail('validation', 422, 'idempotency_key_reused');
      return seen.result;
    }
    const input = parsed(QuestionnaireResponseInput, body);
    const def = publishedDefinition(id, input.version);
    const issues = answerIssues(def, input.answers, input.others);
    if (issues.length) {
      const wording = locale === 'en' ? answerWordingEn : answerWordingFr;
      const errors = issues.map((i) => ({
        field: `answers.${i.question}`,
        code: i.code,
        message: answerMessage(def, i, wording),
      }));
      throw new ApiError('validation', {
        status: 422,
        problem: { ...problem(422, 'validation'), errors },
        titleLocale: locale,
      });
    }
    if (def.responses === 'invitation') {
      const used = invitations.get(invitation ?? '');
      if (used === undefined) throw fail('unauthorized', 401, 'invitation_required');
      if (used) throw fail('conflict', 409, 'invitation_used');
      invitations.set(invitation!, true);
    }
    const result: QuestionnaireReceipt = {
      id: `r${++seq}`,
      questionnaireId: id,
      version: input.version,
      submittedAt: now().toISOString(),
      deleteToken: `delete-${seq}-${Math.random().toString(36).slice(2)}`.padEnd(32, '0'),
    };
    if (def.responses === 'email' && !input.paper) {
      // As on the server: held until the mailed link confirms it, one per address.
      if (!input.email) throw fail('validation', 422, 'validation');
      const person = `${id}:${input.email.toLowerCase()}`;
      if (people.has(person)) throw fail('conflict', 409, 'already_answered');
      const token = `confirm-${seq}-${Math.random().toString(36).slice(2)}`.padEnd(32, '0');
      const url = new URL(input.pageUrl ?? location.href);
      url.hash = `${CONFIRM_FRAGMENT}=${result.id}.${token}`;
      pending.set(result.id, { token, person, answer: { ...result, answers: input.answers } });
      sentMail.push({ kind: 'questionnaire_confirm', email: input.email, url: url.href });
      const held = { ...result, confirmationSentTo: input.email };
      answered.set(`${id}:${key}`, { body: JSON.stringify(body), result: held });
      return held;
    }
    answers.set(result.id, {
      ...result,
      answers: input.answers,
      ...(input.others ? { others: input.others } : {}),
      ...(input.paper ? { paper: true } : {}),
    });
    answered.set(`${id}:${key}`, { body: JSON.stringify(body), result });
    // The draft this answer completes goes, as on the server (only with its right secret).
    const [draftId, secret] = (resumeToken ?? '').split('.');
    if (drafts.get(draftId ?? '')?.secret === secret) drafts.delete(draftId!);
    return result;
  }

  const stamp = <T extends object>(d: T) => ({
    ...d,
    savedAt: now().toISOString(),
    expiresAt: new Date(now().getTime() + DRAFT_DAYS * 86_400_000).toISOString(),
  });
  function draftOf(token: string) {
    const [id, secret] = token.split('.');
    const draft = drafts.get(id ?? '');
    if (!draft || draft.secret !== secret || draft.expiresAt <= now().toISOString())
      throw fail('not_found', 404, 'not_found');
    return draft;
  }
  const withoutSecret = ({
    secret: _s,
    ...d
  }: QuestionnaireDraft & { secret: string }): QuestionnaireDraft => d;

  /** A questionnaire's results as the server counts them; free text for organisers only. */
  function resultsOf(id: string, query: Partial<ResultsQuery>, organiser: boolean) {
    const versions = versionsOf('questionnaires', id);
    const published =
      versions.filter((v) => v.versionStatus === 'published').at(-1) ?? versions.at(-1)!;
    const f = parsed(ResultsQuery, query);
    const def = (versions.find((v) => v.version === f.version) ?? published) as Questionnaire;
    const stored = [...answers.values()].filter((a) => a.questionnaireId === id);
    const draftCount = [...drafts.values()].filter((d) => d.questionnaireId === id).length;
    return aggregateResults(def, stored, f, {
      questionnaireId: id,
      version: def.version,
      drafts: draftCount,
      organiser,
    });
  }

  return {
    get calls() {
      return calls;
    },
    sentMail,
    failNext(kind, count = 1) {
      for (let i = 0; i < count; i++) failures.push(kind);
    },
    registrations: (sid) => regs.filter((r) => !sid || r.sessionId === sid).map(publicView),
    sessionsFeedUrl: () => undefined, // no server to subscribe to
    offerToken: (rid) => regs.find((r) => r.id === rid)?.offerToken,
    confirmRegistration: (id, token) => call(() => confirmOffer(id, token)),
    listSessions: (filters = {}) => call(() => list(filters)),
    getSession: (id) => call(() => view(sessionOr404(id))),
    // A static demo has no server to serve the file: it is written here (the same writer as cc-server's feeds).
    // Files are written by the server (@conseils-citoyens/exports): without one, « Télécharger » is left out.
    documentFileUrl: () => undefined,
    sessionIcsUrl: (id, locale = 'fr') => {
      const s = sessions.get(id);
      return s
        ? `data:text/calendar;charset=utf-8,${encodeURIComponent(sessionsIcs([view(s)], { name: s.title, locale }))}`
        : undefined;
    },
    register: (sid, body, o) =>
      call(() => register(sid, body, o?.idempotencyKey ?? String(Math.random()))),
    cancelRegistration: (id, token) => call(() => cancel(id, token)),
    submitQuestionnaireResponse: (id, body, o) =>
      call(() =>
        answer(id, body, o?.idempotencyKey ?? String(Math.random()), o?.resumeToken, o?.invitation),
      ),
    deleteQuestionnaireResponse: (id, token) =>
      call(() => {
        if (answers.get(id)?.deleteToken !== token) throw fail('not_found', 404, 'not_found');
        answers.delete(id);
      }),
    createQuestionnaireDraft: (id, body) =>
      call(() => {
        const input = parsed(QuestionnaireDraftInput, body);
        publishedDefinition(id, input.version);
        const secret = `secret-${++seq}-${Math.random().toString(36).slice(2)}`.padEnd(32, '0');
        const draft = { ...stamp({ ...input, id: `d${seq}`, questionnaireId: id }), secret };
        drafts.set(draft.id, draft);
        return draft;
      }),
    getQuestionnaireDraft: (token) => call(() => withoutSecret(draftOf(token))),
    updateQuestionnaireDraft: (token, body) =>
      call(() => {
        const draft = draftOf(token);
        const input = parsed(QuestionnaireDraftInput, body);
        if (input.version !== draft.version) throw fail('conflict', 409, 'version_conflict');
        const saved = {
          ...stamp({ ...input, id: draft.id, questionnaireId: draft.questionnaireId }),
          secret: draft.secret,
        };
        drafts.set(draft.id, saved);
        return withoutSecret(saved);
      }),
    getQuestionnaireResults: (id, query = {}) => call(() => resultsOf(id, query, true)),
    createSession: (input) =>
      call(() => {
        const created = { ...parsed(SessionInputSchema, input), id: crypto.randomUUID() };
        sessions.set(created.id, created);
        return view(created);
      }),
    updateSession: (id, patch) =>
      call(() => {
        const s = sessionOr404(id);
        const { status, cancellationReason, ...fields } = parsed(SessionPatch, patch);
        const merged = { ...s, ...fields, status: status ?? s.status } as MemorySession;
        for (const k of CLEARABLE_SESSION_FIELDS) if (fields[k] === null) delete merged[k];
        if (cancellationReason !== undefined || status === 'scheduled')
          merged.cancellationReason = status === 'scheduled' ? undefined : cancellationReason;
        // The session as it will be: an end before the start, or seats the split no longer matches, 422 on the field.
        const { id: _id, status: _s, cancellationReason: _r, ...whole } = merged;
        parsed(SessionInputSchema, whole);
        // A split set, changed or taken away: everyone goes to the group they name, or nothing changes (as the server).
        if (!sameGroups(s.quotas, merged.quotas)) {
          const placed = active(id).map((r) => ({ r, key: quotaKeyOf(merged.quotas, r) }));
          const stray = placed.filter((p) => p.key === undefined).length;
          if (stray)
            throw new ApiError('validation', {
              status: 422,
              problem: { ...problem(422, 'validation'), errors: [strayPeopleError(stray, locale)] },
              titleLocale: locale,
            });
          for (const { r, key } of placed)
            if (key) r.quota = key;
            else delete r.quota;
        }
        sessions.set(id, merged);
        promote(id);
        return view(merged);
      }),
    downloadRegistrations: (sid) =>
      call(() => {
        sessionOr404(sid);
        const rows = regs.filter((r) => r.sessionId === sid).map(publicView);
        const head = 'Statut;Nom;Prénom;Adresse e-mail;Présence';
        const lines = rows.map((r) =>
          [r.status, r.lastName, r.firstName, r.email, r.attendance ?? '']
            .map((v) => csvCell(v))
            .join(';'),
        );
        return {
          blob: new Blob([`\uFEFF${[head, ...lines].join('\r\n')}\r\n`], { type: 'text/csv' }),
          filename: `inscriptions-${sid}.csv`,
        };
      }),
    enterRegistration: (sid, entry, o) =>
      call(() => register(sid, entry, o?.idempotencyKey ?? String(Math.random()), true)),
    cancelRegistrationFor: (rid) =>
      call(() => {
        const r = regs.find((x) => x.id === rid);
        if (!r) throw fail('not_found', 404, 'not_found');
        return cancel(rid, r.token);
      }),
    resendConfirmation: (rid) =>
      call(() => {
        const r = regs.find((x) => x.id === rid);
        if (!r) throw fail('not_found', 404, 'not_found');
        if (r.status === 'cancelled') throw fail('conflict', 409, 'already_cancelled');
        r.token = `tok_${crypto.getRandomValues(new Uint32Array(4)).join('')}`; // the old link stops working
        return publicView(r);
      }),
    moveOnWaitlist: (rid, by) =>
      call(() => {
        const r = regs.find((x) => x.id === rid);
        if (!r) throw fail('not_found', 404, 'not_found');
        parsed(WaitlistMove, { by });
        if (r.status !== 'waitlisted') throw fail('validation', 422, 'validation');
        const line = inGroup(r.sessionId, r.quota ?? '')
          .filter((x) => x.status === 'waitlisted')
          .sort((a, b) => a.seq - b.seq);
        const other = line[line.indexOf(r) + by];
        if (other) [r.seq, other.seq] = [other.seq, r.seq];
        renumberWaitlist(r.sessionId);
        return publicView(r);
      }),
    setAttendance: (rid, attendance) =>
      call(() => {
        const r = regs.find((x) => x.id === rid);
        if (!r) throw fail('not_found', 404, 'not_found');
        if (r.status === 'cancelled') throw fail('conflict', 409, 'already_cancelled');
        const { attendance: checked } = parsed(AttendanceInput, { attendance });
        if (checked) r.attendance = checked;
        else delete r.attendance;
        return publicView(r);
      }),
    listRegistrations: (sid) =>
      call(() => {
        sessionOr404(sid);
        const items = regs.filter((r) => r.sessionId === sid).map(publicView);
        return { items, total: items.length };
      }),
    compareTerritories: (templateId, query = {}) =>
      call(() => {
        const { threshold } = parsed(ComparisonQuery, query);
        const published = (id: string) =>
          versionsOf('questionnaires', id)
            .filter((v) => v.versionStatus === 'published')
            .at(-1) as Questionnaire | undefined;
        const template = published(templateId);
        if (!template) throw fail('not_found', 404, 'not_found');
        const compared = [...docs.keys()]
          .filter((k) => k.startsWith('questionnaires/'))
          .map((k) => k.slice('questionnaires/'.length))
          .flatMap((id) => {
            const def = published(id);
            return def && (id === templateId || isAdaptedFrom(def, templateId))
              ? [{ id, def }]
              : [];
          })
          .sort((a, b) => (a.id === templateId ? -1 : b.id === templateId ? 1 : 0))
          .map(({ id, def }) => ({
            id,
            ...(def.territory ? { territory: def.territory } : {}),
            results: resultsOf(id, { threshold }, false),
          }));
        return compareTerritories(template, templateId, threshold, compared);
      }),
    deleteQuestionnaireDraft: (token) => call(() => void drafts.delete(draftOf(token).id)),
    // No mail server here: the e-mail is kept in `sentMail`, as the reference server keeps it in its outbox.
    mailResumeLink: (token, body) =>
      call(() => {
        draftOf(token);
        const { email, resumeUrl } = parsed(ResumeLinkMailRequest, body);
        sentMail.push({ kind: 'questionnaire_resume', email, url: resumeUrl });
      }),
    confirmQuestionnaireResponse: (id, token) =>
      call(() => {
        const held = pending.get(id);
        if (!held) {
          const done = answers.get(id);
          if (!done) throw fail('not_found', 404, 'not_found');
          return {
            id,
            questionnaireId: done.questionnaireId,
            version: done.version,
            confirmedAt: done.submittedAt,
          };
        }
        if (held.token !== token) throw fail('not_found', 404, 'not_found');
        pending.delete(id);
        if (people.has(held.person)) throw fail('conflict', 409, 'already_answered');
        people.add(held.person);
        answers.set(id, held.answer);
        const a = held.answer;
        return {
          id,
          questionnaireId: a.questionnaireId,
          version: a.version,
          confirmedAt: a.submittedAt,
        };
      }),
    forkQuestionnaire: (templateId, body) =>
      call(() => {
        const template = versionsOf('questionnaires', templateId)
          .filter((v) => v.versionStatus === 'published')
          .at(-1) as Questionnaire | undefined;
        if (!template) throw fail('not_found', 404, 'not_found');
        const input = documentInput(template) as QuestionnaireInput;
        let n = 1;
        const base = `${templateId}-${body.territory
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')}`.slice(0, 60);
        while (docs.has(`questionnaires/${n === 1 ? base : `${base}-${n}`}`)) n++;
        const id = n === 1 ? base : `${base}-${n}`;
        const fork = {
          ...input,
          ...(body.title ? { title: body.title } : {}),
          territory: body.territory,
          basedOn: { id: templateId, version: template.version },
          id,
          status: 'draft',
          version: 1,
          versionStatus: 'draft',
          updatedAt: now().toISOString(),
          updatedBy: 'Démonstration',
        } as Questionnaire;
        docs.set(`questionnaires/${id}`, [fork]);
        return fork;
      }),
    // No writer here (see documentFileUrl): an element asks documentFileUrl first and offers no download.
    downloadDocumentFile: () =>
      Promise.reject(
        new ApiError('config', { details: 'the memory adapter writes no document files' }),
      ),
    downloadResponses: async (id, format) => {
      const { def, table } = await call(() => {
        const def = documentInput(
          versionsOf('questionnaires', id)
            .filter((v) => v.versionStatus === 'published')
            .at(-1) ?? headOf('questionnaires', id),
        ) as QuestionnaireInput;
        const rows = [...answers.values()]
          .filter((a) => a.questionnaireId === id)
          .map((a) => ({
            id: a.id,
            version: a.version,
            submittedAt: a.submittedAt,
            paper: !!a.paper,
            answers: a.answers,
            others: a.others ?? {},
          }));
        return { def, table: responseTable(def, rows) };
      });
      if (format !== 'xlsx') {
        const csv = tableCsv(table, format === 'csv-comma' ? ',' : ';');
        return {
          blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
          filename: `reponses-${id}.csv`,
        };
      }
      // As on the server: the workbook's writer is loaded when a workbook is asked for.
      const { default: writeXlsxFile } = await import('write-excel-file/browser');
      const { data, options } = tableSheet(table, def.title);
      const blob = await writeXlsxFile(data, options).toBlob();
      return { blob, filename: `reponses-${id}.xlsx` };
    },
    getTemplateChanges: (id) =>
      call(() => {
        const fork = headOf('questionnaires', id) as Questionnaire;
        if (!fork.basedOn) throw fail('not_found', 404, 'not_found');
        const versions = versionsOf('questionnaires', fork.basedOn.id);
        const before = versions.find((v) => v.version === fork.basedOn!.version) as Questionnaire;
        const latest = versions
          .filter((v) => v.versionStatus === 'published')
          .at(-1) as Questionnaire;
        return {
          templateId: fork.basedOn.id,
          fromVersion: fork.basedOn.version,
          toVersion: latest.version,
          ...questionnaireDiff(before, latest),
        };
      }),
    ...memoryBilanCalls({
      head: (id) => headOf('bilans', id) as Bilan,
      locale,
      adoptedCharte: (id) =>
        docs
          .get(`chartes/${id}`)
          ?.filter((v) => v.versionStatus === 'adopted')
          .at(-1) as Charte | undefined,
      save: (id, bilan, note) => {
        const { id: _i, version, versionStatus: _s, updatedAt: _u, updatedBy: _b, ...data } = bilan;
        return append('bilans', id, data, { ifMatch: version, changeNote: note }, 'draft') as Bilan;
      },
      all: () =>
        [...docs.keys()]
          .filter((k) => k.startsWith('bilans/'))
          .map((k) => headOf('bilans', k.slice(7)) as Bilan),
      create: (data) => {
        const bilan = {
          ...data,
          id: `bilan-${++seq}`,
          version: 1,
          versionStatus: 'draft',
          updatedAt: now().toISOString(),
          updatedBy: 'Démonstration',
        } as Bilan;
        docs.set(`bilans/${bilan.id}`, [bilan]);
        return bilan;
      },
      sessions: () => [...sessions.values()].map(view),
      registrations: () => regs.map(publicView),
      answers: () => [...answers.values()],
      now,
      call,
      conflict,
      nextYearExists: (id) =>
        new ApiError('conflict', {
          status: 409,
          problem: { ...problem(409, 'next_year_exists'), current: { id } },
          titleLocale: locale,
        }),
      notFound: () => fail('not_found', 404, 'not_found'),
    }),
    ...memoryConsultationCalls({
      head: (id) => headOf('chartes', id) as Charte,
      version: (id, version) => {
        const found = versionsOf('chartes', id).find((v) => v.version === version);
        if (!found) throw fail('not_found', 404, 'not_found');
        return found as Charte;
      },
      now,
      locale,
      call,
      conflict,
      refused: (code) => fail('conflict', 409, code),
      notFound: () => fail('not_found', 404, 'not_found'),
    }),
    getDocument: (kind, id) => call(() => headOf(kind, id) as never),
    saveDocument: (kind, id, body, o) => call(() => append(kind, id, body, o, 'draft') as never),
    publishDocument: (kind, id, o) =>
      call(() => {
        const {
          id: _i,
          version: _v,
          versionStatus: _s,
          updatedAt: _u,
          updatedBy: _b,
          ...data
        } = headOf(kind, id);
        if (kind === 'chartes') {
          // As cc-server does: an adoption needs every variable and its record; the text is frozen with it.
          const assembled = assembleCharte(CHARTE_LIBRARY, data as unknown as CharteInput);
          if (assembled.missing.length || !('adoption' in data))
            throw new ApiError('validation', {
              status: 422,
              problem: {
                ...problem(422, 'validation'),
                errors: assembled.missing.length
                  ? assembled.missing.map((q) => ({
                      field: `answers.${q}`,
                      code: 'missing_variable',
                      message: missingMessage(assembled.missing, locale),
                    }))
                  : [{ field: 'adoption', code: 'required', message: '« Adoption » manque.' }],
              },
              titleLocale: locale,
            });
          const adopted = {
            ...data,
            status: 'adopted',
            adoptedAt: now().toISOString(),
            adoptedText: { sections: assembled.sections },
          };
          return append(kind, id, adopted, o, 'adopted') as never;
        }
        return append(
          kind,
          id,
          data,
          o,
          kind === 'questionnaires' ? 'published' : 'adopted',
        ) as never;
      }),
    listVersions: (kind, id) =>
      call(() => {
        const items = versionsOf(kind, id).map(toVersion).reverse();
        return { items, total: items.length, limit: items.length, offset: 0 };
      }),
    getVersion: (kind, id, version) =>
      call(() => {
        const found = versionsOf(kind, id).find((v) => v.version === version);
        if (!found) throw fail('not_found', 404, 'not_found');
        return found as never;
      }),
  };
}
