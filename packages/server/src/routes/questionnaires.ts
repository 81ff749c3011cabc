import {
  ComparisonQuery,
  DocumentQuery,
  ForkRequest,
  INVITATION_HEADER,
  InvitationRequest,
  QuestionnaireDraftInput,
  QuestionnaireResponseInput,
  RESUME_TOKEN_HEADER,
  ResumeLinkMailRequest,
  ResponseConfirmation,
  ResultsQuery,
  XLSX_TYPE,
  responseTable,
  tableCsv,
  type ExportedResponse,
  type QuestionnaireInput,
} from '@conseils-citoyens/schemas';
import {
  csvSeparatorOf,
  idParam as id,
  idempotencyKeyOf,
  jsonBody,
  localeOf,
  parse,
} from '../http.js';
import { HttpProblem } from '../problem.js';
import { actorFor, organiserOf, requireOrganiser } from '../access.js';
import { questionnaireResults, territoryComparison } from '../results.js';
import { responsesXlsx } from '../xlsx.js';
import { readDocument } from '../documents.js';
import {
  forkQuestionnaire,
  templateChanges,
  createDraft,
  createInvitations,
  listInvitations,
  deleteDraft,
  mailResumeLink,
  confirmResponse,
  deleteResponse,
  readDraft,
  submitResponse,
  updateDraft,
} from '../questionnaires.js';
import {
  RouteTable,
  idParam,
  idempotencyKeyParam,
  queryParams,
  type Parameter,
} from '../route-table.js';
import type { RouteContext } from './context.js';
import type { Context } from 'hono';

const resumeToken: Parameter = {
  name: RESUME_TOKEN_HEADER,
  in: 'header',
  schema: { type: 'string' },
  description: 'Le jeton du lien de reprise (`id.secret`, jamais dans l’adresse)',
};
const invitation: Parameter = {
  name: INVITATION_HEADER,
  in: 'header',
  schema: { type: 'string' },
  description:
    'Le jeton du lien d’invitation (`id.secret`), pour un questionnaire à une réponse par personne',
};
const deleteToken: Parameter = {
  name: 'token',
  in: 'query',
  required: true,
  schema: { type: 'string' },
};

