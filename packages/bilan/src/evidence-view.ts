// An item's evidence: links and files, behind a disclosure button (APG) so that hundreds of items do not draw hundreds
// of file pickers; a file is checked here first (size, type: the server's words), sent with a progress bar, and a
// failure keeps the chosen file for « Réessayer » (the notes are saved apart: nothing typed is lost).
import { html, nothing, type TemplateResult } from 'lit';
import { EVIDENCE_TYPES } from '@conseils-citoyens/schemas/evidence-constants.js';
import type { Evidence, Locale } from '@conseils-citoyens/schemas';
import type { BilanStrings } from './translations/fr.js';

/** A file on its way to the server: how far (0 to 1), or why it failed and whether sending it again may help. */
export interface Upload {
  file: File;
  progress: number;
  error?: string;
  retryable?: boolean;
}

export interface EvidenceViewContext {
  id: string;
  t: BilanStrings;
  locale: Locale;
  readonly: boolean;
  evidence: readonly Evidence[];
  upload: Upload | undefined;
  open: boolean;
  toggle(): void;
  attach(file: File): void;
  retry(): void;
  download(file: Extract<Evidence, { kind: 'file' }>): void;
  remove(index: number): void;
}

const ACCEPT = Object.keys(EVIDENCE_TYPES).join(',');
const sizeOf = (bytes: number, locale: Locale) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} ${locale === 'en' ? 'KB' : 'ko'}`
    : `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} ${locale === 'en' ? 'MB' : 'Mo'}`;

function renderUpload(c: EvidenceViewContext, up: Upload): TemplateResult {
  const t = c.t;
  if (up.error)
    return html`<div id="file-error-${c.id}" class="cc-error" part="error"><p>${up.error}</p>
      ${
        up.retryable
          ? html`<button type="button" class="cc-button" data-variant="secondary" data-retry-upload @click=${() => c.retry()}>${t.evidence.retry(up.file.name)}</button>`
          : nothing
      }</div>`;
  const percent = Math.round(up.progress * 100);
  return html`<p class="upload"><label for="progress-${c.id}">${t.evidence.sending(up.file.name)}</label>
    <progress id="progress-${c.id}" max="100" value=${percent}>${percent} %</progress></p>`;
}

export function renderEvidence(c: EvidenceViewContext): TemplateResult | typeof nothing {
  const t = c.t;
  const count = c.evidence.length;
  if (c.readonly && !count) return nothing; // nothing to show, nothing to attach: no button that opens on nothing
  const open = c.open || count > 0 || !!c.upload;
  return html`<div class="evidence">
    ${
      count
        ? html`<p class="action-title">${t.evidence.title}</p>`
        : html`<button type="button" class="disclosure" aria-expanded=${open ? 'true' : 'false'}
            aria-controls="evidence-${c.id}" @click=${() => c.toggle()}>${t.evidence.title}</button>`
    }
    ${
      open
        ? html`<div id="evidence-${c.id}" class="evidence-fields">
      ${
        count
          ? html`<ul class="evidence-list">${c.evidence.map(
              (ev, i) => html`<li>${
                ev.kind === 'file'
                  ? html`<button type="button" class="link-button" data-download=${ev.fileId} @click=${() => c.download(ev)}>${ev.name}</button>
                    <span class="cc-muted">(${EVIDENCE_TYPES[ev.type as keyof typeof EVIDENCE_TYPES] ?? ev.type}, ${sizeOf(ev.size, c.locale)})</span>`
                  : html`<a class="cc-link" href=${ev.url} rel="noopener">${ev.title}</a>`
              }
              ${
                c.readonly
                  ? nothing
                  : html` <button type="button" class="cc-button" data-variant="secondary" data-remove-evidence=${i}
                      @click=${() => c.remove(i)}>${t.evidence.remove}<span class="visually-hidden"> ${ev.kind === 'file' ? ev.name : ev.title}</span></button>`
              }</li>`,
            )}</ul>`
          : nothing
      }
      ${
        c.readonly
          ? nothing
          : html`<label for="file-${c.id}">${t.evidence.attach}</label>
        <p id="file-hint-${c.id}" class="cc-muted">${t.evidence.hint}</p>
        <input type="file" id="file-${c.id}" accept=${ACCEPT}
          aria-describedby=${c.upload?.error ? `file-hint-${c.id} file-error-${c.id}` : `file-hint-${c.id}`}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = ''; // the same file may be chosen again
            if (file) c.attach(file);
          }}>`
      }
      ${c.upload ? renderUpload(c, c.upload) : nothing}
    </div>`
        : nothing
    }
  </div>`;
}
