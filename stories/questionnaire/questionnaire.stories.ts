import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { createMemoryApi, type MemoryApi } from '@conseils-citoyens/core/testing.js';
import { FIXED_NOW, allQuestionTypes, trainingNeeds } from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/questionnaire/cc-questionnaire.js';
import controls from './controls.json';
import { QuestionnaireObject } from '../../packages/questionnaire/test-helpers/questionnaire-object.js';

/**
 * `<cc-questionnaire>` fait répondre un habitant au questionnaire de son territoire, une page à la fois : 14 types de
 * questions, des questions et des pages affichées selon les réponses, chaque page vérifiée sur « Suivant », tout ce qui
 * est saisi gardé sur l'appareil, « Enregistrer et reprendre plus tard » avec un lien personnel, un envoi unique et sûr.
 * Ici, le questionnaire de recensement des besoins de formation de l'IREV (les données de démonstration).
 */
interface QuestionnaireArgs {
  questionnaireId: string;
  privacyController: string;
  privacyHref: string;
  headingLevel: number;
  width: string;
}

const meta: Meta<QuestionnaireArgs> = {
  title: 'Composants/cc-questionnaire',
  component: 'cc-questionnaire',
  args: {
    questionnaireId: 'besoins-formation',
    privacyController: 'la Ville de Lille',
    privacyHref: '#donnees',
    headingLevel: 2,
    width: '48rem',
  },
  argTypes: {
    questionnaireId: { control: 'select', options: ['besoins-formation', 'tous-les-types'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    width: { control: 'select', options: ['48rem', '20rem'] },
  },
  parameters: { controls: { include: Object.keys(controls.samples) } },
  render: (args, { globals }) => questionnaire(globals.locale as string, args),
};
export default meta;
type Story = StoryObj<QuestionnaireArgs>;

function api(): MemoryApi {
  return createMemoryApi({
    now: () => FIXED_NOW,
    questionnaires: [
      trainingNeeds(),
      trainingNeeds({ ...allQuestionTypes(), id: 'tous-les-types' }),
      trainingNeeds({
        id: 'une-par-adresse',
        title: 'Bilan de l’année du conseil citoyen',
        responses: 'email',
        estimatedMinutes: 1,
        pages: [
          {
            id: 'avis',
            title: 'Votre avis',
            items: [
              {
                id: 'utile',
                type: 'yesno',
                label: 'Le conseil citoyen vous a-t-il été utile cette année ?',
                required: true,
              },
            ],
          },
        ],
      }),
    ],
  });
}
/** Each story starts afresh: the answers a previous story kept on this tab are dropped. */
function clearDrafts() {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith('cc-draft:questionnaire')) sessionStorage.removeItem(key);
}
const questionnaire = (locale: string, a: QuestionnaireArgs, source: MemoryApi = api()) => {
  clearDrafts();
  return html`
  <div style="max-width:${a.width}"><cc-provider locale=${locale} .api=${source}>
    <cc-questionnaire questionnaire-id=${a.questionnaireId} heading-level=${a.headingLevel}
      privacy-controller=${a.privacyController || nothing} privacy-href=${a.privacyHref || nothing}></cc-questionnaire>
  </cc-provider></div>`;
};

/** Plays a resident's steps once the questionnaire is ready. */
const play =
  (steps: (q: QuestionnaireObject) => Promise<void>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const q = new QuestionnaireObject(canvasElement.querySelector('cc-questionnaire')!);
    await q.settle();
    await steps(q);
  };
const firstPage = async (q: QuestionnaireObject) => {
  await q.choose('anciennete', 'moins-6-mois');
  await q.choose('college', 'habitant');
  await q.next();
};

export const Questionnaire: Story = {
  name: 'Questionnaire (besoins de formation)',
  play: play(async () => {}),
};
export const TousLesTypes: Story = {
  name: 'Les 14 types de questions',
  args: { questionnaireId: 'tous-les-types' },
  play: play(async () => {}),
};
export const Erreurs: Story = {
  name: 'Erreurs sur « Suivant » (résumé et questions)',
  play: play(async (q) => {
    await q.choose('roles', 'membre');
    await q.next();
  }),
};
export const Condition: Story = {
  name: 'Question affichée selon une réponse',
  play: play(async (q) => {
    await firstPage(q);
    await q.choose('deja-forme', 'yes');
  }),
};
export const Tableau: Story = {
  name: 'Tableau (matrice) et classement',
  play: play(async (q) => {
    await firstPage(q);
    await q.choose('connaissance-contrat', '2');
    await q.choose('aise-parole', '3');
    await q.choose('deja-forme', 'no');
    await q.next();
  }),
};
export const Telephone: Story = {
  name: 'Sur un téléphone (tableau en groupes)',
  args: { width: '20rem' },
  play: Tableau.play!,
};
export const Enregistre: Story = {
  name: 'Enregistré pour reprendre plus tard (lien personnel)',
  play: play(async (q) => {
    await firstPage(q);
    await q.press('Enregistrer et reprendre plus tard');
  }),
};
export const Envoye: Story = {
  name: 'Réponses envoyées (récapitulatif)',
  args: { questionnaireId: 'tous-les-types' },
  play: play(async (q) => {
    await q.type('text', 'Amina');
    await q.tick('consent');
    await q.press('Envoyer mes réponses');
  }),
};
export const UneParAdresse: Story = {
  name: 'Une réponse par adresse e-mail (à confirmer par le lien reçu)',
  args: { questionnaireId: 'une-par-adresse' },
  play: play(async (q) => {
    await q.choose('utile', 'yes');
    await q.type('respondent-email', 'amina@example.org');
    await q.press('Envoyer mes réponses');
  }),
};
export const PanneReseau: Story = {
  name: 'Panne réseau à l’envoi (réponses gardées, « Réessayer »)',
  args: { questionnaireId: 'tous-les-types' },
  play: async (ctx) => {
    const a = (ctx.canvasElement.querySelector('cc-provider') as unknown as { api: MemoryApi }).api;
    await play(async (q) => {
      await q.type('text', 'Amina');
      await q.tick('consent');
      a.failNext('network');
      await q.press('Envoyer mes réponses');
    })(ctx);
  },
};
export const SaisiePapier: Story = {
  name: 'Saisie d’un questionnaire papier (mode="entry")',
  parameters: { controls: { include: [] } },
  render: (_a, { globals }) => {
    clearDrafts();
    return html`<cc-provider locale=${globals.locale} .api=${api()}>
      <cc-questionnaire questionnaire-id="besoins-formation" mode="entry"></cc-questionnaire></cc-provider>`;
  },
};
export const SansConfiguration: Story = {
  name: 'Sans configuration',
  parameters: { controls: { include: [] } },
  render: (_a, { globals }) =>
    html`<cc-questionnaire locale=${globals.locale as string} questionnaire-id="x"></cc-questionnaire>`,
};
