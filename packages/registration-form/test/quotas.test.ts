// A session that splits its seats by collège or town: the form asks the group, with each group's own seats.
import { expect } from '@open-wc/testing';
import {
  FIXED_NOW,
  createMemoryApi,
  demoSessions,
  splitSession,
} from '@conseils-citoyens/core/testing.js';
import { mountForm, person } from './fixtures.js';

const byTown = {
  ...demoSessions()[0]!,
  id: 'par-commune',
  capacity: 2,
  quotas: {
    by: 'town' as const,
    groups: [
      { key: 'Lille', seats: 1 },
      { key: 'Roubaix', seats: 1 },
    ],
  },
};
const newApi = () => createMemoryApi({ sessions: [splitSession, byTown], now: () => FIXED_NOW });
/** The residents' two seats of the split session taken: their collège offers the waiting list. */
async function residentsFull() {
  const api = newApi();
  for (const n of [1, 2])
    await api.register(
      splitSession.id,
      { ...person, email: `h${n}@example.org`, college: 'habitant' },
      { idempotencyKey: `h${n}` },
    );
  return api;
}
const optionsOf = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((i) =>
    root.querySelector(`label[for="${i.id}"]`)!.textContent.trim(),
  );

describe('<cc-registration-form> with seats split between groups', () => {
  beforeEach(() => sessionStorage.clear());

  it('asks the collège, required, each choice with its own seats; the refused submit names it', async () => {
    const api = await residentsFull();
    const { form } = await mountForm(splitSession.id, api);
    expect(form.field('college').required).to.equal(true);
    expect(
      form.root.querySelector('fieldset:has(input[name="college"]) legend')!.textContent,
    ).to.match(/^Collège\s*\(obligatoire\)$/);
    expect(optionsOf(form.root, 'college')).to.deep.equal([
      "Habitant·e — Complet – liste d'attente ouverte",
      'Acteur local (association, commerçant, professionnel) — 2 places restantes',
    ]);
    await form.fill(person);
    await form.submit();
    expect(form.errorSummary!.textContent).to.contain('« Collège » est obligatoire.');
    await expect(form.el).to.be.accessible();
  });

  it('says « liste d’attente » for a full group and registers there; a free group confirms', async () => {
    const api = await residentsFull();
    const { form } = await mountForm(splitSession.id, api);
    await form.fill(person);
    form.root.querySelector<HTMLInputElement>('input[value="habitant"]')!.click();
    await form.el.updateComplete;
    expect(form.submitButton.textContent.trim()).to.equal("Je m'inscris sur la liste d'attente");
    form.root.querySelector<HTMLInputElement>('input[value="acteur_local"]')!.click();
    await form.el.updateComplete;
    expect(form.submitButton.textContent.trim()).to.equal("Je m'inscris");
    form.root.querySelector<HTMLInputElement>('input[value="habitant"]')!.click();
    await form.el.updateComplete;
    await form.submit();
    expect(form.outcome!.textContent).to.contain("Vous êtes sur la liste d'attente");
    expect(form.outcome!.textContent).to.contain('Vous êtes en position 1.');
    const mine = api.registrations(splitSession.id).find((r) => r.email === person.email)!;
    expect([mine.status, mine.quota, mine.college]).to.deep.equal([
      'waitlisted',
      'habitant',
      'habitant',
    ]);
  });

  it('asks the town among the session’s towns when it splits its seats by town', async () => {
    const api = newApi();
    const { form } = await mountForm(byTown.id, api);
    expect(optionsOf(form.root, 'town')).to.deep.equal([
      'Lille — 1 place restante',
      'Roubaix — 1 place restante',
    ]);
    await form.fill(person);
    form.root.querySelector<HTMLInputElement>('input[value="Roubaix"]')!.click();
    await form.el.updateComplete;
    await form.submit();
    expect(form.outcome!.textContent).to.contain('Votre inscription est confirmée');
    expect(api.registrations(byTown.id)[0]!.quota).to.equal('Roubaix');
    await expect(form.el).to.be.accessible();
  });
});
