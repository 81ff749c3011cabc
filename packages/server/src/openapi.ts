// The OpenAPI 3.1 document, derived from the zod schemas: one source of truth.
import * as z from 'zod/mini';
import * as S from '@conseils-citoyens/schemas';

const json = (schema: z.ZodMiniType, io: 'input' | 'output' = 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = (name: string, status = '200') => ({ [status]: { description: 'OK', content: { 'application/json': { schema: ref(name) } } } });
const problems = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { description: 'Problème (RFC 9457)', content: { 'application/problem+json': { schema: ref('Problem') } } }]));
const body = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const bearer = [{ organiser: [] }];

const query = (...names: string[]) => names.map((name) => ({ name, in: 'query', schema: { type: 'string' } }));
const ifMatch = { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' }, description: 'La version modifiée, ex. "3" (ETag), ou * ' };
const editLink = { name: 'CC-Edit-Link', in: 'header', required: false, schema: { type: 'string' }, description: "Le secret d'un lien d'édition (jamais dans l'adresse)" };
const versionParam = { name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const organiserOrLink = [{ organiser: [] }, { editLink: [] }];

/** The versioned documents (questionnaires, chartes, bilans): versions, publication, edit links. */
function documentPaths(collection: string, name: string, label: string) {
  return {
    [`/${collection}`]: {
      get: { summary: `Lister (${label}) : publiés pour tous, têtes de version pour un organisateur`, parameters: query('limit', 'offset'), responses: { ...ok(`${name}List`), ...problems(401, 422) } },
      post: { summary: `Créer ${label} (version 1, brouillon)`, security: bearer, requestBody: body(`${name}Input`), responses: { ...ok(name, '201'), ...problems(400, 401, 413, 415, 422) } },
    },
    [`/${collection}/{id}`]: {
      get: { summary: `Lire ${label} : la dernière version publiée, ou la tête pour un organisateur ou un lien (ETag = version)`, parameters: [idParam, editLink], responses: { ...ok(name), ...problems(401, 404) } },
      put: {
        summary: `Enregistrer une nouvelle version de ${label} (If-Match obligatoire ; 412 avec la version actuelle)`, security: organiserOrLink,
        parameters: [idParam, ifMatch, editLink], requestBody: body(`${name}Input`), responses: { ...ok(name), ...problems(400, 401, 403, 404, 412, 413, 415, 422, 428) },
      },
    },
    [`/${collection}/{id}/publish`]: {
      post: { summary: `Publier ou adopter la version vue (immuable)`, security: bearer, parameters: [idParam, ifMatch], requestBody: body('PublishRequest'), responses: { ...ok(name, '201'), ...problems(400, 401, 404, 412, 415, 422, 428) } },
    },
    [`/${collection}/{id}/versions`]: {
      get: { summary: 'Historique des versions (qui, quand, note)', security: organiserOrLink, parameters: [idParam, editLink, ...query('limit', 'offset')], responses: { ...ok('DocumentVersionList'), ...problems(401, 404, 422) } },
    },
    [`/${collection}/{id}/versions/{version}`]: {
      get: { summary: 'Une version précise (publiques si publiées ou adoptées)', parameters: [idParam, versionParam, editLink], responses: { ...ok(name), ...problems(401, 404, 422) } },
    },
    [`/${collection}/{id}/links`]: {
      post: { summary: "Créer un lien d'édition ou de lecture (le secret n'est montré qu'une fois)", security: bearer, parameters: [idParam], requestBody: body('EditLinkInput'), responses: { ...ok('EditLinkCreated', '201'), ...problems(400, 401, 404, 415, 422) } },
      get: { summary: "Liens d'édition du document (sans leurs secrets)", security: bearer, parameters: [idParam], responses: { ...ok('EditLinkList'), ...problems(401, 404) } },
    },
  };
}

let cached: object | undefined;
export function openApiDocument(): object {
  cached ??= {
    openapi: '3.1.0',
    info: { title: 'Conseils Citoyens Elements — API v1', version: '1.0.0', description: 'Séances, inscriptions avec jauge et liste d’attente, questionnaires, chartes, bilans.' },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: { organiser: { type: 'http', scheme: 'bearer' }, editLink: { type: 'apiKey', in: 'header', name: 'CC-Edit-Link' } },
      schemas: {
        Session: json(S.Session), SessionList: json(S.SessionList), SessionInput: json(S.SessionInput, 'input'),
        SessionPatch: json(S.SessionPatch, 'input'), RegistrationRequest: json(S.RegistrationRequest, 'input'),
        Registration: json(S.Registration), RegistrationReceipt: json(S.RegistrationReceipt), RegistrationList: json(S.RegistrationList),
        Questionnaire: json(S.Questionnaire), QuestionnaireInput: json(S.QuestionnaireInput, 'input'),
        QuestionnaireResponseInput: json(S.QuestionnaireResponseInput, 'input'), QuestionnaireResponse: json(S.QuestionnaireResponse),
        Charte: json(S.Charte), CharteInput: json(S.CharteInput, 'input'), CharteClause: json(S.CharteClause),
        Bilan: json(S.Bilan), BilanInput: json(S.BilanInput, 'input'), Problem: json(S.Problem),
        QuestionnaireList: json(S.QuestionnaireList), CharteList: json(S.CharteList), BilanList: json(S.BilanList),
        PersonExport: json(S.PersonExport), PersonErasure: json(S.PersonErasure),
        DocumentVersionList: json(S.DocumentVersionList), PublishRequest: json(S.PublishRequest, 'input'),
        EditLinkInput: json(S.EditLinkInput, 'input'), EditLink: json(S.EditLink), EditLinkCreated: json(S.EditLinkCreated), EditLinkList: json(S.EditLinkList),
      },
    },
    paths: {
      '/sessions': {
        get: { summary: 'Lister les séances', parameters: ['from', 'to', 'town', 'theme', 'kind', 'limit', 'offset'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })), responses: { ...ok('SessionList'), ...problems(422) } },
        post: { summary: 'Créer une séance', security: bearer, requestBody: body('SessionInput'), responses: { ...ok('Session', '201'), ...problems(400, 401, 413, 415, 422) } },
      },
      '/sessions.ics': { get: { summary: 'Flux iCalendar des séances', responses: { 200: { description: 'text/calendar' } } } },
      '/sessions/{id}': {
        get: { summary: 'Une séance, avec sa jauge en direct', parameters: [idParam], responses: { ...ok('Session'), ...problems(404) } },
        patch: { summary: 'Modifier ou annuler une séance', security: bearer, parameters: [idParam], requestBody: body('SessionPatch'), responses: { ...ok('Session'), ...problems(401, 404, 422) } },
        delete: { summary: 'Annuler une séance (les inscriptions sont conservées)', security: bearer, parameters: [idParam], responses: { ...ok('Session'), ...problems(401, 404) } },
      },
      '/sessions/{id}.ics': { get: { summary: 'La séance au format iCalendar', parameters: [idParam], responses: { 200: { description: 'text/calendar' }, ...problems(404) } } },
      '/sessions/{id}/registrations': {
        post: {
          summary: "S'inscrire (confirmé, ou en liste d'attente avec son rang)",
          parameters: [idParam, { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 255 } }],
          requestBody: body('RegistrationRequest'), responses: { ...ok('RegistrationReceipt', '201'), ...problems(400, 404, 409, 413, 415, 422, 429) },
        },
        get: { summary: 'Inscriptions à une séance (JSON, ou CSV avec Accept: text/csv)', security: bearer, parameters: [idParam], responses: { ...ok('RegistrationList'), ...problems(401, 404) } },
      },
      '/registrations/{id}': {
        delete: { summary: "Annuler son inscription avec le jeton reçu (promeut la liste d'attente)", parameters: [idParam, { name: 'token', in: 'query', required: true, schema: { type: 'string' } }], responses: { ...ok('Registration'), ...problems(404, 409, 422) } },
      },
      '/sessions/{id}/registrations.csv': { get: { summary: 'Inscriptions à une séance en CSV (UTF-8 avec BOM)', security: bearer, parameters: [idParam], responses: { 200: { description: 'text/csv' }, ...problems(401, 404) } } },
      '/people/export': { get: { summary: 'RGPD : tout ce qui est détenu sur une personne', security: bearer, parameters: [{ name: 'email', in: 'query', required: true, schema: { type: 'string' } }], responses: { ...ok('PersonExport'), ...problems(401, 422) } } },
      '/people': { delete: { summary: 'RGPD : effacer une personne', security: bearer, parameters: [{ name: 'email', in: 'query', required: true, schema: { type: 'string' } }], responses: { ...ok('PersonErasure'), ...problems(401, 422) } } },
      '/questionnaires/{id}/responses': { post: { summary: 'Répondre à un questionnaire', parameters: [idParam], requestBody: body('QuestionnaireResponseInput'), responses: { ...ok('QuestionnaireResponse', '201'), ...problems(400, 404, 409, 413, 415, 422) } } },
      ...documentPaths('questionnaires', 'Questionnaire', 'un questionnaire'),
      ...documentPaths('chartes', 'Charte', 'une charte'),
      ...documentPaths('bilans', 'Bilan', 'un bilan'),
      '/links/{id}': { delete: { summary: "Retirer un lien d'édition (effet immédiat)", security: bearer, parameters: [idParam], responses: { ...ok('EditLink'), ...problems(401, 404) } } },
      '/openapi.json': { get: { summary: 'Ce document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    },
  };
  return cached;
}
