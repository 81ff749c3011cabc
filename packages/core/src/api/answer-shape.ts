// What the client checks of an answer before an element uses it: the fields it computes with, by type. Not a
// second schema: the server's answers are checked against the zod schemas by its own tests and the OpenAPI
// document; in the browser, this only has to turn a wrong API base (an HTML page, someone else's JSON) or a broken
// proxy into a clear `invalid_response` instead of an exception deep in a render. zod stays out of a resident's page.
import type { Problem } from '@conseils-citoyens/schemas';

type Kind = 'string' | 'number' | 'boolean' | 'object' | 'array';
/** Expected keys and their `typeof` (`array` for arrays); a `?` suffix on the kind makes the key optional. */
export type Shape = Record<string, Kind | `${Kind}?`>;
/** Checks `json` and returns what is wrong (`seatsLeft: number`), or undefined when it will do. */
export type AnswerCheck = (json: unknown) => string | undefined;

const kindOf = (v: unknown): string =>
  Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;

/** An object with these keys of these kinds. */
export const shaped =
  (shape: Shape): AnswerCheck =>
  (json) => {
    if (kindOf(json) !== 'object') return `(racine): object attendu, ${kindOf(json)} reçu`;
    for (const [key, want] of Object.entries(shape)) {
      const value = (json as Record<string, unknown>)[key];
      const optional = want.endsWith('?');
      if (optional && value === undefined) continue;
      const kind = optional ? want.slice(0, -1) : want;
      if (kindOf(value) !== kind) return `${key}: ${kind} attendu, ${kindOf(value)} reçu`;
    }
    return undefined;
  };

/** A page of items (`{ items, total }`), each item checked. */
export const listOf =
  (item: AnswerCheck): AnswerCheck =>
  (json) => {
    const page = shaped({ items: 'array', total: 'number' })(json);
    if (page) return page;
    const items = (json as { items: unknown[] }).items;
    for (let i = 0; i < items.length; i++) {
      const wrong = item(items[i]);
      if (wrong) return `items.${i}.${wrong}`;
    }
    return undefined;
  };

const SESSION = shaped({
  id: 'string',
  title: 'string',
  start: 'string',
  end: 'string',
  status: 'string',
  capacity: 'number',
  seatsLeft: 'number',
  confirmed: 'number',
  waitlisted: 'number',
  waitingList: 'boolean',
  venue: 'object',
  speakers: 'array',
});
const REGISTRATION = shaped({ id: 'string', sessionId: 'string', status: 'string' });
const DOCUMENT = shaped({ id: 'string', version: 'number' });

/** The checks of each answer the client reads. */
export const ANSWERS = {
  session: SESSION,
  sessions: listOf(SESSION),
  registration: REGISTRATION,
  receipt: (json: unknown) => REGISTRATION(json) ?? shaped({ cancellationToken: 'string' })(json),
  document: DOCUMENT,
  versions: listOf(shaped({ version: 'number', status: 'string' })),
  questionnaireReceipt: shaped({ id: 'string', version: 'number', deleteToken: 'string' }),
  draft: shaped({ id: 'string', version: 'number', answers: 'object', expiresAt: 'string' }),
  confirmed: shaped({ id: 'string', confirmedAt: 'string' }),
  /** 204 No Content. */
  none: () => undefined,
} satisfies Record<string, AnswerCheck>;

const PROBLEM = shaped({ title: 'string', status: 'number', code: 'string?', errors: 'array?' });
/** An RFC 9457 problem, or undefined when an error answer is not one (a proxy's HTML page). */
export const asProblem = (json: unknown): Problem | undefined =>
  PROBLEM(json) === undefined ? (json as Problem) : undefined;
