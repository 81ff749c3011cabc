import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryApi, type MemoryApi } from '@conseils-citoyens/core/testing.js';
import { FIXED_NOW, adaptedTrainingNeeds, trainingNeeds } from '@conseils-citoyens/core/testing.js';
import { TRAINING_NEEDS } from '@conseils-citoyens/schemas/examples/training-needs.js';
import { sampleAnswers, seededRandom } from '@conseils-citoyens/schemas/testing/sample-answers.js';
import '@conseils-citoyens/questionnaire/cc-questionnaire-results.js';
import controls from './controls.json';

/**
 * `<cc-questionnaire-results>` montre aux organisateurs les réponses à un questionnaire : combien ont répondu (par
 * version, sur papier, enregistrées pour plus tard), puis pour chaque question un tableau avec ses barres, la moyenne
 * d'une échelle, un tableau à double entrée pour une matrice, la place moyenne d'un classement, les réponses écrites
 * avec une recherche. Moins de 5 réponses : « moins de 5 », pour que personne ne puisse être reconnu.
 */
interface ResultsArgs {
  answers: number;
  threshold: number;
  headingLevel: number;
}

const meta: Meta<ResultsArgs> = {
  title: 'Composants/cc-questionnaire-results',
  component: 'cc-questionnaire-results',
  args: { answers: 36, threshold: 5, headingLevel: 2 },
  argTypes: {
    answers: { control: { type: 'number', min: 0, max: 500 } },
    threshold: { control: { type: 'number', min: 3, max: 100 } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: { controls: { include: Object.keys(controls.samples) } },
  render: (args, { globals }) => results(globals.locale as string, args),
};
export default meta;
type Story = StoryObj<ResultsArgs>;

/** A memory backend holding the seed questionnaire and `n` plausible answers (the same each time). */
function api(n: number): MemoryApi {
  const a = createMemoryApi({ now: () => FIXED_NOW, questionnaires: [trainingNeeds()] });
  const random = seededRandom(2026);
  for (let i = 0; i < n; i++)
    void a.submitQuestionnaireResponse('besoins-formation', {
      version: 2,
      ...sampleAnswers(TRAINING_NEEDS, random),
      ...(i % 6 === 5 ? { paper: true } : {}),
    });
  return a;
}
const results = (locale: string, a: ResultsArgs) => html`
  <cc-provider locale=${locale} .api=${api(a.answers)}>
    <cc-questionnaire-results questionnaire-id="besoins-formation" threshold=${a.threshold}
      heading-level=${a.headingLevel}></cc-questionnaire-results>
  </cc-provider>`;

export const Resultats: Story = { name: 'Résultats (36 réponses)' };
export const PetitsGroupes: Story = {
  name: 'Peu de réponses : « moins de 5 »',
  args: { answers: 12 },
};
export const TropPeu: Story = {
  name: 'Trop peu de réponses : rien n’est montré',
  args: { answers: 3 },
};
export const Beaucoup: Story = { name: '500 réponses', args: { answers: 500 } };

/** The shared questionnaire and two territories' adaptations, with answers in each. */
function territories(): MemoryApi {
  const a = createMemoryApi({
    now: () => FIXED_NOW,
    questionnaires: [
      trainingNeeds(),
      adaptedTrainingNeeds('besoins-denain', 'Denain'),
      adaptedTrainingNeeds('besoins-maubeuge', 'Maubeuge'),
    ],
  });
  const random = seededRandom(3);
  for (const [id, n] of [
    ['besoins-formation', 40],
    ['besoins-denain', 18],
    ['besoins-maubeuge', 7],
  ] as const)
    for (let i = 0; i < n; i++)
      void a.submitQuestionnaireResponse(id, {
        version: id === 'besoins-formation' ? 2 : 1,
        ...sampleAnswers(TRAINING_NEEDS, random),
      });
  return a;
}
export const Comparaison: Story = {
  name: 'Comparer les territoires (questions communes)',
  render: (args, { globals }) => html`
    <cc-provider locale=${globals.locale as string} .api=${territories()}>
      <cc-questionnaire-results questionnaire-id="besoins-formation" threshold=${args.threshold}
        heading-level=${args.headingLevel}></cc-questionnaire-results>
    </cc-provider>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cc-questionnaire-results')!;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[data-action="compare"]'); i++)
      await new Promise((r) => setTimeout(r, 20));
    el.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="compare"]')?.click();
  },
};
