import {
  css,
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { adoptStyles } from '../dom/adopt-styles.js';

// Tab may still leave a modal <dialog> for the browser's own controls: keep it cycling inside (APG dialog pattern).
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ModalDialogOptions {
  /** The id of the element that names the dialog and takes the focus when it opens (`tabindex="-1"`). */
  titleId: string;
  /** Called after the dialog closed, however it closed (button, Escape, code). */
  onClose?: () => void;
}

/** The look of the dialog: the controller adopts it into its host's shadow root, so only pages that open one load it. */
const dialogStyles = css`
  .cc-dialog {
    max-width: min(40rem, calc(100vw - 2rem)); padding: var(--_space-4) var(--_space-6); border: 1px solid var(--_color-border-default);
    border-radius: var(--_radius-m); background: var(--_color-background-default); color: var(--_color-text-default);
  }
  .cc-dialog::backdrop { background: rgb(0 0 0 / 0.5); }
`;

/**
 * One modal dialog primitive for every component, on the native `<dialog>`: `showModal()` makes the page around
 * it inert and Escape closes it; this adds what the APG dialog pattern asks beyond that — the focus goes to the
 * title on opening, Tab and Shift+Tab cycle inside, the focus goes back to the opener on closing.
 */
export class ModalDialogController implements ReactiveController {
  private readonly dialogRef = createRef<HTMLDialogElement>();
  private opener?: HTMLElement;
  private returnFocus = true;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ModalDialogOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.dialogRef.value?.close();
  }

  get isOpen(): boolean {
    return this.dialogRef.value?.open ?? false;
  }

  /** Opens after the next render (so the content is there), focusing the title; `opener` gets the focus back. */
  async open(opener?: HTMLElement): Promise<void> {
    this.opener = opener ?? deepActiveElement();
    this.returnFocus = true;
    await this.host.updateComplete;
    const dialog = this.dialogRef.value;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>(`#${CSS.escape(this.options.titleId)}`)?.focus();
  }

  /** Closes; `returnFocus: false` when the next step takes the focus elsewhere (a form, another page). */
  close({ returnFocus = true } = {}): void {
    this.returnFocus = returnFocus;
    this.dialogRef.value?.close();
  }

  /** The dialog element, its content inside; `part` names it for styling. */
  render(content: unknown, { part = 'dialog' } = {}): TemplateResult {
    adoptStyles(this.host, dialogStyles);
    return html`<dialog ${ref(this.dialogRef)} part=${part} class="cc-dialog" aria-labelledby=${this.options.titleId}
        @keydown=${this.onKeydown} @close=${this.onClose}>${content}</dialog>`;
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    const dialog = this.dialogRef.value;
    if (e.key !== 'Tab' || !dialog) return;
    const root = dialog.getRootNode() as ShadowRoot | Document;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.offsetParent !== null || el === root.activeElement,
    );
    if (!items.length) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = root.activeElement;
    const onTitle = active?.id === this.options.titleId;
    if (e.shiftKey && (active === first || onTitle)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  };

  private readonly onClose = (): void => {
    // The close event comes a task after close(): when the dialog was opened again meanwhile, it is stale.
    if (this.dialogRef.value?.open) return;
    if (this.returnFocus) this.opener?.focus();
    this.opener = undefined;
    this.options.onClose?.();
  };
}

/** The focused element, looking through open shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
