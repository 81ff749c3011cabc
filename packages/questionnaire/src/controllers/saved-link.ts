// « Enregistrer et reprendre plus tard », once saved: the personal resume link, shown, copied, and sent by e-mail to
// the address the resident gives. Loaded with the first save (most visits never save), words included.
import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { Locale } from '@conseils-citoyens/schemas';
import type { CcApi } from '@conseils-citoyens/core/api/api.js';
import { asApiError, type ApiError } from '@conseils-citoyens/core/api/errors.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { renderSubmit, renderTextField } from '@conseils-citoyens/core/form/fields.js';
import { formStrings } from '@conseils-citoyens/core/form/form-strings.js';
import { formatDate } from '@conseils-citoyens/core/i18n/locale.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import type { CcElement } from '@conseils-citoyens/core/base-element.js';
import { savedFr, type SavedStrings } from '../translations/saved-fr.js';

export const SAVED_STRINGS = new LocaleTable<SavedStrings>(savedFr, () =>
  import('../translations/saved-en.js').then((m) => m.savedEn),
);

export interface SavedLinkOptions {
  client: () => CcApi | undefined;
  locale: () => Locale;
  /** Says something to screen readers (the host's live region). */
  announce: (text: string) => void;
}

export class SavedLink implements ReactiveController {
  url = '';
  expiresAt = '';
  private token = '';
  private mail: { sending?: boolean; sentTo?: string; fieldError?: string; error?: ApiError } = {};

  constructor(
    private readonly host: CcElement,
    private readonly o: SavedLinkOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get t(): SavedStrings {
    return SAVED_STRINGS.of(this.o.locale());
  }

  /** The link of a save (the same one again on a later save); its words in the page's language first. */
  async show(url: string, expiresAt: string, token: string): Promise<void> {
    await SAVED_STRINGS.load(this.o.locale());
    Object.assign(this, { url, expiresAt, token });
    this.host.requestUpdate();
  }

  private get root(): ParentNode {
    return this.host.renderRoot;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.url);
      this.o.announce(this.t.copied);
    } catch {
      // No clipboard (permissions, insecure page): the link is selected for the resident to copy.
      this.root.querySelector<HTMLInputElement>('#resume-url')?.select();
    }
  }

  private async send(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem(
      'resume-email',
    ) as HTMLInputElement;
    const email = input.value.trim();
    const client = this.o.client();
    if (!client || this.mail.sending) return;
    const update = async (mail: typeof this.mail, focus = false) => {
      this.mail = mail;
      this.host.requestUpdate();
      await this.host.updateComplete;
      if (focus) input.focus();
    };
    if (!email || !input.checkValidity()) return update({ fieldError: this.t.mailInvalid }, true);
    await update({ sending: true });
    try {
      await client.mailResumeLink(this.token, { email, resumeUrl: this.url });
      this.o.announce(this.t.mailSent(email));
      await update({ sentTo: email });
    } catch (error) {
      const failure = asApiError(error);
      const fieldError =
        failure.kind === 'validation' ? failure.fieldErrors[0]?.message : undefined;
      await update(fieldError ? { fieldError } : { error: failure }, !!fieldError);
    }
  }

  render(): TemplateResult {
    const t = this.t;
    const locale = this.o.locale();
    return html`<div id="saved" class="cc-alert saved" data-tone="success" part="saved" tabindex="-1" aria-labelledby="saved-title">
      <p id="saved-title"><strong>${t.savedTitle}</strong></p>
      <p>${t.savedText(formatDate(this.expiresAt, locale, { dateStyle: 'long' }))}</p>
      <label for="resume-url">${t.resumeLink}</label>
      <div class="copy"><input id="resume-url" readonly .value=${this.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}>
        <button type="button" class="cc-button" @click=${() => void this.copy()}>${t.copy}</button></div>
      ${this.renderMail(locale)}
    </div>`;
  }

  private renderMail(locale: Locale): TemplateResult {
    const t = this.t;
    const m = this.mail;
    if (m.sentTo) return html`<p class="cc-status">${t.mailSent(m.sentTo)}</p>`;
    return html`<form class="link-mail" novalidate @submit=${(e: SubmitEvent) => void this.send(e)}>
      ${renderTextField(
        {
          name: 'resume-email',
          label: t.mailLabel,
          hint: t.mailHint,
          type: 'email',
          autocomplete: 'email',
          spellcheck: false,
          value: '',
          required: false,
          ...(m.fieldError ? { error: m.fieldError } : {}),
        },
        formStrings.of(locale),
      )}
      ${renderSubmit(t.mailSend, !!m.sending, t.mailSending)}
      ${m.error ? renderApiError(m.error, locale, () => this.root.querySelector<HTMLFormElement>('.link-mail')?.requestSubmit()) : ''}
    </form>`;
  }
}
