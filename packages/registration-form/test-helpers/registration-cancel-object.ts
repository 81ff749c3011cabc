// A page object for <cc-registration-cancel>: read and drive it like a resident with the cancellation link.
import type { CcRegistrationCancel } from '../src/registration-cancel.js';

export class RegistrationCancelObject {
  constructor(readonly el: CcRegistrationCancel) {}

  /** The cancellation shown by a `<cc-registration-form>` opened from a cancellation link (its code loads on demand). */
  static async inside(form: Element): Promise<RegistrationCancelObject> {
    await customElements.whenDefined('cc-registration-cancel');
    const el = form.shadowRoot?.querySelector('cc-registration-cancel');
    if (!el) throw new Error('no <cc-registration-cancel> in the form');
    return new RegistrationCancelObject(el);
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  get heading(): HTMLElement {
    return this.root.querySelector<HTMLElement>('#heading')!;
  }
  get outcome(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('#outcome');
  }
  get focused(): Element | null {
    return this.root.activeElement;
  }
  get text(): string {
    return this.root.textContent.replace(/\s+/g, ' ');
  }
  button(text: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent.replace(/\s+/g, ' ').trim() === text,
    );
    if (!found) throw new Error(`no button ${text}`);
    return found;
  }
  async settled(): Promise<void> {
    await this.el.updateComplete;
  }
}
