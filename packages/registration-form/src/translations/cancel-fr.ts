/** The cancellation's French strings (the default). */
export const cancelFr = {
  cancelTitle: 'Annuler votre inscription',
  cancelIntro:
    'Vous ne pouvez plus venir ? Annulez votre inscription : votre place sera proposée à la personne suivante.',
  cancelAsk: 'Annuler mon inscription',
  cancelConfirmQuestion: "Confirmez-vous l'annulation ? Cette action ne peut pas être défaite.",
  cancelConfirm: 'Oui, annuler mon inscription',
  cancelKeep: 'Non, garder mon inscription',
  cancelling: 'Annulation en cours…',
  cancelDone: 'Votre inscription est annulée. Merci de nous avoir prévenus.',
  cancelKept: 'Votre inscription est conservée.',
  cancelInvalid:
    "Ce lien d'annulation n'est pas valide ou a expiré. Vérifiez que vous avez copié le lien en entier.",
  cancelAlready: 'Cette inscription était déjà annulée.',
};
export type CancelStrings = typeof cancelFr;
