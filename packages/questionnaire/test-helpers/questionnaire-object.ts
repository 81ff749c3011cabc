// A page object for <cc-questionnaire>: answer, move between pages, save and send, like a resident would.
import type { CcQuestionnaire } from '../src/questionnaire.js';

const words = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export class QuestionnaireObject {
  constructor(readonly el: CcQuestionnaire) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  get text(): string {
    return words(this.root as unknown as Element);
  }
  get focused(): Element | null {
    return this.root.activeElement;
  }
  get pageHeading(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('#page-heading');
  }
  get progress(): string {
    return words(this.root.querySelector('#progress-label'));
  }
  get errorSummary(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('#error-summary');
  }
  get errors(): string[] {
    return [...(this.errorSummary?.querySelectorAll('li') ?? [])].map((li) => words(li));
  }
  /** The summary after sending, one `question → answer` line each. */
  get answersShown(): string[] {
    return [...this.root.querySelectorAll('.answers > div')].map(
      (d) => `${words(d.querySelector('dt'))} → ${words(d.querySelector('dd'))}`,
    );
  }
  /** The error shown next to a question. */
  errorOf(id: string): string {
    return words(this.root.querySelector(`#f-${id}-error`)).replace(/^Erreur : |^Error: /, '');
  }
  get announcement(): string {
    return words(this.root.querySelector('[role="status"]'));
  }
  controls(id: string): (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] {
    return [...this.root.querySelectorAll<HTMLInputElement>(`[name="${id}"], [name^="${id}:"]`)];
  }
  /** Whether a question is on the page. */
  shows(id: string): boolean {
    return !!this.root.querySelector(`#f-${id}`);
  }
  /** The label or legend of a question, in words. */
  labelOf(id: string): string {
    const control = this.root.querySelector(`#f-${id}`);
    const fieldset = control?.closest('fieldset.field');
    return fieldset
      ? words(fieldset.querySelector('legend'))
      : words(this.root.querySelector(`label[for="f-${id}"]`));
  }

  private fire(el: Element, type: 'input' | 'change') {
    el.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  /** Types into a text-like question. */
  async type(id: string, value: string): Promise<void> {
    const el = this.root.querySelector<HTMLInputElement>(`[name="${id}"]`)!;
    el.value = value;
    this.fire(el, 'input');
    await this.el.updateComplete;
  }
  /** Clicks the radio or checkbox of `value` (a matrix row is `id:row`). */
  async choose(name: string, value: string): Promise<void> {
    const el = this.root.querySelector<HTMLInputElement>(`[name="${name}"][value="${value}"]`);
    if (!el) throw new Error(`no choice ${value} for ${name}`);
    el.click();
    await this.el.updateComplete;
  }
  async select(id: string, value: string): Promise<void> {
    const el = this.root.querySelector<HTMLSelectElement>(`select[name="${id}"]`)!;
    el.value = value;
    this.fire(el, 'change');
    await this.el.updateComplete;
  }
  /** Ticks a lone checkbox (consent, « Cet ordre me convient »). */
  async tick(id: string): Promise<void> {
    this.root.querySelector<HTMLInputElement>(`input[type="checkbox"][name="${id}"]`)!.click();
    await this.el.updateComplete;
  }
  button(text: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => words(b) === text,
    );
    if (!found) throw new Error(`no button « ${text} » in: ${this.text.slice(0, 300)}`);
    return found;
  }
  /** Clicks and lets the element settle (its focus moves, its draft is saved). */
  async press(text: string): Promise<void> {
    this.button(text).click();
    await this.settle();
  }
  async settle(): Promise<void> {
    for (let i = 0; i < 5; i++) {
      await this.el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  /** Waits (2 s at most) for something that follows a fetch: a module loaded on demand, an API call. */
  async until(check: () => boolean, what: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if (check()) return this.settle();
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`never happened: ${what}`);
  }
  async next(): Promise<void> {
    await this.press('Suivant');
  }
}
