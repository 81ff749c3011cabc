import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  FIXED_NOW,
  charteDraft,
  charteMoulins,
  createMemoryApi,
  type MemoryApi,
} from '@conseils-citoyens/core/testing.js';
import { MOULINS_ANSWERS } from '@conseils-citoyens/schemas/examples/charte-moulins.js';
import '@conseils-citoyens/core/cc-provider.js';
import '@conseils-citoyens/charte/cc-charte-builder.js';
import controls from './controls.json';
import { pressing } from '../pressing.js';

/**
 * `<cc-charte-builder>` : un conseil citoyen écrit sa charte en répondant à des questions simples, étape par étape
 * (« Votre conseil », « Composition », « Fonctionnement »…), et voit à côté le document tel qu'il sera publié, chaque
 * article relié à l'étape qui l'a produit. Les articles qui reprennent la loi gardent leur texte et montrent leur
 * source ; les autres se réécrivent, les facultatifs se retirent, le conseil ajoute les siens. Tout est gardé sur
 * l'appareil puis enregistré comme brouillon ; « Adopter » enregistre la séance, le vote et les signataires avec la
 * version adoptée, qui ne change plus.
 */
interface BuilderArgs {
  charteId: string;
  headingLevel: number;
  width: string;
}

const demoApi = (): MemoryApi =>
  createMemoryApi({
    chartes: [
      charteDraft(),
      charteDraft({
        id: 'charte-complete',
        answers: { ...MOULINS_ANSWERS, commune: 'Maubeuge', quartier: 'Sous-le-Bois' },
      }),
      charteMoulins(),
      charteDraft({
        id: 'charte-locale-valenciennes',
        title: 'Charte locale de la participation de Valenciennes',
        kind: 'charte_locale_participation',
        answers: {
          commune: 'Valenciennes',
          instances:
            'Conseil citoyen de Dutemple\nConseil citoyen de Chasse Royale\nTable de quartier du centre',
        },
      }),
    ],
    now: () => FIXED_NOW,
  });

const meta: Meta<BuilderArgs> = {
  title: 'Composants/cc-charte-builder',
  component: 'cc-charte-builder',
  args: { charteId: 'charte-sous-le-bois', headingLevel: 2, width: '72rem' },
  argTypes: {
    charteId: {
      control: 'select',
      options: [
        'charte-sous-le-bois',
        'charte-complete',
        'charte-moulins',
        'charte-locale-valenciennes',
      ],
    },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
    width: { control: 'select', options: ['72rem', '20rem'] },
  },
  parameters: { controls: { include: Object.keys(controls.samples) } },
  render: (a, { globals }) =>
    html`<div style="max-width:${a.width}"><cc-provider locale=${globals.locale as string} .api=${demoApi()}>
      <cc-charte-builder charte-id=${a.charteId} heading-level=${a.headingLevel}></cc-charte-builder></cc-provider></div>`,
};
export default meta;
type Story = StoryObj<BuilderArgs>;

export const Brouillon: Story = { name: 'Une charte à écrire (premières réponses)' };
export const Complete: Story = {
  name: 'Toutes les réponses données : prête à adopter',
  args: { charteId: 'charte-complete' },
};
export const Adoptee: Story = {
  name: 'Charte adoptée (Moulins) : elle ne change plus',
  args: { charteId: 'charte-moulins' },
};
export const CharteLocale: Story = {
  name: 'Charte locale de la participation (Valenciennes)',
  args: { charteId: 'charte-locale-valenciennes' },
};
export const Telephone: Story = { name: 'Sur un téléphone', args: { width: '20rem' } };

/** Presses what `selectors` name in the builder, one after the other. */
const press = (...selectors: string[]) => pressing('cc-charte-builder', ...selectors);

/** The last step: every article, locked ones with their source, optional ones to leave out, the council's own. */
export const Articles: Story = {
  name: 'Étape « Articles » : relire, réécrire, retirer, ajouter, ordonner',
  play: press('[data-step="articles"]'),
};

/** A yes/no that brings a clause in (« suppléants »), a number checked against its bounds. */
export const Composition: Story = {
  name: 'Étape « Composition » : une réponse ajoute une clause',
  play: press('[data-step="composition"]', 'input[name="suppleants"][value="yes"]'),
};

/** A choice between variants of one clause (consensus, majority with quorum, consensus then majority). */
export const Decisions: Story = {
  name: 'Étape « Décisions » : une variante choisie',
  args: { charteId: 'charte-complete' },
  play: press('[data-step="decisions"]'),
};

/** The history of the Moulins charte and what changed between two versions, word by word. */
export const Historique: Story = {
  name: 'Historique et comparaison de deux versions',
  args: { charteId: 'charte-moulins' },
  play: press('[data-action="history"]', 'form.compare button[type="submit"]'),
};

/** The connection drops: every change waits on this device and says so, then goes out on « Réessayer ». */
export const HorsLigne: Story = {
  name: 'Hors ligne : les modifications attendent sur l’appareil',
  render: (a, { globals }) => {
    const api = demoApi();
    setTimeout(() => api.failNext('network', 1000), 300);
    return html`<div style="max-width:${a.width}"><cc-provider locale=${globals.locale as string} .api=${api}>
      <cc-charte-builder charte-id=${a.charteId}></cc-charte-builder></cc-provider></div>`;
  },
};
