import type { AnswerCheck } from './answer-shape.js';

/** One call to the API, as the HTTP client sends it (headers, retries and checks are the client's). */
export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** What the answer must look like (see answer-shape.ts); the caller names the type the API promises. */
  check: AnswerCheck;
  idempotencyKey?: string;
  signal?: AbortSignal;
  editLink?: string;
  resumeToken?: string;
  invitation?: string;
  ifMatch?: number | '*';
  /** A file rather than JSON: its MIME type starts with this; the answer is a `DownloadedFile`. */
  file?: string;
}

/** The HTTP client's way of sending a request, lent to the staff methods that load apart (staff-client.ts). */
export interface Transport {
  request<T>(spec: RequestSpec): Promise<T>;
  /** The API's address for `path` (a link the browser follows, such as a feed). */
  url(path: string): string;
  /** A call's headers (language, credential, edit link), for a request the transport does not send (an upload). */
  headers(spec: Pick<RequestSpec, 'editLink'>): Promise<Record<string, string>>;
}

/** Where a client made by `createApiClient` keeps its transport (a registered symbol: two copies of core agree). */
export const TRANSPORT = Symbol.for('conseils-citoyens.transport');
