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
  offerTitle: 'Une place s’est libérée pour vous',
  offerIntro:
    'Vous étiez sur la liste d’attente : une place vous est réservée. Confirmez-la avant la date indiquée dans l’e-mail ; sans réponse, elle ira à la personne suivante.',
  offerAccept: 'Je confirme ma place',
  offerDecline: 'Je ne viens pas',
  offerAccepting: 'Confirmation en cours…',
  offerAccepted: 'Votre place est confirmée. Nous vous attendons !',
};
export type CancelStrings = typeof cancelFr;
