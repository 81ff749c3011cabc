import { RouteTable } from '../route-table.js';
import type { RouteContext } from './context.js';
import { sessionRoutes } from './sessions.js';
import { registrationRoutes } from './registrations.js';
import { peopleRoutes } from './people.js';
import { documentRoutes } from './documents.js';
import { questionnaireRoutes } from './questionnaires.js';
import { outboxRoutes } from './outbox.js';
import { bilanRoutes } from './bilans.js';
import { documentFileRoutes } from './document-files.js';
import { charteRoutes } from './chartes.js';
import { openApiDocument } from '../openapi.js';

export type { RouteContext } from './context.js';

/** Every route of the API, one module per resource. */
export function apiRoutes(ctx: RouteContext): RouteTable {
  return (
    new RouteTable()
      .mount(sessionRoutes(ctx))
      .mount(registrationRoutes(ctx))
      .mount(peopleRoutes(ctx))
      // Before the documents' own routes: `/versions/2.odt` is a file, not version « 2.odt ».
      .mount(documentFileRoutes(ctx))
      .mount(documentRoutes(ctx))
      .mount(questionnaireRoutes(ctx))
      .mount(outboxRoutes(ctx))
      .mount(bilanRoutes(ctx))
      .mount(charteRoutes(ctx))
      .on(
        {
          method: 'get',
          path: '/openapi.json',
          summary: 'Ce document',
          ok: { status: 200, contentType: 'OpenAPI 3.1' },
        },
        (c) => c.json(openApiDocument()),
      )
  );
}
