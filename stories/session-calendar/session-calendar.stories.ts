import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { SESSION_KINDS } from '@conseils-citoyens/schemas';
import { type CcApi } from '@conseils-citoyens/core';
import { createMemoryApi } from '@conseils-citoyens/core/testing.js';
import {
  FIXED_NOW,
  cancelledSession,
  demoSessions,
  manySessions,
} from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/session-calendar/cc-session-calendar.js';
import controls from './controls.json';

/**
 * `<cc-session-calendar>` montre les séances d'un mois — Masterclass citoyenne, rencontres de réseau — en grille
 * (motif « grille » de l'APG : flèches, Début/Fin, Page précédente/suivante) ou en agenda des séances à venir groupées
 * par jour (par défaut quand l'élément est étroit : téléphone, colonne latérale), avec filtres, détail dans une boîte de dialogue, « Ajouter à mon agenda » et « S'inscrire ».
 *
 * Intégration : `<cc-session-calendar id="agenda" town="Lille"></cc-session-calendar>` dans un `<cc-provider api-base="…">`.
 */
/** Each control of the panel, and a value that visibly changes the story (checked by the Storybook smoke test). */
const CONTROLS = Object.keys(controls.samples);

interface CalendarArgs {
  view: string;
  month: string;
  town: string;
  theme: string;
  kind: string;
  from: string;
  to: string;
  headingLevel: number;
}

const meta: Meta<CalendarArgs> = {
  title: 'Composants/cc-session-calendar',
  component: 'cc-session-calendar',
  args: {
    view: 'month',
    month: '2026-12',
    town: '',
    theme: '',
    kind: '',
    from: '',
    to: '',
    headingLevel: 2,
  },
  argTypes: {
    view: {
      control: 'inline-radio',
      options: ['month', 'list'],
      description: '`month` (grille) ou `list` (agenda des séances à venir)',
    },
    kind: { control: 'select', options: ['', ...SESSION_KINDS] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: { controls: { include: CONTROLS } },
  render: (args, { globals }) => calendar(globals.locale as string, args),
};
export default meta;
type Story = StoryObj<CalendarArgs>;

/** December 2026 with one full session, one with a waiting list and one cancelled. */
function api(): CcApi {
  const a = createMemoryApi({
    sessions: [...demoSessions(), cancelledSession],
    now: () => FIXED_NOW,
  });
  void a.register('emploi-maubeuge', { firstName: 'A', lastName: 'B', email: 'a@example.org' });
  for (const n of [1, 2, 3])
    void a.register('intro-valenciennes', {
      firstName: 'P',
      lastName: `${n}`,
      email: `p${n}@example.org`,
    });
  return a;
}
const calendar = (locale: string, a: CalendarArgs, source: CcApi = api()) => html`
  <cc-provider locale=${locale} .api=${source}>
    <cc-session-calendar view=${a.view || nothing} month=${a.month || nothing} town=${a.town || nothing} theme=${a.theme || nothing}
      kind=${a.kind || nothing} from=${a.from || nothing} to=${a.to || nothing} heading-level=${a.headingLevel} .now=${FIXED_NOW}></cc-session-calendar>
  </cc-provider>`;

export const Grille: Story = { name: 'Grille du mois' };
export const Liste: Story = { name: 'Agenda des séances à venir', args: { view: 'list' } };
export const Filtres: Story = {
  name: 'Filtre présélectionné (Lille)',
  args: { view: 'list', town: 'Lille' },
};
export const VideAvecFiltres: Story = {
  name: 'Vide à cause des filtres',
  args: { view: 'list', town: 'Maubeuge', kind: 'network_meeting' },
};
export const MoisVide: Story = {
  name: 'Mois sans séance (avec la suivante)',
  args: { month: '2026-11' },
};
export const Chargement: Story = {
  name: 'Chargement',
  args: { view: 'list' },
  render: (args, { globals }) =>
    calendar(globals.locale as string, args, {
      ...api(),
      listSessions: () => new Promise(() => undefined),
    }),
};
export const Erreur: Story = {
  name: 'Erreur réseau (avec « Réessayer »)',
  render: (args, { globals }) => {
    const failing = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
    failing.failNext('network', 1000);
    return calendar(globals.locale as string, args, failing);
  },
};
export const MilleSeances: Story = {
  name: '1 000 séances dans le mois',
  render: (args, { globals }) =>
    calendar(
      globals.locale as string,
      args,
      createMemoryApi({ sessions: manySessions(1000), now: () => FIXED_NOW }),
    ),
};
export const SansConfiguration: Story = {
  name: 'Sans configuration',
  parameters: { controls: { include: [] } },
  render: (_a, { globals }) =>
    html`<cc-session-calendar locale=${globals.locale as string}></cc-session-calendar>`,
};
