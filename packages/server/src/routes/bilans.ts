import type { Context } from 'hono';
import {
  EVIDENCE_TYPES,
  FILE_NAME_HEADER,
  BilanHeading,
  BilanHeadingPatch,
  BilanItemPatch,
  CarriedActionPatch,
  Id,
  OwnItemInput,
} from '@conseils-citoyens/schemas';
import { idParam as id, jsonBody, localeOf, parse } from '../http.js';
import { actorFor, requireOrganiser, requireWriter } from '../access.js';
import {
  addOwnItem,
  bilanIndicators,
  patchBilan,
  removeOwnItem,
  startNextYear,
} from '../bilans.js';
import { readDocument } from '../documents.js';
import { checkSize, readEvidence, storeEvidence } from '../evidence.js';
import { HttpProblem } from '../problem.js';
import { RouteTable, idParam, type Parameter } from '../route-table.js';
import type { RouteContext } from './context.js';
import { editLink, withEtag } from './documents.js';

const partRevision: Parameter = {
  name: 'If-Match',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'La révision du point (ou de la rubrique) modifiée, ex. "2" (son ETag), ou *',
};
const itemParam: Parameter = {
  name: 'item',
  in: 'path',
  required: true,
  schema: { type: 'string' },
};
const headingParam: Parameter = {
  name: 'heading',
  in: 'path',
  required: true,
  schema: { type: 'string', enum: BilanHeading.options },
};

const revTag = (c: Context, rev: number) => c.header('ETag', `"${rev}"`);

/** The file's name from its header; badly encoded, none (refused as a name it cannot read). */
function fileName(header: string | undefined): string {
  try {
    return decodeURIComponent(header ?? '');
  } catch {
    return '';
  }
}

/** The parts of a bilan saved one at a time: where they are, what a patch holds, what the answer calls the part. */
const PART_ROUTES = [
  {
    path: '/bilans/{id}/items/{item}',
    summary:
      'Enregistrer un point du bilan (If-Match : sa révision ; 412 avec le point tel qu’il est, sans toucher aux autres)',
    param: itemParam,
    body: 'BilanItemPatch',
    ok: 'BilanItemSaved',
    part: async (c: Context) => {
      const item = parse(c, Id, c.req.param('item'));
      const patch = await jsonBody(c, BilanItemPatch);
      return { part: { kind: 'item', id: item, patch } as const, answer: { item }, as: 'answer' };
    },
  },
  {
    path: '/bilans/{id}/headings/{heading}',
    summary:
      'Enregistrer les réussites, difficultés et perspectives d’une rubrique (If-Match : sa révision)',
    param: headingParam,
    body: 'BilanHeadingPatch',
    ok: 'BilanHeadingSaved',
    part: async (c: Context) => {
      const heading = BilanHeading.safeParse(c.req.param('heading'));
      if (!heading.success) throw new HttpProblem(404, 'not_found');
      const patch = await jsonBody(c, BilanHeadingPatch);
      return {
        part: { kind: 'heading', heading: heading.data, patch } as const,
        answer: { heading: heading.data },
        as: 'notes',
      };
    },
  },
  {
    path: '/bilans/{id}/carried/{item}',
    summary:
      'Dire ce qu’est devenue une action de l’an dernier (If-Match : sa révision ; 412 avec l’action telle qu’elle est)',
    param: itemParam,
    body: 'CarriedActionPatch',
    ok: 'CarriedActionSaved',
    part: async (c: Context) => {
      const item = parse(c, Id, c.req.param('item'));
      const patch = await jsonBody(c, CarriedActionPatch);
      return { part: { kind: 'carried', item, patch } as const, answer: { item }, as: 'action' };
    },
  },
];

