/**
 * A story's `play`: waits for `tag`'s first render, then presses what `selectors` name in its shadow root, one after
 * the other (each waited for), so a story can open a step, a dialog or a comparison as a person would.
 */
export const pressing =
  (tag: string, ...selectors: string[]) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector(tag)!;
    for (const selector of selectors) {
      let button: HTMLElement | null | undefined;
      for (
        let i = 0;
        i < 100 && !(button = el.shadowRoot?.querySelector<HTMLElement>(selector));
        i++
      )
        await new Promise((r) => setTimeout(r, 20));
      button?.click();
    }
  };
