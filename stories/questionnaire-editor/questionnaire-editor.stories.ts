import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FIXED_NOW, createMemoryApi, trainingNeeds } from '@conseils-citoyens/core/testing.js';
import { documentInput } from '@conseils-citoyens/schemas/document-input.js';
import type { QuestionnaireInput } from '@conseils-citoyens/schemas';
import '@conseils-citoyens/questionnaire/cc-questionnaire-editor.js';
import controls from './controls.json';

/**
 * `<cc-questionnaire-editor>` est la page où un territoire écrit son questionnaire : pages et questions ajoutées,
 * modifiées, dupliquées, déplacées (boutons), supprimées avec « Annuler » ; conditions écrites comme des phrases ;
 * problèmes nommés là où ils sont ; enregistrement automatique d'une version brouillon, gardée d'abord sur l'appareil ;
 * publication d'une version qui ne change plus ; aperçu du vrai questionnaire. Dans la version d'un territoire, les
 * questions communes gardent leur type et leurs réponses possibles.
 */
interface EditorArgs {
  headingLevel: number;
}

const meta: Meta<EditorArgs> = {
  title: 'Composants/cc-questionnaire-editor',
  component: 'cc-questionnaire-editor',
  args: { headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  parameters: { controls: { include: Object.keys(controls.samples) } },
};
export default meta;
type Story = StoryObj<EditorArgs>;

const FORK = trainingNeeds({
  id: 'besoins-valenciennes',
  title: 'Besoins de formation — Valenciennes Métropole',
  territory: 'Valenciennes Métropole',
  basedOn: { id: 'besoins-formation', version: 2 },
  status: 'draft',
  versionStatus: 'draft',
  version: 1,
});

const editor = (
  locale: string,
  id: string,
  a: EditorArgs,
  api = createMemoryApi({ now: () => FIXED_NOW, questionnaires: [trainingNeeds(), FORK] }),
) => html`
  <cc-provider locale=${locale} .api=${api}>
    <cc-questionnaire-editor questionnaire-id=${id} heading-level=${a.headingLevel}></cc-questionnaire-editor>
  </cc-provider>`;

export const QuestionnaireCommun: Story = {
  name: 'Le questionnaire commun',
  render: (args, { globals }) => editor(globals.locale as string, 'besoins-formation', args),
};

export const VersionDuTerritoire: Story = {
  name: 'La version d’un territoire (questions communes verrouillées)',
  render: (args, { globals }) => editor(globals.locale as string, 'besoins-valenciennes', args),
};

/** Someone else saved a version while this one was being written: both are shown, nothing lost. */
export const Conflit: Story = {
  name: 'Conflit : deux versions à départager',
  render: (args, { globals }) => {
    const api = createMemoryApi({ now: () => FIXED_NOW, questionnaires: [trainingNeeds()] });
    // This device kept a change made on version 2; version 3 was saved meanwhile by someone else.
    const mine = documentInput(trainingNeeds()) as QuestionnaireInput;
    mine.title = 'Besoins de formation 2027 (ma version)';
    localStorage.setItem(
      'cc-draft:doc:questionnaires/besoins-formation',
      JSON.stringify({ savedAt: Date.now(), values: { base: '2', data: JSON.stringify(mine) } }),
    );
    const theirs = { ...mine, title: 'Besoins de formation 2027 (leur version)' };
    void api.saveDocument('questionnaires', 'besoins-formation', theirs, { ifMatch: 2 });
    return editor(globals.locale as string, 'besoins-formation', args, api);
  },
};

/** A question left without its label: named in the list of problems and next to it; kept on this device only. */
export const AVerifier: Story = {
  name: 'Un libellé vide : à corriger avant de publier',
  render: (args, { globals }) => {
    const q = trainingNeeds();
    const college = q.pages[0]!.items.find((i) => i.id === 'college') as { label: string };
    college.label = ' ';
    return editor(
      globals.locale as string,
      'besoins-formation',
      args,
      createMemoryApi({ now: () => FIXED_NOW, questionnaires: [q] }),
    );
  },
};
