import { expect } from '@open-wc/testing';
import {
  ASSOCIATION_LEVELS,
  ASSOCIATION_LEVEL_WORDS,
  BILAN_HEADINGS,
  BILAN_HEADING_TITLES,
  BILAN_TEMPLATE,
  BilanInput,
  BilanTemplate,
  applyItemPatch,
  bilanSummary,
  compareYears,
  isItemAnswered,
  levelGap,
  nextYearBilan,
  ownItemId,
  patchedFields,
  rebaseItemPatch,
  type BilanItemAnswer,
  type BilanItemPatch,
} from '../src/index.js';
import { BILAN_MOULINS_2025, BILAN_MOULINS_2026 } from '../src/examples/bilan-moulins.js';

const answer = (over: Partial<BilanItemAnswer> = {}): BilanItemAnswer => ({ rev: 1, ...over });
const by = { author: 'Fatima', at: '2026-11-30T19:00:00.000Z' };

describe('the bilan template', () => {
  it('has every heading with 4 to 8 items, unique ids, each level defined in both languages', () => {
    expect(BilanTemplate.safeParse(BILAN_TEMPLATE).success).to.equal(true);
    const ids = BILAN_TEMPLATE.items.map((i) => i.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const heading of BILAN_HEADINGS) {
      const n = BILAN_TEMPLATE.items.filter((i) => i.heading === heading).length;
      expect(n, heading).to.be.within(4, 8);
      expect(BILAN_HEADING_TITLES.fr[heading]).to.be.a('string');
      expect(BILAN_HEADING_TITLES.en[heading]).to.be.a('string');
    }
    for (const level of ASSOCIATION_LEVELS)
      for (const locale of ['fr', 'en'] as const)
        expect(ASSOCIATION_LEVEL_WORDS[locale][level].definition).to.match(/\.$/);
  });

  it('the demo bilans are valid and answer only items they have', () => {
    for (const b of [BILAN_MOULINS_2025, BILAN_MOULINS_2026]) {
      const parsed = BilanInput.parse(b);
      const known = new Set([...BILAN_TEMPLATE.items, ...parsed.ownItems].map((i) => i.id));
      expect(Object.keys(parsed.items).filter((id) => !known.has(id))).to.deep.equal([]);
    }
  });
});

describe('bilan progress and gaps', () => {
  it('an item is « renseigné » with a status or a level from either side', () => {
    const cases: [BilanItemAnswer | undefined, boolean][] = [
      [undefined, false],
      [answer(), false],
      [answer({ notes: 'Une note seule' }), false],
      [answer({ status: 'a_faire' }), true],
      [answer({ levels: { institutions: 'informe' } }), true],
      [answer({ levels: { conseil: 'non_associe' } }), true],
    ];
    for (const [a, expected] of cases)
      expect(isItemAnswered(a), JSON.stringify(a)).to.equal(expected);
  });

  it('the gap is the distance on the ladder, undefined until both sides answered', () => {
    const cases: [BilanItemAnswer['levels'], number | undefined][] = [
      [undefined, undefined],
      [{ conseil: 'informe' }, undefined],
      [{ conseil: 'informe', institutions: 'informe' }, 0],
      [{ conseil: 'informe', institutions: 'concerte' }, 2],
      [{ conseil: 'co_decide', institutions: 'non_associe' }, 5],
      [{ conseil: 'co_construit', institutions: 'concerte' }, 1],
    ];
    for (const [levels, expected] of cases)
      expect(levelGap(answer({ levels })), JSON.stringify(levels)).to.equal(expected);
  });

  it('sums up the demo year: progress per heading, levels per side, the gaps to discuss first', () => {
    const s = bilanSummary(BILAN_TEMPLATE, BilanInput.parse(BILAN_MOULINS_2025));
    const practices = s.headings.find((h) => h.heading === 'pratiques_professionnelles')!;
    expect([practices.answered, practices.total, practices.gaps]).to.deep.equal([3, 5, 1]);
    expect([s.answered, s.total]).to.deep.equal([12, BILAN_TEMPLATE.items.length]);
    expect(s.levels.conseil.informe).to.equal(6);
    expect(s.levels.institutions.consulte).to.equal(5);
    expect(s.gaps.map((g) => [g.item.id, g.gap])).to.deep.equal([
      ['pp-documents-8-jours', 2],
      ['rt-comptes-rendus', 2],
    ]);
    // The territory's own item counts in its heading.
    const next = bilanSummary(BILAN_TEMPLATE, BilanInput.parse(BILAN_MOULINS_2026));
    const collective = next.headings.find((h) => h.heading === 'dynamique_collective')!;
    expect(collective.total).to.equal(
      BILAN_TEMPLATE.items.filter((i) => i.heading === 'dynamique_collective').length + 1,
    );
  });

  it('year over year: up, down or same per item and side; nothing when a year has no level', () => {
    const changes = compareYears(
      BILAN_TEMPLATE,
      BilanInput.parse(BILAN_MOULINS_2025),
      BilanInput.parse(BILAN_MOULINS_2026),
      'conseil',
    );
    const of = (id: string) => changes.find((c) => c.item.id === id)!;
    expect([of('pp-documents-8-jours').then, of('pp-documents-8-jours').now]).to.deep.equal([
      'informe',
      'consulte',
    ]);
    expect(of('pp-documents-8-jours').trend).to.equal('up');
    expect(of('fm-formation-interne').trend).to.equal('up');
    expect(of('ep-evaluation-contrat').trend).to.equal('same');
    expect(of('moulins-jardins').trend).to.equal(undefined);
    expect(of('dc-projet').trend).to.equal(undefined);
    const down = compareYears(
      BILAN_TEMPLATE,
      { ownItems: [], items: { 'dc-noyau': answer({ levels: { institutions: 'concerte' } }) } },
      { ownItems: [], items: { 'dc-noyau': answer({ levels: { institutions: 'informe' } }) } },
      'institutions',
    );
    expect(down.find((c) => c.item.id === 'dc-noyau')!.trend).to.equal('down');
  });
});

