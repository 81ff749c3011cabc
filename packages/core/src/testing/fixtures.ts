/** Test and story helpers: a fixed clock and demo sessions for the memory adapter. */
import type { MemorySession } from '../api/memory.js';
import type { Bilan, Charte, Questionnaire, QuestionnaireInput } from '@conseils-citoyens/schemas';
import { BilanInput } from '@conseils-citoyens/schemas/bilan.js';
import {
  BILAN_MOULINS_2025,
  BILAN_MOULINS_2026,
} from '@conseils-citoyens/schemas/examples/bilan-moulins.js';
import { TRAINING_NEEDS } from '@conseils-citoyens/schemas/examples/training-needs.js';
import { CHARTE_MOULINS } from '@conseils-citoyens/schemas/examples/charte-moulins.js';
import { CHARTE_LIBRARY } from '@conseils-citoyens/schemas/charte-library.js';
import { assembleCharte } from '@conseils-citoyens/schemas/charte-assemble.js';

export const FIXED_NOW = new Date('2026-11-23T10:00:00+01:00');

export function demoSessions(): MemorySession[] {
  const venue = {
    name: 'IREV',
    address: '135 boulevard Paul Painlevé',
    postalCode: '59000',
    town: 'Lille',
  };
  return [
    {
      id: 'reseau-referents',
      kind: 'network_meeting',
      title: 'Rencontre de réseau des référents',
      theme: 'Participation citoyenne',
      speakers: [{ name: 'Équipe IREV', role: 'Centre de ressources' }],
      start: '2026-12-03T09:00:00+01:00',
      end: '2026-12-03T12:00:00+01:00',
      venue,
      capacity: 25,
      waitingList: true,
    },
    {
      id: 'intro-valenciennes',
      kind: 'introductory',
      title: 'Masterclass citoyenne : séance introductive',
      theme: 'Politique de la ville',
      speakers: [{ name: 'Claire Martin', role: 'Cheffe de projet politique de la ville' }],
      start: '2026-12-08T18:00:00+01:00',
      end: '2026-12-08T20:30:00+01:00',
      venue: { name: 'Maison de quartier', address: '2 rue des Écoles', town: 'Valenciennes' },
      capacity: 2,
      waitingList: true,
    },
    {
      id: 'emploi-maubeuge',
      kind: 'thematic',
      title: "Masterclass : l'emploi",
      theme: 'Emploi',
      speakers: [{ name: 'Karim Benali', role: 'Conseiller Mission locale' }],
      start: '2026-12-10T18:00:00+01:00',
      end: '2026-12-10T20:30:00+01:00',
      venue: { name: 'Centre social', address: '1 place Vauban', town: 'Maubeuge' },
      capacity: 1,
      waitingList: false,
    },
  ];
}

/** A cancelled Masterclass session of December 2026, with its reason. */
export const cancelledSession: MemorySession = {
  id: 'sante-dunkerque',
  kind: 'thematic',
  title: 'Masterclass : la santé',
  theme: 'Santé',
  status: 'cancelled',
  cancellationReason: 'Intervenante indisponible',
  speakers: [{ name: 'Dr Nadia Lefebvre', role: 'Médecin de santé publique' }],
  start: '2026-12-15T18:00:00+01:00',
  end: '2026-12-15T20:30:00+01:00',
  venue: {
    name: 'Maison de la vie associative',
    address: 'Rue du Jeu de Paume',
    town: 'Dunkerque',
  },
  capacity: 20,
  waitingList: true,
};

/**
 * A network meeting whose 4 seats are split by collège, 2 for residents and 2 for local actors, each with its own
 * waiting list (small numbers, so that stories and tests fill a group in two registrations).
 */
export const splitSession: MemorySession = {
  id: 'reseau-colleges',
  kind: 'network_meeting',
  title: 'Rencontre de réseau : habitants et acteurs locaux',
  theme: 'Participation citoyenne',
  speakers: [{ name: 'Équipe IREV', role: 'Centre de ressources' }],
  start: '2026-12-17T18:00:00+01:00',
  end: '2026-12-17T20:30:00+01:00',
  venue: { name: 'Maison de quartier', address: '2 rue des Écoles', town: 'Valenciennes' },
  capacity: 4,
  waitingList: true,
  quotas: {
    by: 'college',
    groups: [
      { key: 'habitant', seats: 2 },
      { key: 'acteur_local', seats: 2 },
    ],
  },
};

