import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import * as z from 'zod/mini';
import {
  BilanInput, CharteInput, QuestionnaireInput, QuestionnaireResponseInput, RegistrationRequest, SessionInput,
  SessionPatch, SessionQuery,
} from '@conseils-citoyens/schemas';
import { EDIT_LINK_FRAGMENT, REQUEST_MESSAGES, sessionsIcs } from '@conseils-citoyens/schemas';
import type { Db } from './db.js';
import { HttpProblem, problemBody } from './problem.js';
import { cors, idParam, jsonBody, localeOf, organiserOnly, parse, rateLimit } from './http.js';
import { createSession, getSession, listSessions, patchSession } from './sessions.js';
import { cancel, erasePerson, exportPerson, listRegistrations, register } from './registrations.js';
import { registrationsCsv } from './csv.js';
import { openApiDocument } from './openapi.js';
import { documentRoutes } from './documents.js';

export interface AppOptions {
  db: Db;
  corsOrigins?: string[];
  /** Public writes per client and minute; 0 turns the limit off (load tests). */
  rateLimitPerMinute?: number;
  /** Folder served at `/` (the reference page). */
  staticDir?: string;
  /**
   * Behind a reverse proxy (nginx, a load balancer): the client is the address the proxy appended to
   * `X-Forwarded-For`. Off by default, since anyone can send that header to a server that faces the internet.
   */
  trustProxy?: boolean;
  /** Extra folders served under a prefix, e.g. `/elements/` → the CDN bundle. */
  mounts?: Record<string, string>;
  log?: (line: string) => void;
}

const peerOf = (c: Context) => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

/** The rightmost `X-Forwarded-For` entry is the one our own proxy wrote; those on its left are the client's to make up. */
const clientOf = (trustProxy: boolean) => (c: Context) =>
  (trustProxy && c.req.header('X-Forwarded-For')?.split(',').map((a) => a.trim()).filter(Boolean).at(-1)) || peerOf(c);

