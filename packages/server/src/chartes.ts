// What the server checks of a charte, with the same functions as the builder (schemas/charte-assemble.ts): a save
// may be unfinished but never changes a locked clause, leaves out a required one or gives an answer of the wrong
// kind; an adoption needs every variable filled and the record of the vote.
import {
  CHARTE_LIBRARY,
  answerIssues,
  answerMessage,
  answerWordingEn,
  answerWordingFr,
  assembleCharte,
  charteIssueMessage,
  charteIssues,
  isQuestion,
  missingMessage,
  type CharteInput,
  type FieldError,
  type Locale,
} from '@conseils-citoyens/schemas';
import { HttpProblem } from './problem.js';

const STEPS = { pages: CHARTE_LIBRARY.steps };
const LABELS = new Map(
  CHARTE_LIBRARY.steps.flatMap((p) => p.items.filter(isQuestion).map((q) => [q.id, q.label])),
);
const TITLES = new Map(CHARTE_LIBRARY.clauses.map((c) => [c.id, c.title]));

const problem = (errors: FieldError[]) =>
  errors.length ? new HttpProblem(422, 'validation', { errors }) : undefined;

/** The text as adopted is the server's to write, at adoption: a draft that carries one has the previous version's. */
export function asDraft<T extends object>(data: T): T {
  const { adoptedText: _, ...draft } = data as T & { adoptedText?: unknown };
  return draft as T;
}

/** A draft of a charte: unfinished is fine, wrong is not. */
export function charteProblem(data: unknown, locale: Locale): HttpProblem | undefined {
  const charte = data as CharteInput;
  const clauses = charteIssues(CHARTE_LIBRARY, charte).map((i) => ({
    field: `clauses.${i.clause}`,
    code: i.code,
    message: charteIssueMessage(i, TITLES.get(i.clause) ?? i.clause, locale),
  }));
  const wording = locale === 'en' ? answerWordingEn : answerWordingFr;
  const answers = answerIssues(STEPS, charte.answers)
    .filter((i) => i.code !== 'required') // a draft may leave questions for later
    .map((i) => ({
      field: `answers.${i.question}`,
      code: i.code,
      message: answerMessage(STEPS, i, wording),
    }));
  return problem([...clauses, ...answers]);
}

/** An adoption: everything a draft needs, every variable filled, and who adopted it, when and how. */
export function adoptionProblem(data: unknown, locale: Locale): HttpProblem | undefined {
  const charte = data as CharteInput;
  const draft = charteProblem(charte, locale);
  if (draft) return draft;
  const { missing } = assembleCharte(CHARTE_LIBRARY, charte, locale);
  const errors: FieldError[] = [];
  if (missing.length) {
    const summary = missingMessage(
      missing.map((id) => LABELS.get(id) ?? id),
      locale,
    );
    errors.push(
      ...missing.map((id) => ({
        field: `answers.${id}`,
        code: 'missing_variable',
        message: summary,
      })),
    );
  }
  if (!charte.adoption)
    errors.push({
      field: 'adoption',
      code: 'required',
      message:
        locale === 'fr'
          ? '« Adoption » : indiquez la date de la séance, l’instance qui adopte, le vote et les signataires.'
          : '“Adoption”: give the date of the meeting, the body that adopts it, the vote and the signatories.',
    });
  return problem(errors);
}

/**
 * The adopted version keeps its text as adopted: articles numbered and filled, locked ones with their source. A later
 * release of the library rewording a clause never changes what a council adopted.
 */
export function withAdoptedText(data: Record<string, unknown>): Record<string, unknown> {
  const { sections } = assembleCharte(CHARTE_LIBRARY, data as unknown as CharteInput, 'fr');
  return { ...data, adoptedText: { sections } };
}
