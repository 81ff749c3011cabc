import { html, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';

const TAGS = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** A heading level between 1 and 6 (2 when the value makes no sense). */
export const headingLevel = (n: number): number => Math.min(6, Math.max(1, Math.trunc(n) || 2));

/**
 * A real `<hN>` whose level the host page chooses (`heading-level`), so the widget's headings fit the page's
 * outline (RGAA 9.1) wherever a CMS puts it.
 */
export function heading(
  level: number,
  content: unknown,
  o: { id?: string; part?: string; class?: string; focusable?: boolean } = {},
): TemplateResult {
  const tag = TAGS[headingLevel(level) - 1]!;
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- a static tag from lit/static-html, not a binding
  return html`<${tag} id=${ifDefined(o.id)} part=${ifDefined(o.part)} class=${ifDefined(o.class)} tabindex=${ifDefined(o.focusable ? '-1' : undefined)}>${content}</${tag}>`;
}
