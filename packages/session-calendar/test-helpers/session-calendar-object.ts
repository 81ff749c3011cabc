// A page object for <cc-session-calendar>: what tests (ours and integrators') need to read and drive it.
import type { CcSessionCalendar } from '../src/session-calendar.js';

export class SessionCalendarObject {
  constructor(readonly el: CcSessionCalendar) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  get heading(): string {
    return this.root.querySelector('#month-heading')!.textContent.trim();
  }
  get grid(): HTMLTableElement | null {
    return this.root.querySelector('[role="grid"]');
  }
  cell(day: string): HTMLElement {
    const cell = this.root.querySelector<HTMLElement>(`[data-day="${day}"]`);
    if (!cell) throw new Error(`no cell for ${day}`);
    return cell;
  }
  /** The cell that holds the roving tab stop. */
  get tabStop(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]');
  }
  get focused(): Element | null {
    return this.root.activeElement;
  }
  get cards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part="session"]')];
  }
  card(id: string): HTMLElement {
    const card = this.root.querySelector<HTMLElement>(`[data-session="${id}"]`);
    if (!card) throw new Error(`no card for ${id}`);
    return card;
  }
  get dialog(): HTMLDialogElement {
    return this.root.querySelector('dialog')!;
  }
  /** Waits until the details dialog is open (its code loads on the first « Voir le détail »). */
  async detailsOpen(): Promise<HTMLDialogElement> {
    for (let i = 0; i < 200; i++) {
      await this.el.updateComplete;
      const dialog = this.root.querySelector('dialog');
      if (dialog?.open) return dialog;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the details dialog never opened');
  }
  filter(name: 'town' | 'theme' | 'kind'): HTMLSelectElement {
    return this.root.querySelector<HTMLSelectElement>(`#filter-${name}`)!;
  }
  async choose(name: 'town' | 'theme' | 'kind', value: string): Promise<void> {
    const select = this.filter(name);
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.el.updateComplete;
  }
  button(text: string | RegExp, within: ParentNode = this.root): HTMLElement {
    const found = [...within.querySelectorAll<HTMLElement>('button, a')].find((b) =>
      typeof text === 'string'
        ? b.textContent.replace(/\s+/g, ' ').trim() === text
        : text.test(b.textContent.replace(/\s+/g, ' ')),
    );
    if (!found) throw new Error(`no button ${String(text)}`);
    return found;
  }
  /** Waits until the sessions of the shown month are loaded. */
  async loaded(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      await this.el.updateComplete;
      const section = this.root.querySelector('section.calendar');
      if (section && section.getAttribute('aria-busy') === 'false') return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the calendar never finished loading');
  }
  get text(): string {
    return this.root.textContent.replace(/\s+/g, ' ');
  }
}
