import type { Locale, Problem } from '@conseils-citoyens/schemas';
import {
  EDIT_LINK_HEADER,
  INVITATION_HEADER,
  RESUME_TOKEN_HEADER,
} from '@conseils-citoyens/schemas/constants.js';
import { ANSWERS, asProblem, type AnswerCheck } from './answer-shape.js';
import { TRANSPORT, type RequestSpec, type Transport } from './transport.js';
import { ApiError, type ApiErrorKind } from './errors.js';
import {
  newIdempotencyKey,
  type CcApi,
  type CcAuth,
  type CallOptions,
  type AnswerOptions,
  type SessionFilters,
} from './api.js';

export interface ApiClientOptions {
  /** Base of the v1 API, e.g. `https://ville.example/api/v1` (relative URLs are resolved against the page). */
  baseUrl: string;
  /** The organiser's credential (a bearer token, or a function returning headers): kept in memory only. */
  auth?: CcAuth;
  fetch?: typeof fetch;
  /** Per attempt. */
  timeoutMs?: number;
  /** Extra attempts after the first, for failures where trying again is safe. */
  retries?: number;
  locale?: Locale;
  /** Base delay of the exponential backoff. */
  backoffMs?: number;
}

const MAX_RETRY_AFTER_MS = 10_000;
const DRAFTS = '/questionnaire-drafts';

/** Maps an HTTP status to the kind a component explains. */
export function kindOf(status: number, problem?: Problem): ApiErrorKind {
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'validation';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409 || status === 412 || status === 428)
    return problem?.code === 'session_full' ? 'full' : 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'invalid_response';
}

function retryAfterMs(res: Response): number | undefined {
  const h = res.headers.get('Retry-After');
  if (!h) return undefined;
  const s = Number(h);
  const ms = Number.isFinite(s) ? s * 1000 : Date.parse(h) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, Math.min(ms, MAX_RETRY_AFTER_MS)) : undefined;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(new ApiError('aborted'));
      },
      { once: true },
    );
  });

/**
 * The HTTP adapter: talks to `/api/v1/`, checks each answer has the shape an element reads,
 * retries only where it is safe, and turns every failure into an `ApiError`. Resident calls only: the staff calls
 * (`staffApi()`) load apart and borrow its transport.
 */
