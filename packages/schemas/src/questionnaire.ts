/**
 * A questionnaire: pages of questions (14 types) and blocks, shown or hidden by conditions written as data. Answers are
 * keyed by each question's stable `id`, so they keep their meaning across versions and territories. What zod cannot
 * say about a whole definition (a condition looking forward, a choice without options…) is in questionnaire-rules.ts,
 * without zod, for the server and the element alike.
 */
import * as z from 'zod/mini';
import {
  Email,
  Id,
  IsoDate,
  IsoDateTime,
  Page,
  PageUrl,
  PositiveInt,
  line,
  text,
} from './primitives.js';
import { versionFields } from './documents.js';
import { QUESTION_PARTS } from './questionnaire-diff.js';
import {
  BLOCK_TYPES,
  CONDITION_OPERATORS,
  OTHER_CHOICE,
  QUESTION_TYPES,
  INVITATION_FRAGMENT,
  INVITATION_HEADER,
  RESPONSE_MODES,
  RESUME_FRAGMENT,
  RESUME_TOKEN_HEADER,
  CONFIRM_FRAGMENT,
  type QuestionType,
} from './constants.js';

export {
  INVITATION_FRAGMENT,
  INVITATION_HEADER,
  RESPONSE_MODES,
  BLOCK_TYPES,
  CONDITION_OPERATORS,
  OTHER_CHOICE,
  QUESTION_TYPES,
  RESUME_FRAGMENT,
  RESUME_TOKEN_HEADER,
  CONFIRM_FRAGMENT,
  type QuestionType,
};

export const ConditionRule = z.strictObject({
  /** An earlier question's id. */
  question: Id,
  op: z.enum(CONDITION_OPERATORS),
  /** An option's value, a number, or several values for `oneOf`; none for `answered` / `notAnswered`. */
  value: z.optional(z.union([z.string().check(z.maxLength(500)), z.number(), z.array(Id)])),
});
export type ConditionRule = z.infer<typeof ConditionRule>;

/** Show when all (or any) of the rules hold. */
export const Condition = z.strictObject({
  match: z.enum(['all', 'any']),
  rules: z.array(ConditionRule).check(z.minLength(1), z.maxLength(20)),
});
export type Condition = z.infer<typeof Condition>;

export const ChoiceOption = z.strictObject({ value: Id, label: line(300) });
export type ChoiceOption = z.infer<typeof ChoiceOption>;
const options = z.array(ChoiceOption).check(z.maxLength(100));

/** What every question has. */
const asked = {
  id: Id,
  label: line(500),
  hint: text(1000),
  required: z.optional(z.boolean()),
  /** Kept from the shared template: a territory may not remove it or change its meaning. */
  core: z.optional(z.boolean()),
  showIf: z.optional(Condition),
};
const question = <T extends QuestionType, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...asked, ...shape });

export const Question = z.discriminatedUnion('type', [
  question('text', { maxLength: z.optional(z.int().check(z.gte(1), z.lte(500))) }),
  question('textarea', { maxLength: z.optional(z.int().check(z.gte(1), z.lte(5000))) }),
  question('number', {
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    step: z.optional(z.number().check(z.positive())),
    unit: z.optional(line(30)),
  }),
  question('email', {}),
  question('phone', {}),
  question('date', { min: z.optional(IsoDate), max: z.optional(IsoDate) }),
  /** Radios; `other` adds « Autre : … » with a line to write in. */
  question('single', { options, other: z.optional(z.boolean()) }),
  question('multiple', {
    options,
    other: z.optional(z.boolean()),
    minChoices: z.optional(PositiveInt),
    maxChoices: z.optional(PositiveInt),
  }),
  /** A `<select>`, for long lists. */
  question('dropdown', { options }),
  question('yesno', {}),
  /** From `min` (0 or 1) to `max` (2–10), with its two ends named (« Pas du tout » … « Tout à fait »). */
  question('scale', {
    min: z.int().check(z.gte(0), z.lte(1)),
    max: z.int().check(z.gte(2), z.lte(10)),
    minLabel: z.optional(line(100)),
    maxLabel: z.optional(line(100)),
  }),
  /** One choice per row: interest by theme, etc. */
  question('matrix', { rows: options, columns: options }),
  /** Put the options in order (all of them). */
  question('ranking', { options }),
  /** A box to tick with its text: always required. */
  question('consent', { text: line(2000) }),
]);
export type Question = z.infer<typeof Question>;

