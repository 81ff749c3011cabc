// The clause library of the charte builder, written for this library in plain French from the law of 21 February
// 2014 (art. 7), the cadre de référence des conseils citoyens and the chartes that councils have published. The steps
// ask plain questions; their answers fill `{{variables}}` and choose clauses and variants. Locked clauses restate the
// law or the cadre de référence: a council fills their variables, nothing else.
import type { CharteClause, CharteKind, CharteLibrary } from './charte.js';
import type { QuestionnairePage } from './questionnaire.js';

const LAW = {
  text: 'Loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine',
  url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000028636804',
};
const CADRE = { text: 'Cadre de référence des conseils citoyens (ministère de la Ville, 2014)' };

const COUNCIL: CharteKind[] = ['charte_fonctionnement', 'reglement_interieur'];
const LOCAL: CharteKind[] = ['charte_locale_participation'];
const ALL: CharteKind[] = [...COUNCIL, ...LOCAL];

const when = (question: string, value: string) => ({
  match: 'all' as const,
  rules: [{ question, op: 'equals' as const, value }],
});

/** The builder's steps: plain questions whose answers are the charte's variables. */
export const CHARTE_STEPS: QuestionnairePage[] = [
  {
    id: 'conseil',
    title: 'Votre conseil',
    items: [
      { id: 'commune', type: 'text', label: 'Commune', required: true, maxLength: 120 },
      {
        id: 'quartier',
        type: 'text',
        label: 'Quartier prioritaire',
        hint: 'Tel qu’il est nommé dans le contrat de ville, ex. « Les Moulins ».',
        required: true,
        maxLength: 120,
      },
      {
        id: 'structure_porteuse',
        type: 'text',
        label: 'Structure porteuse',
        hint: 'L’association ou la structure qui porte le conseil citoyen.',
        maxLength: 200,
      },
      {
        id: 'instances',
        type: 'textarea',
        label: 'Les instances participatives de la commune',
        hint: 'Une par ligne, ex. « Conseil citoyen des Moulins », « Table de quartier de Fives ».',
        maxLength: 2000,
      },
    ],
  },
  {
    id: 'composition',
    title: 'Composition',
    items: [
      {
        id: 'nombre_membres',
        type: 'number',
        label: 'Nombre de membres',
        hint: 'Entre 10 et 60 ; la moitié au moins dans le collège des habitants.',
        required: true,
        min: 10,
        max: 60,
        step: 1,
      },
      {
        id: 'suppleants',
        type: 'yesno',
        label: 'Le conseil a-t-il des suppléants ?',
        required: true,
      },
    ],
  },
  {
    id: 'fonctionnement',
    title: 'Fonctionnement',
    items: [
      {
        id: 'frequence',
        type: 'single',
        label: 'À quel rythme se réunit l’assemblée plénière ?',
        required: true,
        options: [
          { value: 'mensuelle', label: 'une fois par mois' },
          { value: 'bimestrielle', label: 'une fois tous les deux mois' },
          { value: 'trimestrielle', label: 'une fois par trimestre' },
        ],
      },
      {
        id: 'delai_convocation',
        type: 'number',
        label: 'Combien de jours avant une réunion les documents sont-ils envoyés ?',
        required: true,
        min: 3,
        max: 30,
        step: 1,
      },
      {
        id: 'animation',
        type: 'single',
        label: 'Qui anime les réunions ?',
        required: true,
        options: [
          { value: 'coanimateurs', label: 'Des co-animateurs élus par le conseil' },
          { value: 'president', label: 'Un président ou une présidente élu·e par le conseil' },
          { value: 'tournante', label: 'Une animation tournante entre les membres' },
        ],
      },
    ],
  },
  {
    id: 'decisions',
    title: 'Décisions',
    items: [
      {
        id: 'mode_decision',
        type: 'single',
        label: 'Comment le conseil décide-t-il ?',
        required: true,
        options: [
          { value: 'consensus', label: 'Par consensus' },
          { value: 'majorite', label: 'À la majorité, avec un quorum' },
          { value: 'consensus_puis_majorite', label: 'Par consensus, puis à la majorité à défaut' },
        ],
      },
      {
        id: 'quorum',
        type: 'number',
        label: 'Quorum (nombre de membres présents)',
        required: true,
        min: 2,
        max: 60,
        step: 1,
        showIf: {
          match: 'any',
          rules: [
            { question: 'mode_decision', op: 'equals', value: 'majorite' },
            { question: 'mode_decision', op: 'equals', value: 'consensus_puis_majorite' },
          ],
        },
      },
      {
        id: 'procurations',
        type: 'yesno',
        label: 'Les procurations sont-elles admises ?',
        required: true,
      },
    ],
  },
  {
    id: 'representation',
    title: 'Représentation',
    items: [
      {
        id: 'nombre_delegues',
        type: 'number',
        label:
          'Combien de membres représentent le conseil dans les instances du contrat de ville ?',
        required: true,
        min: 1,
        max: 10,
        step: 1,
      },
    ],
  },
  {
    id: 'moyens',
    title: 'Moyens',
    items: [
      {
        id: 'local',
        type: 'text',
        label: 'Où le conseil se réunit-il ?',
        hint: 'Ex. « la maison de quartier des Moulins ».',
        maxLength: 200,
      },
      {
        id: 'delai_reponse',
        type: 'number',
        label: 'En combien de jours la commune répond-elle à un avis du conseil ?',
        min: 15,
        max: 180,
        step: 1,
      },
    ],
  },
  {
    id: 'revision',
    title: 'Mandat et révision',
    items: [
      {
        id: 'duree_mandat',
        type: 'single',
        label: 'Durée du mandat des membres',
        required: true,
        options: [
          { value: '2', label: 'deux ans' },
          { value: '3', label: 'trois ans' },
        ],
      },
    ],
  },
];

