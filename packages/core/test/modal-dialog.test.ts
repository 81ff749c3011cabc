import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ModalDialogController } from '../src/index.js';

/** The smallest user of the primitive: an opener and a dialog with a title, a field and two buttons. */
@customElement('cc-dialog-probe')
class CcDialogProbe extends LitElement {
  closes = 0;
  readonly modal = new ModalDialogController(this, {
    titleId: 'title',
    onClose: () => {
      this.closes++;
    },
  });
  override render() {
    return litHtml`<button id="opener" @click=${(e: Event) => void this.modal.open(e.currentTarget as HTMLElement)}>Ouvrir</button>
      ${this.modal.render(litHtml`<h2 id="title" tabindex="-1">Détail</h2>
        <label for="note">Note</label><input id="note">
        <button id="ok">Valider</button><button id="cancel" @click=${() => this.modal.close()}>Fermer</button>`)}`;
  }
}

const active = (p: CcDialogProbe) => p.shadowRoot!.activeElement?.id;
const tab = async (shift = false) => {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
};

describe('ModalDialogController', () => {
  async function opened() {
    const wrap = await fixture<HTMLElement>(
      html`<div><button id="outside">Dehors</button><cc-dialog-probe></cc-dialog-probe></div>`,
    );
    const probe = wrap.querySelector<CcDialogProbe>('cc-dialog-probe')!;
    const opener = probe.shadowRoot!.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    opener.click();
    await probe.modal.open(opener);
    return { wrap, probe, opener, dialog: probe.shadowRoot!.querySelector('dialog')! };
  }

  it('opens modal, named by its title, with the focus on the title, and the page behind inert', async () => {
    const { wrap, probe, dialog } = await opened();
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
    expect(active(probe)).to.equal('title');
    wrap.querySelector<HTMLButtonElement>('#outside')!.focus();
    expect(document.activeElement).to.equal(
      probe,
      'a control outside the dialog cannot take the focus',
    );
    await expect(probe).to.be.accessible();
  });

  it('keeps Tab and Shift+Tab cycling inside', async () => {
    const { probe } = await opened();
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      await tab();
      seen.push(active(probe));
    }
    expect(seen).to.deep.equal(['note', 'ok', 'cancel', 'note']);
    await tab(true);
    expect(active(probe)).to.equal('cancel');
    probe.shadowRoot!.querySelector<HTMLElement>('#title')!.focus();
    await tab(true);
    expect(active(probe)).to.equal('cancel', 'Shift+Tab from the title goes to the last control');
  });

  it('closes on Escape and gives the focus back to the opener', async () => {
    const { probe, dialog, opener } = await opened();
    const closed = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dialog.open).to.equal(false);
    expect(probe.shadowRoot!.activeElement).to.equal(opener);
    expect(probe.closes).to.equal(1);
  });

  it('closes from a button, and leaves the focus where the next step put it', async () => {
    const { wrap, probe, dialog, opener } = await opened();
    probe.shadowRoot!.querySelector<HTMLButtonElement>('#cancel')!.click();
    await oneEvent(dialog, 'close');
    expect(probe.shadowRoot!.activeElement).to.equal(opener);
    // The calendar hands over to a form that takes the focus as the dialog closes.
    await probe.modal.open(opener);
    const next = wrap.querySelector<HTMLButtonElement>('#outside')!;
    probe.modal.close({ returnFocus: false });
    next.focus();
    await oneEvent(dialog, 'close');
    expect(document.activeElement).to.equal(next);
    expect(probe.closes).to.equal(2);
  });
});
