/**
 * The questionnaire's issues in words, each naming its question (RGAA 11.10): French here, English in
 * questionnaire-wording-en.ts (a French page never loads it). `label` is the question's label, `at` the page's or
 * item's name, `ref` the question a condition names.
 */
import type {
  AnswerIssue,
  AnswerIssueCode,
  DefinitionIssue,
  DefinitionIssueCode,
} from './questionnaire-rules.js';
import type { QuestionnaireInput } from './questionnaire.js';

export interface QuestionnaireWording {
  answer: Record<AnswerIssueCode, (label: string, limit?: string | number) => string>;
  definition: Record<DefinitionIssueCode, (at: string, ref: string) => string>;
}

export const questionnaireWordingFr: QuestionnaireWording = {
  answer: {
    required: (l) => `Répondez à la question « ${l} ».`,
    type: (l) => `La réponse à « ${l} » n'a pas la forme attendue.`,
    option: (l) => `Choisissez parmi les réponses proposées à « ${l} ».`,
    other: (l) => `Précisez votre réponse « Autre » à « ${l} ».`,
    maxLength: (l, n) => `La réponse à « ${l} » ne doit pas dépasser ${n} caractères.`,
    min: (l, n) => `La réponse à « ${l} » doit être au moins ${n}.`,
    max: (l, n) => `La réponse à « ${l} » doit être au plus ${n}.`,
    step: (l, n) => `La réponse à « ${l} » doit aller de ${n} en ${n}.`,
    email: (l) => `« ${l} » : saisissez une adresse e-mail valide (exemple : nom@domaine.fr).`,
    phone: (l) => `« ${l} » : saisissez un numéro de téléphone (exemple : 06 12 34 56 78).`,
    date: (l) => `« ${l} » : saisissez une date valide (exemple : 03/12/2026).`,
    minChoices: (l, n) => `Cochez au moins ${n} réponses à « ${l} ».`,
    maxChoices: (l, n) => `Cochez au plus ${n} réponses à « ${l} ».`,
    ranking: (l) => `Classez toutes les propositions de « ${l} ».`,
    matrix: (l) => `Répondez à chaque ligne de « ${l} ».`,
    consent: (l) => `Cochez la case « ${l} » pour continuer.`,
    unknown: (l) => `La question « ${l} » n'existe pas dans ce questionnaire.`,
    hidden: (l) =>
      `La question « ${l} » ne vous est pas posée : sa réponse ne peut pas être enregistrée.`,
  },
  definition: {
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
  },
};

/** How a page or item is named in a message: its label or title, else the start of its text, else its id. */
export function nameOf(def: Pick<QuestionnaireInput, 'pages'>, id: string): string {
  for (const page of def.pages) {
    if (page.id === id) return page.title;
    const item = page.items.find((i) => i.id === id);
    if (item) {
      const name = 'label' in item ? item.label : 'title' in item ? item.title : item.text;
      return name.length > 80 ? `${name.slice(0, 79)}…` : name;
    }
  }
  return id;
}

export const answerMessage = (
  def: Pick<QuestionnaireInput, 'pages'>,
  issue: AnswerIssue,
  wording: QuestionnaireWording,
) => wording.answer[issue.code](nameOf(def, issue.question), issue.limit);

export const definitionMessage = (
  def: Pick<QuestionnaireInput, 'pages'>,
  issue: DefinitionIssue,
  wording: QuestionnaireWording,
) => wording.definition[issue.code](nameOf(def, issue.at), nameOf(def, issue.ref ?? ''));
