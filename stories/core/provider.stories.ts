import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryApi } from '@conseils-citoyens/core/testing.js';
import './demo-status.js';

/**
 * `<cc-provider>` donne à tous les éléments `cc-*` qu'il contient le client d'API, la langue et les options.
 * Un élément posé seul accepte aussi `api-base`. Sans configuration, l'élément l'explique dans la page.
 */
const meta: Meta = {
  title: 'Core/cc-provider',
  component: 'cc-provider',
  render: (_args, { globals }) => html`
    <cc-provider locale=${globals.locale} .api=${createMemoryApi()}>
      <cc-demo-status></cc-demo-status>
    </cc-provider>`,
};
export default meta;
type Story = StoryObj;

export const AvecFournisseur: Story = { name: 'Avec <cc-provider>' };

export const ElementSeulAvecApiBase: Story = {
  name: 'Élément seul avec api-base',
  render: (_args, { globals }) =>
    html`<cc-demo-status locale=${globals.locale} api-base="/api/v1"></cc-demo-status>`,
};

export const SansConfiguration: Story = {
  name: 'Sans configuration (message explicite)',
  render: (_args, { globals }) => html`<cc-demo-status locale=${globals.locale}></cc-demo-status>`,
};

export const ApiBaseInvalide: Story = {
  name: 'api-base invalide',
  render: (_args, { globals }) =>
    html`<cc-demo-status locale=${globals.locale} api-base="ftp://ville.example"></cc-demo-status>`,
};
