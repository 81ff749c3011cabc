import type { DownloadedFile } from '../api/api.js';

/** Hands a file fetched through the API to the browser's downloads, under the name the server gave it. */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  a.click();
  // The download has started from the URL by the next task; the memory it holds can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