/** Not a question: a heading within a page, or a paragraph of information. */
export const Block = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal(BLOCK_TYPES[0]),
    id: Id,
    title: line(200),
    showIf: z.optional(Condition),
  }),
  z.strictObject({
    type: z.literal(BLOCK_TYPES[1]),
    id: Id,
    text: line(5000),
    showIf: z.optional(Condition),
  }),
]);
export type Block = z.infer<typeof Block>;

export const QuestionnaireItem = z.union([Question, Block]);
export type QuestionnaireItem = z.infer<typeof QuestionnaireItem>;

export const QuestionnairePage = z.strictObject({
  id: Id,
  title: line(200),
  description: text(2000),
  showIf: z.optional(Condition),
  items: z.array(QuestionnaireItem).check(z.maxLength(200)),
});
export type QuestionnairePage = z.infer<typeof QuestionnairePage>;

export const QuestionnaireInput = z.strictObject({
  title: line(200),
  description: text(5000),
  /** « environ 8 minutes ». */
  estimatedMinutes: z.optional(z.int().check(z.gte(1), z.lte(240))),
  territory: z.optional(line(200)),
  /**
   * `invitation`: one answer per invited person, through their personal link; `email`: one answer per address,
   * counted once confirmed by the link sent there; anonymous otherwise.
   */
  responses: z.optional(z.enum(RESPONSE_MODES)),
  /** The template and version a territory's questionnaire was adapted from. */
  basedOn: z.optional(z.strictObject({ id: Id, version: PositiveInt })),
  pages: z.array(QuestionnairePage).check(z.minLength(1), z.maxLength(50)),
});
export type QuestionnaireInput = z.infer<typeof QuestionnaireInput>;

/** Published versions are immutable: answers point to the version they were given for. */
export const Questionnaire = z.object({
  id: Id,
  status: z.enum(['draft', 'published', 'archived']),
  ...QuestionnaireInput.shape,
  ...versionFields,
});
export type Questionnaire = z.infer<typeof Questionnaire>;

/**
 * One answer, by question type: text, email, phone, date, single, dropdown → string (an option's value, or
 * `_other`); number, scale → number; yesno, consent → boolean; multiple, ranking → option values; matrix → row → column.
 */
export const Answer = z.union([
  z.string().check(z.maxLength(5000)),
  z.number(),
  z.boolean(),
  z.array(z.string().check(z.maxLength(64))).check(z.maxLength(100)),
  z.record(Id, Id),
]);
export type Answer = z.infer<typeof Answer>;
export const Answers = z.record(Id, Answer);
export type Answers = z.infer<typeof Answers>;

export const QuestionnaireResponseInput = z.strictObject({
  /** The published version answered. */
  version: PositiveInt,
  answers: Answers,
  /** The text written after « Autre : », by question. */
  others: z.optional(z.record(Id, z.string().check(z.maxLength(500)))),
  /** Typed in by staff from a paper questionnaire (organisers only). */
  paper: z.optional(z.boolean()),
  /** With `responses: "email"`: where the confirmation link goes (kept only as a hash with the answer). */
  email: z.optional(Email),
  /** The page the confirmation link leads to (the server keeps it only if it serves that site). */
  pageUrl: z.optional(PageUrl),
});
export type QuestionnaireResponseInput = z.infer<typeof QuestionnaireResponseInput>;

export const QuestionnaireResponse = z.object({
  id: Id,
  questionnaireId: Id,
  ...QuestionnaireResponseInput.shape,
  submittedAt: IsoDateTime,
});
export type QuestionnaireResponse = z.infer<typeof QuestionnaireResponse>;

