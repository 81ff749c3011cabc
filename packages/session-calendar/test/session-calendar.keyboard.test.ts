// Every key of the calendar's keyboard table: the APG grid (date picker variant) and the APG modal dialog.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountCalendar } from './fixtures.js';

const focusedDay = (root: ShadowRoot) => (root.activeElement as HTMLElement | null)?.dataset.day;

describe('<cc-session-calendar> keyboard', () => {
  it('Tab reaches one cell of the grid (roving tabindex), arrows move by day and week', async () => {
    const { cal } = await mountCalendar();
    cal.cell('2026-12-01').click();
    await cal.el.updateComplete;
    expect(cal.root.querySelectorAll('[role="gridcell"][tabindex="0"]')).to.have.length(1);
    expect(focusedDay(cal.root)).to.equal('2026-12-01');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedDay(cal.root)).to.equal('2026-12-02');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedDay(cal.root)).to.equal('2026-12-09');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedDay(cal.root)).to.equal('2026-12-08');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedDay(cal.root)).to.equal('2026-12-01');
    expect(cal.tabStop!.dataset.day).to.equal('2026-12-01');
    expect(cal.cell('2026-12-01').getAttribute('aria-selected')).to.equal('true');
  });

  it('Home and End go to the start and end of the week', async () => {
    const { cal } = await mountCalendar();
    cal.cell('2026-12-03').click();
    await sendKeys({ press: 'Home' });
    expect(focusedDay(cal.root)).to.equal('2026-11-30');
    await sendKeys({ press: 'End' });
    expect(focusedDay(cal.root)).to.equal('2026-12-06');
  });

  it('PageDown and PageUp change month and keep the focus in the grid; Shift+PageUp goes back a year', async () => {
    const { cal } = await mountCalendar();
    cal.cell('2026-12-10').click();
    await sendKeys({ press: 'PageDown' });
    await cal.loaded();
    expect(cal.heading).to.equal('janvier 2027');
    expect(focusedDay(cal.root)).to.equal('2027-01-10');
    await sendKeys({ press: 'PageUp' });
    await cal.loaded();
    expect(cal.heading).to.equal('décembre 2026');
    expect(focusedDay(cal.root)).to.equal('2026-12-10');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ up: 'Shift' });
    await cal.loaded();
    expect(cal.heading).to.equal('décembre 2025');
  });

  it('arrowing past the end of the month shows the next month', async () => {
    const { cal } = await mountCalendar();
    cal.cell('2026-12-31').click();
    await sendKeys({ press: 'ArrowRight' });
    await cal.loaded();
    expect(cal.heading).to.equal('janvier 2027');
    expect(focusedDay(cal.root)).to.equal('2027-01-01');
  });

  it('Enter takes the focus to the day’s sessions; Tab reaches “S’inscrire”, then “Voir le détail”; Enter opens the dialog', async () => {
    const { cal } = await mountCalendar();
    cal.cell('2026-12-03').click();
    await sendKeys({ press: 'Enter' });
    expect(cal.focused!.id).to.equal('day-heading');
    await sendKeys({ press: 'Tab' });
    expect(cal.focused!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      "S'inscrire : Rencontre de réseau des référents",
    );
    await sendKeys({ press: 'Tab' });
    expect(cal.focused!.textContent).to.contain('Voir le détail');
    await sendKeys({ press: 'Enter' });
    await cal.detailsOpen();
    expect(cal.dialog.open).to.equal(true);
  });

  it('dialog: Tab cycles inside, Escape closes and gives the focus back', async () => {
    const { cal } = await mountCalendar({ view: 'list' });
    const opener = cal.button(/Voir le détail : Rencontre de réseau/);
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await cal.detailsOpen();
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      names.push(cal.focused!.textContent.trim());
    }
    expect(names).to.deep.equal(["S'inscrire", 'Ajouter à mon agenda', 'Fermer', "S'inscrire"]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(cal.focused!.textContent.trim()).to.equal('Fermer');
    const closed = oneEvent(cal.dialog, 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await cal.el.updateComplete;
    expect(cal.dialog.open).to.equal(false);
    expect(cal.focused === opener, 'focus back on “Voir le détail”').to.equal(true);
  });
});
