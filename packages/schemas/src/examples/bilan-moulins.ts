// Two years of the Moulins council's review (Lille): 2025 mostly « informé » or « consulté », 2026 better on the
// practices and the rules of co-construction, with last year's actions carried over. The demo of cc-server, the
// stories and the tests all read these.
import type { AssociationLevel, BilanInput, BilanItemAnswer, ItemStatus } from '../bilan.js';
import { BILAN_TEMPLATE } from '../bilan-template.js';

const TEMPLATE = { id: BILAN_TEMPLATE.id, version: BILAN_TEMPLATE.version };
const SCOPE = { towns: ['Lille'], questionnaires: ['besoins-formation'], charte: 'charte-moulins' };

/** [status, council's level, institutions' level, notes?] per item. */
type Row = [ItemStatus, AssociationLevel | undefined, AssociationLevel | undefined, string?];

const answers = (rows: Record<string, Row>, author: string): Record<string, BilanItemAnswer> =>
  Object.fromEntries(
    Object.entries(rows).map(([id, [status, conseil, institutions, notes]]) => [
      id,
      {
        status,
        ...(conseil || institutions
          ? {
              levels: {
                ...(conseil ? { conseil } : {}),
                ...(institutions ? { institutions } : {}),
              },
            }
          : {}),
        ...(notes ? { notes } : {}),
        rev: 1,
        answeredBy: author,
      },
    ]),
  );

export const BILAN_MOULINS_2025: BilanInput = {
  council: 'Conseil citoyen des Moulins',
  territory: 'Lille',
  year: 2025,
  template: TEMPLATE,
  scope: SCOPE,
  ownItems: [],
  items: {
    ...answers(
      {
        'dc-noyau': ['fait', 'concerte', 'concerte', 'Un noyau de six membres anime le conseil.'],
        'dc-communication': ['a_faire', 'informe', 'consulte'],
        'fm-formation-interne': ['en_cours', 'consulte', 'consulte'],
        'fm-coformation': ['a_faire', 'non_associe', 'informe'],
        'pp-programmation': ['fait', 'informe', 'consulte'],
        'pp-documents-8-jours': ['a_faire', 'informe', 'concerte', 'Documents reçus la veille.'],
        'pp-horaires': ['en_cours', 'consulte', 'consulte'],
        'rc-reunion-perimetre': ['a_faire', 'non_associe', 'informe'],
        'rc-instances': ['en_cours', 'informe', 'consulte'],
        'rt-comptes-rendus': ['a_faire', 'informe', 'concerte'],
        'ep-reunion-bilan': ['fait', 'consulte', 'concerte'],
        'ep-evaluation-contrat': ['a_faire', 'informe', 'informe'],
      },
      'Bureau du conseil citoyen des Moulins',
    ),
    'pp-documents-8-jours': {
      status: 'a_faire',
      levels: { conseil: 'informe', institutions: 'concerte' },
      notes: 'Documents reçus la veille.',
      action: {
        what: 'Envoyer l’ordre du jour et les documents 8 jours avant chaque comité',
        who: 'Service politique de la ville',
        by: '2026-03-31',
      },
      rev: 2,
      answeredBy: 'Bureau du conseil citoyen des Moulins',
    },
    'fm-coformation': {
      status: 'a_faire',
      levels: { conseil: 'non_associe', institutions: 'informe' },
      action: {
        what: 'Organiser une co-formation élus, techniciens et conseillers',
        who: 'Centre de ressources',
        by: '2026-06-30',
      },
      rev: 2,
      answeredBy: 'Bureau du conseil citoyen des Moulins',
    },
  },
  headings: {
    pratiques_professionnelles: {
      reussites: 'La programmation a été présentée en réunion publique.',
      difficultes: 'Les documents arrivent trop tard pour être lus.',
      perspectives: 'Un calendrier des envois, partagé dès janvier.',
      rev: 1,
    },
  },
  carriedActions: [],
};

export const BILAN_MOULINS_2026: BilanInput = {
  council: 'Conseil citoyen des Moulins',
  territory: 'Lille',
  year: 2026,
  template: TEMPLATE,
  scope: SCOPE,
  previous: 'bilan-moulins-2025',
  ownItems: [
    {
      id: 'moulins-jardins',
      heading: 'dynamique_collective',
      label: 'Le projet de jardins partagés associe les habitants de la rue Arago',
    },
  ],
  items: answers(
    {
      'dc-noyau': ['fait', 'co_construit', 'concerte'],
      'dc-communication': ['en_cours', 'consulte', 'consulte'],
      'fm-formation-interne': ['fait', 'concerte', 'concerte'],
      'fm-coformation': ['fait', 'concerte', 'co_construit', 'Deux demi-journées en mai.'],
      'pp-programmation': ['fait', 'concerte', 'concerte'],
      'pp-documents-8-jours': ['fait', 'consulte', 'co_construit'],
      'pp-horaires': ['fait', 'concerte', 'concerte'],
      'rc-reunion-perimetre': ['fait', 'co_construit', 'co_construit'],
      'rc-instances': ['fait', 'concerte', 'concerte'],
      'rt-comptes-rendus': ['en_cours', 'consulte', 'concerte'],
      'ep-reunion-bilan': ['en_cours', 'concerte', 'concerte'],
      'ep-evaluation-contrat': ['a_faire', 'informe', 'consulte'],
    },
    'Bureau du conseil citoyen des Moulins',
  ),
  headings: {},
  carriedActions: [
    {
      item: 'pp-documents-8-jours',
      what: 'Envoyer l’ordre du jour et les documents 8 jours avant chaque comité',
      who: 'Service politique de la ville',
      by: '2026-03-31',
      outcome: 'realisee',
    },
    {
      item: 'fm-coformation',
      what: 'Organiser une co-formation élus, techniciens et conseillers',
      who: 'Centre de ressources',
      by: '2026-06-30',
      outcome: 'realisee',
      outcomeNote: 'Deux demi-journées en mai, 18 participants.',
    },
  ],
};
