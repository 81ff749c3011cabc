import type { CSSResult } from 'lit';

/**
 * Adds `styles` to `host`'s shadow root, once: the rules of a part loaded on demand (a dialog, a paper version) come
 * with its code rather than in every page's element file. Constructed stylesheets: allowed by a strict CSP.
 */
export function adoptStyles(host: HTMLElement, styles: CSSResult): void {
  const root = host.shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
