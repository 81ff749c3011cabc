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
}

const fr: SessionStrings = {
  kinds: { introductory: 'Séance introductive', thematic: 'Séance thématique', network_meeting: 'Rencontre de réseau', other: 'Séance' },
  seatsLeft: (n) => (n === 1 ? '1 place restante' : `${n} places restantes`),
  full: 'Complet',
  waitingList: (w) => (w === 0 ? "Complet – liste d'attente ouverte" : `Complet – liste d'attente : ${w} ${w === 1 ? 'personne' : 'personnes'}`),
  cancelled: 'Séance annulée',
  speaker: 'Intervenant·e',
  place: 'Lieu',
  when: 'Date',
  theme: 'Thème',
  addToCalendar: 'Ajouter à mon agenda',
};

const en: SessionStrings = {
  kinds: { introductory: 'Introductory session', thematic: 'Thematic session', network_meeting: 'Network meeting', other: 'Session' },
  seatsLeft: (n) => (n === 1 ? '1 seat left' : `${n} seats left`),
  full: 'Full',
  waitingList: (w) => (w === 0 ? 'Full – waiting list open' : `Full – waiting list: ${w} ${w === 1 ? 'person' : 'people'}`),
  cancelled: 'Session cancelled',
  speaker: 'Speaker',
  place: 'Place',
  when: 'Date',
  theme: 'Theme',
  addToCalendar: 'Add to my calendar',
};

export const sessionStrings: Record<Locale, SessionStrings> = { fr, en };
