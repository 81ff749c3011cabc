// The OpenAPI 3.1 document: its schemas derived from the zod schemas, its paths from the route table the server
// itself runs — one source of truth for both.
import * as z from 'zod/mini';
import * as S from '@conseils-citoyens/schemas';
import type { Operation } from './route-table.js';
import { apiRoutes } from './routes/index.js';
import type { Db } from './db.js';
import { DEFAULT_MAIL } from './mail/settings.js';

const json = (schema: z.ZodMiniType, io: 'input' | 'output' = 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = {
  description: 'Problème (RFC 9457)',
  content: { 'application/problem+json': { schema: ref('Problem') } },
};
const SECURITY = {
  organiser: [{ organiser: [] }],
  organiserOrLink: [{ organiser: [] }, { editLink: [] }],
};

function describe(op: Operation) {
  const success = op.ok.schema
    ? { description: 'OK', content: { 'application/json': { schema: ref(op.ok.schema) } } }
    : { description: op.ok.contentType ?? 'OK' };
  return {
    summary: op.summary,
    ...(op.security ? { security: SECURITY[op.security] } : {}),
    ...(op.parameters?.length ? { parameters: op.parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref(op.body) } },
          },
        }
      : {}),
    ...(op.fileBody
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              op.fileBody.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
            ),
          },
        }
      : {}),
    responses: {
      [String(op.ok.status)]: success,
      ...(op.orNothing ? { '204': { description: op.orNothing } } : {}),
      ...Object.fromEntries((op.problems ?? []).map((status) => [String(status), problem])),
    },
  };
}

let cached: object | undefined;
export function openApiDocument(): object {
  if (cached) return cached;
  // The routes are only listed here, never run: no database is needed.
  const { operations } = apiRoutes({
    db: undefined as unknown as Db,
    organiser: async (_c, next) => next(),
    mail: DEFAULT_MAIL,
    sending: false,
  });
  const paths: Record<string, Record<string, object>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = describe(op);
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Conseils Citoyens Elements — API v1',
      version: '1.0.0',
      description:
        'Séances, inscriptions avec jauge et liste d’attente, questionnaires, chartes, bilans.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        organiser: { type: 'http', scheme: 'bearer' },
        editLink: { type: 'apiKey', in: 'header', name: 'CC-Edit-Link' },
      },
      schemas: {
        Session: json(S.Session),
        SessionList: json(S.SessionList),
        SessionInput: json(S.SessionInput, 'input'),
        SessionPatch: json(S.SessionPatch, 'input'),
        RegistrationRequest: json(S.RegistrationRequest, 'input'),
        Registration: json(S.Registration),
        RegistrationReceipt: json(S.RegistrationReceipt),
        RegistrationList: json(S.RegistrationList),
        AttendanceInput: json(S.AttendanceInput, 'input'),
        ResendRequest: json(S.ResendRequest, 'input'),
        OfferConfirmation: json(S.OfferConfirmation, 'input'),
        Evidence: json(S.Evidence),
        StaffEntry: json(S.StaffEntry, 'input'),
        WaitlistMove: json(S.WaitlistMove, 'input'),
        Questionnaire: json(S.Questionnaire),
        QuestionnaireInput: json(S.QuestionnaireInput, 'input'),
        QuestionnaireResponseInput: json(S.QuestionnaireResponseInput, 'input'),
        QuestionnaireResponse: json(S.QuestionnaireResponse),
        QuestionnaireReceipt: json(S.QuestionnaireReceipt),
        QuestionnaireDraftInput: json(S.QuestionnaireDraftInput, 'input'),
        QuestionnaireDraft: json(S.QuestionnaireDraft),
        QuestionnaireDraftCreated: json(S.QuestionnaireDraftCreated),
        InvitationRequest: json(S.InvitationRequest, 'input'),
        InvitationsCreated: json(S.InvitationsCreated),
        InvitationList: json(S.InvitationList),
        QuestionnaireResults: json(S.QuestionnaireResults),
        ForkRequest: json(S.ForkRequest, 'input'),
        TemplateChanges: json(S.TemplateChanges),
        TerritoryComparison: json(S.TerritoryComparison),
        Charte: json(S.Charte),
        CharteInput: json(S.CharteInput, 'input'),
        CharteClause: json(S.CharteClause),
        Bilan: json(S.Bilan),
        BilanInput: json(S.BilanInput, 'input'),
        BilanItemPatch: json(S.BilanItemPatch, 'input'),
        BilanItemSaved: json(S.BilanItemSaved),
        BilanHeadingPatch: json(S.BilanHeadingPatch, 'input'),
        BilanHeadingSaved: json(S.BilanHeadingSaved),
        BilanIndicators: json(S.BilanIndicators),
        CarriedActionPatch: json(S.CarriedActionPatch, 'input'),
        CarriedActionSaved: json(S.CarriedActionSaved),
        OwnItemInput: json(S.OwnItemInput, 'input'),
        OwnItemSaved: json(S.OwnItemSaved),
        OwnItemRemoved: json(S.OwnItemRemoved),
        Problem: json(S.Problem),
        QuestionnaireList: json(S.QuestionnaireList),
        CharteList: json(S.CharteList),
        CharteText: json(S.CharteText),
        BilanList: json(S.BilanList),
        PersonExport: json(S.PersonExport),
        PersonErasure: json(S.PersonErasure),
        DocumentVersionList: json(S.DocumentVersionList),
        PublishRequest: json(S.PublishRequest, 'input'),
        EditLinkInput: json(S.EditLinkInput, 'input'),
        EditLink: json(S.EditLink),
        EditLinkCreated: json(S.EditLinkCreated),
        ConsultationInput: json(S.ConsultationInput, 'input'),
        Consultation: json(S.Consultation),
        ConsultationOpened: json(S.ConsultationOpened),
        CommentInput: json(S.CommentInput, 'input'),
        DocumentComment: json(S.DocumentComment),
        CommentList: json(S.CommentList),
        EditLinkList: json(S.EditLinkList),
        OutboxMessage: json(S.OutboxMessage),
        OutboxList: json(S.OutboxList),
        ResumeLinkMailRequest: json(S.ResumeLinkMailRequest, 'input'),
        ResponseConfirmation: json(S.ResponseConfirmation, 'input'),
        ResponseConfirmed: json(S.ResponseConfirmed),
      },
    },
    paths,
  };
  return cached;
}
