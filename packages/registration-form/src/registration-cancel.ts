import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, asApiError } from '@conseils-citoyens/core/api/errors.js';
import { CcElement } from '@conseils-citoyens/core/base-element.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { uiStyles } from '@conseils-citoyens/core/theme/ui.styles.js';
import { styles } from './registration-form.styles.js';
import { cancelFr, type CancelStrings } from './translations/cancel-fr.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import './registration-form.events.js';

const STRINGS = new LocaleTable<CancelStrings>(cancelFr, () =>
  import('./translations/cancel-en.js').then((m) => m.cancelEn),
);
type Step =
  'ask' | 'confirm' | 'pending' | 'done' | 'kept' | 'failed' | 'offer' | 'accepting' | 'accepted';

/**
 * Cancels a registration from the personal link sent to the resident: one click, then a confirmation, so a seat is
 * never given up by mistake; the seat goes to the first person on the waiting list. From the link of an e-mail that
 * offers a freed seat (`confirm-token`), it asks first: « Je confirme ma place » or « Je ne viens pas ».
 *
 * @summary Annulation d'une inscription depuis le lien personnel, en deux clics.
 * @tag cc-registration-cancel
 *
 * @csspart heading - The heading.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 * @csspart config-error - The message shown when no API is configured.
 *
 * @event {CcRegistrationCancelEvent} cc-registration-cancel - The registration was cancelled.
 */
export class CcRegistrationCancel extends CcElement {
  static override styles = [...CcElement.styles, uiStyles, styles];
  static override strings = [...CcElement.strings, STRINGS];

  /** The registration's id (or `?cc-registration=` in the page address). */
  @property({ attribute: 'registration-id' }) registrationId?: string;
  /** The secret token from the confirmation link (or `?cc-cancel=`). */
  @property({ attribute: 'cancel-token' }) cancelToken?: string;
  /** The secret of the e-mail that offered a freed seat (or `?cc-confirm=`): confirms it, or declines it. */
  @property({ attribute: 'confirm-token' }) confirmToken?: string;

  @state() private step: Step = 'ask';
  @state() private error?: ApiError;
  @state() private announcement = '';

  private get t(): CancelStrings {
    return STRINGS.of(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const q = new URLSearchParams(window.location.search);
    this.registrationId ??= q.get('cc-registration') ?? undefined;
    this.cancelToken ??= q.get('cc-cancel') ?? undefined;
    this.confirmToken ??= q.get('cc-confirm') ?? undefined;
    if (this.confirmToken && !this.cancelToken) this.step = 'offer';
  }

  /** The secret this link carries: the confirmation's, or the offer's (which also declines the seat). */
  private get token(): string | undefined {
    return this.cancelToken ?? this.confirmToken;
  }

  private accept(): Promise<void> {
    const { client, registrationId: id, confirmToken } = this;
    if (this.step === 'accepting' || !client || !id || !confirmToken) return Promise.resolve();
    return this.act(['accepting', this.t.offerAccepting], ['accepted', this.t.offerAccepted], () =>
      client.confirmRegistration(id, confirmToken),
    );
  }

  private cancel(): Promise<void> {
    const { client, registrationId: id, token } = this;
    if (this.step === 'pending' || !client || !id || !token) return Promise.resolve();
    return this.act(['pending', this.t.cancelling], ['done', this.t.cancelDone], async () => {
      const registration = await client.cancelRegistration(id, token);
      this.emit('cc-registration-cancel', { registration });
    });
  }

  /** One call of the link (take the seat, or give it back): under way, then done or failed, announced and focused. */
  private async act(
    [busy, busyWords]: [Step, string],
    [done, doneWords]: [Step, string],
    call: () => Promise<unknown>,
  ): Promise<void> {
    this.step = busy;
    this.announcement = busyWords;
    try {
      await call();
      this.step = done;
      this.announcement = doneWords;
    } catch (err) {
      this.error = asApiError(err);
      this.step = 'failed';
      this.announcement = this.message(this.error);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus();
  }

  private message(error: ApiError): string {
    if (error.kind === 'not_found') return this.t.cancelInvalid;
    if (error.code === 'already_cancelled') return this.t.cancelAlready;
    return error.messageFor(this.locale);
  }

  private async goTo(step: Step): Promise<void> {
    this.step = step;
    if (step === 'kept') this.announcement = this.t.cancelKept;
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(step === 'confirm' ? '#cancel-confirm' : '#outcome')
      ?.focus();
  }

  private renderStep(): TemplateResult | typeof nothing {
    const t = this.t;
    switch (this.step) {
      case 'offer':
      case 'accepting':
        return html`<p>${t.offerIntro}</p>
          <p class="actions">
            <button type="button" class="cc-button" aria-disabled=${this.step === 'accepting' ? 'true' : 'false'} @click=${this.accept}>
              ${this.step === 'accepting' ? t.offerAccepting : t.offerAccept}</button>
            <button type="button" class="cc-button" data-variant="secondary" @click=${() => void this.goTo('confirm')}>${t.offerDecline}</button>
          </p>`;
      case 'accepted':
        return html`<p id="outcome" class="cc-alert" data-tone="success" tabindex="-1">${t.offerAccepted}</p>`;
      case 'ask':
      case 'kept':
        return html`${this.step === 'kept' ? html`<p id="outcome" class="cc-alert" data-tone="success" tabindex="-1">${t.cancelKept}</p>` : html`<p>${t.cancelIntro}</p>`}
          <p><button type="button" class="cc-button" @click=${() => void this.goTo('confirm')}>${t.cancelAsk}</button></p>`;
      case 'confirm':
      case 'pending':
        return html`<div id="cancel-confirm" class="cc-alert" data-tone="warning" tabindex="-1" role="group" aria-labelledby="cancel-question">
          <p id="cancel-question">${t.cancelConfirmQuestion}</p>
          <p class="actions">
            <button type="button" class="cc-button" aria-disabled=${this.step === 'pending' ? 'true' : 'false'} @click=${this.cancel}>
              ${this.step === 'pending' ? t.cancelling : t.cancelConfirm}</button>
            <button type="button" class="cc-button" data-variant="secondary" @click=${() => void this.goTo('kept')}>${t.cancelKeep}</button>
          </p>
        </div>`;
      case 'done':
        return html`<p id="outcome" class="cc-alert" data-tone="success" tabindex="-1">${t.cancelDone}</p>`;
      case 'failed':
        return this.error
          ? html`<div id="outcome" tabindex="-1">${
              this.error.retryable
                ? renderApiError(this.error, this.locale, () => void this.cancel())
                : html`<p class="cc-error" part="error">${this.message(this.error)}</p>`
            }</div>`
          : nothing;
    }
  }

  override render(): TemplateResult {
    const unconfigured = this.renderUnconfigured();
    if (unconfigured) return unconfigured;
    return html`<section class="form" aria-labelledby="heading">
      ${heading(this.headingLevel, this.confirmToken && !this.cancelToken ? this.t.offerTitle : this.t.cancelTitle, { id: 'heading', part: 'heading', class: 'heading', focusable: true })}
      ${this.registrationId && this.token ? this.renderStep() : html`<p class="cc-error" part="error">${this.t.cancelInvalid}</p>`}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }
}