/** What only bilans have: saving one part at a time, starting next year's, and the year's computed indicators. */
export function bilanRoutes({ db }: RouteContext): RouteTable {
  const table = new RouteTable();
  for (const route of PART_ROUTES)
    table.on(
      {
        method: 'patch',
        path: route.path,
        summary: route.summary,
        security: 'organiserOrLink',
        parameters: [idParam, route.param, partRevision, editLink],
        body: route.body,
        ok: { status: 200, schema: route.ok },
        problems: [400, 401, 403, 404, 412, 413, 415, 422, 428],
      },
      async (c) => {
        const author = requireWriter(await actorFor(db, c, 'bilans', id(c)));
        const { part, answer, as } = await route.part(c);
        const { document, result } = await patchBilan(
          db,
          id(c),
          part,
          c.req.header('If-Match'),
          author.label,
          localeOf(c),
        );
        revTag(c, result.rev);
        return c.json({ ...answer, [as]: result, version: document.version });
      },
    );
  return table
    .on(
      {
        method: 'post',
        path: '/bilans/{id}/own-items',
        summary:
          'Ajouter un point propre au territoire dans une rubrique (son identifiant est tiré de son libellé)',
        security: 'organiserOrLink',
        parameters: [idParam, editLink],
        body: 'OwnItemInput',
        ok: { status: 201, schema: 'OwnItemSaved' },
        problems: [400, 401, 403, 404, 413, 415, 422],
      },
      async (c) => {
        const author = requireWriter(await actorFor(db, c, 'bilans', id(c)));
        const input = await jsonBody(c, OwnItemInput);
        const { document, result } = await addOwnItem(db, id(c), input, author.label, localeOf(c));
        return c.json({ item: result, version: document.version }, 201);
      },
    )
    .on(
      {
        method: 'delete',
        path: '/bilans/{id}/own-items/{item}',
        summary:
          'Retirer un point propre au territoire et sa réponse (ils sont rendus, pour « Annuler » : POST own-items avec restore)',
        security: 'organiserOrLink',
        parameters: [idParam, itemParam, editLink],
        ok: { status: 200, schema: 'OwnItemRemoved' },
        problems: [401, 403, 404],
      },
      async (c) => {
        const author = requireWriter(await actorFor(db, c, 'bilans', id(c)));
        const { document, result } = await removeOwnItem(
          db,
          id(c),
          parse(c, Id, c.req.param('item')),
          author.label,
        );
        return c.json({ ...result, version: document.version });
      },
    )
    .on(
      {
        method: 'post',
        path: '/bilans/{id}/next-year',
        summary:
          'Commencer le bilan de l’année suivante : même conseil, modèle, points ajoutés et périmètre, les actions décidées à revoir (409 s’il existe)',
        security: 'organiser',
        parameters: [idParam],
        ok: { status: 201, schema: 'Bilan' },
        problems: [401, 404, 409],
      },
      async (c) => {
        const author = await requireOrganiser(db, c);
        const doc = withEtag(c, await startNextYear(db, id(c), author.label));
        c.header('Location', `/api/v1/bilans/${doc.id}`);
        return c.json(doc, 201);
      },
    )
    .on(
      {
        method: 'get',
        path: '/bilans/{id}/indicators',
        summary:
          'Les indicateurs de l’année, calculés : séances tenues et annulées, inscriptions, réponses au questionnaire, adoption de la charte',
        parameters: [idParam, editLink],
        ok: { status: 200, schema: 'BilanIndicators' },
        problems: [401, 404],
      },
      async (c) => {
        // Public once the bilan is adopted (its report is published); before that, for its authors.
        const bilan = await readDocument(
          db,
          'bilans',
          id(c),
          !!(await actorFor(db, c, 'bilans', id(c))),
        );
        return c.json(await bilanIndicators(db, id(c), new Date(), bilan));
      },
    )
    .on(
      {
        method: 'post',
        path: '/bilans/{id}/evidence',
        summary:
          'Joindre une pièce à un bilan (le corps est le fichier ; son nom dans CC-File-Name) : PDF, image, document ou tableur, 10 Mo au plus',
        security: 'organiserOrLink',
        parameters: [
          idParam,
          editLink,
          {
            name: FILE_NAME_HEADER,
            in: 'header',
            required: true,
            schema: { type: 'string' },
            description: 'Le nom du fichier, encodé pour une URL (encodeURIComponent)',
          },
        ],
        fileBody: Object.keys(EVIDENCE_TYPES),
        ok: { status: 201, schema: 'Evidence' },
        problems: [401, 403, 404, 413, 415, 422],
      },
      async (c) => {
        const author = requireWriter(await actorFor(db, c, 'bilans', id(c)));
        await readDocument(db, 'bilans', id(c), true); // an unknown bilan: 404 before reading any byte
        const locale = localeOf(c);
        checkSize(Number(c.req.header('Content-Length') ?? 0), locale);
        const name = fileName(c.req.header(FILE_NAME_HEADER));
        const evidence = await storeEvidence(
          db,
          id(c),
          {
            name,
            type: (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase(),
            bytes: Buffer.from(await c.req.arrayBuffer()),
          },
          author.label,
          locale,
        );
        c.header('Location', `/api/v1/bilans/${id(c)}/evidence/${evidence.fileId}`);
        return c.json(evidence, 201);
      },
    )
    .on(
      {
        method: 'get',
        path: '/bilans/{id}/evidence/{file}',
        summary:
          'Télécharger une pièce d’un bilan (ses auteurs ; tout le monde une fois le bilan adopté)',
        parameters: [
          idParam,
          editLink,
          { name: 'file', in: 'path', required: true, schema: { type: 'string' } },
        ],
        ok: { status: 200, contentType: 'application/octet-stream' },
        problems: [401, 404],
      },
      async (c) => {
        // Who may read the bilan may read its pieces: its authors, and the public once it is adopted.
        await readDocument(db, 'bilans', id(c), !!(await actorFor(db, c, 'bilans', id(c))));
        const file = await readEvidence(db, id(c), parse(c, Id, c.req.param('file')));
        return c.body(new Uint8Array(file.content), 200, {
          'Content-Type': file.type,
          'Content-Length': String(file.size),
          // A download, never a page: no sniffing, no script even if opened in the browser.
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "sandbox; default-src 'none'",
          'Cache-Control': 'private, no-store',
        });
      },
    );
}
