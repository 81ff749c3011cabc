import * as z from 'zod/mini';
import { parse } from '../http.js';
import { erasePerson, exportPerson } from '../registrations.js';
import { RouteTable, type Parameter } from '../route-table.js';
import type { RouteContext } from './context.js';

const Email = z.object({ email: z.email() });
const email: Parameter = { name: 'email', in: 'query', required: true, schema: { type: 'string' } };

/** GDPR: everything held about one person, and its erasure. */
export function peopleRoutes({ db, organiser, mail }: RouteContext): RouteTable {
  return new RouteTable()
    .on(
      {
        method: 'get',
        path: '/people/export',
        summary: 'RGPD : tout ce qui est détenu sur une personne',
        security: 'organiser',
        parameters: [email],
        ok: { status: 200, schema: 'PersonExport' },
        problems: [401, 422],
      },
      organiser,
      async (c) => {
        const { email: address } = parse(c, Email, c.req.query());
        return c.json({ email: address, registrations: await exportPerson(db, address) });
      },
    )
    .on(
      {
        method: 'delete',
        path: '/people',
        summary: 'RGPD : effacer une personne',
        security: 'organiser',
        parameters: [email],
        ok: { status: 200, schema: 'PersonErasure' },
        problems: [401, 422],
      },
      organiser,
      async (c) =>
        c.json({ erased: await erasePerson(db, parse(c, Email, c.req.query()).email, mail) }),
    );
}
