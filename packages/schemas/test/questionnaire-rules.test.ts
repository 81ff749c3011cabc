import { expect } from '@open-wc/testing';
import {
  QuestionnaireInput,
  answerIssues,
  answerMessage,
  answerWordingEn,
  answerWordingFr,
  definitionIssues,
  forkIssues,
  pendingChanges,
  questionnaireDiff,
  takeChange,
  definitionMessage,
  questionIssues,
  definitionWordingEn,
  definitionWordingFr,
  ruleHolds,
  visibility,
  type Answers,
  type ConditionRule,
  type Question,
} from '../src/index.js';
import { TRAINING_NEEDS } from '../src/examples/training-needs.js';

const rule = (op: ConditionRule['op'], value?: ConditionRule['value']): ConditionRule => ({
  question: 'q',
  op,
  ...(value === undefined ? {} : { value }),
});
const holds = (r: ConditionRule, answer?: Answers[string]) =>
  ruleHolds(r, answer === undefined ? {} : { q: answer });

describe('conditions: every operator', () => {
  it('equals / notEquals, with yes/no read as yes and no', () => {
    expect([holds(rule('equals', 'a'), 'a'), holds(rule('equals', 'a'), 'b')]).to.deep.equal([
      true,
      false,
    ]);
    expect([holds(rule('equals', 'yes'), true), holds(rule('equals', 'no'), true)]).to.deep.equal([
      true,
      false,
    ]);
    expect(holds(rule('equals', 3), 3)).to.equal(true);
    // « n'est pas » holds when nothing was answered yet.
    expect([
      holds(rule('notEquals', 'a'), 'b'),
      holds(rule('notEquals', 'a'), 'a'),
      holds(rule('notEquals', 'a')),
    ]).to.deep.equal([true, false, true]);
  });
  it('oneOf on a single answer and on a multiple one', () => {
    expect(holds(rule('oneOf', ['a', 'b']), 'b')).to.equal(true);
    expect(holds(rule('oneOf', ['a', 'b']), 'c')).to.equal(false);
    expect(holds(rule('oneOf', ['a', 'b']), ['c', 'a'])).to.equal(true);
    expect(holds(rule('oneOf', ['a', 'b']), ['c'])).to.equal(false);
  });
  it('contains: a ticked option, or words in a text (case-insensitive)', () => {
    expect(holds(rule('contains', 'a'), ['b', 'a'])).to.equal(true);
    expect(holds(rule('contains', 'a'), ['b'])).to.equal(false);
    expect(holds(rule('contains', 'réunion'), 'Animer une RÉUNION')).to.equal(true);
    expect(holds(rule('contains', 'vélo'), 'Animer une réunion')).to.equal(false);
  });
  it('answered / notAnswered: an empty text, list or table is no answer', () => {
    for (const empty of [undefined, '', [], {}])
      expect([holds(rule('answered'), empty), holds(rule('notAnswered'), empty)]).to.deep.equal([
        false,
        true,
      ]);
    expect(holds(rule('answered'), false)).to.equal(true);
  });
  it('greaterThan / lessThan on numbers; never on nothing', () => {
    expect([holds(rule('greaterThan', 3), 4), holds(rule('greaterThan', 3), 3)]).to.deep.equal([
      true,
      false,
    ]);
    expect([holds(rule('lessThan', 3), 2), holds(rule('lessThan', 3), 3)]).to.deep.equal([
      true,
      false,
    ]);
    expect([holds(rule('greaterThan', 3)), holds(rule('lessThan', 3))]).to.deep.equal([
      false,
      false,
    ]);
  });
});

