import type {
  Bilan, Charte, Questionnaire, QuestionnaireResponse, Registration, RegistrationReceipt,
  RegistrationRequest, Session, SessionList, SessionQuery,
} from '@conseils-citoyens/schemas';

export interface CallOptions {
  signal?: AbortSignal;
}
export interface PostOptions extends CallOptions {
  /** Reuse the same key when retrying the same attempt: the server answers it once. */
  idempotencyKey?: string;
}
export type SessionFilters = Partial<Omit<SessionQuery, 'limit' | 'offset'>> & { limit?: number; offset?: number };

/**
 * What every component needs from a backend. Two adapters implement it:
 * `createApiClient` (HTTP, the default) and `createMemoryApi` (in the browser, for stories, demos and tests).
 * Every failure is thrown as an `ApiError`.
 */
export interface CcApi {
  listSessions(filters?: SessionFilters, options?: CallOptions): Promise<SessionList>;
  getSession(id: string, options?: CallOptions): Promise<Session>;
  /** URL of the session's iCalendar file, or undefined when the backend has none. */
  sessionIcsUrl(id: string): string | undefined;
  register(sessionId: string, request: RegistrationRequest, options?: PostOptions): Promise<RegistrationReceipt>;
  cancelRegistration(registrationId: string, token: string, options?: CallOptions): Promise<Registration>;
  getQuestionnaire(id: string, options?: CallOptions): Promise<Questionnaire>;
  submitQuestionnaireResponse(id: string, body: { version: number; answers: QuestionnaireResponse['answers'] }, options?: PostOptions): Promise<QuestionnaireResponse>;
  getCharte(id: string, options?: CallOptions): Promise<Charte>;
  getBilan(id: string, options?: CallOptions): Promise<Bilan>;
}

/** A random key for `Idempotency-Key`; works outside secure contexts too. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
