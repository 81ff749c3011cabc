/**
 * A questionnaire's answer issues in words, each naming its question (RGAA 11.10): French here, English in
 * questionnaire-wording-en.ts (a French page never loads it). The issues of a definition, which only editors and the
 * server word, are in questionnaire-definition-wording.ts.
 */
import type { AnswerIssue, AnswerIssueCode } from './questionnaire-rules.js';
import type { QuestionnaireInput } from './questionnaire.js';

/** `label` is the question's label, `limit` the bound broken. */
export type AnswerWording = Record<
  AnswerIssueCode,
  (label: string, limit?: string | number) => string
>;

export const answerWordingFr: AnswerWording = {
  required: (l) => `Répondez à la question « ${l} ».`,
  type: (l) => `La réponse à « ${l} » n'a pas la forme attendue.`,
  number: (l) => `La réponse à « ${l} » doit être un nombre (exemple : 12 ou 2,5).`,
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
  wording: AnswerWording,
) => wording[issue.code](nameOf(def, issue.question), issue.limit);
