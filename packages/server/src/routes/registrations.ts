import type { Context } from 'hono';
import {
  AttendanceInput,
  REQUEST_MESSAGES,
  RegistrationRequest,
  ResendRequest,
  OfferConfirmation,
  StaffEntry,
  WaitlistMove,
} from '@conseils-citoyens/schemas';
import { csvSeparatorOf, idParam as id, idempotencyKeyOf, jsonBody, localeOf } from '../http.js';
import { HttpProblem } from '../problem.js';
import { getSession } from '../sessions.js';
import {
  cancel,
  confirmOffer,
  listRegistrations,
  moveOnWaitlist,
  register,
  resendConfirmation,
  setAttendance,
} from '../registrations.js';
import { registrationsCsv } from '../csv.js';
import { RouteTable, idParam, idempotencyKeyParam, queryParams } from '../route-table.js';
import type { RouteContext } from './context.js';

export function registrationRoutes({ db, organiser, mail }: RouteContext): RouteTable {
  /** A resident's registration or an organiser's entry: the same seats, guard and idempotency, in its schema. */
  const registerWith =
    (read: (c: Context) => Promise<RegistrationRequest | StaffEntry>) => async (c: Context) => {
      const { status, body } = await register(
        db,
        id(c),
        await read(c),
        idempotencyKeyOf(c),
        new Date(),
        { locale: localeOf(c), mail },
      );
      return c.json(body as object, status as 201);
    };
  const listOf = (asCsv: boolean) => async (c: Context) => {
    const sessionId = id(c);
    await getSession(db, sessionId);
    const rows = await listRegistrations(db, sessionId);
    if (asCsv || (c.req.header('Accept') ?? '').includes('text/csv'))
      return c.body(registrationsCsv(rows, csvSeparatorOf(c)), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="inscriptions-${sessionId}.csv"`,
      });
    return c.json({ items: rows, total: rows.length });
  };
  return new RouteTable()
    .on(
      {
        method: 'post',
        path: '/sessions/{id}/registrations',
        summary: "S'inscrire (confirmé, ou en liste d'attente avec son rang)",
        parameters: [idParam, idempotencyKeyParam],
        body: 'RegistrationRequest',
        ok: { status: 201, schema: 'RegistrationReceipt' },
        problems: [400, 404, 409, 413, 415, 422, 429],
      },
      registerWith((c) => jsonBody(c, RegistrationRequest)),
    )
    .on(
      {
        method: 'get',
        path: '/sessions/{id}/registrations.csv',
        summary: 'Inscriptions à une séance en CSV (UTF-8 avec BOM)',
        security: 'organiser',
        parameters: [idParam, ...queryParams('separator')],
        ok: { status: 200, contentType: 'text/csv' },
        problems: [401, 404],
      },
      organiser,
      listOf(true),
    )
    .on(
      {
        method: 'get',
        path: '/sessions/{id}/registrations',
        summary: 'Inscriptions à une séance (JSON, ou CSV avec Accept: text/csv)',
        security: 'organiser',
        parameters: [idParam],
        ok: { status: 200, schema: 'RegistrationList' },
        problems: [401, 404],
      },
      organiser,
      listOf(false),
    )
    .on(
      {
        method: 'delete',
        path: '/registrations/{id}',
        summary: "Annuler son inscription avec le jeton reçu (promeut la liste d'attente)",
        parameters: [
          idParam,
          { name: 'token', in: 'query', required: true, schema: { type: 'string' } },
        ],
        ok: { status: 200, schema: 'Registration' },
        problems: [404, 409, 422],
      },
      async (c) => {
        const token = c.req.query('token');
        if (!token)
          throw new HttpProblem(422, 'validation', {
            errors: [
              {
                field: 'token',
                code: 'invalid_type',
                message: REQUEST_MESSAGES[localeOf(c)].cancellationTokenRequired,
              },
            ],
          });
        return c.json(await cancel(db, id(c), token, mail));
      },
    )
    .on(
      {
        method: 'post',
        path: '/registrations/{id}/cancel',
        summary:
          "Annuler une inscription pour la personne (organisateurs) : elle est prévenue, la liste d'attente avance",
        security: 'organiser',
        parameters: [idParam],
        ok: { status: 200, schema: 'Registration' },
        problems: [401, 404, 409],
      },
      organiser,
      async (c) => c.json(await cancel(db, id(c), null, mail)),
    )
    .on(
      {
        method: 'post',
        path: '/sessions/{id}/entries',
        summary:
          'Inscrire une personne par téléphone ou sur papier (organisateurs) : mêmes places, même liste d’attente',
        security: 'organiser',
        parameters: [idParam, idempotencyKeyParam],
        body: 'StaffEntry',
        ok: { status: 201, schema: 'RegistrationReceipt' },
        problems: [400, 401, 404, 409, 413, 415, 422],
      },
      organiser,
      registerWith((c) => jsonBody(c, StaffEntry)),
    )
    .on(
      {
        method: 'post',
        path: '/registrations/{id}/move',
        summary:
          "Monter ou descendre une personne d'un rang dans la liste d'attente (organisateurs)",
        security: 'organiser',
        parameters: [idParam],
        body: 'WaitlistMove',
        ok: { status: 200, schema: 'Registration' },
        problems: [400, 401, 404, 415, 422],
      },
      organiser,
      async (c) => {
        const { by } = await jsonBody(c, WaitlistMove);
        return c.json(await moveOnWaitlist(db, id(c), by, localeOf(c)));
      },
    )
    .on(
      {
        method: 'post',
        path: '/registrations/{id}/confirm',
        summary:
          "Confirmer une place libérée qui vous est réservée, avec le secret de l'e-mail (avant son délai)",
        parameters: [idParam],
        body: 'OfferConfirmation',
        ok: { status: 200, schema: 'Registration' },
        problems: [400, 404, 409, 413, 415, 422, 429],
      },
      async (c) => {
        const { token } = await jsonBody(c, OfferConfirmation);
        return c.json(await confirmOffer(db, id(c), token));
      },
    )
    .on(
      {
        method: 'post',
        path: '/registrations/{id}/resend',
        summary:
          'Renvoyer sa confirmation à la personne (organisateurs), avec un nouveau lien d’annulation vers pageUrl',
        security: 'organiser',
        parameters: [idParam],
        body: 'ResendRequest',
        ok: { status: 200, schema: 'Registration' },
        problems: [400, 401, 404, 409, 415, 422],
      },
      organiser,
      async (c) => {
        const { pageUrl } = await jsonBody(c, ResendRequest);
        return c.json(await resendConfirmation(db, id(c), pageUrl, mail));
      },
    )
    .on(
      {
        method: 'put',
        path: '/registrations/{id}/attendance',
        summary: 'Noter la présence (présent, excusé, absent ; null pour effacer) — organisateurs',
        security: 'organiser',
        parameters: [idParam],
        body: 'AttendanceInput',
        ok: { status: 200, schema: 'Registration' },
        problems: [400, 401, 404, 409, 415, 422],
      },
      organiser,
      async (c) => {
        const { attendance } = await jsonBody(c, AttendanceInput);
        return c.json(await setAttendance(db, id(c), attendance));
      },
    );
}