/** The answer to a submission: the only time the secret that deletes it is shown. */
export const QuestionnaireReceipt = z.object({
  id: Id,
  questionnaireId: Id,
  version: PositiveInt,
  submittedAt: IsoDateTime,
  deleteToken: z.string().check(z.minLength(32)),
  /** With `responses: "email"`: the answer counts once confirmed through the link mailed to this address. */
  confirmationSentTo: z.optional(z.string()),
});
export type QuestionnaireReceipt = z.infer<typeof QuestionnaireReceipt>;

/** Body of `POST /questionnaire-responses/{id}/confirm`: the token of the mailed link. */
export const ResponseConfirmation = z.strictObject({ token: z.string().check(z.maxLength(200)) });
export type ResponseConfirmation = z.infer<typeof ResponseConfirmation>;

export const ResponseConfirmed = z.object({
  id: Id,
  questionnaireId: Id,
  version: PositiveInt,
  confirmedAt: IsoDateTime,
});
export type ResponseConfirmed = z.infer<typeof ResponseConfirmed>;

/** « Enregistrer et reprendre plus tard »: answers so far, against the exact version. */
export const QuestionnaireDraftInput = z.strictObject({
  version: PositiveInt,
  answers: Answers,
  others: z.optional(z.record(Id, z.string().check(z.maxLength(500)))),
  /** The page the resident was on. */
  pageId: z.optional(Id),
});
export type QuestionnaireDraftInput = z.infer<typeof QuestionnaireDraftInput>;

export const QuestionnaireDraft = z.object({
  id: Id,
  questionnaireId: Id,
  ...QuestionnaireDraftInput.shape,
  savedAt: IsoDateTime,
  expiresAt: IsoDateTime,
});
export type QuestionnaireDraft = z.infer<typeof QuestionnaireDraft>;

/** The answer to the first save: the resume secret is shown once (the server keeps its hash). */
export const QuestionnaireDraftCreated = z.object({
  ...QuestionnaireDraft.shape,
  secret: z.string().check(z.minLength(32)),
});
export type QuestionnaireDraftCreated = z.infer<typeof QuestionnaireDraftCreated>;

export const QuestionnaireList = Page(Questionnaire);
export type QuestionnaireList = z.infer<typeof QuestionnaireList>;

/** Body of `POST /questionnaires/{id}/invitations`: one personal link per person invited. */
export const InvitationRequest = z.strictObject({
  /** Who each is for, e.g. « Bureau du conseil citoyen de Moulins » or a member's initials (never shown to others). */
  labels: z.array(line(200)).check(z.minLength(1), z.maxLength(500)),
});
export type InvitationRequest = z.infer<typeof InvitationRequest>;

export const Invitation = z.object({
  id: Id,
  questionnaireId: Id,
  label: line(200),
  createdAt: IsoDateTime,
  usedAt: z.optional(IsoDateTime),
});
export type Invitation = z.infer<typeof Invitation>;

/** The answer to creating invitations: the only time their secrets are shown. */
export const InvitationsCreated = z.object({
  items: z.array(z.object({ ...Invitation.shape, secret: z.string().check(z.minLength(32)) })),
});
export type InvitationsCreated = z.infer<typeof InvitationsCreated>;

export const InvitationList = Page(Invitation);
export type InvitationList = z.infer<typeof InvitationList>;

/** Body of `POST /questionnaires/{id}/fork`: a territory adapts the shared questionnaire. */
export const ForkRequest = z.strictObject({
  territory: line(200),
  title: z.optional(line(200)),
});
export type ForkRequest = z.infer<typeof ForkRequest>;

/** What the template changed since the version a fork was adapted from, question by question. */
export const TemplateChanges = z.object({
  templateId: Id,
  fromVersion: PositiveInt,
  toVersion: PositiveInt,
  added: z.array(Id),
  removed: z.array(Id),
  changed: z.array(z.object({ id: Id, parts: z.array(z.enum(QUESTION_PARTS)) })),
  moved: z.array(Id),
});
export type TemplateChanges = z.infer<typeof TemplateChanges>;
