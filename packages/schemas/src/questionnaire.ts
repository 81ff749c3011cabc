/** First draft, refined by the questionnaire issue. */
import * as z from 'zod/mini';
import { Id, IsoDateTime, Page, PositiveInt, line, text } from './primitives.js';
import { versionFields } from './documents.js';

export const QUESTION_TYPES = ['text', 'textarea', 'single', 'multiple', 'scale'] as const;
export const QuestionType = z.enum(QUESTION_TYPES);

export const QuestionOption = z.strictObject({ value: Id, label: line(300) });

export const Question = z.strictObject({
  id: Id,
  type: QuestionType,
  label: line(500),
  hint: text(1000),
  required: z.boolean(),
  options: z.optional(z.array(QuestionOption).check(z.maxLength(50))),
  /** Kept from the shared template: a territory may not remove it. */
  core: z.optional(z.boolean()),
});
export type Question = z.infer<typeof Question>;

export const QuestionnairePage = z.strictObject({
  id: Id,
  title: line(200),
  questions: z.array(Question).check(z.minLength(1), z.maxLength(200)),
});

export const QuestionnaireInput = z.strictObject({
  title: line(200),
  description: text(5000),
  territory: z.optional(line(200)),
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

export const Answer = z.union([
  z.string().check(z.maxLength(5000)),
  z.array(z.string()),
  z.number(),
]);

export const QuestionnaireResponseInput = z.strictObject({
  version: PositiveInt,
  answers: z.record(Id, Answer),
});
export const QuestionnaireResponse = z.object({
  id: Id,
  questionnaireId: Id,
  ...QuestionnaireResponseInput.shape,
  submittedAt: IsoDateTime,
});
export type QuestionnaireResponse = z.infer<typeof QuestionnaireResponse>;

export const QuestionnaireList = Page(Questionnaire);
export type QuestionnaireList = z.infer<typeof QuestionnaireList>;
