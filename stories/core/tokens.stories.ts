import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CONTRAST_PAIRS, TOKENS } from '@conseils-citoyens/core';

/**
 * Les jetons de thème publics `--cc-…`. Chaque élément lit ces variables avec une valeur par défaut :
 * il s'affiche correctement sans aucune feuille de style. Thème sombre : `@conseils-citoyens/core/themes/dark.css`.
 * Sites de l'État utilisant déjà le DSFR : `themes/dsfr.css` relie les jetons aux variables du DSFR.
 */
const meta: Meta = { title: 'Core/Jetons de thème' };
export default meta;

const swatch = (name: string) => html`<span aria-hidden="true"
  style="display:inline-block;width:2.5rem;height:1.5rem;border:1px solid #6b7280;border-radius:4px;background:var(--cc-${name}, ${TOKENS[name]!.light})"></span>`;

export const Couleurs: StoryObj = {
  render: () => html`
    <table style="border-collapse:collapse">
      <caption style="text-align:start;font-weight:bold;padding-block:0.5rem">Jetons de couleur (valeur claire / sombre)</caption>
      <thead><tr><th scope="col">Aperçu</th><th scope="col">Jeton</th><th scope="col">Clair</th><th scope="col">Sombre</th></tr></thead>
      <tbody>${Object.entries(TOKENS)
        .filter(([n]) => n.startsWith('color'))
        .map(
          ([name, t]) => html`
        <tr><td>${swatch(name)}</td><td><code>--cc-${name}</code></td><td><code>${t.light}</code></td><td><code>${t.dark}</code></td></tr>`,
        )}
      </tbody>
    </table>`,
};

export const PairesDeContraste: StoryObj = {
  name: 'Paires de contraste vérifiées',
  render: () =>
    html`<ul>${CONTRAST_PAIRS.map((p) => html`<li><code>--cc-${p.fg}</code> sur <code>--cc-${p.bg}</code> : au moins ${p.min}:1</li>`)}</ul>`,
};

export const Dimensions: StoryObj = {
  render: () =>
    html`<dl>${Object.entries(TOKENS)
      .filter(([n]) => !n.startsWith('color'))
      .map(
        ([name, t]) => html`
    <dt><code>--cc-${name}</code></dt><dd>${t.light}</dd>`,
      )}</dl>`,
};
