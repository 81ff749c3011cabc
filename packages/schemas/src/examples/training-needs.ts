/**
 * The IREV's questionnaire « Recenser les besoins de formation des conseillers citoyens » (seed 001), left in Word so
 * that each territory « complète, ajuste et enrichit librement »: the shared template of the reference server, the
 * stories and the tests. Questions marked `core` are the ones every territory keeps, so answers compare.
 */
import type { QuestionnaireInput } from '../questionnaire.js';

const interest = [
  { value: 'pas', label: 'Pas intéressé·e' },
  { value: 'un-peu', label: 'Un peu' },
  { value: 'beaucoup', label: 'Très intéressé·e' },
];

export const TRAINING_NEEDS: QuestionnaireInput = {
  title: 'Recenser les besoins de formation des conseillers citoyens',
  description:
    'Ce questionnaire aide votre territoire à connaître les sujets sur lesquels les membres du conseil citoyen souhaitent monter en compétences pour mener à bien leur mission. Vos réponses servent à construire le programme de formation de l’année.',
  estimatedMinutes: 8,
  pages: [
    {
      id: 'vous',
      title: 'Vous et le conseil citoyen',
      items: [
        {
          id: 'intro',
          type: 'info',
          text: 'Il n’y a pas de bonne ou de mauvaise réponse. Les questions marquées « obligatoire » doivent être remplies ; les autres sont facultatives.',
        },
        {
          id: 'anciennete',
          type: 'single',
          label: 'Depuis combien de temps êtes-vous membre du conseil citoyen ?',
          required: true,
          core: true,
          options: [
            { value: 'moins-6-mois', label: 'Moins de 6 mois' },
            { value: '6-mois-1-an', label: 'De 6 mois à 1 an' },
            { value: 'plus-1-an', label: 'Plus d’un an' },
          ],
        },
        {
          id: 'college',
          type: 'single',
          label: 'Dans quel collège siégez-vous ?',
          required: true,
          core: true,
          options: [
            { value: 'habitant', label: 'Collège habitants' },
            { value: 'acteur_local', label: 'Collège associations et acteurs locaux' },
          ],
        },
        {
          id: 'roles',
          type: 'multiple',
          label: 'Quel rôle jouez-vous dans le conseil citoyen ?',
          hint: 'Plusieurs réponses possibles.',
          options: [
            { value: 'membre', label: 'Membre' },
            { value: 'coordination', label: 'Co-animation ou coordination' },
            {
              value: 'pilotage',
              label: 'Représentant·e au comité de pilotage du contrat de ville',
            },
            { value: 'referent', label: 'Référent·e d’un groupe de travail' },
          ],
          other: true,
        },
        {
          id: 'age',
          type: 'dropdown',
          label: 'Votre tranche d’âge',
          options: [
            { value: '16-25', label: '16 à 25 ans' },
            { value: '26-40', label: '26 à 40 ans' },
            { value: '41-60', label: '41 à 60 ans' },
            { value: '61-plus', label: '61 ans et plus' },
          ],
        },
      ],
    },
    {
      id: 'connaissances',
      title: 'Ce que vous savez déjà',
      items: [
        {
          id: 'connaissance-contrat',
          type: 'scale',
          label: 'Comment évaluez-vous votre connaissance du contrat de ville ?',
          required: true,
          core: true,
          min: 1,
          max: 5,
          minLabel: 'Très faible',
          maxLabel: 'Très bonne',
        },
        {
          id: 'aise-parole',
          type: 'scale',
          label: 'Êtes-vous à l’aise pour prendre la parole en réunion publique ?',
          required: true,
          core: true,
          min: 1,
          max: 5,
          minLabel: 'Pas du tout',
          maxLabel: 'Tout à fait',
        },
        {
          id: 'deja-forme',
          type: 'yesno',
          label: 'Avez-vous déjà suivi une formation liée au conseil citoyen ?',
          required: true,
          core: true,
        },
        {
          id: 'formations-suivies',
          type: 'textarea',
          label: 'Lesquelles, et qu’en avez-vous retenu ?',
          maxLength: 2000,
          showIf: { match: 'all', rules: [{ question: 'deja-forme', op: 'equals', value: 'yes' }] },
        },
      ],
    },
    {
      id: 'besoins',
      title: 'Vos besoins de formation',
      items: [
        {
          id: 'interet-themes',
          type: 'matrix',
          label: 'Quel est votre intérêt pour chacun de ces thèmes ?',
          required: true,
          core: true,
          rows: [
            { value: 'politique-ville', label: 'La politique de la ville et le contrat de ville' },
            { value: 'role-conseil', label: 'Le rôle et le fonctionnement du conseil citoyen' },
            { value: 'prise-parole', label: 'La prise de parole en public' },
            { value: 'animation', label: 'Animer une réunion' },
            { value: 'projet', label: 'Les méthodes de projet' },
            { value: 'partenaires', label: 'Les partenaires et les institutions' },
            { value: 'communication', label: 'Communiquer auprès des habitants' },
          ],
          columns: interest,
        },
        {
          id: 'priorites',
          type: 'multiple',
          label: 'Quels sont vos trois sujets prioritaires ?',
          hint: 'Trois réponses au plus.',
          required: true,
          core: true,
          minChoices: 1,
          maxChoices: 3,
          options: [
            { value: 'politique-ville', label: 'La politique de la ville et le contrat de ville' },
            { value: 'role-conseil', label: 'Le rôle et le fonctionnement du conseil citoyen' },
            { value: 'prise-parole', label: 'La prise de parole en public' },
            { value: 'animation', label: 'Animer une réunion' },
            { value: 'projet', label: 'Les méthodes de projet' },
            { value: 'partenaires', label: 'Les partenaires et les institutions' },
            { value: 'communication', label: 'Communiquer auprès des habitants' },
          ],
          other: true,
        },
        {
          id: 'accueil-nouveaux',
          type: 'yesno',
          label: 'Souhaiteriez-vous une séance d’accueil des nouveaux membres ?',
          showIf: {
            match: 'all',
            rules: [{ question: 'anciennete', op: 'equals', value: 'moins-6-mois' }],
          },
        },
        {
          id: 'formats',
          type: 'ranking',
          label:
            'Classez ces façons de se former, de celle qui vous convient le mieux à celle qui vous convient le moins.',
          core: true,
          options: [
            { value: 'atelier', label: 'Un atelier en petit groupe' },
            { value: 'journee', label: 'Une journée de formation' },
            { value: 'visite', label: 'Une rencontre avec un autre conseil citoyen' },
            { value: 'en-ligne', label: 'Une formation en ligne' },
          ],
        },
      ],
    },
    {
      id: 'modalites',
      title: 'Vos disponibilités',
      items: [
        {
          id: 'creneaux',
          type: 'multiple',
          label: 'Quels moments vous conviennent ?',
          required: true,
          options: [
            { value: 'semaine-journee', label: 'En semaine, en journée' },
            { value: 'semaine-soir', label: 'En semaine, en soirée' },
            { value: 'samedi', label: 'Le samedi' },
          ],
        },
        {
          id: 'demi-journees',
          type: 'number',
          label: 'Combien de demi-journées par an pourriez-vous consacrer à la formation ?',
          min: 0,
          max: 20,
          step: 1,
          unit: 'demi-journées',
        },
        {
          id: 'disponible-le',
          type: 'date',
          label: 'À partir de quelle date seriez-vous disponible ?',
          min: '2026-01-01',
          max: '2027-12-31',
        },
        {
          id: 'accessibilite',
          type: 'textarea',
          label:
            'Avez-vous des besoins particuliers pour participer (accessibilité, garde d’enfants, transport) ?',
          maxLength: 1000,
        },
      ],
    },
    {
      id: 'fin',
      title: 'Pour finir',
      items: [
        { id: 'commentaires', type: 'textarea', label: 'Souhaitez-vous ajouter quelque chose ?' },
        { id: 'contact-titre', type: 'section', title: 'Être recontacté·e' },
        {
          id: 'recontacter',
          type: 'yesno',
          label: 'Souhaitez-vous être recontacté·e quand les formations seront programmées ?',
          required: true,
        },
        {
          id: 'prenom',
          type: 'text',
          label: 'Votre prénom',
          required: true,
          maxLength: 100,
          showIf: {
            match: 'all',
            rules: [{ question: 'recontacter', op: 'equals', value: 'yes' }],
          },
        },
        {
          id: 'email',
          type: 'email',
          label: 'Votre adresse e-mail',
          hint: 'Exemple : nom@domaine.fr',
          showIf: {
            match: 'all',
            rules: [{ question: 'recontacter', op: 'equals', value: 'yes' }],
          },
        },
        {
          id: 'telephone',
          type: 'phone',
          label: 'Votre numéro de téléphone',
          hint: 'Si vous préférez être appelé·e.',
          showIf: {
            match: 'all',
            rules: [{ question: 'recontacter', op: 'equals', value: 'yes' }],
          },
        },
        {
          id: 'accord-contact',
          type: 'consent',
          label: 'Accord pour être recontacté·e',
          text: 'J’accepte que mes coordonnées soient utilisées par le centre de ressources et ma collectivité uniquement pour me recontacter au sujet des formations. Elles sont supprimées au bout d’un an.',
          showIf: {
            match: 'all',
            rules: [{ question: 'recontacter', op: 'equals', value: 'yes' }],
          },
        },
      ],
    },
  ],
};
