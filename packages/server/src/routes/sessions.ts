import type { Context } from 'hono';
import { SessionInput, SessionPatch, SessionQuery, sessionsIcs } from '@conseils-citoyens/schemas';
import { idParam as id, jsonBody, localeOf, parse } from '../http.js';
import { createSession, getSession, listSessions, patchSession } from '../sessions.js';
import { RouteTable, idParam, queryParams } from '../route-table.js';
import type { RouteContext } from './context.js';

const host = (c: Context) => new URL(c.req.url).hostname;
const calendar = 'text/calendar; charset=utf-8';

export function sessionRoutes({ db, organiser, mail }: RouteContext): RouteTable {
  return new RouteTable()
    .on(
      {
        method: 'get',
        path: '/sessions',
        summary: 'Lister les séances',
        parameters: queryParams('from', 'to', 'town', 'theme', 'kind', 'limit', 'offset'),
        ok: { status: 200, schema: 'SessionList' },
        problems: [422],
      },
      async (c) => c.json(await listSessions(db, parse(c, SessionQuery, c.req.query()))),
    )
    .on(
      {
        method: 'get',
        path: '/sessions.ics',
        summary: 'Flux iCalendar des séances',
        ok: { status: 200, contentType: 'text/calendar' },
      },
      async (c) => {
        const { items } = await listSessions(
          db,
          parse(c, SessionQuery, { limit: '500', ...c.req.query() }),
        );
        return c.body(sessionsIcs(items, { host: host(c) }), 200, { 'Content-Type': calendar });
      },
    )
    .on(
      {
        method: 'get',
        path: '/sessions/{id}.ics',
        pattern: '/sessions/:file{[^/]+\\.ics}',
        summary: 'La séance au format iCalendar',
        parameters: [idParam],
        ok: { status: 200, contentType: 'text/calendar' },
        problems: [404],
      },
      async (c) => {
        const sessionId = (c.req.param('file') ?? '').replace(/\.ics$/, '');
        const session = await getSession(db, sessionId);
        return c.body(sessionsIcs([session], { host: host(c), name: session.title }), 200, {
          'Content-Type': calendar,
          'Content-Disposition': `attachment; filename="seance-${sessionId}.ics"`,
        });
      },
    )
    .on(
      {
        method: 'get',
        path: '/sessions/{id}',
        summary: 'Une séance, avec sa jauge en direct',
        parameters: [idParam],
        ok: { status: 200, schema: 'Session' },
        problems: [404],
      },
      async (c) => c.json(await getSession(db, id(c))),
    )
    .on(
      {
        method: 'post',
        path: '/sessions',
        summary: 'Créer une séance',
        security: 'organiser',
        body: 'SessionInput',
        ok: { status: 201, schema: 'Session' },
        problems: [400, 401, 413, 415, 422],
      },
      organiser,
      async (c) => {
        const session = await createSession(db, await jsonBody(c, SessionInput));
        c.header('Location', `/api/v1/sessions/${session.id}`);
        return c.json(session, 201);
      },
    )
    .on(
      {
        method: 'patch',
        path: '/sessions/{id}',
        summary: 'Modifier ou annuler une séance',
        security: 'organiser',
        parameters: [idParam],
        body: 'SessionPatch',
        ok: { status: 200, schema: 'Session' },
        problems: [401, 404, 422],
      },
      organiser,
      async (c) =>
        c.json(await patchSession(db, id(c), await jsonBody(c, SessionPatch), mail, localeOf(c))),
    )
    .on(
      {
        method: 'delete',
        path: '/sessions/{id}',
        summary: 'Annuler une séance (les inscriptions sont conservées)',
        security: 'organiser',
        parameters: [idParam],
        ok: { status: 200, schema: 'Session' },
        problems: [401, 404],
      },
      organiser,
      async (c) => c.json(await patchSession(db, id(c), { status: 'cancelled' }, mail)),
    );
}
