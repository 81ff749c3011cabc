// The charte de fonctionnement of the Moulins council (Lille), as the builder writes it: the demo of cc-server, the
// stories and the tests all read this one.
import type { CharteInput } from '../charte.js';

export const MOULINS_ANSWERS: CharteInput['answers'] = {
  commune: 'Lille',
  quartier: 'Moulins',
  structure_porteuse: 'l’association Moulins Citoyens',
  nombre_membres: 24,
  suppleants: false,
  frequence: 'mensuelle',
  delai_convocation: 8,
  animation: 'coanimateurs',
  mode_decision: 'consensus_puis_majorite',
  quorum: 9,
  procurations: true,
  nombre_delegues: 3,
  local: 'à la maison de quartier des Moulins',
  duree_mandat: '2',
};

export const CHARTE_MOULINS: CharteInput = {
  title: 'Charte de fonctionnement du conseil citoyen des Moulins',
  kind: 'charte_fonctionnement',
  status: 'draft',
  answers: MOULINS_ANSWERS,
  own: [
    {
      id: 'propre-accueil',
      section: 'engagements',
      title: 'Accueil des nouveaux membres',
      body: 'Chaque nouveau membre est accueilli par un binôme de membres plus anciens, qui lui présente le quartier, le contrat de ville et le fonctionnement du conseil.',
    },
  ],
  adoption: {
    date: '2025-03-20',
    body: 'Assemblée plénière du conseil citoyen des Moulins',
    vote: { for: 17, against: 1, abstentions: 2 },
    signatories: ['Les co-animateurs du conseil citoyen', 'Le président de Moulins Citoyens'],
  },
};
