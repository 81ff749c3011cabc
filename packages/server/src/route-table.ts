// One table of routes: each is registered on Hono and described for the OpenAPI document from the same entry,
// so the document can never list a route the server does not have, nor miss one it has.
import { Hono, type Handler, type MiddlewareHandler } from 'hono';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: object;
  description?: string;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The OpenAPI path, e.g. `/sessions/{id}`; Hono's is derived (`/sessions/:id`) unless `pattern` is given. */
  path: string;
  pattern?: string;
  summary: string;
  /** Who may call it besides the public. */
  security?: 'organiser' | 'organiserOrLink';
  parameters?: Parameter[];
  /** The component schema of the JSON body. */
  body?: string;
  /** A file sent as the body itself (not JSON): the media types accepted. */
  fileBody?: readonly string[];
  /** The success: its status and the component schema of its JSON answer (or a content type for files). */
  ok: { status: number; schema?: string; contentType?: string };
  /** When there may be nothing to answer (e.g. never consulted): 204 No Content, with this meaning. */
  orNothing?: string;
  /** The statuses of its problem+json answers. */
  problems?: number[];
}

export const idParam: Parameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
};
/** The optional Idempotency-Key of a POST that creates something. */
export const idempotencyKeyParam: Parameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  schema: { type: 'string', minLength: 8, maxLength: 255 },
};

export const queryParams = (...names: string[]): Parameter[] =>
  names.map((name) => ({ name, in: 'query', schema: { type: 'string' } }));

/** A Hono app whose routes are recorded with their description. */
export class RouteTable {
  readonly app = new Hono();
  readonly operations: Operation[] = [];

  on(op: Operation, ...handlers: (MiddlewareHandler | Handler)[]): this {
    const path = op.pattern ?? op.path.replace(/\{(\w+)\}/g, ':$1');
    this.app.on(op.method.toUpperCase(), path, ...(handlers as [Handler]));
    this.operations.push(op);
    return this;
  }

  /** Mounts another table's routes here (one module per resource). */
  mount(other: RouteTable): this {
    this.app.route('/', other.app);
    this.operations.push(...other.operations);
    return this;
  }
}
