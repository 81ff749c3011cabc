// The default template of the year-end review, written for this library from the experiences seed 004 expects under
// each heading. Ids never change once published: years and territories are compared through them.
import type { BilanHeading, BilanTemplate, BilanTemplateItem } from './bilan.js';

const item = (
  heading: BilanHeading,
  id: string,
  label: string,
  hint?: string,
): BilanTemplateItem => (hint ? { id, heading, label, hint } : { id, heading, label });

export const BILAN_TEMPLATE: BilanTemplate = {
  id: 'bilan-national',
  version: 1,
  title: 'Bilan annuel de l’association du conseil citoyen',
  items: [
    item(
      'dynamique_collective',
      'dc-noyau',
      'Un petit groupe de membres fait vivre le conseil citoyen entre les réunions',
      'Qui relance, qui accueille les nouveaux, qui prépare les réunions ?',
    ),
    item(
      'dynamique_collective',
      'dc-nouveaux',
      'De nouveaux habitants ont rejoint le conseil citoyen dans l’année',
    ),
    item(
      'dynamique_collective',
      'dc-projet',
      'Le conseil citoyen a mené au moins une action ou un projet qu’il a choisi lui-même',
    ),
    item(
      'dynamique_collective',
      'dc-communication',
      'Les habitants du quartier peuvent connaître les missions et les travaux du conseil citoyen',
      'Page sur le site de la commune, affiches, réseaux sociaux, présence aux fêtes de quartier…',
    ),
    item(
      'dynamique_collective',
      'dc-parite',
      'Les deux collèges et la parité femmes-hommes sont respectés dans la participation réelle',
    ),
    item(
      'facteurs_mobilisateurs',
      'fm-evenement',
      'Un événement a réuni le conseil citoyen et les autres acteurs du territoire',
    ),
    item(
      'facteurs_mobilisateurs',
      'fm-accompagnement',
      'Le conseil citoyen bénéficie d’un accompagnement extérieur (structure porteuse, centre de ressources…)',
    ),
    item(
      'facteurs_mobilisateurs',
      'fm-formation-interne',
      'Des membres ont suivi une formation à la prise de parole, à l’animation ou à la conduite de projet',
    ),
    item(
      'facteurs_mobilisateurs',
      'fm-coformation',
      'Une formation a réuni élus, techniciens et membres du conseil citoyen',
    ),
    item(
      'facteurs_mobilisateurs',
      'fm-moyens',
      'Le conseil citoyen dispose d’un local, d’un budget de fonctionnement et d’outils adaptés',
    ),
    item(
      'pratiques_professionnelles',
      'pp-programmation',
      'Le programme annuel du contrat de ville a été présenté au conseil citoyen',
    ),
    item(
      'pratiques_professionnelles',
      'pp-documents-8-jours',
      'Les documents sont envoyés au moins 8 jours avant les réunions',
    ),
    item(
      'pratiques_professionnelles',
      'pp-documents-simples',
      'Les documents transmis sont simplifiés ou accompagnés d’une note de lecture',
    ),
    item(
      'pratiques_professionnelles',
      'pp-horaires',
      'Les horaires des réunions conviennent aux habitants',
      'Réunions en soirée ou le samedi, garde d’enfants, accessibilité des lieux.',
    ),
    item(
      'pratiques_professionnelles',
      'pp-langage',
      'Les professionnels évitent les sigles et le jargon, ou les expliquent',
    ),
    item(
      'regles_coconstruction',
      'rc-reunion-perimetre',
      'Une réunion partenariale a défini avec le conseil citoyen sa place dans chaque instance du contrat de ville',
    ),
    item(
      'regles_coconstruction',
      'rc-instances',
      'Des membres du conseil citoyen siègent au comité de pilotage et aux comités techniques',
    ),
    item(
      'regles_coconstruction',
      'rc-charte-locale',
      'Une charte locale de la participation précise le rôle de chaque instance et leur articulation',
    ),
    item(
      'regles_coconstruction',
      'rc-reponses',
      'Les propositions du conseil citoyen reçoivent une réponse motivée des partenaires',
    ),
    item(
      'rendre_compte',
      'rt-validation',
      'Les documents qui concernent le conseil citoyen sont validés avec lui avant diffusion',
    ),
    item(
      'rendre_compte',
      'rt-comptes-rendus',
      'Les comptes rendus reprennent les propositions du conseil citoyen',
    ),
    item(
      'rendre_compte',
      'rt-circulation',
      'Les informations circulent entre les partenaires et le conseil citoyen tout au long de l’année',
    ),
    item(
      'rendre_compte',
      'rt-habitants',
      'Le conseil citoyen rend compte de ses travaux aux habitants du quartier',
    ),
    item(
      'evaluer_partenariat',
      'ep-reunion-bilan',
      'Une réunion de bilan de fin d’année a eu lieu',
      'Elle réunit institutions et conseil citoyen : réussites, difficultés, perspectives.',
    ),
    item(
      'evaluer_partenariat',
      'ep-apport-programmation',
      'L’apport du conseil citoyen à la programmation annuelle a été évalué et valorisé',
    ),
    item(
      'evaluer_partenariat',
      'ep-rapport-annuel',
      'Un rapport annuel de la co-construction a été rédigé',
    ),
    item(
      'evaluer_partenariat',
      'ep-evaluation-contrat',
      'Le conseil citoyen est associé à l’évaluation du contrat de ville',
    ),
  ],
};
