import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@conseils-citoyens/core/cc-provider.js';
import darkCss from '../packages/core/themes/dark.css?inline';
import dsfrCss from '../packages/core/themes/dsfr.css?inline';
import dsfrHostCss from '../stories/dsfr-host-stand-in.css?inline';
import { manifests } from './manifests.js';

// One manifest for every package: Storybook's ArgTypes and API tables come from the JSDoc.
setCustomElementsManifest({
  schemaVersion: '2.1.0',
  modules: manifests.flatMap((m) => m.modules ?? []),
});

/** Applies the chosen theme to the whole preview document. */
function applyScheme(scheme: string) {
  let style = document.getElementById('cc-theme') as HTMLStyleElement | null;
  if (!style) {
    style = document.createElement('style');
    style.id = 'cc-theme';
    document.head.append(style);
  }
  style.textContent = scheme === 'dsfr' ? `${dsfrHostCss}\n${dsfrCss}` : darkCss;
  document.documentElement.dataset.ccScheme = scheme === 'dark' ? 'dark' : 'light';
  document.body.style.background = scheme === 'dark' ? '#14171c' : '#ffffff';
  document.body.style.color = scheme === 'dark' ? '#e9ecf2' : '#1b1f27';
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    scheme: {
      description: 'Thème',
      toolbar: {
        title: 'Thème',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Par défaut (clair)' },
          { value: 'dark', title: 'Sombre' },
          { value: 'dsfr', title: 'Site État chargeant le DSFR' },
        ],
      },
    },
    locale: {
      description: 'Langue',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
      },
    },
  },
  initialGlobals: { scheme: 'light', locale: 'fr' },
  decorators: [
    (story, context) => {
      applyScheme(String(context.globals.scheme ?? 'light'));
      document.documentElement.lang = String(context.globals.locale ?? 'fr');
      return html`${story()}`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};
export default preview;