export function createApiClient(options: ApiClientOptions): CcApi & { [TRANSPORT]: Transport } {
  const { auth, timeoutMs = 15_000, retries = 2, locale = 'fr', backoffMs = 400 } = options;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl.replace(/\/+$/, '');

  function url(path: string, query?: RequestSpec['query']): string {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {}))
      if (v !== undefined && v !== '') params.set(k, String(v));
    const qs = params.toString();
    return `${base}${path}${qs ? `?${qs}` : ''}`;
  }

  /** What every call says: its language, the organiser's credential, an edit link. */
  async function headersFor(spec: Pick<RequestSpec, 'editLink'>): Promise<Record<string, string>> {
    const headers: Record<string, string> = { 'Accept-Language': locale };
    if (typeof auth === 'string') headers.Authorization = `Bearer ${auth}`;
    else if (auth) Object.assign(headers, await auth());
    if (spec.editLink) headers[EDIT_LINK_HEADER] = spec.editLink;
    return headers;
  }

  async function attempt<T>(spec: RequestSpec): Promise<T> {
    // First (a credential may come from a function): a call aborted meanwhile never starts.
    const headers = await headersFor(spec);
    if (spec.signal?.aborted) throw new ApiError('aborted');
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    // A file of a given type, or any ('' — an evidence file is whatever the server accepted).
    headers.Accept =
      spec.file !== undefined
        ? `${spec.file || '*/*'}, application/problem+json`
        : 'application/json';
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (spec.resumeToken) headers[RESUME_TOKEN_HEADER] = spec.resumeToken;
    if (spec.invitation) headers[INVITATION_HEADER] = spec.invitation;
    if (spec.ifMatch !== undefined)
      headers['If-Match'] = spec.ifMatch === '*' ? '*' : `"${spec.ifMatch}"`;
    if (spec.idempotencyKey) headers['Idempotency-Key'] = spec.idempotencyKey;
    let res: Response;
    let text = '';
    let blob: Blob | undefined;
    try {
      res = await doFetch(url(spec.path, spec.query), {
        method: spec.method,
        headers,
        signal: controller.signal,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      });
      if (spec.file !== undefined && res.ok) blob = await res.blob();
      else text = await res.text();
    } catch (cause) {
      if (timedOut) throw new ApiError('timeout', { cause });
      if (spec.signal?.aborted) throw new ApiError('aborted', { cause });
      throw new ApiError('network', { cause });
    } finally {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
    }
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const problem = asProblem(json);
      throw new ApiError(kindOf(res.status, problem), {
        status: res.status,
        problem,
        retryAfterMs: retryAfterMs(res),
        titleLocale: locale,
      });
    }
    if (blob) {
      // A proxy's HTML page answered 200 is not the file asked for.
      if (!blob.type.startsWith(spec.file!))
        throw new ApiError('invalid_response', { status: res.status, details: blob.type });
      const named = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '');
      return { blob, filename: named?.[1] ?? 'export' } as T;
    }
    const wrong =
      json === undefined && res.status !== 204 && res.status !== 202
        ? 'not JSON'
        : spec.check(json);
    if (wrong) throw new ApiError('invalid_response', { status: res.status, details: wrong });
    return json as T;
  }

  /** GET and DELETE are idempotent; a POST only with its Idempotency-Key; a PUT or publish with If-Match is refused if repeated after success. */
  const isSafeToRepeat = (spec: RequestSpec) =>
    spec.method === 'GET' ||
    spec.method === 'DELETE' ||
    spec.idempotencyKey !== undefined ||
    spec.ifMatch !== undefined;

  async function request<T>(spec: RequestSpec): Promise<T> {
    for (let n = 0; ; n++) {
      try {
        return await attempt(spec);
      } catch (e) {
        const error = e as ApiError;
        const inProgress = error.code === 'idempotency_in_progress';
        const canRetry = (error.retryable || inProgress) && isSafeToRepeat(spec) && n < retries;
        if (!canRetry) throw error;
        // Exponential backoff with full jitter; the server's Retry-After wins.
        const delay = error.retryAfterMs ?? Math.random() * backoffMs * 2 ** n;
        await sleep(delay, spec.signal);
      }
    }
  }

  const id = (value: string) => encodeURIComponent(value);
  /** One call: the caller's signal and edit link, plus what this call adds (a body, a query, a token). */
  const call = <T>(
    method: RequestSpec['method'],
    path: string,
    check: AnswerCheck,
    o?: CallOptions,
    more?: Partial<RequestSpec>,
  ) => request<T>({ method, path, check, signal: o?.signal, editLink: o?.editLink, ...more });
  const get = <T>(
    path: string,
    check: AnswerCheck,
    o?: CallOptions,
    query?: RequestSpec['query'],
  ) => call<T>('GET', path, check, o, { query });
  /** A POST that may be repeated safely: the same key for every attempt, the caller's if given. */
  const post = <T>(path: string, body: unknown, check: AnswerCheck, o?: AnswerOptions) =>
    call<T>('POST', path, check, o, {
      body,
      idempotencyKey: o?.idempotencyKey ?? newIdempotencyKey(),
      resumeToken: o?.resumeToken,
      invitation: o?.invitation,
    });

  return {
    [TRANSPORT]: { request, url, headers: headersFor },
    listSessions: (filters: SessionFilters = {}, o) =>
      get('/sessions', ANSWERS.sessions, o, filters),
    getSession: (sessionId, o) => get(`/sessions/${id(sessionId)}`, ANSWERS.session, o),
    sessionIcsUrl: (sessionId) => url(`/sessions/${id(sessionId)}.ics`),
    documentFileUrl: (kind, docId, version, format) =>
      url(`/${kind}/${id(docId)}/versions/${version}.${format}`),
    register: (sessionId, body, o) =>
      post(`/sessions/${id(sessionId)}/registrations`, body, ANSWERS.receipt, o),
    cancelRegistration: (registrationId, token, o) =>
      call('DELETE', `/registrations/${id(registrationId)}`, ANSWERS.registration, o, {
        query: { token },
      }),
    confirmRegistration: (registrationId, token, o) =>
      call('POST', `/registrations/${id(registrationId)}/confirm`, ANSWERS.registration, o, {
        body: { token },
      }),
    submitQuestionnaireResponse: (qid, body, o) =>
      post(`/questionnaires/${id(qid)}/responses`, body, ANSWERS.questionnaireReceipt, o),
    deleteQuestionnaireResponse: (rid, token, o) =>
      call('DELETE', `/questionnaire-responses/${id(rid)}`, ANSWERS.none, o, { query: { token } }),
    createQuestionnaireDraft: (qid, body, o) =>
      call('POST', `/questionnaires/${id(qid)}/drafts`, ANSWERS.draft, o, { body }),
    // The resume token travels in a header, never in the address.
    getQuestionnaireDraft: (resumeToken, o) =>
      call('GET', DRAFTS, ANSWERS.draft, o, { resumeToken }),
    updateQuestionnaireDraft: (resumeToken, body, o) =>
      call('PUT', DRAFTS, ANSWERS.draft, o, { body, resumeToken }),
    deleteQuestionnaireDraft: (resumeToken, o) =>
      call('DELETE', DRAFTS, ANSWERS.none, o, { resumeToken }),
    confirmQuestionnaireResponse: (rid, token, o) =>
      post(`/questionnaire-responses/${id(rid)}/confirm`, { token }, ANSWERS.confirmed, o),
    mailResumeLink: (resumeToken, body, o) =>
      call('POST', `${DRAFTS}/mail`, ANSWERS.none, o, { body, resumeToken }),
    getDocument: (kind, did, o) => get(`/${kind}/${id(did)}`, ANSWERS.document, o),
    listVersions: (kind, did, o) => get(`/${kind}/${id(did)}/versions`, ANSWERS.versions, o),
    getVersion: (kind, did, version, o) =>
      get(`/${kind}/${id(did)}/versions/${version}`, ANSWERS.document, o),
  };
}