describe('visibility', () => {
  const def = {
    pages: [
      {
        id: 'p1',
        title: 'Un',
        items: [
          { id: 'a', type: 'yesno', label: 'A ?' },
          {
            id: 'b',
            type: 'text',
            label: 'B',
            showIf: { match: 'all', rules: [{ question: 'a', op: 'equals', value: 'yes' }] },
          },
          {
            id: 'c',
            type: 'number',
            label: 'C',
            showIf: {
              match: 'any',
              rules: [
                { question: 'b', op: 'answered' },
                { question: 'a', op: 'equals', value: 'no' },
              ],
            },
          },
        ],
      },
      {
        id: 'p2',
        title: 'Deux',
        showIf: { match: 'all', rules: [{ question: 'c', op: 'greaterThan', value: 2 }] },
        items: [{ id: 'd', type: 'text', label: 'D', required: true }],
      },
    ],
  } as QuestionnaireInput;

  it('shows a question when the earlier answer says so, and a page too', () => {
    const v = visibility(def, { a: true, b: 'x', c: 5 });
    expect([...v.items]).to.deep.equal(['a', 'b', 'c', 'd']);
    expect([...v.pages]).to.deep.equal(['p1', 'p2']);
  });
  it('skips a page whose condition fails, and its required question asks nothing', () => {
    const v = visibility(def, { a: true, b: 'x', c: 1, d: 'kept?' });
    expect([...v.pages]).to.deep.equal(['p1']);
    expect(v.answers).to.deep.equal({ a: true, b: 'x', c: 1 });
    expect(answerIssues(def, { a: true, b: 'x', c: 1 })).to.deep.equal([]);
  });
  it('a hidden answer counts for nothing in the conditions after it', () => {
    // b is hidden (a = no) though it holds text: c is then shown by « a = no », not by « b answered ».
    const v = visibility(def, { a: false, b: 'stale' });
    expect(v.items.has('b')).to.equal(false);
    expect(v.answers).to.deep.equal({ a: false });
    expect(visibility(def, { b: 'stale' }).items.has('c')).to.equal(false);
  });
  it('a submission answering a hidden or unknown question is refused, naming it', () => {
    const issues = answerIssues(def, { a: false, b: 'stale', zz: 'x', c: 1 });
    expect(issues).to.deep.include({ question: 'b', code: 'hidden' });
    expect(issues).to.deep.include({ question: 'zz', code: 'unknown' });
    expect(answerMessage(def, { question: 'b', code: 'hidden' }, answerWordingFr)).to.equal(
      'La question « B » ne vous est pas posée : sa réponse ne peut pas être enregistrée.',
    );
  });
  it('checks one page at a time for « Suivant »', () => {
    expect(answerIssues(def, { a: true, b: 'x', c: 5 }, {}, 'p1')).to.deep.equal([]);
    expect(answerIssues(def, { a: true, b: 'x', c: 5 }, {}, 'p2')).to.deep.equal([
      { question: 'd', code: 'required' },
    ]);
  });
});

