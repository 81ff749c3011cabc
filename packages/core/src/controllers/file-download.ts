import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '@conseils-citoyens/schemas';
import type { CcApi, DocumentFileFormat, DownloadedFile } from '../api/api.js';
import { renderApiError } from '../api/api-error-view.js';
import { staffApi } from '../api/staff-client.js';
import { saveFile } from '../dom/save-file.js';

export interface FileDownloadOptions {
  client: () => CcApi | undefined;
  kind: 'chartes' | 'bilans';
  id: () => string | undefined;
  /** The version to write, asked at the moment of the download (after saving what is still waiting, say). */
  version: () => Promise<number | undefined>;
  editLink?: () => string | undefined;
  onDownloaded?: (file: DownloadedFile, format: DocumentFileFormat, version: number) => void;
}

export interface FileDownloadWords {
  /** « Télécharger la version enregistrée ». */
  label: string;
  /** The formats offered, in order, with their words (« ODT (LibreOffice) »). */
  formats: Partial<Record<DocumentFileFormat, string>>;
  busy: string;
  done: (filename: string) => string;
  /** What the reader should know before downloading (« 3 variables à compléter : le fichier les montre entre crochets »). */
  note?: string;
}

type State =
  | { state: 'busy'; format: DocumentFileFormat }
  | { state: 'done'; filename: string }
  | { state: 'failed'; format: DocumentFileFormat; error: unknown };

/**
 * Files of a draft for its authors: a draft is not public, so the file is fetched through the API (the organiser's
 * token or the edit link in a header, never in a link that could be shared or logged), then handed to the browser's
 * downloads. Offered only where the backend writes files (`documentFileUrl`). A failure is said, with « Réessayer ».
 */
export class FileDownloadController {
  private current?: State;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FileDownloadOptions,
  ) {}

  async download(format: DocumentFileFormat): Promise<void> {
    const { client, id } = { client: this.options.client(), id: this.options.id() };
    if (!client || !id || this.current?.state === 'busy') return;
    this.set({ state: 'busy', format });
    try {
      const version = await this.options.version();
      if (!version) return this.set(undefined);
      const editLink = this.options.editLink?.();
      const file = await staffApi(client).downloadDocumentFile(
        this.options.kind,
        id,
        version,
        format,
        editLink ? { editLink } : {},
      );
      saveFile(file);
      this.set({ state: 'done', filename: file.filename });
      this.options.onDownloaded?.(file, format, version);
    } catch (error) {
      this.set({ state: 'failed', format, error });
    }
  }

  render(words: FileDownloadWords, locale: Locale): TemplateResult | typeof nothing {
    const client = this.options.client();
    const id = this.options.id();
    if (!client || !id || !client.documentFileUrl(this.options.kind, id, 1, 'md')) return nothing;
    const c = this.current;
    const formats = Object.entries(words.formats) as [DocumentFileFormat, string][];
    return html`<div class="file-downloads" part="downloads">
      <p>${words.label} :
        ${formats.map(
          ([format, label]) =>
            html`<button type="button" class="cc-button" data-variant="secondary" data-download=${format}
              aria-disabled=${c?.state === 'busy' ? 'true' : 'false'}
              @click=${() => void this.download(format)}>${label}</button> `,
        )}</p>
      ${words.note ? html`<p class="cc-muted note">${words.note}</p>` : nothing}
      <p class="cc-muted" role="status">${
        c?.state === 'busy' ? words.busy : c?.state === 'done' ? words.done(c.filename) : ''
      }</p>
      ${
        c?.state === 'failed'
          ? renderApiError(c.error, locale, () => void this.download(c.format))
          : nothing
      }
    </div>`;
  }

  private set(state: State | undefined): void {
    this.current = state;
    this.host.requestUpdate();
  }
}
