// A page object for <cc-registration-form>: fill, submit and read the outcome like a resident would.
import type { CcRegistrationForm } from '../src/registration-form.js';

export class RegistrationFormObject {
  constructor(readonly el: CcRegistrationForm) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  get heading(): HTMLElement {
    return this.root.querySelector<HTMLElement>('#heading')!;
  }
  get form(): HTMLFormElement | null {
    return this.root.querySelector('form');
  }
  field(name: string): HTMLInputElement | HTMLTextAreaElement {
    const el = this.root.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!el) throw new Error(`no field ${name}`);
    return el;
  }
  labelOf(name: string): string {
    const id = this.field(name).id;
    return this.root.querySelector(`label[for="${id}"]`)!.textContent.replace(/\s+/g, ' ').trim();
  }
  /** Types like a person: sets the value and fires `input`. */
  async type(name: string, value: string): Promise<void> {
    const el = this.field(name);
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.el.updateComplete;
  }
  async fill(values: Record<string, string>): Promise<void> {
    for (const [k, v] of Object.entries(values)) await this.type(k, v);
  }
  get submitButton(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('[part="submit"]')!;
  }
  /** Clicks submit and waits until the outcome (or the error summary) is shown. */
  async submit(): Promise<void> {
    this.submitButton.click();
    await this.settled();
  }
  async settled(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      await this.el.updateComplete;
      if (
        this.submitButton?.getAttribute('aria-disabled') !== 'true' &&
        !this.root.querySelector('[aria-busy="true"]')
      )
        return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the form never settled');
  }
  get outcome(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('#outcome');
  }
  get errorSummary(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('#error-summary');
  }
  errorOf(name: string): string | undefined {
    return this.root.querySelector(`#f-${name}-error`)?.textContent?.replace(/\s+/g, ' ').trim();
  }
  get status(): string {
    return this.root.querySelector('[role="status"]')!.textContent.trim();
  }
  get focused(): Element | null {
    return this.root.activeElement;
  }
  button(text: string | RegExp): HTMLElement {
    const found = [...this.root.querySelectorAll<HTMLElement>('button, a')].find((b) =>
      typeof text === 'string'
        ? b.textContent.replace(/\s+/g, ' ').trim() === text
        : text.test(b.textContent.replace(/\s+/g, ' ')),
    );
    if (!found) throw new Error(`no button ${String(text)}`);
    return found;
  }
  get text(): string {
    return this.root.textContent.replace(/\s+/g, ' ');
  }
}
