import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import {
  EDIT_LINK_FRAGMENT,
  EDIT_LINK_HEADER,
  RESUME_TOKEN_HEADER,
  INVITATION_HEADER,
} from '@conseils-citoyens/schemas';
import type { Db } from './db.js';
import { HttpProblem, problemResponse } from './problem.js';
import { organiserOnly, rateLimit } from './http.js';
import { apiRoutes } from './routes/index.js';
import { DEFAULT_MAIL, type MailSettings } from './mail/settings.js';

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
  /**
   * Who signs the e-mails. Their links may lead to the server's own pages (`publicUrl`) and to the sites allowed by
   * CORS, nowhere else.
   */
  mail?: Partial<Omit<MailSettings, 'trustedOrigins'>>;
  /** The address the public reaches this server at, e.g. `https://participation.ville.fr`. */
  publicUrl?: string;
  /** Whether a worker sends the outbox through SMTP (shown to organisers, who otherwise read the e-mails there). */
  sending?: boolean;
}

/** The mail settings: the sites an e-mail may link to are the server's own and those CORS allows. */
export function mailSettings(o: AppOptions): MailSettings {
  const origins = [
    ...(o.publicUrl ? [new URL(o.publicUrl).origin] : []),
    ...(o.corsOrigins ?? []).filter((x) => x !== '*'),
  ];
  return {
    ...DEFAULT_MAIL,
    ...(o.publicUrl ? { host: new URL(o.publicUrl).hostname } : {}),
    ...o.mail,
    trustedOrigins: [...new Set(origins)],
  };
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
  (trustProxy &&
    c.req
      .header('X-Forwarded-For')
      ?.split(',')
      .map((a) => a.trim())
      .filter(Boolean)
      .at(-1)) ||
  peerOf(c);

export function createApp(o: AppOptions) {
  const { db } = o;
  const app = new Hono();
  const api = new Hono();

  // Logs carry no personal data: no query string (emails, tokens, secrets), no bodies.
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    o.log?.(
      `${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`,
    );
  });
  app.onError((err, c) => {
    if (err instanceof HttpProblem) return problemResponse(c, err);
    o.log?.(
      `ERROR ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.name + ' ' + err.message.split('\n')[0] : 'unknown'}`,
    );
    return problemResponse(c, new HttpProblem(500, 'server_error'));
  });
  app.notFound((c) => problemResponse(c, new HttpProblem(404, 'not_found')));

  const origins = new Set(o.corsOrigins ?? []);
  api.use(
    cors({
      origin: (origin) => (origins.has(origin) || origins.has('*') ? origin : null),
      allowMethods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
      allowHeaders: [
        'Content-Type',
        'Authorization',
        'Idempotency-Key',
        'Accept-Language',
        'If-Match',
        EDIT_LINK_HEADER,
        RESUME_TOKEN_HEADER,
        INVITATION_HEADER,
      ],
      exposeHeaders: ['ETag', 'Retry-After', 'Location'],
      maxAge: 600,
    }),
  );
  api.use(async (c, next) => {
    await next();
    c.header('Vary', 'Origin', { append: true }); // the answer depends on the Origin, even when it is refused
  });
  // An edit link's secret belongs in the CC-Edit-Link header: in an address it would reach logs and Referer headers.
  api.use(async (c, next) => {
    if (new URL(c.req.url).searchParams.has(EDIT_LINK_FRAGMENT))
      throw new HttpProblem(400, 'secret_in_query');
    await next();
  });
  api.use(rateLimit(o.rateLimitPerMinute ?? 30, 60_000, clientOf(o.trustProxy ?? false)));
  api.route(
    '/',
    apiRoutes({
      db,
      organiser: organiserOnly(db),
      mail: mailSettings(o),
      sending: o.sending ?? false,
    }).app,
  );

  app.route('/api/v1', api);
  // The pages it serves (the reference page, the elements) run under a strict policy: what a careful municipal site
  // would set, so the elements are known to work there (no inline script or style, no eval, Trusted Types for Lit).
  const csp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
  if (o.staticDir || o.mounts)
    app.use('*', async (c, next) => {
      await next();
      if (c.req.path.startsWith('/api/')) return;
      c.header('Content-Security-Policy', csp);
      // A hashed chunk never changes: a year in every cache. Anything else is checked again each time.
      if (c.res.ok)
        c.header(
          'Cache-Control',
          /\/chunks\/[^/]+-[\w-]{8}\.js$/.test(c.req.path)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
    });
  for (const [prefix, root] of Object.entries(o.mounts ?? {}))
    app.use(
      `${prefix}*`,
      // The `.br` and `.gz` written at build time, chosen by Accept-Encoding (with Vary: Accept-Encoding).
      serveStatic({
        root,
        precompressed: true,
        rewriteRequestPath: (p) => p.slice(prefix.length - 1),
      }),
    );
  if (o.staticDir) app.use('*', serveStatic({ root: o.staticDir, precompressed: true }));
  return app;
}
