import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryApi, charteMoulins } from '@conseils-citoyens/core/testing.js';
import { CHARTE_LIBRARY, assembleCharte } from '@conseils-citoyens/schemas';
import '@conseils-citoyens/core/cc-provider.js';
import '@conseils-citoyens/charte/cc-charte.js';
import controls from './controls.json';

/**
 * `<cc-charte>` montre sur le site de la commune la charte qu'un conseil citoyen a adoptée : qui l'a adoptée, quand
 * et comment, un sommaire, les articles numérotés — ceux qui reprennent la loi avec leur source, ceux que le conseil a
 * écrits marqués comme tels — et « Imprimer la charte ». Le texte est celui de la version adoptée, gardé avec elle.
 */
interface CharteArgs {
  charteId: string;
  headingLevel: number;
  width: string;
}

/** A charte locale de la participation for Valenciennes, adopted by consensus. */
function charteLocale() {
  const input = {
    title: 'Charte locale de la participation de Valenciennes',
    kind: 'charte_locale_participation' as const,
    status: 'adopted' as const,
    answers: {
      commune: 'Valenciennes',
      instances:
        'Conseil citoyen de Dutemple\nConseil citoyen de Chasse Royale\nTable de quartier du centre',
      local: 'à la maison de la participation',
      delai_reponse: 60,
    },
    adoption: {
      date: '2026-06-12',
      body: 'Conseil municipal de Valenciennes',
      vote: { consensus: true as const },
      signatories: ['La maire de Valenciennes'],
    },
  };
  return charteMoulins({
    ...input,
    id: 'charte-locale-valenciennes',
    own: [],
    adoptedText: { sections: assembleCharte(CHARTE_LIBRARY, input).sections },
  });
}

const meta: Meta<CharteArgs> = {
  title: 'Composants/cc-charte',
  component: 'cc-charte',
  args: { charteId: 'charte-moulins', headingLevel: 2, width: '48rem' },
  argTypes: {
    charteId: { control: 'select', options: ['charte-moulins', 'charte-locale-valenciennes'] },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
    width: { control: 'select', options: ['48rem', '20rem'] },
  },
  parameters: { controls: { include: Object.keys(controls.samples) } },
  render: (a, { globals }) => {
    const api = createMemoryApi({ chartes: [charteMoulins(), charteLocale()] });
    return html`<div style="max-width:${a.width}"><cc-provider locale=${globals.locale as string} .api=${api}>
      <cc-charte charte-id=${a.charteId} heading-level=${a.headingLevel}></cc-charte></cc-provider></div>`;
  },
};
export default meta;
type Story = StoryObj<CharteArgs>;

export const CharteAdoptee: Story = { name: 'Charte de fonctionnement adoptée (Moulins)' };
export const CharteLocale: Story = {
  name: 'Charte locale de la participation (trois instances)',
  args: { charteId: 'charte-locale-valenciennes' },
};
export const Telephone: Story = { name: 'Sur un téléphone', args: { width: '20rem' } };
