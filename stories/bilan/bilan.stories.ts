import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  FIXED_NOW,
  bilanMoulins,
  charteMoulins,
  createMemoryApi,
  demoSessions,
  type MemoryApi,
} from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/core/cc-provider.js';
import '@conseils-citoyens/bilan/cc-bilan-checklist.js';
import controls from './controls.json';

/**
 * `<cc-bilan-checklist>` : le bilan de fin d'année de l'association du conseil citoyen, rempli ensemble en une soirée
 * par le chef de projet et le conseil. Les six rubriques de l'appel à expériences (seed 004), pour chaque point un
 * état et deux niveaux sur l'échelle d'association (le conseil, les institutions), les écarts dits en toutes lettres,
 * des notes et une action pour l'an prochain ; les indicateurs de l'année sont calculés, pas saisis. Chaque point est
 * enregistré seul, aussitôt : deux personnes peuvent remplir le même bilan côte à côte.
 */
interface BilanArgs {
  bilanId: string;
  headingLevel: number;
  width: string;
}

const demoApi = (): MemoryApi =>
  createMemoryApi({
    bilans: [bilanMoulins(2025), bilanMoulins(2026)],
    chartes: [charteMoulins()],
    sessions: demoSessions(),
    now: () => FIXED_NOW,
  });

const meta: Meta<BilanArgs> = {
  title: 'Composants/cc-bilan-checklist',
  component: 'cc-bilan-checklist',
  args: { bilanId: 'bilan-moulins-2026', headingLevel: 2, width: '56rem' },
  argTypes: {
    bilanId: { control: 'select', options: ['bilan-moulins-2026', 'bilan-moulins-2025'] },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
    width: { control: 'select', options: ['56rem', '20rem'] },
  },
  parameters: { controls: { include: Object.keys(controls.samples) } },
  render: (a, { globals }) =>
    html`<div style="max-width:${a.width}"><cc-provider locale=${globals.locale as string} .api=${demoApi()}>
      <cc-bilan-checklist bilan-id=${a.bilanId} heading-level=${a.headingLevel}></cc-bilan-checklist></cc-provider></div>`,
};
export default meta;
type Story = StoryObj<BilanArgs>;

export const EnCours: Story = { name: 'Bilan 2026 en cours (deux regards, écarts)' };
export const Adopte: Story = {
  name: 'Bilan 2025 adopté (lecture seule)',
  args: { bilanId: 'bilan-moulins-2025' },
};
export const Telephone: Story = { name: 'Sur un téléphone', args: { width: '20rem' } };

/** Two people fill the same bilan side by side: a level set on one side appears on the other's next save. */
export const DeuxPersonnes: Story = {
  name: 'Deux personnes sur le même bilan',
  render: (_a, { globals }) => {
    const api = demoApi();
    const one = (who: string) =>
      html`<div style="flex:1 1 24rem;min-width:0"><p><strong>${who}</strong></p>
        <cc-provider locale=${globals.locale as string} .api=${api}>
          <cc-bilan-checklist bilan-id="bilan-moulins-2026" heading-level="3"></cc-bilan-checklist>
        </cc-provider></div>`;
    return html`<div style="display:flex;flex-wrap:wrap;gap:2rem">${one('Cheffe de projet')}${one('Conseil citoyen')}</div>`;
  },
};

/** The connection drops: every change waits on this device and says so, then goes out on « Réessayer ». */
export const HorsLigne: Story = {
  name: 'Hors ligne : les modifications attendent sur l’appareil',
  render: (a, { globals }) => {
    const api = demoApi();
    setTimeout(() => api.failNext('network', 1000), 300);
    return html`<div style="max-width:${a.width}"><cc-provider locale=${globals.locale as string} .api=${api}>
      <cc-bilan-checklist bilan-id=${a.bilanId}></cc-bilan-checklist></cc-provider></div>`;
  },
};

/** An item's evidence: one file already attached, the picker opened (a file is checked, then sent with its progress). */
export const Pieces: Story = {
  name: 'Pièces justificatives d’un point',
  render: (a, { globals }) => {
    const api = demoApi();
    void api
      .uploadEvidence(
        'bilan-moulins-2026',
        new File(['%PDF-1.4'], 'compte-rendu-mars.pdf', { type: 'application/pdf' }),
      )
      .then((evidence) =>
        api.patchBilanItem(
          'bilan-moulins-2026',
          'dc-noyau',
          { evidence: [evidence] },
          { ifMatch: '*' },
        ),
      );
    return html`<div style="max-width:${a.width}"><cc-provider locale=${globals.locale as string} .api=${api}>
      <cc-bilan-checklist bilan-id=${a.bilanId} heading-level=${a.headingLevel}></cc-bilan-checklist></cc-provider></div>`;
  },
};
