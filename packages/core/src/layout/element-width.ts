import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ElementWidthOptions {
  /** Below this width, in ems of the element's own font size, it is narrow (so 200 % text narrows it sooner). */
  narrowBelowEm: number;
  onChange: (narrow: boolean) => void;
}

/**
 * Lays an element out by its own width, not the viewport's: a calendar in a 470 px column of a wide page is as
 * narrow as on a phone. Measured just before the first render (so it is right from the first paint, without a
 * jump), then kept up to date by a ResizeObserver.
 */
export class ElementWidthController implements ReactiveController {
  narrow = false;
  private measured = false;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ElementWidthOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const narrow = this.isNarrow(entry?.borderBoxSize[0]?.inlineSize);
      // Re-render on the next frame: a render now would resize the element inside this very notification.
      if (narrow !== undefined && narrow !== this.narrow)
        requestAnimationFrame(() => this.set(narrow));
    });
    this.observer.observe(this.host);
  }

  hostUpdate(): void {
    // Before each render until the element has been laid out once (at connection it may not be yet).
    if (this.measured) return;
    const narrow = this.isNarrow(this.host.getBoundingClientRect().width);
    if (narrow !== undefined) this.set(narrow);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.measured = false;
  }

  /** Whether this width is narrow, or undefined when the element is not laid out (display: none, detached). */
  private isNarrow(width: number | undefined): boolean | undefined {
    if (!width) return undefined;
    this.measured = true;
    // An em of the text inside, which keeps a 16 px floor even when the page shrinks the element itself.
    const inside = this.host.shadowRoot?.firstElementChild;
    const em = parseFloat(getComputedStyle(inside ?? this.host).fontSize) || 16;
    return width < this.options.narrowBelowEm * (inside ? em : Math.max(em, 16));
  }

  private set(narrow: boolean): void {
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.options.onChange(narrow);
  }
}