/** Answering a questionnaire: submit, withdraw, and save a draft to resume later on any device. */
export function questionnaireRoutes({ db, mail }: RouteContext): RouteTable {
  /** What the exports write: the published definition's questions, and every answer, oldest first. */
  const everyResponse = async (c: Context) => {
    const def = (await readDocument(
      db,
      'questionnaires',
      id(c),
      false,
    )) as unknown as QuestionnaireInput;
    const rows = await db.all<{
      id: string;
      version: number | string;
      submitted_at: string;
      paper: number | boolean;
      answers: string;
      others: string | null;
    }>(
      'SELECT id, version, submitted_at, paper, answers, others FROM questionnaire_responses WHERE questionnaire_id = ? ORDER BY submitted_at',
      [id(c)],
    );
    const responses: ExportedResponse[] = rows.map((r) => ({
      id: r.id,
      version: Number(r.version),
      submittedAt: r.submitted_at,
      paper: !!Number(r.paper),
      answers: JSON.parse(r.answers) as ExportedResponse['answers'],
      others: JSON.parse(r.others ?? '{}') as ExportedResponse['others'],
    }));
    return { def, responses };
  };
  return new RouteTable()
    .on(
      {
        method: 'post',
        path: '/questionnaires/{id}/responses',
        summary:
          'Répondre à une version publiée (réponses vérifiées selon cette version ; 422 nommant la question)',
        parameters: [idParam, idempotencyKeyParam, { ...resumeToken, required: false }, invitation],
        body: 'QuestionnaireResponseInput',
        ok: { status: 201, schema: 'QuestionnaireReceipt' },
        problems: [400, 401, 404, 409, 413, 415, 422],
      },
      async (c) => {
        const key = idempotencyKeyOf(c);
        const body = await jsonBody(c, QuestionnaireResponseInput);
        const staff = !!(await organiserOf(db, c));
        // Answers typed in from paper are marked as such by staff only.
        if (body.paper && !staff) throw new HttpProblem(401, 'unauthorized');
        const { status, body: receipt } = await submitResponse(db, id(c), body, {
          key,
          locale: localeOf(c),
          resumeToken: c.req.header(RESUME_TOKEN_HEADER),
          invitation: c.req.header(INVITATION_HEADER),
          staff: staff && !!body.paper,
          mail,
        });
        return c.json(receipt as object, status as 201);
      },
    )
    .on(
      {
        method: 'post',
        path: '/questionnaire-responses/{id}/confirm',
        summary:
          'Confirmer sa réponse par le lien reçu par e-mail (une réponse par adresse : 409 si une autre est déjà confirmée)',
        parameters: [idParam],
        body: 'ResponseConfirmation',
        ok: { status: 200, schema: 'ResponseConfirmed' },
        problems: [400, 404, 409, 413, 415, 422],
      },
      async (c) =>
        c.json(await confirmResponse(db, id(c), (await jsonBody(c, ResponseConfirmation)).token)),
    )
    .on(
      {
        method: 'post',
        path: '/questionnaires/{id}/invitations',
        summary:
          'Inviter des personnes à répondre une fois chacune : un lien personnel par libellé (secrets montrés une seule fois)',
        security: 'organiser',
        parameters: [idParam],
        body: 'InvitationRequest',
        ok: { status: 201, schema: 'InvitationsCreated' },
        problems: [400, 401, 404, 413, 415, 422],
      },
      async (c) => {
        await requireOrganiser(db, c);
        const { labels } = await jsonBody(c, InvitationRequest);
        return c.json(await createInvitations(db, id(c), labels), 201);
      },
    )
    .on(
      {
        method: 'get',
        path: '/questionnaires/{id}/invitations',
        summary: 'Les invitations et celles qui ont servi (sans leurs secrets)',
        security: 'organiser',
        parameters: [idParam, ...queryParams('limit', 'offset')],
        ok: { status: 200, schema: 'InvitationList' },
        problems: [401, 422],
      },
      async (c) => {
        await requireOrganiser(db, c);
        return c.json(await listInvitations(db, id(c), parse(c, DocumentQuery, c.req.query())));
      },
    )
    .on(
      {
        method: 'post',
        path: '/questionnaires/{id}/fork',
        summary:
          'Adapter ce questionnaire pour mon territoire : une copie brouillon de sa dernière version publiée, qui garde ses questions communes',
        security: 'organiser',
        parameters: [idParam],
        body: 'ForkRequest',
        ok: { status: 201, schema: 'Questionnaire' },
        problems: [400, 401, 404, 413, 415, 422],
      },
      async (c) => {
        const author = await requireOrganiser(db, c);
        const made = await forkQuestionnaire(
          db,
          id(c),
          await jsonBody(c, ForkRequest),
          author.label,
        );
        c.header('Location', `/api/v1/questionnaires/${made.id}`);
        c.header('ETag', `"${made.version}"`);
        return c.json(made, 201);
      },
    )
    .on(
      {
        method: 'get',
        path: '/questionnaires/{id}/template-changes',
        summary:
          'Ce que le questionnaire commun a changé depuis la version adaptée (ajouts, suppressions, modifications, question par question)',
        security: 'organiserOrLink',
        parameters: [idParam],
        ok: { status: 200, schema: 'TemplateChanges' },
        problems: [401, 404],
      },
      async (c) => {
        const actor = await actorFor(db, c, 'questionnaires', id(c));
        if (!actor) throw new HttpProblem(401, 'unauthorized');
        return c.json(await templateChanges(db, id(c), true));
      },
    )
    .on(
      {
        method: 'get',
        path: '/questionnaires/{id}/results',
        summary:
          'Résultats comptés par la base (choix, échelles, tableaux, classements) ; moins de 5 réponses (seuil réglable, jamais sous 3) : « moins de 5 » ; textes libres aux organisateurs seulement',
        security: 'organiserOrLink',
        parameters: [
          idParam,
          ...queryParams('version', 'from', 'to', 'question', 'answer', 'threshold'),
        ],
        ok: { status: 200, schema: 'QuestionnaireResults' },
        problems: [401, 404, 422],
      },
      async (c) => {
        const actor = await actorFor(db, c, 'questionnaires', id(c));
        if (!actor) throw new HttpProblem(401, 'unauthorized');
        const query = parse(c, ResultsQuery, c.req.query());
        return c.json(
          await questionnaireResults(db, id(c), query, { organiser: actor.via === 'organiser' }),
        );
      },
    )
    .on(
      {
        method: 'get',
        path: '/questionnaires/{id}/comparison',
        summary:
          'Les questions communes d’un questionnaire partagé, comparées entre les territoires qui l’ont adapté (organisateurs) : le questionnaire commun puis chaque version publiée d’un territoire, moins de 5 réponses : « moins de 5 », sans textes libres',
        security: 'organiser',
        parameters: [idParam, ...queryParams('threshold')],
        ok: { status: 200, schema: 'TerritoryComparison' },
        problems: [401, 404, 422],
      },
      async (c) => {
        await requireOrganiser(db, c);
        return c.json(
          await territoryComparison(db, id(c), parse(c, ComparisonQuery, c.req.query())),
        );
      },
    )
    .on(
      {
        method: 'get',
        path: '/questionnaires/{id}/responses.csv',
        summary:
          'Toutes les réponses en CSV : une ligne par réponse, une colonne par question (UTF-8 avec BOM, « ; » ou « , »)',
        security: 'organiser',
        parameters: [idParam, ...queryParams('separator')],
        ok: { status: 200, contentType: 'text/csv' },
        problems: [401, 404, 422],
      },
      async (c) => {
        await requireOrganiser(db, c);
        const separator = csvSeparatorOf(c);
        const { def, responses } = await everyResponse(c);
        const table = responseTable(def, responses);
        return c.body(tableCsv(table, separator), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="reponses-${id(c)}.csv"`,
        });
      },
    )
    .on(
      {
        method: 'get',
        path: '/questionnaires/{id}/responses.xlsx',
        summary:
          'Toutes les réponses en classeur Excel : une ligne par réponse, une colonne par question, nombres et dates typés',
        security: 'organiser',
        parameters: [idParam],
        ok: { status: 200, contentType: XLSX_TYPE },
        problems: [401, 404],
      },
      async (c) => {
        await requireOrganiser(db, c);
        const { def, responses } = await everyResponse(c);
        const book = await responsesXlsx(def, responses);
        return c.body(new Uint8Array(book), 200, {
          'Content-Type': XLSX_TYPE,
          'Content-Disposition': `attachment; filename="reponses-${id(c)}.xlsx"`,
        });
      },
    )
    .on(
      {
        method: 'delete',
        path: '/questionnaire-responses/{id}',
        summary: 'Retirer sa réponse avec le jeton reçu à l’envoi',
        parameters: [idParam, deleteToken],
        ok: { status: 204 },
        problems: [404],
      },
      async (c) => {
        await deleteResponse(db, id(c), c.req.query('token') ?? '');
        return c.body(null, 204);
      },
    )
    .on(
      {
        method: 'post',
        path: '/questionnaires/{id}/drafts',
        summary:
          'Enregistrer ses réponses pour reprendre plus tard (le secret du lien de reprise n’est montré qu’une fois)',
        parameters: [idParam],
        body: 'QuestionnaireDraftInput',
        ok: { status: 201, schema: 'QuestionnaireDraftCreated' },
        problems: [400, 404, 409, 413, 415, 422],
      },
      async (c) =>
        c.json(await createDraft(db, id(c), await jsonBody(c, QuestionnaireDraftInput)), 201),
    )
    .on(
      {
        method: 'post',
        path: '/questionnaire-drafts/mail',
        summary:
          'Recevoir le lien de reprise par e-mail (l’adresse ne sert qu’à cet envoi ; 3 envois au plus par brouillon)',
        parameters: [{ ...resumeToken, required: true }],
        body: 'ResumeLinkMailRequest',
        ok: { status: 202 },
        problems: [400, 404, 413, 415, 422, 429],
      },
      async (c) => {
        await mailResumeLink(
          db,
          c.req.header(RESUME_TOKEN_HEADER),
          await jsonBody(c, ResumeLinkMailRequest),
          { locale: localeOf(c), mail },
        );
        return c.body(null, 202);
      },
    )
    .on(
      {
        method: 'get',
        path: '/questionnaire-drafts',
        summary:
          'Reprendre : les réponses enregistrées, avec la version à laquelle elles répondent',
        parameters: [{ ...resumeToken, required: true }],
        ok: { status: 200, schema: 'QuestionnaireDraft' },
        problems: [404],
      },
      async (c) => c.json(await readDraft(db, c.req.header(RESUME_TOKEN_HEADER))),
    )
    .on(
      {
        method: 'put',
        path: '/questionnaire-drafts',
        summary: 'Enregistrer à nouveau par le même lien (prolonge sa durée de 30 jours)',
        parameters: [{ ...resumeToken, required: true }],
        body: 'QuestionnaireDraftInput',
        ok: { status: 200, schema: 'QuestionnaireDraft' },
        problems: [400, 404, 409, 413, 415, 422],
      },
      async (c) =>
        c.json(
          await updateDraft(
            db,
            c.req.header(RESUME_TOKEN_HEADER),
            await jsonBody(c, QuestionnaireDraftInput),
          ),
        ),
    )
    .on(
      {
        method: 'delete',
        path: '/questionnaire-drafts',
        summary: 'Supprimer ses réponses enregistrées',
        parameters: [{ ...resumeToken, required: true }],
        ok: { status: 204 },
        problems: [404],
      },
      async (c) => {
        await deleteDraft(db, c.req.header(RESUME_TOKEN_HEADER));
        return c.body(null, 204);
      },
    );
}
