import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Locale } from '@conseils-citoyens/schemas';
import { ccConfigContext, type CcConfig } from './context.js';
import type { CcApi } from './api/api.js';
import { createApiClient } from './api/client.js';
import { CcEvent } from './events.js';
import { DEFAULT_LOCALE, closestLang, toLocale } from './i18n/locale.js';
import { coreStrings } from './i18n/translations.js';
import { loadTables, type LocaleTable } from './i18n/locale-table.js';
import { baseStyles } from './theme/base.styles.js';
import { ElementWidthController } from './layout/element-width.js';

/**
 * The base of every `cc-*` element: configuration from `<cc-provider>` or its own `api-base`,
 * the locale, a typed `emit()`, and an explicit message when it is not configured.
 */
export class CcElement extends LitElement {
  static override styles = [baseStyles];

  /** The string tables the element renders with: it waits for the English ones before rendering in English. */
  static strings: readonly LocaleTable<unknown>[] = [coreStrings];

  /** Base URL of the API when the element is used without `<cc-provider>`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Forces the language (`fr` or `en`); otherwise the provider's, else the nearest `lang`. */
  @property({ attribute: 'locale' }) localeOverride?: string;

  /** A backend given directly (e.g. the memory adapter in a story); wins over everything else. */
  @property({ attribute: false }) api?: CcApi;

  /** Level of the element's main heading (1–6, default 2); its inner headings follow. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The clock, fixed in stories and tests; the real time otherwise. */
  @property({ attribute: false }) now?: Date;

  @consume({ context: ccConfigContext, subscribe: true })
  @state()
  protected config?: CcConfig;

  @state() private ownClient?: CcApi;
  @state() private ownClientError?: string;

  /** Custom states (`:state(narrow)`) that styles, the host page and tests can read. */
  protected readonly internals = this.attachInternals();

  private readonly width = new ElementWidthController(this, {
    narrowBelowEm: 40,
    onChange: (narrow) => {
      if (narrow) this.internals.states.add('narrow');
      else this.internals.states.delete('narrow');
      this.requestUpdate();
    },
  });

  /** True when the element itself is narrower than 40 em (a phone, or a side column of a wide page). */
  get narrow(): boolean {
    return this.width.narrow;
  }

  /** The locale in force. */
  get locale(): Locale {
    return (
      toLocale(this.localeOverride) ?? this.config?.locale ?? closestLang(this) ?? DEFAULT_LOCALE
    );
  }

  /** Frameworks that set properties (React 19, Vue) set `locale` like the attribute; `undefined` inherits again. */
  set locale(value: string | undefined) {
    this.localeOverride = value;
  }

  /** The current time (see `now`). */
  protected get clock(): Date {
    return this.now ?? new Date();
  }

  /** The backend in force, or undefined when nothing is configured. */
  protected get client(): CcApi | undefined {
    return this.api ?? this.ownClient ?? this.config?.api;
  }

  /** Inside a `<cc-provider>` whose code has not arrived yet (the autoloader loads each element on its own). */
  protected get awaitingProvider(): boolean {
    return (
      !this.api &&
      !this.ownClient &&
      !this.config &&
      !!this.closest('cc-provider') &&
      !customElements.get('cc-provider')
    );
  }

  /** No render in English before the English strings are here (a French page never fetches them). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = (this.constructor as typeof CcElement).strings;
    const loading = loadTables(strings, this.locale);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Render again once the provider is defined: its configuration then reaches this element through the context.
    if (this.awaitingProvider)
      void customElements.whenDefined('cc-provider').then(() => this.requestUpdate());
  }

  /**
   * What to show instead of the element when it cannot work yet: a waiting state (holding the element's room) while
   * its provider loads, the configuration problem in words otherwise; undefined when it can work.
   */
  protected renderUnconfigured(): TemplateResult | undefined {
    if (this.awaitingProvider)
      return html`<div class="cc-waiting" part="waiting" aria-busy="true">
        <p class="cc-status">${coreStrings.of(this.locale).loading}</p>
      </div>`;
    const problem = this.configProblem;
    return problem ? this.renderConfigProblem(problem) : undefined;
  }

  /** Why the element cannot work, in words, or undefined when it can. */
  protected get configProblem(): string | undefined {
    const t = coreStrings.of(this.locale);
    const tag = this.localName;
    if (this.api) return undefined;
    if (this.ownClientError) return t.configInvalid(tag, this.ownClientError);
    if (this.ownClient) return undefined;
    if (this.config?.error) return t.configInvalid(tag, this.config.error);
    if (!this.config?.api) return t.configMissing(tag);
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase')) {
      const made = clientFor(this.apiBase, this.locale);
      this.ownClient = made.client;
      this.ownClientError = made.error;
    }
  }

  /** Fires a bubbling, composed, typed event; returns false when a listener vetoed it. */
  protected emit<K extends keyof HTMLElementEventMap>(
    type: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
    init: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(new CcEvent(type, detail, init));
  }

  /** The message shown in place of the element when it is not configured. */
  protected renderConfigProblem(problem: string): TemplateResult {
    return html`<p part="config-error" class="cc-config-error" role="alert">${problem}</p>`;
  }
}

/** An `api-base` attribute → a client, or the reason it cannot make one. */
export function clientFor(
  apiBase: string | undefined,
  locale: Locale,
): { client?: CcApi; error?: string } {
  if (apiBase === undefined || apiBase.trim() === '') return {};
  try {
    const url = new URL(apiBase, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(url.protocol);
    return { client: createApiClient({ baseUrl: url.href, locale }) };
  } catch {
    return { error: coreStrings.of(locale).badApiBase(apiBase) };
  }
}
