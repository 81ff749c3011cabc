// The words after sending, withdrawing or confirming (controllers/outcome-view.ts), loaded with it. English in
// outcome-en.ts.
export const outcomeFr = {
  confirming: 'Confirmation de votre réponse…',
  confirmed: 'Merci, votre réponse est confirmée : elle compte.',
  confirmGone:
    'Ce lien de confirmation n’est plus valable (il a expiré ou la réponse a été retirée). Vous pouvez répondre à nouveau.',
  alreadyAnswered:
    'Une réponse est déjà confirmée avec cette adresse e-mail : c’est elle qui compte.',
  thanksText: 'Merci d’avoir pris le temps de répondre.',
  yourAnswers: 'Vos réponses',
  print: 'Imprimer mes réponses',
  withdraw: 'Retirer mes réponses',
  withdrawAsk: 'Voulez-vous retirer vos réponses à ce questionnaire ? Elles seront effacées.',
  withdrawGone: 'Ces réponses ont déjà été retirées, ou ce lien n’est pas valable.',
  withdrawn: 'Vos réponses ont été retirées.',
  notAnswered: 'Sans réponse',
  withdrawLink: 'Lien pour retirer vos réponses plus tard (personnel, ne le partagez pas)',
  nextPaper: 'Saisir un autre questionnaire papier',
};
export type OutcomeStrings = typeof outcomeFr;
