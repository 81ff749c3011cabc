import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import type { Locale } from '@conseils-citoyens/schemas';
import { ApiError } from '../api/errors.js';
import { translations } from '../i18n/translations.js';

export interface AsyncViewOptions<T> {
  locale: Locale;
  complete: (value: T) => TemplateResult | typeof nothing;
  /** True when the loaded value has nothing to show. */
  isEmpty?: (value: T) => boolean;
  empty?: () => TemplateResult;
}

/**
 * Renders a `@lit/task` in its four states — loading, error with a retry, empty, complete —
 * so every component says the same things the same way.
 */
export function renderAsync<T>(task: Task<readonly unknown[], T>, o: AsyncViewOptions<T>): TemplateResult | typeof nothing {
  const t = translations[o.locale];
  switch (task.status) {
    case TaskStatus.INITIAL:
    case TaskStatus.PENDING:
      return html`<p part="status" class="cc-status" role="status">${t.loading}</p>`;
    case TaskStatus.ERROR:
      return renderApiError(task.error, o.locale, () => void task.run());
    case TaskStatus.COMPLETE: {
      const value = task.value as T;
      if (o.isEmpty?.(value)) return o.empty?.() ?? html`<p part="empty" class="cc-status">${t.empty}</p>`;
      return o.complete(value);
    }
  }
}

/** An API failure in words, with a retry button: the same block in every component. */
export function renderApiError(error: unknown, locale: Locale, retry: () => void): TemplateResult {
  const t = translations[locale];
  const message = error instanceof ApiError ? error.messageFor(locale) : t.errors.server;
  return html`<div part="error" class="cc-error" role="alert">
    <p>${message}</p>
    <button part="retry" class="cc-button" data-variant="secondary" type="button" @click=${retry}>${t.retry}</button>
  </div>`;
}
