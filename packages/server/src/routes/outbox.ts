import { OutboxQuery } from '@conseils-citoyens/schemas';
import { idParam as id, parse } from '../http.js';
import { listOutbox, retryMessage } from '../mail/outbox.js';
import { RouteTable, idParam, queryParams } from '../route-table.js';
import type { RouteContext } from './context.js';

/** The organiser's outbox: every e-mail, sent, waiting or failed with its reason; a failed one can be tried again. */
export function outboxRoutes({ db, organiser, sending }: RouteContext): RouteTable {
  return new RouteTable()
    .on(
      {
        method: 'get',
        path: '/outbox',
        summary:
          'E-mails envoyés, en attente ou en échec (sans serveur SMTP configuré, ils attendent ici)',
        security: 'organiser',
        parameters: queryParams('status', 'limit', 'offset'),
        ok: { status: 200, schema: 'OutboxList' },
        problems: [401, 422],
      },
      organiser,
      async (c) =>
        c.json(await listOutbox(db, { ...parse(c, OutboxQuery, c.req.query()), sending })),
    )
    .on(
      {
        method: 'post',
        path: '/outbox/{id}/retry',
        summary: 'Réessayer un e-mail en échec',
        security: 'organiser',
        parameters: [idParam],
        ok: { status: 200, schema: 'OutboxMessage' },
        problems: [401, 404, 409],
      },
      organiser,
      async (c) => c.json(await retryMessage(db, id(c))),
    );
}
