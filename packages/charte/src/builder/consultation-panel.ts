// The builder's side of a consultation: « Consulter les membres… » submits the saved version until a date and shows,
// once, the link to send; then where it stands, « Clore la consultation », and the members' comments by article, each
// article a link back to where it is written.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Consultation, DocumentComment, Locale } from '@conseils-citoyens/schemas';
import type { CcApi } from '@conseils-citoyens/core/api/api.js';
import { renderApiError } from '@conseils-citoyens/core/api/api-error-view.js';
import { editLinkFromFragment, editLinkUrl } from '@conseils-citoyens/core/api/edit-link.js';
import { staffApi } from '@conseils-citoyens/core/api/staff-client.js';
import { ModalDialogController } from '@conseils-citoyens/core/dialog/modal-dialog.js';
import { fieldId, renderSubmit, renderTextField } from '@conseils-citoyens/core/form/fields.js';
import type { FormStrings } from '@conseils-citoyens/core/form/form-strings.js';
import { heading } from '@conseils-citoyens/core/heading.js';
import { formatDate } from '@conseils-citoyens/core/i18n/locale.js';
import { commentsByArticle, renderCommentList } from '../consultation/comment-list.js';
import type { ConsultationStrings } from '../translations/consultation-fr.js';

type Host = HTMLElement & ReactiveControllerHost;

export interface ConsultationPanelOptions {
  id(): string | undefined;
  client(): CcApi | undefined;
  locale(): Locale;
  t(): ConsultationStrings;
  common(): FormStrings;
  headingLevel(): number;
  /** The page members open (it holds <cc-charte-consultation>); the link's secret goes in its fragment. */
  page(): string;
  /** The version the builder shows, as the dialog names it. */
  shownVersion(): number;
  /** Saves what is still waiting, and gives the version now saved (the one submitted). */
  settle(): Promise<number | undefined>;
  /** Shows an article where it is written (its step), focused. */
  goTo(article: string, step: string): void;
  announce(message: string): void;
}

