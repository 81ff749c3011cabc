import { html, type TemplateResult } from 'lit';
import type { Locale } from '@conseils-citoyens/schemas';
import { ApiError } from './errors.js';
import { coreStrings } from '../i18n/translations.js';

/** An API failure in words, with a retry button: the same block in every component. */
export function renderApiError(error: unknown, locale: Locale, retry: () => void): TemplateResult {
  const t = coreStrings.of(locale);
  const message = error instanceof ApiError ? error.messageFor(locale) : t.errors.server;
  return html`<div part="error" class="cc-error" role="alert">
    <p>${message}</p>
    <button part="retry" class="cc-button" data-variant="secondary" type="button" @click=${retry}>${t.retry}</button>
  </div>`;
}
