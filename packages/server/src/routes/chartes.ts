import * as z from 'zod/mini';
import {
  CHARTE_LIBRARY,
  CommentInput,
  ConsultationInput,
  charteText,
  type CharteInput,
} from '@conseils-citoyens/schemas';
import { idParam as id, jsonBody, localeOf, parse } from '../http.js';
import { actorFor, requireOrganiser } from '../access.js';
import {
  addComment,
  closeConsultation,
  listComments,
  openConsultation,
  readConsultation,
} from '../consultations.js';
import { documentExists, versionRow } from '../documents.js';
import { HttpProblem } from '../problem.js';
import { RouteTable, idParam } from '../route-table.js';
import type { RouteContext } from './context.js';
import { editLink, ifMatch, readableVersion, versionParam } from './documents.js';

const VersionParam = z.coerce.number().check(z.int(), z.gte(1), z.lte(1_000_000));

/** What only chartes have: the consultation of the members on a draft, and their comments article by article. */
export function charteRoutes({ db }: RouteContext): RouteTable {
  /** The charte's authors and the members holding the consultation's link; nobody else knows it exists. */
  const reader = async (c: Parameters<typeof id>[0]) => {
    const actor = await actorFor(db, c, 'chartes', id(c));
    if (!actor) throw new HttpProblem(401, 'unauthorized');
    return actor;
  };
  /** An unknown charte is a 404, told before the input's faults; the document itself is not read. */
  const known = async (c: Parameters<typeof id>[0]) => {
    if (!(await documentExists(db, 'chartes', id(c)))) throw new HttpProblem(404, 'not_found');
  };
  const version = async (c: Parameters<typeof id>[0]) => {
    const n = parse(c, VersionParam, c.req.param('version'));
    if (!(await versionRow(db, 'chartes', id(c), n))) throw new HttpProblem(404, 'not_found');
    return n;
  };
  return new RouteTable()
    .on(
      {
        method: 'post',
        path: '/chartes/{id}/consultation',
        summary:
          'Soumettre la version vue à la consultation des membres, jusqu’à une date : un lien de lecture et de commentaire est créé (son secret n’est montré qu’une fois)',
        security: 'organiser',
        parameters: [idParam, ifMatch],
        body: 'ConsultationInput',
        ok: { status: 201, schema: 'ConsultationOpened' },
        problems: [400, 401, 404, 409, 412, 415, 422, 428],
      },
      async (c) => {
        const by = await requireOrganiser(db, c);
        const input = await jsonBody(c, ConsultationInput);
        await known(c);
        return c.json(
          await openConsultation(db, id(c), input, c.req.header('If-Match'), by, localeOf(c)),
          201,
        );
      },
    )
    .on(
      {
        method: 'get',
        path: '/chartes/{id}/consultation',
        summary:
          'La dernière consultation (ouverte ou close), pour les auteurs et les membres consultés',
        parameters: [idParam, editLink],
        ok: { status: 200, schema: 'Consultation' },
        // Never consulted is an ordinary state of a charte, not a missing resource.
        orNothing: 'Jamais soumise à la consultation des membres',
        problems: [401, 404],
      },
      async (c) => {
        await reader(c);
        await known(c); // an organiser asking about an unknown charte (a link holder has one)
        const consultation = await readConsultation(db, id(c));
        return consultation ? c.json(consultation) : c.body(null, 204);
      },
    )
    .on(
      {
        method: 'post',
        path: '/chartes/{id}/consultation/close',
        summary:
          'Clore la consultation avant sa date : son lien est retiré, ses commentaires restent',
        security: 'organiser',
        parameters: [idParam],
        ok: { status: 200, schema: 'Consultation' },
        problems: [401, 404],
      },
      async (c) => {
        await requireOrganiser(db, c);
        return c.json(await closeConsultation(db, id(c)));
      },
    )
    .on(
      {
        method: 'get',
        path: '/chartes/{id}/versions/{version}/text',
        summary:
          'Le texte d’une version tel qu’il se lit : adoptée, tel qu’adopté ; un brouillon, assemblé dans la langue demandée (pour les membres consultés, sans la bibliothèque de clauses)',
        parameters: [idParam, versionParam, editLink],
        ok: { status: 200, schema: 'CharteText' },
        problems: [401, 404, 422],
      },
      async (c) => {
        // A draft is read by its authors and the link holders only; an adopted version by anyone.
        const row = await readableVersion(db, c, 'chartes', id(c), c.req.param('version') ?? '');
        const data = JSON.parse(row.data) as CharteInput;
        return c.json(charteText(CHARTE_LIBRARY, id(c), Number(row.version), data, localeOf(c)));
      },
    )
    .on(
      {
        method: 'get',
        path: '/chartes/{id}/versions/{version}/comments',
        summary:
          'Les commentaires des membres sur une version, article par article, du plus ancien au plus récent',
        parameters: [idParam, versionParam, editLink],
        ok: { status: 200, schema: 'CommentList' },
        problems: [401, 404, 422],
      },
      async (c) => {
        await reader(c);
        return c.json(await listComments(db, id(c), await version(c)));
      },
    )
    .on(
      {
        method: 'post',
        path: '/chartes/{id}/versions/{version}/comments',
        summary:
          'Commenter un article de la version en consultation (lien de la consultation, lien d’édition ou organisateur ; 409 une fois close)',
        parameters: [idParam, versionParam, editLink],
        body: 'CommentInput',
        ok: { status: 201, schema: 'DocumentComment' },
        problems: [400, 401, 404, 409, 413, 415, 422],
      },
      async (c) => {
        const by = await reader(c);
        const n = await version(c);
        const input = await jsonBody(c, CommentInput);
        return c.json(await addComment(db, id(c), n, input, by, localeOf(c)), 201);
      },
    );
}
