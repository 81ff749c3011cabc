import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { CcApi, CcAuth } from './api/api.js';
import { createApiClient } from './api/client.js';
import { ccConfigContext, type CcConfig } from './context.js';
import { DEFAULT_LOCALE, closestLang, toLocale } from './i18n/locale.js';
import { coreStrings } from './i18n/translations.js';
import { loadTables } from './i18n/locale-table.js';

/**
 * Gives the API client, the language and the options to every `cc-*` element inside it,
 * including elements added later.
 *
 * @summary Configuration partagée des éléments cc-*.
 * @tag cc-provider
 * @slot - Les éléments cc-* (et tout autre contenu de la page).
 */
export class CcProvider extends LitElement {
  static override styles = css`:host { display: contents; }`;

  /** Base URL of the v1 API, e.g. `https://ville.example/api/v1`. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /**
   * The organiser's credential, as a JS property only (an attribute would sit in the page's HTML): a bearer token
   * (`cc-server token create`), or a function returning the headers of the host site's own login. Residents never need it.
   */
  @property({ attribute: false }) auth?: CcAuth;
  /** `fr` (default) or `en`; otherwise the nearest `lang` attribute. */
  @property() locale?: string;
  /** Where drafts are kept: `session` (default, cleared when the tab closes) or `local` (24 h at most). */
  @property({ attribute: 'draft-storage' }) draftStorage: 'session' | 'local' = 'session';
  /** Per-attempt timeout of API calls, in milliseconds. */
  @property({ type: Number, attribute: 'timeout-ms' }) timeoutMs = 15_000;
  /** A backend given directly (e.g. `createMemoryApi()`); wins over `api-base`. */
  @property({ attribute: false }) api?: CcApi;

  private readonly provider = new ContextProvider(this, {
    context: ccConfigContext,
    initialValue: {},
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.size) return;
    this.provider.setValue(this.makeConfig(), true);
    // A configuration message is worded again once the English strings are here (the elements do not wait for them).
    void loadTables([coreStrings], this.resolvedLocale)?.then(() =>
      this.provider.setValue(this.makeConfig(), true),
    );
  }

  private get resolvedLocale() {
    return toLocale(this.locale) ?? closestLang(this) ?? DEFAULT_LOCALE;
  }

  private makeConfig(): CcConfig {
    const locale = this.resolvedLocale;
    const draftStorage = this.draftStorage === 'local' ? 'local' : 'session';
    if (this.api) return { api: this.api, locale, draftStorage };
    if (!this.apiBase?.trim()) return { locale, draftStorage };
    try {
      const url = new URL(this.apiBase, document.baseURI);
      if (!/^https?:$/.test(url.protocol)) throw new Error();
      return {
        api: createApiClient({
          baseUrl: url.href,
          auth: this.auth,
          locale,
          timeoutMs: this.timeoutMs,
        }),
        locale,
        draftStorage,
      };
    } catch {
      const error = coreStrings.of(locale).badApiBase(this.apiBase, '<cc-provider>');
      return { locale, draftStorage, error };
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}