describe('each type of question: what a valid answer is', () => {
  const q = (question: Record<string, unknown>) =>
    ({ id: 'q', label: 'Q', ...question }) as Question;
  const codes = (question: Question, answer: unknown, other?: string) =>
    questionIssues(question, answer as never, other).map((i) =>
      i.limit === undefined ? i.code : `${i.code}:${i.limit}`,
    );
  const opts = [
    { value: 'a', label: 'A' },
    { value: 'b', label: 'B' },
    { value: 'c', label: 'C' },
  ];

  it('required, and optional when unanswered', () => {
    expect(codes(q({ type: 'text', required: true }), '')).to.deep.equal(['required']);
    expect(codes(q({ type: 'text' }), undefined)).to.deep.equal([]);
  });
  it('text and textarea lengths (own or default)', () => {
    expect(codes(q({ type: 'text', maxLength: 3 }), 'abcd')).to.deep.equal(['maxLength:3']);
    expect(codes(q({ type: 'text' }), 'x'.repeat(501))).to.deep.equal(['maxLength:500']);
    expect(codes(q({ type: 'textarea' }), 'x'.repeat(5000))).to.deep.equal([]);
    expect(codes(q({ type: 'text' }), 3)).to.deep.equal(['type']);
  });
  it('number: bounds and step', () => {
    const n = q({ type: 'number', min: 0, max: 20, step: 0.5 });
    expect([codes(n, 20), codes(n, 21), codes(n, -1), codes(n, 1.25), codes(n, '3')]).to.deep.equal(
      [[], ['max:20'], ['min:0'], ['step:0.5'], ['number']],
    );
  });
  it('email, phone, date', () => {
    expect([
      codes(q({ type: 'email' }), 'nom@domaine.fr'),
      codes(q({ type: 'email' }), 'nom@'),
    ]).to.deep.equal([[], ['email']]);
    expect([
      codes(q({ type: 'phone' }), '06 12 34 56 78'),
      codes(q({ type: 'phone' }), 'douze'),
    ]).to.deep.equal([[], ['phone']]);
    const d = q({ type: 'date', min: '2026-01-01', max: '2026-12-31' });
    expect([
      codes(d, '2026-06-01'),
      codes(d, '2025-06-01'),
      codes(d, '2027-01-01'),
      codes(d, '01/06/2026'),
    ]).to.deep.equal([[], ['min:2026-01-01'], ['max:2026-12-31'], ['date']]);
  });
  it('single and dropdown: an offered option; « Autre » needs its text', () => {
    const s = q({ type: 'single', options: opts, other: true });
    expect([
      codes(s, 'a'),
      codes(s, 'z'),
      codes(s, '_other', 'Vélo'),
      codes(s, '_other', ' '),
    ]).to.deep.equal([[], ['option'], [], ['other']]);
    expect(codes(q({ type: 'dropdown', options: opts }), '_other')).to.deep.equal(['option']);
  });
  it('multiple: offered, distinct, within its counts', () => {
    const m = q({ type: 'multiple', options: opts, minChoices: 2, maxChoices: 2 });
    expect([
      codes(m, ['a', 'b']),
      codes(m, ['a']),
      codes(m, ['a', 'b', 'c']),
      codes(m, ['a', 'a']),
      codes(m, ['a', 'z']),
    ]).to.deep.equal([[], ['minChoices:2'], ['maxChoices:2'], ['option'], ['option']]);
  });
  it('yes/no, scale, consent', () => {
    expect([codes(q({ type: 'yesno' }), false), codes(q({ type: 'yesno' }), 'oui')]).to.deep.equal([
      [],
      ['type'],
    ]);
    const sc = q({ type: 'scale', min: 1, max: 5 });
    expect([codes(sc, 5), codes(sc, 6), codes(sc, 2.5)]).to.deep.equal([[], ['max:5'], ['step:1']]);
    expect([
      codes(q({ type: 'consent', text: 'T' }), true),
      codes(q({ type: 'consent', text: 'T' }), undefined),
      codes(q({ type: 'consent', text: 'T' }), false),
    ]).to.deep.equal([[], ['consent'], ['consent']]);
  });
  it('matrix: known rows and columns, every row when required', () => {
    const mx = q({
      type: 'matrix',
      required: true,
      rows: opts,
      columns: [{ value: 'x', label: 'X' }],
    });
    expect([
      codes(mx, { a: 'x', b: 'x', c: 'x' }),
      codes(mx, { a: 'x' }),
      codes(mx, { a: 'y' }),
      codes(mx, ['x']),
    ]).to.deep.equal([[], ['matrix'], ['option'], ['type']]);
  });
  it('ranking: every option once', () => {
    const r = q({ type: 'ranking', options: opts });
    expect([
      codes(r, ['c', 'a', 'b']),
      codes(r, ['a', 'b']),
      codes(r, ['a', 'a', 'b']),
    ]).to.deep.equal([[], ['ranking'], ['ranking']]);
  });
});

