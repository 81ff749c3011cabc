// A keyboard walk, shared by the elements' tests: Tab (or Shift+Tab) from stop to stop, and each stop must have a
// name a screen reader can say and a place on the screen (WCAG 2.1.1, 2.4.3, 2.4.7, 4.1.2).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const words = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The element that has the focus, however deep in shadow roots. */
export function focusedDeep(): HTMLElement {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a as HTMLElement;
}

/**
 * What a screen reader says the control is: its aria-label, what labels it, the label for it or around it, or its
 * text.
 */
export function nameOf(x: HTMLElement): string {
  const root = x.getRootNode() as ShadowRoot;
  const by = x.getAttribute('aria-labelledby');
  const label = x.id ? root.querySelector(`label[for="${x.id}"]`) : null;
  return (
    x.getAttribute('aria-label')?.trim() ||
    (by
      ? by
          .split(/\s+/)
          .map((id) => words(root.getElementById(id)))
          .join(' ')
      : '') ||
    words(label) ||
    words(x.closest('label')) ||
    words(x)
  );
}

/** A walker over `el`: `stops` holds the names met, in order. */
export function keyboardWalk(el: { updateComplete: Promise<unknown> }) {
  const stops: string[] = [];
  /** Tabs (or shift-tabs) until `done`; every stop must be named and laid out on the screen. */
  async function tabUntil(done: (x: HTMLElement) => boolean, shift = false, max = 250) {
    for (let i = 0; i < max; i++) {
      if (shift) await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      if (shift) await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      const x = focusedDeep();
      const name = nameOf(x);
      expect(name, `a focus stop without a name: ${x.outerHTML.slice(0, 120)}`).not.to.equal('');
      expect(x.getClientRects().length, `${name} has the focus but is not on screen`).to.be.above(
        0,
      );
      stops.push(name);
      if (done(x)) return x;
    }
    throw new Error(`not reached in ${max} stops: ${stops.slice(-5).join(' | ')}`);
  }
  const press = async (key: string) => {
    await sendKeys({ press: key });
    await el.updateComplete;
  };
  return { stops, tabUntil, press };
}