describe('item patches', () => {
  it('null clears, absent keeps, each side’s level apart; the revision and who answered follow', () => {
    const base = answer({
      status: 'en_cours',
      levels: { conseil: 'informe' },
      notes: 'Avant',
      rev: 3,
    });
    const cases: [BilanItemPatch, Partial<BilanItemAnswer>][] = [
      [{ status: 'fait' }, { status: 'fait', levels: { conseil: 'informe' }, notes: 'Avant' }],
      [{ status: null }, { levels: { conseil: 'informe' }, notes: 'Avant' }],
      [
        { levels: { institutions: 'consulte' } },
        {
          status: 'en_cours',
          levels: { conseil: 'informe', institutions: 'consulte' },
          notes: 'Avant',
        },
      ],
      [{ levels: { conseil: null } }, { status: 'en_cours', notes: 'Avant' }],
      [{ notes: '' }, { status: 'en_cours', levels: { conseil: 'informe' } }],
    ];
    for (const [patch, expected] of cases)
      expect(applyItemPatch(base, patch, by), JSON.stringify(patch)).to.deep.equal({
        ...expected,
        rev: 4,
        answeredBy: 'Fatima',
        answeredAt: by.at,
      });
    expect(patchedFields({ levels: { institutions: 'informe' }, notes: 'x' })).to.deep.equal([
      'levels.institutions',
      'notes',
    ]);
  });

  it('after a conflict, only a field both changed differently is a conflict', () => {
    const base = answer({ status: 'en_cours', levels: { conseil: 'informe' }, rev: 2 });
    const theirs = answer({
      status: 'fait',
      levels: { conseil: 'informe', institutions: 'concerte' },
      rev: 3,
    });
    const cases: [BilanItemPatch, string[]][] = [
      // The council's level, while the institutions set theirs: no conflict.
      [{ levels: { conseil: 'consulte' } }, []],
      // Both set the status, differently: a conflict.
      [{ status: 'a_faire' }, ['status']],
      // Both set it to the same: none.
      [{ status: 'fait' }, []],
      // Both set the institutions' level, differently.
      [{ levels: { institutions: 'informe' }, notes: 'Ma note' }, ['levels.institutions']],
    ];
    for (const [patch, conflicts] of cases)
      expect(rebaseItemPatch(base, theirs, patch).conflicts, JSON.stringify(patch)).to.deep.equal(
        conflicts,
      );
  });
});

describe('own item ids', () => {
  it('from the label, whole words, never one taken', () => {
    const cases: [string, string[], string][] = [
      ['Réunions le samedi matin', [], 'propre-reunions-le-samedi-matin'],
      [
        'Réunions le samedi matin !',
        ['propre-reunions-le-samedi-matin'],
        'propre-reunions-le-samedi-matin-2',
      ],
      [
        'Le conseil présente ses travaux à la fête de quartier chaque année en juin',
        [],
        'propre-le-conseil-presente-ses-travaux-a-la-fete-de',
      ],
      ['!!!', [], 'propre-point'],
      ['x'.repeat(80), [], `propre-${'x'.repeat(48)}`],
    ];
    for (const [label, taken, id] of cases) {
      expect(ownItemId(label, new Set(taken)), label).to.equal(id);
      expect(id.length).to.be.at.most(64);
    }
  });
});

describe('next year’s bilan', () => {
  it('carries this year’s actions in the order of their items, whatever order they were answered in', () => {
    const [first, second, third] = BILAN_TEMPLATE.items;
    const action = (what: string) => answer({ status: 'fait', action: { what } });
    const bilan = {
      ...BilanInput.parse(structuredClone(BILAN_MOULINS_2026)),
      // Answered last item first, as a meeting does.
      items: {
        [third!.id]: action('troisième'),
        [first!.id]: action('première'),
        [second!.id]: answer({ status: 'en_cours' }),
      },
    };
    const next = nextYearBilan(BILAN_TEMPLATE, bilan, 'bilan-2026');
    expect(next.carriedActions.map((a) => [a.item, a.what, a.rev])).to.deep.equal([
      [first!.id, 'première', 0],
      [third!.id, 'troisième', 0],
    ]);
    expect([next.year, next.previous, next.items]).to.deep.equal([
      bilan.year + 1,
      'bilan-2026',
      {},
    ]);
  });
});