describe('a whole definition', () => {
  it('the seed questionnaire parses and holds together, with all 14 types', () => {
    expect(QuestionnaireInput.safeParse(TRAINING_NEEDS).success).to.equal(true);
    expect(definitionIssues(TRAINING_NEEDS)).to.deep.equal([]);
    const types = new Set(TRAINING_NEEDS.pages.flatMap((p) => p.items.map((i) => i.type)));
    expect(types.size).to.equal(16); // 14 question types, a section and an information text
  });

  it('names each problem where it is', () => {
    const def = {
      pages: [
        {
          id: 'p1',
          title: 'Page un',
          items: [
            { id: 'x', type: 'single', label: 'Choix sans options', options: [] },
            {
              id: 'y',
              type: 'text',
              label: 'Texte',
              showIf: { match: 'all', rules: [{ question: 'z', op: 'answered' }] },
            },
            { id: 'z', type: 'text', label: 'Plus loin' },
            { id: 'z', type: 'yesno', label: 'Doublon' },
            {
              id: 'w',
              type: 'number',
              label: 'Bornes',
              min: 5,
              max: 1,
              showIf: { match: 'all', rules: [{ question: 'w', op: 'answered' }] },
            },
            {
              id: 'v',
              type: 'text',
              label: 'Vers rien',
              showIf: { match: 'all', rules: [{ question: 'nulle-part', op: 'answered' }] },
            },
            {
              id: 'u',
              type: 'text',
              label: 'Choix absent',
              showIf: { match: 'all', rules: [{ question: 'x', op: 'equals', value: 'b' }] },
            },
            {
              id: 't',
              type: 'text',
              label: 'Comparaison',
              showIf: { match: 'all', rules: [{ question: 'z', op: 'greaterThan', value: 3 }] },
            },
            { id: 's', type: 'section', title: 'Section' },
            {
              id: 'r',
              type: 'text',
              label: 'Sur une section',
              showIf: { match: 'all', rules: [{ question: 's', op: 'answered' }] },
            },
          ],
        },
        { id: 'p2', title: 'Vide', items: [] },
      ],
    } as unknown as QuestionnaireInput;
    const issues = definitionIssues(def);
    expect(issues.map((i) => `${i.at}:${i.code}${i.ref ? `:${i.ref}` : ''}`)).to.have.members([
      'x:noOptions',
      'y:conditionForward:z',
      'z:duplicateId:z',
      'w:conditionSelf:w',
      'w:range',
      'v:conditionUnknown:nulle-part',
      'u:conditionValue:x',
      't:conditionOperator:z',
      'r:conditionBlock:s',
      'p2:emptyPage',
    ]);
    const forward = issues.find((i) => i.code === 'conditionForward')!;
    expect(definitionMessage(def, forward, definitionWordingFr)).to.equal(
      '« Texte » dépend de « Plus loin », posée après elle : une condition ne peut porter que sur une question précédente.',
    );
    expect(definitionMessage(def, forward, definitionWordingEn)).to.contain(
      '“Texte” depends on “Plus loin”',
    );
  });

  it('a page cannot depend on a question of its own page', () => {
    const def = {
      pages: [
        {
          id: 'p1',
          title: 'P',
          showIf: { match: 'all', rules: [{ question: 'a', op: 'answered' }] },
          items: [{ id: 'a', type: 'text', label: 'A' }],
        },
      ],
    } as QuestionnaireInput;
    expect(definitionIssues(def)).to.deep.equal([{ at: 'p1', code: 'conditionForward', ref: 'a' }]);
  });

  it('every code has words in both languages', () => {
    for (const w of [answerWordingFr, answerWordingEn])
      for (const f of Object.values(w)) expect(f('Q', 3)).to.match(/Q/);
    for (const w of [definitionWordingFr, definitionWordingEn])
      for (const f of Object.values(w)) expect(f('A', 'B')).to.match(/A/);
  });
});

