import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@conseils-citoyens/schemas';
import { ApiError } from './errors.js';
import { coreStrings } from '../i18n/translations.js';

/**
 * An API failure in words, with a retry button unless nothing but a new link can help (a withdrawn or expired
 * link): the same block in every component. `message` lets a component say it in its own context; a `retry` of
 * `null` says that the component knows trying again cannot help.
 */
export function renderApiError(
  error: unknown,
  locale: Locale,
  retry: (() => void) | null,
  message?: string,
): TemplateResult {
  const t = coreStrings.of(locale);
  const final = !retry || (error instanceof ApiError && error.final);
  const said = message ?? (error instanceof ApiError ? error.messageFor(locale) : t.errors.server);
  return html`<div part="error" class="cc-error" role="alert">
    <p>${said}</p>
    ${
      final
        ? nothing
        : html`<button part="retry" class="cc-button" data-variant="secondary" type="button" @click=${() => retry?.()}>${t.retry}</button>`
    }
  </div>`;
}
