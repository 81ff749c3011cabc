import { expect } from '@open-wc/testing';
import {
  QuestionnaireInput,
  addOption,
  addPage,
  definitionIssues,
  duplicateItem,
  freeId,
  moveItem,
  moveOption,
  movePage,
  newItem,
  placeOf,
  questionsBefore,
  removeItem,
  removePage,
  withType,
  type Question,
} from '../src/index.js';
import { TRAINING_NEEDS } from '../src/examples/training-needs.js';

const WORDS = {
  question: 'Nouvelle question',
  option: 'Réponse',
  row: 'Ligne',
  column: 'Colonne',
  section: 'Nouvelle section',
  info: 'Texte d’information',
  consent: 'J’accepte…',
};
const ids = (def: { pages: { items: { id: string }[] }[] }) =>
  def.pages.map((p) => p.items.map((i) => i.id));

describe('editing a definition', () => {
  it('every new item of every type is a valid definition at once (it can be saved as soon as it is added)', () => {
    const types = [
      'text',
      'textarea',
      'number',
      'email',
      'phone',
      'date',
      'single',
      'multiple',
      'dropdown',
      'yesno',
      'scale',
      'matrix',
      'ranking',
      'consent',
      'section',
      'info',
    ] as const;
    const def = {
      title: 'Tous les types',
      pages: [{ id: 'p', title: 'Page', items: types.map((t) => newItem(`q-${t}`, t, WORDS)) }],
    };
    expect(QuestionnaireInput.safeParse(def).success).to.equal(true);
    expect(definitionIssues(def)).to.deep.equal([]);
  });

  it('a new id is never one in use, and is safe whatever the words', () => {
    expect(freeId(TRAINING_NEEDS, 'Votre quartier ?')).to.equal('votre-quartier');
    expect(freeId(TRAINING_NEEDS, 'college')).to.equal('college-2');
    expect(freeId(TRAINING_NEEDS, 'vous')).to.equal('vous-2', 'pages count too');
    expect(freeId(TRAINING_NEEDS, '¿¿')).to.equal('question');
  });

  it('changing a type keeps the label, hint, condition and the options that still fit', () => {
    const single = TRAINING_NEEDS.pages[0]!.items.find((i) => i.id === 'anciennete') as Question;
    const ranking = withType(single, 'ranking', WORDS);
    expect(ranking).to.deep.include({ id: 'anciennete', label: single.label, type: 'ranking' });
    expect((ranking as { options: unknown }).options).to.deep.equal(
      (single as { options: unknown }).options,
    );
    const scale = withType(single, 'scale', WORDS);
    expect(scale).to.deep.equal({
      id: 'anciennete',
      label: single.label,
      required: true,
      core: true,
      type: 'scale',
      min: 1,
      max: 5,
    });
    const matrix = withType({ id: 'x', type: 'text', label: 'X' }, 'matrix', WORDS);
    expect(matrix).to.deep.include({ type: 'matrix' });
    expect((matrix as { columns: unknown[] }).columns).to.have.length(3);
  });

  it('moves an item within its page and across pages, and stops at the ends', () => {
    const first = TRAINING_NEEDS.pages[0]!.items.map((i) => i.id);
    const down = moveItem(TRAINING_NEEDS, 'intro', 1);
    expect(ids(down)[0]).to.deep.equal([first[1], 'intro', ...first.slice(2)]);
    const last = first.at(-1)!;
    const across = moveItem(TRAINING_NEEDS, last, 1);
    expect(ids(across)[0]).to.deep.equal(first.slice(0, -1));
    expect(ids(across)[1]![0]).to.equal(last);
    expect(moveItem(TRAINING_NEEDS, 'intro', -1)).to.equal(TRAINING_NEEDS, 'first of all');
    expect(ids(moveItem(across, last, -1))).to.deep.equal(ids(TRAINING_NEEDS), 'and back');
  });

  it('duplicates with a new id just after, the copy no longer core; removes; finds places', () => {
    const dup = duplicateItem(TRAINING_NEEDS, 'college', 'copie');
    const at = placeOf(dup, 'college-copie')!;
    expect(at).to.deep.equal({ page: 0, index: placeOf(TRAINING_NEEDS, 'college')!.index + 1 });
    const copy = dup.pages[0]!.items[at.index] as Question;
    expect([copy.label, copy.core]).to.deep.equal([
      'Dans quel collège siégez-vous ? (copie)',
      undefined,
    ]);
    expect(placeOf(removeItem(dup, 'college'), 'college')).to.equal(undefined);
    expect(TRAINING_NEEDS.pages[0]!.items.some((i) => i.id === 'college-copie')).to.equal(
      false,
      'the original is untouched (undo keeps it)',
    );
  });

  it('pages: add, move, remove (never the last one)', () => {
    const added = addPage(TRAINING_NEEDS, 1, 'Votre quartier');
    expect(added.pages[1]).to.deep.equal({ id: 'page', title: 'Votre quartier', items: [] });
    expect(movePage(added, 1, -1).pages[0]!.id).to.equal('page');
    expect(movePage(added, 0, -1)).to.equal(added);
    expect(removePage(added, 1).pages.map((p) => p.id)).to.deep.equal(
      TRAINING_NEEDS.pages.map((p) => p.id),
    );
    const one = { pages: [{ id: 'a', title: 'A', items: [] }] };
    expect(removePage(one, 0)).to.equal(one);
  });

  it('options: a new one has a free value; moved within bounds', () => {
    const list = [
      { value: 'option-2', label: 'B' },
      { value: 'a', label: 'A' },
    ];
    expect(addOption(list, 'C').at(-1)).to.deep.equal({ value: 'option-3', label: 'C' });
    expect(moveOption(list, 0, 1).map((o) => o.value)).to.deep.equal(['a', 'option-2']);
    expect(moveOption(list, 1, 1)).to.deep.equal(list);
  });

  it('a condition may only look at the questions before (blocks are not questions)', () => {
    expect(questionsBefore(TRAINING_NEEDS, 'college').map((q) => q.id)).to.deep.equal([
      'anciennete',
    ]);
  });
});
