import { LocaleTable } from '../i18n/locale-table.js';
import type { SessionKind } from '@conseils-citoyens/schemas';

/** How a session is described wherever it appears (calendar cards, dialog, form summary). */
export interface SessionStrings {
  kinds: Record<SessionKind, string>;
  seatsLeft: (n: number) => string;
  full: string;
  waitingList: (waiting: number) => string;
  cancelled: string;
  speaker: string;
  place: string;
  when: string;
  theme: string;
  addToCalendar: string;
  cancelledNoRegistration: string;
  past: string;
  opensOn: (date: string) => string;
  closedSince: (date: string) => string;
  fullNoWaitlist: string;
  notOpen: string;
  closed: string;
  alreadyRegistered: string;
}

const fr: SessionStrings = {
  kinds: {
    introductory: 'Séance introductive',
    thematic: 'Séance thématique',
    network_meeting: 'Rencontre de réseau',
    other: 'Séance',
  },
  seatsLeft: (n) => (n === 1 ? '1 place restante' : `${n} places restantes`),
  full: 'Complet',
  waitingList: (w) =>
    w === 0
      ? "Complet – liste d'attente ouverte"
      : `Complet – liste d'attente : ${w} ${w === 1 ? 'personne' : 'personnes'}`,
  cancelled: 'Séance annulée',
  speaker: 'Intervenant·e',
  place: 'Lieu',
  when: 'Date',
  theme: 'Thème',
  addToCalendar: 'Ajouter à mon agenda',
  cancelledNoRegistration: "Cette séance est annulée : il n'est plus possible de s'y inscrire.",
  past: 'Cette séance a déjà eu lieu.',
  opensOn: (date) => `Les inscriptions ouvriront le ${date}.`,
  closedSince: (date) => `Les inscriptions sont closes depuis le ${date}.`,
  fullNoWaitlist:
    "Cette séance est complète et n'a pas de liste d'attente. Choisissez une autre séance.",
  notOpen: 'Les inscriptions ne sont pas encore ouvertes.',
  closed: 'Les inscriptions à cette séance sont closes.',
  alreadyRegistered:
    'Vous êtes déjà inscrit·e à cette séance avec cette adresse e-mail. Pour annuler, utilisez le lien reçu lors de votre inscription.',
};

export const sessionStrings = new LocaleTable<SessionStrings>(fr, () =>
  import('./session-strings-en.js').then((m) => m.en),
);