const DAY = 86_400_000;
/** `YYYY-MM-DD`, `days` from today, in the person's own time zone. */
const dateIn = (days: number) => {
  const d = new Date(Date.now() + days * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The builder calls it (`load`, `render…`); as a controller it only watches the tab: back on it while a consultation
 * is open, the comments written meanwhile are read again, and a change in their number is said.
 */
export class ConsultationPanel {
  /** null: never consulted; undefined: not read yet. */
  consultation?: Consultation | null;
  private comments: DocumentComment[] = [];
  private articles = new Map<string, { number: number; title: string; step: string }>();
  /** The version `articles` were read from. */
  private articlesOf?: number;
  /** The link of the consultation just opened: shown this once. */
  private link?: string;
  private form?: { closesAt: string; message: string };
  private errors = new Map<string, string>();
  private error?: unknown;
  private busy = false;
  private readonly modal: ModalDialogController;

  constructor(
    private readonly host: Host,
    private readonly options: ConsultationPanelOptions,
  ) {
    host.addController({
      hostConnected: () => document.addEventListener('visibilitychange', this.onVisible),
      hostDisconnected: () => document.removeEventListener('visibilitychange', this.onVisible),
    });
    this.modal = new ModalDialogController(host, {
      titleId: 'consultation-dialog-title',
      onClose: () => {
        this.form = undefined;
        this.host.requestUpdate();
      },
    });
  }

  private get api() {
    const client = this.options.client();
    return client ? staffApi(client) : undefined;
  }

  private linkOption(): { editLink?: string } {
    const editLink = editLinkFromFragment();
    return editLink ? { editLink } : {};
  }

  /** Reads the latest consultation, its version's articles and its comments. */
  async load(): Promise<void> {
    const api = this.api;
    const id = this.options.id();
    if (!api || !id) return;
    try {
      const c = await api.getConsultation(id, this.linkOption());
      if (!c) {
        this.consultation = null; // never consulted: the usual case
        return this.host.requestUpdate();
      }
      // The version's articles name the comments; read once per version, the comments at each call.
      const [text, comments] = await Promise.all([
        this.articlesOf === c.version
          ? undefined
          : api.getCharteText(id, c.version, this.linkOption()),
        api.listComments(id, c.version, this.linkOption()),
      ]);
      this.consultation = c;
      this.comments = comments.items;
      if (text) {
        this.articlesOf = c.version;
        this.articles = new Map(
          text.sections
            .flatMap((s) => s.articles)
            .map((a) => [a.id, { number: a.number, title: a.title, step: a.step ?? 'articles' }]),
        );
      }
    } catch {
      // A failure leaves the builder usable without the panel.
      this.consultation = undefined;
    }
    this.host.requestUpdate();
  }

  openDialog(opener: HTMLElement): void {
    this.form = { closesAt: dateIn(21), message: '' };
    this.errors = new Map();
    this.error = undefined;
    this.host.requestUpdate();
    void this.modal.open(opener);
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const form = this.form;
    const api = this.api;
    const id = this.options.id();
    if (!form || !api || !id || this.busy) return;
    const t = this.options.t();
    this.errors = new Map();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.closesAt) || form.closesAt < dateIn(1))
      this.errors.set('consultation-closes', t.badClosesAt);
    if (this.errors.size) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.shadowRoot
        ?.querySelector<HTMLElement>(`#${fieldId('consultation-closes')}`)
        ?.focus();
      return;
    }
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const version = await this.options.settle();
      const opened = await api.openConsultation(
        id,
        {
          // The end of the chosen day, where the person is.
          closesAt: new Date(`${form.closesAt}T23:59:59`).toISOString(),
          ...(form.message.trim() ? { message: form.message.trim() } : {}),
        },
        { ifMatch: version ?? '*' },
      );
      const { link, ...consultation } = opened;
      this.link = editLinkUrl(this.options.page(), link.secret);
      this.consultation = consultation;
      this.modal.close({ returnFocus: false });
      this.options.announce(
        t.opened(formatDate(opened.closesAt, this.options.locale(), { dateStyle: 'long' })),
      );
      await this.load();
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>('#consultation-link')?.focus();
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private readonly onVisible = (): void => {
    if (document.visibilityState !== 'visible' || !this.consultation?.open) return;
    const before = this.comments.length;
    void this.load().then(() => {
      if (this.comments.length !== before)
        this.options.announce(this.options.t().count(this.comments.length));
    });
  };

  /** The members write while the builder stays open: read their comments again, and say how many. */
  private async refresh(): Promise<void> {
    await this.load();
    this.options.announce(this.options.t().count(this.comments.length));
  }

  private async close(): Promise<void> {
    const api = this.api;
    const id = this.options.id();
    if (!api || !id) return;
    try {
      this.consultation = await api.closeConsultation(id);
      this.link = undefined;
      this.options.announce(this.options.t().closed);
    } catch (error) {
      this.error = error;
    }
    this.host.requestUpdate();
  }

  private async copy(): Promise<void> {
    const input = this.host.shadowRoot?.querySelector<HTMLInputElement>('#consultation-link');
    if (!input) return;
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      this.options.announce(this.options.t().copied);
    } catch {
      // No clipboard (an insecure page, a refusal): the link is selected, ready for Ctrl+C.
    }
  }

  /** « Consulter les membres… »: for an organiser, on a draft. */
  renderButton(): TemplateResult | typeof nothing {
    if (editLinkFromFragment()) return nothing;
    return html`<button type="button" class="cc-button" data-variant="secondary" data-action="consult"
      @click=${(e: Event) => this.openDialog(e.currentTarget as HTMLElement)}>${this.options.t().open}</button>`;
  }

  /** Where the consultation stands and what the members said, grouped by article in the text's order. */
  render(): TemplateResult | typeof nothing {
    const c = this.consultation;
    if (!c) return nothing;
    const t = this.options.t();
    const locale = this.options.locale();
    const date = (iso: string) => formatDate(iso, locale, { dateStyle: 'long' });
    const level = this.options.headingLevel();
    const byArticle = commentsByArticle(this.comments);
    const ordered = [...this.articles.keys()].filter((a) => byArticle.has(a));
    const orphans = [...byArticle.keys()].filter((a) => !this.articles.has(a));
    return html`<section class="consultation-panel" part="consultation" aria-labelledby="consultation-title">
      ${heading(level, t.panelTitle, { id: 'consultation-title' })}
      <p>${c.open ? t.openUntil(c.version, date(c.closesAt)) : t.closedSince(c.version, date(c.closedAt ?? c.closesAt))} ${t.count(this.comments.length)}</p>
      ${
        this.link && c.open
          ? html`<div class="field link-field"><label for="consultation-link">${t.linkTitle}</label>
              <p class="hint cc-muted" id="consultation-link-hint">${t.linkHint}</p>
              <input id="consultation-link" readonly .value=${this.link} aria-describedby="consultation-link-hint">
              <button type="button" class="cc-button" data-variant="secondary" @click=${() => void this.copy()}>${t.copy}</button></div>`
          : nothing
      }
      ${
        c.open
          ? html`<p class="row-actions"><button type="button" class="cc-button" data-variant="secondary" data-action="refresh-comments"
                @click=${() => void this.refresh()}>${t.refresh}</button>
              ${
                editLinkFromFragment()
                  ? nothing
                  : html`<button type="button" class="cc-button" data-variant="secondary" data-action="close-consultation"
                      @click=${() => void this.close()}>${t.close}</button>`
              }</p>`
          : nothing
      }
      ${this.error && !this.form ? renderApiError(this.error, locale, () => void this.load()) : nothing}
      ${[...ordered, ...orphans].map((id) => {
        const a = this.articles.get(id);
        return html`<div class="article-comments">
          ${heading(Math.min(6, level + 1), a ? t.goTo(a.number, a.title) : `${t.removedArticle} (${id})`, { class: 'comments-heading' })}
          ${a ? html`<p><button type="button" class="cc-link" data-goto=${id} @click=${() => this.options.goTo(id, a.step)}>${t.goTo(a.number, a.title)}</button></p>` : nothing}
          ${renderCommentList(byArticle.get(id)!, t, locale)}
        </div>`;
      })}
    </section>`;
  }

  renderDialog(): TemplateResult | typeof nothing {
    const form = this.form;
    if (!form) return nothing;
    const t = this.options.t();
    const common = this.options.common();
    const err = this.errors.get('consultation-closes');
    return this.modal.render(
      html`${heading(this.options.headingLevel(), t.openTitle, { id: 'consultation-dialog-title', focusable: true })}
        <p>${t.openIntro(this.options.shownVersion())}</p>
        ${this.consultation?.open ? html`<p class="cc-alert" data-tone="warning">${t.replaces}</p>` : nothing}
        <form class="consultation-form" novalidate @submit=${(e: Event) => void this.submit(e)}
          @input=${(e: Event) => {
            // this.form, not the render's `form`: typing does not render again, so that one may be stale.
            const c = e.target as HTMLInputElement;
            if (this.form)
              this.form = {
                ...this.form,
                [c.name === 'consultation-closes' ? 'closesAt' : 'message']: c.value,
              };
          }}>
          ${renderTextField({ name: 'consultation-closes', label: t.closesAt, required: true, type: 'date', hint: t.closesAtHint, value: form.closesAt, min: dateIn(1), ...(err ? { error: err } : {}) }, common)}
          ${renderTextField({ name: 'consultation-message', label: t.message, required: false, hint: t.messageHint, value: form.message, rows: 3, maxlength: 1000 }, common)}
          ${this.error ? renderApiError(this.error, this.options.locale(), () => this.host.shadowRoot?.querySelector<HTMLFormElement>('form.consultation-form')?.requestSubmit()) : nothing}
          <div class="row-actions">
            ${renderSubmit(t.openConfirm, this.busy, t.opening)}
            <button type="button" class="cc-button" data-variant="secondary" @click=${() => this.modal.close()}>${t.cancel}</button>
          </div>
        </form>`,
      { part: 'consultation-dialog' },
    );
  }
}
