import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryApi, type CcApi } from '@conseils-citoyens/core';
import { FIXED_NOW, demoSessions, manySessions } from '@conseils-citoyens/core/testing.js';
import '@conseils-citoyens/session-calendar/cc-session-calendar.js';

/**
 * `<cc-session-calendar>` montre les séances d'un mois — Masterclass citoyenne, rencontres de réseau — en grille
 * (motif « grille » de l'APG : flèches, Début/Fin, Page précédente/suivante) ou en liste groupée par jour
 * (par défaut sur mobile), avec filtres, détail dans une boîte de dialogue, « Ajouter à mon agenda » et « S'inscrire ».
 *
 * Intégration : `<cc-session-calendar id="agenda" town="Lille"></cc-session-calendar>` dans un `<cc-provider api-base="…">`.
 */
const meta: Meta = {
  title: 'Composants/cc-session-calendar',
  component: 'cc-session-calendar',
};
export default meta;
type Story = StoryObj;

const cancelled = {
  id: 'sante-dunkerque', kind: 'thematic' as const, title: 'Masterclass : la santé', theme: 'Santé', status: 'cancelled' as const,
  cancellationReason: 'Intervenante indisponible', speakers: [{ name: 'Dr Nadia Lefebvre', role: 'Médecin de santé publique' }],
  start: '2026-12-15T18:00:00+01:00', end: '2026-12-15T20:30:00+01:00',
  venue: { name: 'Maison de la vie associative', address: 'Rue du Jeu de Paume', town: 'Dunkerque' }, capacity: 20, waitingList: true,
};
/** December 2026 with one full session, one with a waiting list and one cancelled. */
function api(): CcApi {
  const a = createMemoryApi({ sessions: [...demoSessions(), cancelled], now: () => FIXED_NOW });
  void a.register('emploi-maubeuge', { firstName: 'A', lastName: 'B', email: 'a@example.org' });
  for (const n of [1, 2, 3]) void a.register('intro-valenciennes', { firstName: 'P', lastName: `${n}`, email: `p${n}@example.org` });
  return a;
}
const calendar = (locale: string, o: { api?: CcApi; view?: string; month?: string; town?: string; kind?: string } = {}) => html`
  <cc-provider locale=${locale} .api=${o.api ?? api()}>
    <cc-session-calendar view=${o.view ?? 'month'} month=${o.month ?? '2026-12'} town=${o.town ?? ''} kind=${o.kind ?? ''} .now=${FIXED_NOW}></cc-session-calendar>
  </cc-provider>`;

export const Grille: Story = { name: 'Grille du mois', render: (_a, { globals }) => calendar(globals.locale) };
export const Liste: Story = { name: 'Liste (par jour)', render: (_a, { globals }) => calendar(globals.locale, { view: 'list' }) };
export const Filtres: Story = { name: 'Filtre présélectionné (Lille)', render: (_a, { globals }) => calendar(globals.locale, { view: 'list', town: 'Lille' }) };
export const VideAvecFiltres: Story = {
  name: 'Vide à cause des filtres',
  render: (_a, { globals }) => calendar(globals.locale, { view: 'list', town: 'Maubeuge', kind: 'network_meeting' }),
};
export const MoisVide: Story = { name: 'Mois sans séance (avec la suivante)', render: (_a, { globals }) => calendar(globals.locale, { view: 'list', month: '2026-11' }) };
export const Chargement: Story = {
  name: 'Chargement',
  render: (_a, { globals }) => calendar(globals.locale, { view: 'list', api: { ...api(), listSessions: () => new Promise(() => undefined) } }),
};
export const Erreur: Story = {
  name: 'Erreur réseau (avec « Réessayer »)',
  render: (_a, { globals }) => {
    const failing = createMemoryApi({ sessions: demoSessions(), now: () => FIXED_NOW });
    failing.failNext('network', 1000);
    return calendar(globals.locale, { api: failing });
  },
};
export const MilleSeances: Story = {
  name: '1 000 séances dans le mois',
  render: (_a, { globals }) => calendar(globals.locale, { api: createMemoryApi({ sessions: manySessions(1000), now: () => FIXED_NOW }) }),
};
export const SansConfiguration: Story = {
  name: 'Sans configuration',
  render: (_a, { globals }) => html`<cc-session-calendar locale=${globals.locale}></cc-session-calendar>`,
};
