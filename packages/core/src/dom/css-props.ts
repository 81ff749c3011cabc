import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`). A strict CSP (`style-src 'self'`,
 * what cc-server sends) blocks every `style` attribute — lit's `styleMap` writes one on its first render — but not
 * this. Usage: `<td ${cssProps({ '--heat': '0.4' })}>`.
 */
class CssPropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssProps() goes on an element: <td ${cssProps({ … })}>');
  }

  render(_props: Readonly<Record<`--${string}`, string>>): typeof noChange {
    return noChange;
  }

  override update(
    part: ElementPart,
    [props]: [Readonly<Record<`--${string}`, string>>],
  ): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
