/**
 * A safe `customElements.define`: a second copy of the script on the page (a CMS block pasted
 * twice, two widgets bundling the library) warns instead of throwing.
 */
import './context-root.js';

export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor)
      console.warn(
        `[conseils-citoyens] <${tag}> est déjà défini sur cette page : la seconde copie du script est ignorée.`,
      );
    return;
  }
  customElements.define(tag, ctor);
}