export function createApp(o: AppOptions) {
  const { db } = o;
  const app = new Hono();
  const api = new Hono();
  const organiser = organiserOnly(db);

  // Logs carry no personal data: no query string (emails, tokens), no bodies.
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    o.log?.(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  app.onError((err, c) => {
    const locale = localeOf(c);
    if (err instanceof HttpProblem) {
      if (err.extra.retryAfter) c.header('Retry-After', String(err.extra.retryAfter));
      return c.body(JSON.stringify(problemBody(err, locale, c.req.path)), err.status as 400, { 'Content-Type': 'application/problem+json; charset=utf-8' });
    }
    o.log?.(`ERROR ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.name + ' ' + err.message.split('\n')[0] : 'unknown'}`);
    return c.body(JSON.stringify(problemBody(new HttpProblem(500, 'server_error'), locale)), 500, { 'Content-Type': 'application/problem+json; charset=utf-8' });
  });
  app.notFound((c) => c.body(JSON.stringify(problemBody(new HttpProblem(404, 'not_found'), localeOf(c), c.req.path)), 404, { 'Content-Type': 'application/problem+json; charset=utf-8' }));

  api.use(cors(o.corsOrigins ?? []));
  // An edit link's secret belongs in the CC-Edit-Link header: in an address it would reach logs and Referer headers.
  api.use(async (c, next) => {
    if (new URL(c.req.url).searchParams.has(EDIT_LINK_FRAGMENT)) throw new HttpProblem(400, 'secret_in_query');
    await next();
  });
  api.use(rateLimit(o.rateLimitPerMinute ?? 30, 60_000, clientOf(o.trustProxy ?? false)));

  api.get('/openapi.json', (c) => c.json(openApiDocument()));

  // --- sessions
  const host = (c: Context) => new URL(c.req.url).hostname;
  api.get('/sessions', async (c) => c.json(await listSessions(db, parse(c, SessionQuery, c.req.query()))));
  api.get('/sessions.ics', async (c) => {
    const q = parse(c, SessionQuery, { limit: '500', ...c.req.query() });
    const { items } = await listSessions(db, q);
    return c.body(sessionsIcs(items, { host: host(c) }), 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
  });
  api.get('/sessions/:file{[^/]+\\.ics}', async (c) => {
    const id = c.req.param('file').replace(/\.ics$/, '');
    const session = await getSession(db, id);
    return c.body(sessionsIcs([session], { host: host(c), name: session.title }), 200, {
      'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="seance-${id}.ics"`,
    });
  });
  api.get('/sessions/:id', async (c) => c.json(await getSession(db, idParam(c))));
  api.post('/sessions', organiser, async (c) => {
    const session = await createSession(db, await jsonBody(c, SessionInput));
    c.header('Location', `/api/v1/sessions/${session.id}`);
    return c.json(session, 201);
  });
  api.patch('/sessions/:id', organiser, async (c) => c.json(await patchSession(db, idParam(c), await jsonBody(c, SessionPatch))));
  api.delete('/sessions/:id', organiser, async (c) => c.json(await patchSession(db, idParam(c), { status: 'cancelled' })));

  // --- registrations
  api.post('/sessions/:id/registrations', async (c) => {
    const id = idParam(c);
    const key = c.req.header('Idempotency-Key');
    if (key !== undefined && !/^[\x21-\x7e]{8,255}$/.test(key))
      throw new HttpProblem(422, 'validation', { errors: [{ field: 'Idempotency-Key', code: 'invalid_format', message: REQUEST_MESSAGES[localeOf(c)].idempotencyKey }] });
    const body = await jsonBody(c, RegistrationRequest);
    const { status, body: answer } = await register(db, id, body, key);
    return c.json(answer as object, status as 201);
  });
  const registrationsOf = (asCsv: boolean) => async (c: Context) => {
    const id = idParam(c);
    await getSession(db, id);
    const rows = await listRegistrations(db, id);
    if (asCsv || (c.req.header('Accept') ?? '').includes('text/csv'))
      return c.body(registrationsCsv(rows), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="inscriptions-${id}.csv"` });
    return c.json({ items: rows, total: rows.length });
  };
  api.get('/sessions/:id/registrations.csv', organiser, registrationsOf(true));
  api.get('/sessions/:id/registrations', organiser, registrationsOf(false));
  api.delete('/registrations/:id', async (c) => {
    const token = c.req.query('token');
    if (!token) throw new HttpProblem(422, 'validation', { errors: [{ field: 'token', code: 'invalid_type', message: REQUEST_MESSAGES[localeOf(c)].cancellationTokenRequired }] });
    return c.json(await cancel(db, idParam(c), token));
  });

  // --- GDPR
  const Email = z.object({ email: z.email() });
  api.get('/people/export', organiser, async (c) => {
    const { email } = parse(c, Email, c.req.query());
    return c.json({ email, registrations: await exportPerson(db, email) });
  });
  api.delete('/people', organiser, async (c) => {
    const { email } = parse(c, Email, c.req.query());
    return c.json({ erased: await erasePerson(db, email) });
  });

  // --- questionnaires, chartes, bilans: versions, publication, edit links
  documentRoutes(api, db, { questionnaires: QuestionnaireInput, chartes: CharteInput, bilans: BilanInput }, QuestionnaireResponseInput);

  app.route('/api/v1', api);
  // The pages it serves (the reference page, the elements) run under a strict policy: what a careful municipal site
  // would set, so the elements are known to work there (no inline script or style, no eval, Trusted Types for Lit).
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    + "object-src 'none'; base-uri 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
  if (o.staticDir || o.mounts) app.use('*', async (c, next) => {
    await next();
    if (!c.req.path.startsWith('/api/')) c.header('Content-Security-Policy', csp);
  });
  for (const [prefix, root] of Object.entries(o.mounts ?? {}))
    app.use(`${prefix}*`, serveStatic({ root, rewriteRequestPath: (p) => p.slice(prefix.length - 1) }));
  if (o.staticDir) app.use('*', serveStatic({ root: o.staticDir }));
  return app;
}