/** `count` sessions spread over the days of one month (bench and load tests of the calendar). */
export function manySessions(count: number, month = '2026-12'): MemorySession[] {
  const towns = ['Lille', 'Valenciennes', 'Maubeuge', 'Dunkerque'];
  const themes = ['Emploi', 'Santé', 'Habitat', 'Éducation', 'Tranquillité publique'];
  return Array.from({ length: count }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    const hour = String(8 + (i % 12)).padStart(2, '0');
    return {
      id: `seance-${i}`,
      kind: i % 5 === 0 ? 'introductory' : 'thematic',
      title: `Masterclass n° ${i + 1}`,
      theme: themes[i % themes.length],
      speakers: [{ name: `Intervenant ${i + 1}`, role: 'Professionnel' }],
      start: `${month}-${day}T${hour}:00:00+01:00`,
      end: `${month}-${day}T${hour}:45:00+01:00`,
      venue: {
        name: 'Maison de quartier',
        address: `${i + 1} rue de la Paix`,
        town: towns[i % towns.length]!,
      },
      capacity: 20,
      waitingList: true,
    };
  });
}
const THREE_OPTIONS = [
  { value: 'a', label: 'Première réponse' },
  { value: 'b', label: 'Deuxième réponse' },
  { value: 'c', label: 'Troisième réponse' },
];
/** Every type of question and block on one page (stories, tests of each type). */
export function allQuestionTypes(): QuestionnaireInput {
  return {
    title: 'Tous les types de questions',
    estimatedMinutes: 3,
    pages: [
      {
        id: 'types',
        title: 'Les 14 types',
        items: [
          {
            id: 'intro',
            type: 'info',
            text: 'Un texte d’information, qui n’est pas une question.',
          },
          { id: 's1', type: 'section', title: 'Textes' },
          {
            id: 'text',
            type: 'text',
            label: 'Texte court',
            hint: 'Une aide sous le libellé.',
            required: true,
          },
          { id: 'textarea', type: 'textarea', label: 'Texte long' },
          { id: 'number', type: 'number', label: 'Nombre', min: 0, max: 20, unit: 'personnes' },
          { id: 'email', type: 'email', label: 'Adresse e-mail' },
          { id: 'phone', type: 'phone', label: 'Téléphone' },
          { id: 'date', type: 'date', label: 'Date' },
          { id: 's2', type: 'section', title: 'Choix' },
          {
            id: 'single',
            type: 'single',
            label: 'Choix unique',
            options: THREE_OPTIONS,
            other: true,
          },
          {
            id: 'multiple',
            type: 'multiple',
            label: 'Choix multiple',
            options: THREE_OPTIONS,
            maxChoices: 2,
          },
          { id: 'dropdown', type: 'dropdown', label: 'Liste déroulante', options: THREE_OPTIONS },
          { id: 'yesno', type: 'yesno', label: 'Oui ou non' },
          {
            id: 'scale',
            type: 'scale',
            label: 'Échelle',
            min: 1,
            max: 5,
            minLabel: 'Pas du tout',
            maxLabel: 'Tout à fait',
          },
          {
            id: 'matrix',
            type: 'matrix',
            label: 'Tableau',
            rows: THREE_OPTIONS,
            columns: [
              { value: 'x', label: 'Peu' },
              { value: 'y', label: 'Beaucoup' },
            ],
          },
          { id: 'ranking', type: 'ranking', label: 'Classement', options: THREE_OPTIONS },
          {
            id: 'consent',
            type: 'consent',
            label: 'Accord',
            text: 'J’accepte que mes réponses soient utilisées pour préparer les formations.',
          },
        ],
      },
    ],
  };
}

