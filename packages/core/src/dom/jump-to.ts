/**
 * In-page links inside a shadow root: a `#fragment` does not reach into it, so the target is scrolled to (smoothly
 * unless the person asked for reduced motion) and focused, as a screen reader or keyboard user expects.
 */
export function jumpTo(e: Event, root: ParentNode, id: string): void {
  e.preventDefault();
  const target = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  target?.focus({ preventScroll: true });
}
