/**
 * The issues of a questionnaire's definition in words (what an editor shows and the server answers when publishing),
 * each naming the page or question where it is: `at` names it, `ref` the question a condition names.
 */
import type { DefinitionIssue, DefinitionIssueCode } from './questionnaire-definition-rules.js';
import type { ForkIssue, ForkIssueCode } from './questionnaire-diff.js';
import type { QuestionnaireInput } from './questionnaire.js';
import { nameOf } from './questionnaire-wording.js';

export type DefinitionWording = Record<
  DefinitionIssueCode | ForkIssueCode,
  (at: string, ref: string) => string
>;

export const definitionWordingFr: DefinitionWording = {
  coreRemoved: (at) =>
    `« ${at} » est une question commune à tous les territoires : elle permet de comparer les réponses, et ne peut pas être supprimée.`,
  coreChanged: (at) =>
    `« ${at} » est une question commune à tous les territoires : son type et ses réponses possibles ne peuvent pas changer (son libellé, son aide et sa place, si).`,
  duplicateId: (at, ref) => `« ${at} » : l'identifiant « ${ref} » est déjà utilisé.`,
  noOptions: (at) =>
    `« ${at} » n'a pas assez de réponses possibles : ajoutez-en (deux au moins pour un classement).`,
  duplicateOption: (at, ref) => `« ${at} » : la réponse « ${ref} » figure deux fois.`,
  noRows: (at) => `« ${at} » : ajoutez au moins une ligne au tableau.`,
  noColumns: (at) => `« ${at} » : ajoutez au moins une colonne au tableau.`,
  range: (at) => `« ${at} » : le minimum doit être inférieur au maximum.`,
  choiceRange: (at) =>
    `« ${at} » : le nombre minimum de réponses dépasse le maximum ou le nombre de réponses proposées.`,
  emptyPage: (at) => `La page « ${at} » est vide : ajoutez-y une question ou supprimez-la.`,
  conditionUnknown: (at, ref) => `« ${at} » dépend de « ${ref} », qui n'existe pas.`,
  conditionForward: (at, ref) =>
    `« ${at} » dépend de « ${ref} », posée après elle : une condition ne peut porter que sur une question précédente.`,
  conditionSelf: (at) => `« ${at} » ne peut pas dépendre de sa propre réponse.`,
  conditionBlock: (at, ref) => `« ${at} » dépend de « ${ref} », qui n'est pas une question.`,
  conditionOperator: (at, ref) =>
    `« ${at} » : cette comparaison ne s'applique pas aux réponses de « ${ref} ».`,
  conditionValue: (at, ref) =>
    `« ${at} » : la condition sur « ${ref} » doit nommer une de ses réponses possibles.`,
};

export const definitionWordingEn: DefinitionWording = {
  coreRemoved: (at) =>
    `“${at}” is a question shared by every area: it makes answers comparable, and cannot be deleted.`,
  coreChanged: (at) =>
    `“${at}” is a question shared by every area: its type and possible answers cannot change (its wording, hint and place can).`,
  duplicateId: (at, ref) => `“${at}”: the identifier “${ref}” is already used.`,
  noOptions: (at) => `“${at}” has too few possible answers: add some (at least two to rank).`,
  duplicateOption: (at, ref) => `“${at}”: the answer “${ref}” appears twice.`,
  noRows: (at) => `“${at}”: add at least one row to the table.`,
  noColumns: (at) => `“${at}”: add at least one column to the table.`,
  range: (at) => `“${at}”: the minimum must be below the maximum.`,
  choiceRange: (at) =>
    `“${at}”: the minimum number of answers exceeds the maximum or the number of answers offered.`,
  emptyPage: (at) => `The page “${at}” is empty: add a question to it or delete it.`,
  conditionUnknown: (at, ref) => `“${at}” depends on “${ref}”, which does not exist.`,
  conditionForward: (at, ref) =>
    `“${at}” depends on “${ref}”, asked after it: a condition can only look at an earlier question.`,
  conditionSelf: (at) => `“${at}” cannot depend on its own answer.`,
  conditionBlock: (at, ref) => `“${at}” depends on “${ref}”, which is not a question.`,
  conditionOperator: (at, ref) =>
    `“${at}”: this comparison does not apply to the answers of “${ref}”.`,
  conditionValue: (at, ref) =>
    `“${at}”: the condition on “${ref}” must name one of its possible answers.`,
};

export const definitionMessage = (
  def: Pick<QuestionnaireInput, 'pages'>,
  issue: DefinitionIssue | ForkIssue,
  wording: DefinitionWording,
) =>
  wording[issue.code](nameOf(def, issue.at), nameOf(def, 'ref' in issue ? (issue.ref ?? '') : ''));
