import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { bilanMoulins, createMemoryApi } from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/core/cc-provider.js';
import '@conseils-citoyens/bilan/cc-bilan-report.js';
import controls from './controls.json';

/**
 * `<cc-bilan-report>` publie sur le site de la commune le « Rapport annuel de co-construction » : le bilan adopté par
 * le conseil citoyen et les institutions, rubrique par rubrique (état, niveau selon chacun, écart), les chiffres de
 * l'année tels qu'ils étaient à l'adoption, les actions de l'an dernier et celles de l'an prochain, « Imprimer ».
 */
interface ReportArgs {
  bilanId: string;
  headingLevel: number;
  width: string;
}

const meta: Meta<ReportArgs> = {
  title: 'Composants/cc-bilan-report',
  component: 'cc-bilan-report',
  args: { bilanId: 'bilan-moulins-2025', headingLevel: 2, width: '56rem' },
  argTypes: {
    bilanId: { control: 'select', options: ['bilan-moulins-2025', 'bilan-moulins-2026'] },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
    width: { control: 'select', options: ['56rem', '20rem'] },
  },
  parameters: { controls: { include: Object.keys(controls.samples) } },
  render: (a, { globals }) => {
    const api = createMemoryApi({ bilans: [bilanMoulins(2025), bilanMoulins(2026)] });
    return html`<div style="max-width:${a.width}"><cc-provider locale=${globals.locale as string} .api=${api}>
      <cc-bilan-report bilan-id=${a.bilanId} heading-level=${a.headingLevel}></cc-bilan-report></cc-provider></div>`;
  },
};
export default meta;
type Story = StoryObj<ReportArgs>;

export const Adopte: Story = { name: 'Rapport 2025 adopté (Moulins)' };
export const VersionDeTravail: Story = {
  name: 'Version de travail (2026, non adoptée)',
  args: { bilanId: 'bilan-moulins-2026' },
};
export const Telephone: Story = { name: 'Sur un téléphone', args: { width: '20rem' } };
