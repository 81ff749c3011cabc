/** What a question's controls say around the author's words: shared by the questionnaire and the charte builder. */
export interface QuestionStrings {
  other: string;
  otherDetail: (label: string) => string;
  yes: string;
  no: string;
  choose: string;
  scaleEnd: (n: number, label: string) => string;
  moveUp: (label: string) => string;
  moveDown: (label: string) => string;
  up: string;
  down: string;
  keepOrder: string;
  rankingHint: string;
}

export const questionFr: QuestionStrings = {
  other: 'Autre',
  otherDetail: (label) => `Précisez votre réponse « Autre » à : ${label}`,
  yes: 'Oui',
  no: 'Non',
  choose: 'Choisir…',
  scaleEnd: (n, label) => `${n} (${label})`,
  moveUp: (label) => `Monter « ${label} »`,
  moveDown: (label) => `Descendre « ${label} »`,
  up: 'Monter',
  down: 'Descendre',
  keepOrder: 'Cet ordre me convient',
  rankingHint: 'Utilisez les boutons « Monter » et « Descendre » pour changer l’ordre.',
};