/** The clauses, section by section. */
export const CHARTE_CLAUSES: CharteClause[] = [
  {
    id: 'preambule-loi',
    section: 'preambule',
    title: 'Préambule',
    kinds: COUNCIL,
    locked: true,
    source: { ...LAW, article: 'article 7' },
    body: 'Le conseil citoyen du quartier {{quartier}}, à {{commune}}, est institué en application de l’article 7 de la loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine. Il est associé à l’élaboration, à la mise en œuvre, au suivi et à l’évaluation du contrat de ville.',
  },
  {
    id: 'preambule-locale',
    section: 'preambule',
    title: 'Préambule',
    kinds: LOCAL,
    locked: true,
    source: { ...LAW, article: 'article 1er' },
    body: 'La politique de la ville s’inscrit dans une démarche de co-construction avec les habitants, les associations et les acteurs économiques, en s’appuyant notamment sur les conseils citoyens. La présente charte dit comment la commune de {{commune}} associe les habitants à ses décisions, par quelles instances et avec quels engagements.',
  },
  {
    id: 'principes',
    section: 'principes',
    title: 'Principes',
    kinds: ALL,
    locked: true,
    source: CADRE,
    body: 'Les instances participatives agissent dans le respect des valeurs de liberté, d’égalité, de fraternité, de laïcité et de neutralité, et des principes de souplesse, d’indépendance, de pluralité, de parité, de proximité, de citoyenneté et de co-construction.',
  },
  {
    id: 'objet',
    section: 'objet',
    title: 'Objet et missions',
    kinds: COUNCIL,
    locked: false,
    body: 'Le conseil citoyen favorise l’expression des habitants et des acteurs du quartier {{quartier}}. Il porte leurs propositions, participe aux instances du contrat de ville et peut conduire ses propres projets au service du quartier.',
  },
  {
    id: 'independance',
    section: 'perimetre',
    title: 'Indépendance',
    kinds: COUNCIL,
    locked: true,
    source: { ...LAW, article: 'article 7' },
    body: 'Le conseil citoyen exerce son action en toute indépendance vis-à-vis des élus et des pouvoirs publics. Les élus n’en sont pas membres ; ils ne le président ni ne l’animent.',
  },
  {
    id: 'portage',
    section: 'perimetre',
    title: 'Portage',
    kinds: COUNCIL,
    locked: false,
    optional: true,
    body: 'Le conseil citoyen est porté par {{structure_porteuse}}, qui en assure le fonctionnement administratif sans intervenir dans ses choix.',
  },
  {
    id: 'inventaire',
    section: 'instances',
    title: 'Les instances participatives',
    kinds: LOCAL,
    locked: false,
    body: 'La commune de {{commune}} compte les instances participatives suivantes :\n{{instances}}\nChacune a son propre règlement ; la présente charte dit ce qui leur est commun et comment elles s’articulent.',
  },
  {
    id: 'articulation',
    section: 'instances',
    title: 'Articulation des instances',
    kinds: LOCAL,
    locked: false,
    body: 'Les instances se tiennent informées de leurs travaux. Une rencontre réunit chaque année leurs membres pour partager leurs avis et éviter qu’une même question soit traitée deux fois. Le conseil citoyen reste l’instance associée au contrat de ville.',
  },
  {
    id: 'colleges',
    section: 'composition',
    title: 'Composition',
    kinds: COUNCIL,
    locked: true,
    source: { ...LAW, article: 'article 7' },
    body: 'Le conseil citoyen compte {{nombre_membres}} membres répartis en deux collèges : un collège d’habitants, tirés au sort dans le respect de la parité entre les femmes et les hommes, qui représente au moins la moitié des membres ; et un collège d’associations et d’acteurs locaux.',
  },
  {
    id: 'suppleants',
    section: 'composition',
    title: 'Suppléants',
    kinds: COUNCIL,
    locked: false,
    showIf: when('suppleants', 'yes'),
    body: 'Chaque membre titulaire a un suppléant, désigné de la même manière, qui le remplace lorsqu’il est absent et lui succède s’il quitte le conseil.',
  },
  {
    id: 'mandat',
    section: 'mandat',
    title: 'Durée du mandat',
    kinds: COUNCIL,
    locked: false,
    body: 'Les membres sont désignés pour {{duree_mandat}}. Un membre peut démissionner à tout moment par écrit. Après trois absences consécutives non excusées, il est réputé démissionnaire, après en avoir été informé.',
  },
  {
    id: 'engagements-membres',
    section: 'engagements',
    title: 'Engagements des membres',
    kinds: COUNCIL,
    locked: false,
    body: 'Les membres s’engagent à participer régulièrement aux travaux, à respecter la parole de chacun et la confidentialité des échanges qui le demandent, et à agir dans l’intérêt du quartier et non dans un intérêt particulier.',
  },
  {
    id: 'reunions',
    section: 'fonctionnement',
    title: 'Réunions',
    kinds: COUNCIL,
    locked: false,
    body: 'L’assemblée plénière se réunit {{frequence}}, {{local}}. L’ordre du jour et les documents sont envoyés aux membres {{delai_convocation}} jours au moins avant la réunion, dans une forme simple à lire. Chaque réunion donne lieu à un compte rendu qui reprend les propositions du conseil.',
  },
  {
    id: 'animation',
    section: 'fonctionnement',
    title: 'Animation',
    kinds: COUNCIL,
    locked: false,
    variantFrom: 'animation',
    body: 'Les réunions sont animées par des membres du conseil.',
    variants: [
      {
        id: 'coanimateurs',
        label: 'Co-animateurs',
        body: 'Le conseil élit en son sein deux co-animateurs, un de chaque collège, pour un an renouvelable. Ils préparent l’ordre du jour et animent les réunions.',
      },
      {
        id: 'president',
        label: 'Présidence',
        body: 'Le conseil élit en son sein un président ou une présidente pour un an renouvelable, qui prépare l’ordre du jour et anime les réunions.',
      },
      {
        id: 'tournante',
        label: 'Animation tournante',
        body: 'L’animation des réunions tourne entre les membres volontaires ; celui ou celle qui anime une réunion prépare la suivante avec le prochain.',
      },
    ],
  },
  {
    id: 'decision',
    section: 'decision',
    title: 'Prise de décision',
    kinds: COUNCIL,
    locked: false,
    variantFrom: 'mode_decision',
    body: 'Les décisions sont prises par consensus.',
    variants: [
      {
        id: 'consensus',
        label: 'Consensus',
        body: 'Les décisions sont prises par consensus. Lorsqu’un consensus ne se dégage pas, les différentes positions sont consignées au compte rendu.',
      },
      {
        id: 'majorite',
        label: 'Majorité',
        body: 'Les décisions sont prises à la majorité des membres présents, le quorum étant de {{quorum}} membres. Les positions minoritaires sont consignées au compte rendu.',
      },
      {
        id: 'consensus_puis_majorite',
        label: 'Consensus puis majorité',
        body: 'Les décisions sont recherchées par consensus ; à défaut, elles sont prises à la majorité des membres présents, le quorum étant de {{quorum}} membres. Les positions minoritaires sont consignées au compte rendu.',
      },
    ],
  },
  {
    id: 'procurations',
    section: 'decision',
    title: 'Procurations',
    kinds: COUNCIL,
    locked: false,
    showIf: when('procurations', 'yes'),
    body: 'Un membre absent peut donner procuration à un autre membre ; chacun ne peut en détenir qu’une.',
  },
  {
    id: 'representation',
    section: 'representation',
    title: 'Représentation dans le contrat de ville',
    kinds: COUNCIL,
    locked: true,
    source: { ...LAW, article: 'article 7' },
    body: 'Des représentants du conseil citoyen participent à toutes les instances de pilotage du contrat de ville, y compris celles relatives aux projets de renouvellement urbain. Le conseil désigne {{nombre_delegues}} membres pour y siéger ; ils rendent compte de leur mandat à l’assemblée plénière.',
  },
  {
    id: 'partenaires',
    section: 'partenaires',
    title: 'Relations avec les partenaires',
    kinds: COUNCIL,
    locked: false,
    body: 'Le conseil peut interpeller les partenaires du contrat de ville et leur demander de venir présenter leurs projets. Les partenaires s’engagent à lui transmettre les documents utiles et à proposer des temps de formation communs aux élus, techniciens et conseillers.',
  },
  {
    id: 'engagements-commune',
    section: 'engagements_commune',
    title: 'Engagements de la commune',
    kinds: LOCAL,
    locked: false,
    body: 'La commune de {{commune}} répond à chaque avis d’une instance participative dans un délai de {{delai_reponse}} jours, en disant ce qu’elle en retient et pourquoi. Elle publie chaque année le calendrier des décisions sur lesquelles les habitants seront consultés et les moyens mis à la disposition des instances.',
  },
  {
    id: 'moyens',
    section: 'moyens',
    title: 'Moyens',
    kinds: ALL,
    locked: false,
    body: 'Les instances disposent d’un lieu de réunion, {{local}}, et des moyens nécessaires à leur fonctionnement : matériel, reprographie, frais de déplacement et de garde d’enfants pour participer aux réunions.',
  },
  {
    id: 'communication',
    section: 'communication',
    title: 'Communication',
    kinds: COUNCIL,
    locked: false,
    optional: true,
    body: 'Le conseil fait connaître ses travaux aux habitants du quartier {{quartier}} par les moyens qu’il choisit (affichage, réunions publiques, réseaux). Ses comptes rendus sont publics, sauf ce qui touche à la vie privée.',
  },
  {
    id: 'evaluation',
    section: 'evaluation',
    title: 'Bilan annuel',
    kinds: ALL,
    locked: false,
    body: 'Chaque année, une réunion de bilan rassemble les instances et les institutions : réussites, difficultés rencontrées, perspectives pour l’année suivante. Le bilan est rendu public.',
  },
  {
    id: 'revision',
    section: 'revision',
    title: 'Révision de la charte',
    kinds: ALL,
    locked: false,
    body: 'La présente charte peut être révisée à la demande d’un tiers des membres, selon les règles de décision qu’elle fixe. Chaque version adoptée est datée et conservée.',
  },
];

export const CHARTE_LIBRARY: CharteLibrary = { steps: CHARTE_STEPS, clauses: CHARTE_CLAUSES };