describe('versions and forks', () => {
  const copy = () => structuredClone(TRAINING_NEEDS);

  it('a diff names what was added, removed, changed (and how), and moved', () => {
    const after = copy();
    const page = after.pages[0]!;
    page.items.push({ id: 'nouvelle', type: 'text', label: 'Nouvelle question' });
    after.pages[1]!.items = after.pages[1]!.items.filter((i) => i.id !== 'aise-parole');
    const anciennete = page.items.find((i) => i.id === 'anciennete') as Question & {
      type: 'single';
    };
    anciennete.label = 'Depuis quand êtes-vous membre ?';
    anciennete.options = [...anciennete.options, { value: 'plus-3-ans', label: 'Plus de 3 ans' }];
    const [college, roles] = [page.items[2]!, page.items[3]!];
    page.items[2] = roles;
    page.items[3] = college;
    expect(questionnaireDiff(TRAINING_NEEDS, after)).to.deep.equal({
      added: ['nouvelle'],
      removed: ['aise-parole'],
      changed: [{ id: 'anciennete', parts: ['label', 'options'] }],
      moved: ['college', 'roles'],
    });
    const reordered = copy();
    reordered.pages[2]!.items = reordered.pages[2]!.items.map(
      (i) => Object.fromEntries(Object.entries(i).reverse()) as typeof i,
    );
    expect(questionnaireDiff(TRAINING_NEEDS, reordered), 'key order is not a change').to.deep.equal(
      {
        added: [],
        removed: [],
        changed: [],
        moved: [],
      },
    );
  });

  it('a fork keeps the core questions: not removed, same type and answers; wording and place are its own', () => {
    const fork = copy();
    const first = fork.pages[0]!;
    (first.items.find((i) => i.id === 'anciennete') as Question).label = 'Membre depuis ?';
    first.items.push({ id: 'locale', type: 'text', label: 'Une question du territoire' });
    expect(forkIssues(TRAINING_NEEDS, fork)).to.deep.equal([]);
    first.items = first.items.filter((i) => i.id !== 'college');
    const scale = fork.pages[1]!.items.find((i) => i.id === 'connaissance-contrat') as Question & {
      type: 'scale';
    };
    scale.max = 10;
    expect(forkIssues(TRAINING_NEEDS, fork)).to.deep.equal([
      { at: 'college', code: 'coreRemoved' },
      { at: 'connaissance-contrat', code: 'coreChanged' },
    ]);
    expect(
      definitionMessage(
        TRAINING_NEEDS,
        { at: 'college', code: 'coreRemoved' },
        definitionWordingFr,
      ),
    ).to.equal(
      '« Dans quel collège siégez-vous ? » est une question commune à tous les territoires : elle permet de comparer les réponses, et ne peut pas être supprimée.',
    );
  });

  it('a fork takes in the template’s changes one by one: added after the same question, changed, removed', () => {
    const template2 = copy();
    const latest = copy();
    const first = latest.pages[0]!;
    first.items.splice(2, 0, {
      id: 'quartier',
      type: 'text',
      label: 'Votre quartier ?',
      core: true,
    });
    (first.items.find((i) => i.id === 'college') as Question).label = 'Votre collège ?';
    latest.pages[3]!.items = latest.pages[3]!.items.filter((i) => i.id !== 'demi-journees');
    const changes = questionnaireDiff(template2, latest);
    const fork = { ...copy(), basedOn: { id: 'besoins-formation', version: 2 } };
    fork.pages[0]!.items.push({ id: 'locale', type: 'yesno', label: 'Question du territoire' });
    const pending = pendingChanges(fork, latest, changes);
    expect(pending.map((p) => [p.kind, p.id, p.core])).to.deep.equal([
      ['added', 'quartier', true],
      ['removed', 'demi-journees', false],
      ['changed', 'college', true],
    ]);
    let next = takeChange(fork, latest, pending[0]!, 3);
    expect(next.basedOn).to.deep.equal({ id: 'besoins-formation', version: 3 });
    expect(next.pages[0]!.items.map((i) => i.id).slice(0, 4)).to.deep.equal([
      'intro',
      'anciennete',
      'quartier',
      'college',
    ]);
    expect(fork.pages[0]!.items.some((i) => i.id === 'quartier')).to.equal(false, 'fork untouched');
    for (const change of pending.slice(1)) next = takeChange(next, latest, change, 3);
    expect(pendingChanges(next, latest, changes)).to.deep.equal([]);
    expect(next.pages[0]!.items.at(-1)!.id).to.equal('locale', 'its own questions stay');
    expect(forkIssues(latest, next)).to.deep.equal([]);
  });
});
