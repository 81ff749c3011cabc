// « Télécharger : ODT (LibreOffice) · DOCX (Word) · Markdown » under a published document (a charte, a bilan's
// report): the version shown, as the API writes it. Nothing when the backend writes no files (the memory adapter).
import { html, nothing, type TemplateResult } from 'lit';
import type { CcApi, DocumentFileFormat } from './api.js';

export interface DownloadsView {
  client?: CcApi;
  kind: 'chartes' | 'bilans';
  id?: string;
  version?: number;
  /** The formats offered, in order, with their words (« ODT (LibreOffice) »). */
  formats: Partial<Record<DocumentFileFormat, string>>;
  /** « Télécharger ». */
  label: string;
}

export function renderDownloads(v: DownloadsView): TemplateResult | typeof nothing {
  const { client, id, version } = v;
  if (!client || !id || !version) return nothing;
  const links = (Object.entries(v.formats) as [DocumentFileFormat, string][])
    .map(([format, words]) => ({
      href: client.documentFileUrl(v.kind, id, version, format),
      words,
    }))
    .filter((l): l is { href: string; words: string } => !!l.href);
  if (!links.length) return nothing;
  return html`<p class="downloads">${v.label} :
    ${links.map((l, i) => html`${i ? ' · ' : ''}<a class="cc-link" href=${l.href} download>${l.words}</a>`)}</p>`;
}
