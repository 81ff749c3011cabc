import { expect } from '@open-wc/testing';
import { OnDemand } from '../src/i18n/on-demand.js';
import { LocaleTable } from '../src/i18n/locale-table.js';

/** A module fetched by hand: fails the first `fail` times, counting the fetches. */
function onDemand(fail = 0) {
  const calls = { n: 0, en: 0 };
  const strings = new LocaleTable({ hi: 'Bonjour' }, async () => {
    calls.en++;
    return { hi: 'Hello' };
  });
  const module = { strings, answer: 42 };
  const lazy = new OnDemand(
    async () => {
      calls.n++;
      if (calls.n <= fail) throw new Error('offline');
      return module;
    },
    (m) => [m.strings],
  );
  return { lazy, calls };
}

describe('OnDemand: a module fetched the first time it is needed', () => {
  it('fetches once however many ask, with its strings in the locale asked', async () => {
    const { lazy, calls } = onDemand();
    expect(lazy.value).to.equal(undefined);
    const [a, b] = await Promise.all([lazy.load('en'), lazy.load('en')]);
    expect(a).to.equal(b);
    expect(a!.answer).to.equal(42);
    expect(a!.strings.of('en').hi).to.equal('Hello');
    expect(calls).to.deep.equal({ n: 1, en: 1 });
  });

  it('offline: undefined, and the next call fetches again instead of keeping the failure', async () => {
    const { lazy, calls } = onDemand(1);
    expect(await lazy.load('fr')).to.equal(undefined);
    expect(lazy.value).to.equal(undefined);
    expect((await lazy.load('fr'))?.answer).to.equal(42);
    expect(calls.n).to.equal(2);
  });

  it('get(): undefined until the module and its strings are here, then tells once they are', async () => {
    const { lazy } = onDemand();
    let arrived = 0;
    expect(lazy.get('fr', () => arrived++)).to.equal(undefined);
    await lazy.load('fr');
    expect(arrived).to.equal(1);
    expect(lazy.get('fr', () => arrived++)?.answer).to.equal(42);
    // The page turns English: the module is here but not its English words yet.
    expect(lazy.get('en', () => arrived++)).to.equal(undefined);
    await lazy.load('en');
    expect(arrived).to.equal(2);
    expect(lazy.get('en', () => arrived++)!.strings.of('en').hi).to.equal('Hello');
  });
});
