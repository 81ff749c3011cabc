import type { Locale, SessionKind } from '@conseils-citoyens/schemas';

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

const en: SessionStrings = {
  kinds: {
    introductory: 'Introductory session',
    thematic: 'Thematic session',
    network_meeting: 'Network meeting',
    other: 'Session',
  },
  seatsLeft: (n) => (n === 1 ? '1 seat left' : `${n} seats left`),
  full: 'Full',
  waitingList: (w) =>
    w === 0
      ? 'Full – waiting list open'
      : `Full – waiting list: ${w} ${w === 1 ? 'person' : 'people'}`,
  cancelled: 'Session cancelled',
  speaker: 'Speaker',
  place: 'Place',
  when: 'Date',
  theme: 'Theme',
  addToCalendar: 'Add to my calendar',
  cancelledNoRegistration: 'This session is cancelled: registration is no longer possible.',
  past: 'This session has already taken place.',
  opensOn: (date) => `Registration opens on ${date}.`,
  closedSince: (date) => `Registration closed on ${date}.`,
  fullNoWaitlist: 'This session is full and has no waiting list. Please choose another session.',
  notOpen: 'Registration is not open yet.',
  closed: 'Registration for this session is closed.',
  alreadyRegistered:
    'You are already registered for this session with this email address. To cancel, use the link you received when registering.',
};

export const sessionStrings: Record<Locale, SessionStrings> = { fr, en };