/** The seed's training-needs questionnaire as the API serves it: version 2, published. */
export function trainingNeeds(overrides: Partial<Questionnaire> = {}): Questionnaire {
  return {
    ...structuredClone(TRAINING_NEEDS),
    id: 'besoins-formation',
    status: 'published',
    version: 2,
    versionStatus: 'published',
    updatedAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  };
}

export { failOnLitWarnings } from './lit-warnings.js';
export { XSS_PAYLOADS, injectedElements } from './xss.js';

/** The Moulins council's charte as adopted: version 2, its text kept with it (as cc-server writes it at adoption). */
export function charteMoulins(overrides: Partial<Charte> = {}): Charte {
  return {
    ...structuredClone(CHARTE_MOULINS),
    id: 'charte-moulins',
    status: 'adopted',
    adoptedAt: '2025-03-21T09:00:00.000Z',
    adoptedText: { sections: assembleCharte(CHARTE_LIBRARY, CHARTE_MOULINS).sections },
    version: 2,
    versionStatus: 'adopted',
    updatedAt: '2025-03-21T09:00:00.000Z',
    ...overrides,
  };
}

/** A charte being written: the Sous-le-Bois council's (Maubeuge), version 1, its first answers only. */
export function charteDraft(overrides: Partial<Charte> = {}): Charte {
  return {
    id: 'charte-sous-le-bois',
    title: 'Charte de fonctionnement du conseil citoyen de Sous-le-Bois',
    kind: 'charte_fonctionnement',
    status: 'draft',
    answers: { commune: 'Maubeuge', quartier: 'Sous-le-Bois' },
    version: 1,
    versionStatus: 'draft',
    updatedAt: '2026-11-20T18:00:00.000Z',
    updatedBy: 'Bureau du conseil citoyen de Sous-le-Bois',
    ...overrides,
  };
}

/** A territory's adaptation of the training-needs questionnaire (version 1, based on the template's version 2). */
export const adaptedTrainingNeeds = (id: string, territory: string): Questionnaire =>
  trainingNeeds({ id, territory, basedOn: { id: 'besoins-formation', version: 2 }, version: 1 });

/** The Moulins council's review: 2025 as adopted (version 2), 2026 as a draft being filled in (version 1). */
export function bilanMoulins(year: 2025 | 2026 = 2026, overrides: Partial<Bilan> = {}): Bilan {
  const adopted = year === 2025;
  return {
    ...BilanInput.parse(structuredClone(adopted ? BILAN_MOULINS_2025 : BILAN_MOULINS_2026)),
    id: `bilan-moulins-${year}`,
    version: adopted ? 2 : 1,
    versionStatus: adopted ? 'adopted' : 'draft',
    updatedAt: adopted ? '2025-12-15T19:00:00.000Z' : '2026-11-20T18:00:00.000Z',
    updatedBy: 'Bureau du conseil citoyen des Moulins',
    // What cc-server writes at adoption: the year's figures as they were that day.
    ...(adopted ? { indicators: MOULINS_2025_FIGURES } : {}),
    ...overrides,
  };
}

const MOULINS_2025_FIGURES: Bilan['indicators'] = {
  bilanId: 'bilan-moulins-2025',
  year: 2025,
  computedAt: '2025-12-15T19:00:00.000Z',
  indicators: [
    {
      id: 'sessions_held',
      value: 9,
      breakdown: [
        { key: 'kind:network_meeting', value: 2 },
        { key: 'kind:thematic', value: 7 },
        { key: 'town:Lille', value: 9 },
      ],
      source: 'sessions',
    },
    { id: 'sessions_cancelled', value: 1, source: 'sessions' },
    {
      id: 'registrations_confirmed',
      value: 148,
      breakdown: [{ key: 'town:Lille', value: 148 }],
      source: 'registrations',
    },
    {
      id: 'attendance_present',
      value: 121,
      breakdown: [{ key: 'town:Lille', value: 121 }],
      source: 'registrations',
    },
    {
      id: 'questionnaire_responses',
      value: 36,
      breakdown: [{ key: 'questionnaire:besoins-formation', value: 36 }],
      source: 'questionnaire_responses',
    },
    { id: 'charte_adopted', value: null, date: '2025-03-20', source: 'chartes' },
  ],
};
