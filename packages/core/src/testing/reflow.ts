/**
 * WCAG 1.4.10 (reflow) in a test: what of `el`'s shadow root sticks out of the screen on the right. A region that
 * scrolls sideways on purpose (`.table-scroll`, a wide table) may hold wider content; the region itself may not.
 */
export function overflowingRight(el: HTMLElement): string[] {
  const width = document.documentElement.clientWidth;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((n) => {
      const box = n.getBoundingClientRect();
      return box.width > 0 && box.right > width + 1 && !n.parentElement?.closest('.table-scroll');
    })
    .map(
      (n) => `${n.localName}.${n.className} (${Math.round(n.getBoundingClientRect().right)} px)`,
    );
}
