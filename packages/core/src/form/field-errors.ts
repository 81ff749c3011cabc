import type { ReactiveControllerHost } from 'lit';

/**
 * When errors show: after the person leaves a filled field, or on submit — never while the first character is
 * typed; once shown, an error is re-checked at each keystroke so it goes away as soon as it is fixed.
 */
export class FieldErrorsController {
  errors: ReadonlyMap<string, string> = new Map();

  /** `check` validates the whole form and returns field → message, in display order. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly check: () => Map<string, string>,
  ) {}

  onInput(name: string): void {
    if (this.errors.has(name)) this.revalidate(name, true);
  }

  onLeave(name: string, filled: boolean): void {
    if (filled) this.revalidate(name, false);
  }

  /** On submit: every error shows; returns them. */
  validateAll(): ReadonlyMap<string, string> {
    this.set(this.check());
    return this.errors;
  }

  /** Errors from elsewhere (the server's own field errors), shown like ours. */
  set(errors: ReadonlyMap<string, string>): void {
    this.errors = errors;
    this.host.requestUpdate();
  }

  private revalidate(name: string, onlyClear: boolean): void {
    const message = this.check().get(name);
    const errors = new Map(this.errors);
    if (!message) errors.delete(name);
    else if (!onlyClear || errors.has(name)) errors.set(name, message);
    this.set(errors);
  }
}
