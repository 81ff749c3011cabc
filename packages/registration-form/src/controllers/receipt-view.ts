// What a registered resident keeps: the session, « Ajouter à mon agenda », their personal cancellation link and
// « Inscrire une autre personne ». Fetched when « S'inscrire » is pressed, while the request travels: a visitor who
// only reads the session never downloads it. The outcome's title and first words stay in the element, so they show
// even if this module cannot be fetched.
import { html, nothing } from 'lit';
import type { Locale, RegistrationReceipt, Session } from '@conseils-citoyens/schemas';
import type { CcApi } from '@conseils-citoyens/core/api/api.js';
import { LocaleTable } from '@conseils-citoyens/core/i18n/locale-table.js';
import { renderAddToCalendar } from '@conseils-citoyens/core/session/ics.js';
import { renderSessionFacts } from '@conseils-citoyens/core/session/session-facts.js';
import { receiptFr, type ReceiptStrings } from '../translations/receipt-fr.js';

export const tables = [
  new LocaleTable<ReceiptStrings>(receiptFr, () =>
    import('../translations/receipt-en.js').then((m) => m.receiptEn),
  ),
];

/** The personal cancellation link: the form's page (or `cancel-href`) with the registration and its token. */
export function cancelUrl(receipt: RegistrationReceipt, page: string): string {
  const url = new URL(page, document.baseURI);
  url.searchParams.delete('cc-session');
  url.searchParams.set('cc-registration', receipt.id);
  url.searchParams.set('cc-cancel', receipt.cancellationToken);
  return url.href;
}

export function renderReceipt(view: {
  receipt: RegistrationReceipt;
  session: Session | undefined;
  api: CcApi | undefined;
  locale: Locale;
  /** The page the cancellation link leads to. */
  page: string;
  startOver: () => void;
}) {
  const { session: s, locale } = view;
  const t = tables[0]!.of(locale);
  return html`${s ? renderSessionFacts(s, locale) : nothing}
    <p class="actions">
      ${s ? renderAddToCalendar(view.api, s, locale) : nothing}
      <a class="cc-link" href=${cancelUrl(view.receipt, view.page)}>${t.cancelLink}</a>
    </p>
    <p class="cc-muted">${t.cancelLinkHint}</p>
    <p><button type="button" class="cc-button" data-variant="secondary" @click=${view.startOver}>${t.newRegistration}</button></p>`;
}
