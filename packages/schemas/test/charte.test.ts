import { expect } from '@open-wc/testing';
import {
  CHARTE_LIBRARY,
  CHARTE_SECTIONS,
  CharteLibrary,
  assembleCharte,
  charteIssueMessage,
  addOwnClause,
  charteDiff,
  charteIssues,
  clauseViews,
  isQuestion,
  missingByStep,
  councilOrder,
  moveArticle,
  moveSection,
  removeOwnClause,
  setClauseRemoved,
  setClauseText,
  updateOwnClause,
  missingMessage,
  CharteInput,
} from '../src/index.js';
import { MOULINS_ANSWERS } from '../src/examples/charte-moulins.js';

const MOULINS = MOULINS_ANSWERS;
const council = (over: Partial<CharteInput> = {}) => ({
  kind: 'charte_fonctionnement' as const,
  answers: MOULINS,
  ...over,
});
const charteDraftOf = (c: ReturnType<typeof council>) => ({
  title: 'Charte',
  status: 'draft' as const,
  ...c,
});
const articles = (a: ReturnType<typeof assembleCharte>) => a.sections.flatMap((s) => s.articles);
const article = (a: ReturnType<typeof assembleCharte>, id: string) =>
  articles(a).find((x) => x.id === id);

describe('the charte library', () => {
  const questions = new Map(
    CHARTE_LIBRARY.steps.flatMap((p) => p.items.filter(isQuestion).map((q) => [q.id, q])),
  );

  it('holds together: every variable, variant and condition refers to a question of the steps', () => {
    expect(CharteLibrary.safeParse(CHARTE_LIBRARY).success).to.equal(true);
    expect(new Set(CHARTE_LIBRARY.clauses.map((c) => c.id)).size).to.equal(
      CHARTE_LIBRARY.clauses.length,
    );
    for (const c of CHARTE_LIBRARY.clauses) {
      const texts = [c.body, ...(c.variants ?? []).map((v) => v.body)];
      for (const [, id] of texts.flatMap((t) => [...t.matchAll(/\{\{([a-z0-9_-]+)\}\}/g)]))
        expect(questions.has(id!), `${c.id}: {{${id}}}`).to.equal(true);
      for (const r of c.showIf?.rules ?? [])
        expect(questions.has(r.question), `${c.id}: ${r.question}`).to.equal(true);
      if (c.variantFrom) {
        const q = questions.get(c.variantFrom);
        const values = q && 'options' in q ? (q.options ?? []).map((o) => o.value) : [];
        expect((c.variants ?? []).map((v) => v.id).sort(), c.id).to.deep.equal([...values].sort());
      }
      if (c.locked) expect(c.source, `${c.id} shows its source`).to.not.equal(undefined);
    }
  });

  it('locks what restates the law: the preamble, the principles, independence, the two collèges, representation', () => {
    const locked = CHARTE_LIBRARY.clauses.filter((c) => c.locked).map((c) => c.id);
    expect(locked).to.include.members([
      'preambule-loi',
      'principes',
      'independance',
      'colleges',
      'representation',
    ]);
    expect(CHARTE_LIBRARY.clauses.find((c) => c.id === 'colleges')!.source!.text).to.contain(
      'Loi n° 2014-173 du 21 février 2014',
    );
  });
});

describe('assembleCharte()', () => {
  it('reads in section order, preamble and principles first, the articles numbered through', () => {
    const a = assembleCharte(CHARTE_LIBRARY, council());
    expect(a.sections[0]!.section).to.equal('preambule');
    expect(a.sections[1]!.section).to.equal('principes');
    const order = a.sections.map((s) => CHARTE_SECTIONS.indexOf(s.section));
    expect(order).to.deep.equal([...order].sort((x, y) => x - y));
    expect(articles(a).map((x) => x.number)).to.deep.equal(articles(a).map((_, i) => i + 1));
    expect(a.missing).to.deep.equal([]);
  });

  it('fills each variable with its answer in words, and picks the variant the answers choose', () => {
    const a = assembleCharte(CHARTE_LIBRARY, council());
    expect(article(a, 'preambule-loi')!.text).to.contain(
      'Le conseil citoyen du quartier Moulins, à Lille, est institué',
    );
    expect(article(a, 'colleges')!.text).to.contain('compte 24 membres');
    expect(article(a, 'reunions')!.text).to.contain(
      'se réunit une fois par mois, à la maison de quartier des Moulins',
    );
    expect(article(a, 'decision')!.text).to.contain('à défaut, elles sont prises à la majorité');
    expect(article(a, 'decision')!.text).to.contain('le quorum étant de 9 membres');
    expect(article(a, 'animation')!.text).to.contain('deux co-animateurs');
    expect(article(a, 'mandat')!.text).to.contain('désignés pour deux ans');
    expect(article(a, 'decision')!.step).to.equal('decisions');
    expect(article(a, 'colleges')!.locked).to.equal(true);
  });

  it('includes a clause only when its answer says so (« suppléants », procurations)', () => {
    expect(article(assembleCharte(CHARTE_LIBRARY, council()), 'suppleants')).to.equal(undefined);
    const withAlternates = assembleCharte(
      CHARTE_LIBRARY,
      council({ answers: { ...MOULINS, suppleants: true, procurations: false } }),
    );
    expect(article(withAlternates, 'suppleants')!.text).to.contain(
      'Chaque membre titulaire a un suppléant',
    );
    expect(article(withAlternates, 'procurations')).to.equal(undefined);
  });

  it('names what is missing, in step order, and says it in the text', () => {
    const a = assembleCharte(
      CHARTE_LIBRARY,
      council({ answers: { commune: 'Lille', mode_decision: 'majorite' } }),
    );
    expect(a.missing.slice(0, 3)).to.deep.equal([
      'quartier',
      'structure_porteuse',
      'nombre_membres',
    ]);
    expect(a.missing).to.include('quorum');
    expect(article(a, 'colleges')!.text).to.contain('compte [Nombre de membres] membres');
    expect(
      missingMessage(
        ['Quartier prioritaire', 'Nombre de membres', 'Quorum (nombre de membres présents)'],
        'fr',
      ),
    ).to.equal(
      '3 variables à compléter : « Quartier prioritaire », « Nombre de membres », « Quorum (nombre de membres présents) ».',
    );
  });

  it('drops the answer of a question no longer asked (a quorum under consensus)', () => {
    const a = assembleCharte(
      CHARTE_LIBRARY,
      council({ answers: { ...MOULINS, mode_decision: 'consensus', quorum: 9 } }),
    );
    expect(article(a, 'decision')!.text).to.not.contain('quorum');
    expect(a.missing).to.deep.equal([]);
  });

  it('keeps the council’s own wording and clauses, marked; never a locked clause changed or a required one removed', () => {
    const a = assembleCharte(
      CHARTE_LIBRARY,
      council({
        clauses: [
          { clauseId: 'objet', body: 'Le conseil porte la voix des habitants de {{quartier}}.' },
          { clauseId: 'colleges', body: 'Texte réécrit.' },
          { clauseId: 'communication', removed: true },
          { clauseId: 'reunions', removed: true },
        ],
        own: [
          {
            id: 'propre',
            section: 'engagements',
            title: 'Accueil',
            body: 'Un binôme accueille chaque nouveau membre.',
          },
        ],
      }),
    );
    expect(article(a, 'objet')!.text).to.equal(
      'Le conseil porte la voix des habitants de Moulins.',
    );
    expect(article(a, 'objet')!.changed).to.equal(true);
    expect(article(a, 'colleges')!.text).to.contain('deux collèges');
    expect(article(a, 'communication')).to.equal(undefined);
    expect(article(a, 'reunions')).to.not.equal(undefined);
    expect(article(a, 'propre')).to.include({ own: true, title: 'Accueil' });
  });

  it('a charte locale de la participation holds its own clauses, not the council’s', () => {
    const a = assembleCharte(CHARTE_LIBRARY, {
      kind: 'charte_locale_participation',
      answers: {
        commune: 'Valenciennes',
        instances: 'Conseil citoyen de Dutemple\nTable de quartier du centre',
        local: 'à la maison de la participation',
        delai_reponse: 60,
      },
    });
    expect(article(a, 'inventaire')!.text).to.contain('Table de quartier du centre');
    expect(article(a, 'engagements-commune')!.text).to.contain('dans un délai de 60 jours');
    expect(article(a, 'colleges')).to.equal(undefined);
    expect(a.missing).to.deep.equal([]);
  });
});

describe('charteIssues()', () => {
  it('names a locked clause changed or removed, a required one removed, an unknown one', () => {
    const issues = charteIssues(CHARTE_LIBRARY, {
      clauses: [
        { clauseId: 'colleges', body: 'Autre texte' },
        { clauseId: 'principes', removed: true },
        { clauseId: 'reunions', removed: true },
        { clauseId: 'inconnue' },
        { clauseId: 'communication', removed: true },
        { clauseId: 'objet', body: 'Notre texte' },
      ],
    });
    expect(issues).to.deep.equal([
      { code: 'locked_changed', clause: 'colleges' },
      { code: 'locked_removed', clause: 'principes' },
      { code: 'required_removed', clause: 'reunions' },
      { code: 'unknown_clause', clause: 'inconnue' },
    ]);
    expect(charteIssueMessage(issues[0]!, 'Composition', 'fr')).to.equal(
      'La clause « Composition » reprend la loi ou le cadre de référence : son texte ne peut pas être modifié, seulement ses variables.',
    );
  });
});

describe('the builder’s edits', () => {
  const lib = CHARTE_LIBRARY;
  const start = council({ answers: { ...MOULINS, animation: 'tournante' } });

  it('lists the clauses a charte calls for, those left out included, with why some must stay', () => {
    const removed = setClauseRemoved(lib, start, 'communication', true);
    const views = clauseViews(lib, removed);
    const of = (id: string) => views.find((v) => v.clause.id === id)!;
    expect(of('communication').removed).to.equal(true);
    expect(articles(assembleCharte(lib, removed)).map((a) => a.id)).to.not.include('communication');
    expect(of('colleges').kept).to.equal('locked');
    expect(of('reunions').kept).to.equal('required');
    expect(of('communication').kept).to.equal(undefined);
    // The variant the answers chose is the wording to compare with, and its step is the one that chose it.
    expect(of('animation').wording).to.equal(
      lib.clauses.find((c) => c.id === 'animation')!.variants!.find((v) => v.id === 'tournante')!
        .body,
    );
    expect(of('animation').step).to.equal('fonctionnement');
    // Sections in the order of a charte: the preamble first.
    expect(views[0]!.clause.section).to.equal('preambule');
    // Back in: nothing stored for it any more.
    const back = setClauseRemoved(lib, removed, 'communication', false);
    expect(back.clauses).to.deep.equal([]);
  });

  it('keeps a council’s wording only where it differs, and never touches a locked or required clause’s place', () => {
    const changed = setClauseText(lib, start, 'objet', 'Notre objet, à {{commune}}.');
    expect(changed.clauses).to.deep.equal([
      { clauseId: 'objet', body: 'Notre objet, à {{commune}}.' },
    ]);
    expect(article(assembleCharte(lib, changed), 'objet')).to.include({
      text: 'Notre objet, à Lille.',
      changed: true,
    });
    const wording = clauseViews(lib, start).find((v) => v.clause.id === 'objet')!.wording;
    expect(setClauseText(lib, changed, 'objet', `  ${wording} `).clauses).to.deep.equal([]);
    expect(setClauseText(lib, changed, 'objet', '   ').clauses).to.deep.equal([]);
    expect(setClauseText(lib, start, 'colleges', 'Autre chose')).to.equal(start);
    expect(setClauseRemoved(lib, start, 'colleges', true)).to.equal(start);
    expect(setClauseRemoved(lib, start, 'reunions', true)).to.equal(start);
    // Left out, an optional clause keeps the council's wording for when it comes back.
    const out = setClauseRemoved(
      lib,
      setClauseText(lib, start, 'communication', 'Par affiche.'),
      'communication',
      true,
    );
    expect(out.clauses).to.deep.equal([
      { clauseId: 'communication', body: 'Par affiche.', removed: true },
    ]);
    expect(setClauseRemoved(lib, out, 'communication', false).clauses).to.deep.equal([
      { clauseId: 'communication', body: 'Par affiche.' },
    ]);
    expect(charteIssues(lib, changed)).to.deep.equal([]);
  });

  it('adds, rewrites, moves within a section and removes the council’s own clauses', () => {
    let c = start;
    const a = addOwnClause(lib, c, {
      section: 'moyens',
      title: 'Un local le samedi',
      body: 'Texte A',
    });
    c = a.charte;
    const b = addOwnClause(lib, c, {
      section: 'moyens',
      title: 'Un local le samedi',
      body: 'Texte B',
    });
    c = b.charte;
    const other = addOwnClause(lib, c, { section: 'revision', title: 'Objet', body: 'Texte C' });
    c = other.charte;
    expect([a.id, b.id, other.id]).to.deep.equal([
      'propre-un-local-le-samedi',
      'propre-un-local-le-samedi-2',
      'propre-objet',
    ]);
    c = moveArticle(lib, c, b.id, -1);
    const ids = (x: typeof c, section: string) =>
      assembleCharte(lib, x)
        .sections.find((s) => s.section === section)!
        .articles.map((y) => y.id);
    expect(ids(c, 'moyens').slice(-2)).to.deep.equal([b.id, a.id]);
    // Not past the last of its section, nor into another section.
    const last = moveArticle(lib, c, a.id, 1);
    expect(last).to.equal(c);
    c = moveArticle(lib, moveArticle(lib, c, b.id, 1), b.id, -1);
    c = updateOwnClause(c, a.id, { body: 'À {{commune}}' });
    const assembled = assembleCharte(lib, c);
    const moyens = assembled.sections.find((s) => s.section === 'moyens')!.articles;
    expect(moyens.slice(-2).map((x) => [x.id, x.own, x.text])).to.deep.equal([
      [b.id, true, 'Texte B'],
      [a.id, true, 'À Lille'],
    ]);
    c = removeOwnClause(c, b.id);
    expect(c.own!.map((o) => o.id)).to.deep.equal([a.id, other.id]);
    expect(c.articleOrder).not.to.include(b.id);
  });

  it('puts the council’s order on the articles of a section and on the sections, the preamble and principles first', () => {
    const plain = assembleCharte(lib, start);
    const numbersOf = (x: ReturnType<typeof assembleCharte>) =>
      articles(x).map((y) => [y.number, y.id]);
    const sectionsOf = (x: ReturnType<typeof assembleCharte>) => x.sections.map((y) => y.section);
    // A library clause moves above another of its section, renumbered, the others unchanged.
    const perim = plain.sections.find((y) => y.section === 'perimetre')!.articles;
    expect(perim.length).to.equal(2);
    const moved = moveArticle(lib, start, perim[1]!.id, -1);
    const after = assembleCharte(lib, moved);
    expect(
      after.sections.find((y) => y.section === 'perimetre')!.articles.map((y) => y.id),
    ).to.deep.equal([perim[1]!.id, perim[0]!.id]);
    expect(numbersOf(after).map(([n]) => n)).to.deep.equal(numbersOf(plain).map(([n]) => n));
    expect(
      charteDiff(plain, after)
        .renumbered.map((y) => y.after.id)
        .sort(),
    ).to.deep.equal([perim[0]!.id, perim[1]!.id].sort());
    // The preamble's articles stay as the library orders them, even one of the council's own.
    expect(plain.sections[0]!.section).to.equal('preambule');
    const inPreamble = addOwnClause(lib, start, {
      section: 'preambule',
      title: 'Mot',
      body: 'Texte',
    });
    expect(moveArticle(lib, inPreamble.charte, inPreamble.id, -1)).to.equal(inPreamble.charte);

    // « Moyens » before « Fonctionnement »: the section jumps over the ones between, renumbered in order.
    let c = start;
    const before = sectionsOf(plain);
    const steps = before.indexOf('moyens') - before.indexOf('fonctionnement');
    for (let i = 0; i < steps; i++) c = moveSection(lib, c, 'moyens', -1);
    const moyensFirst = assembleCharte(lib, c);
    const now = sectionsOf(moyensFirst);
    expect(now.indexOf('moyens')).to.equal(before.indexOf('fonctionnement'));
    expect(now.slice(0, 2)).to.deep.equal(['preambule', 'principes']);
    expect(articles(moyensFirst).map((y) => y.number)).to.deep.equal(
      articles(moyensFirst).map((_, i) => i + 1),
    );
    // The first movable section does not go above the principles; the last does not go further down.
    const first = before[2]!;
    expect(moveSection(lib, start, first, -1)).to.equal(start);
    expect(moveSection(lib, start, before.at(-1)!, 1)).to.equal(start);
    // The type keeps the head first: a document that tries it is refused.
    expect(
      CharteInput.safeParse({ ...charteDraftOf(start), sectionOrder: ['principes', 'objet'] })
        .success,
    ).to.equal(false);
    expect(CharteInput.safeParse({ ...charteDraftOf(c) }).success).to.equal(true);
  });

  it('keeps an article that a later answer brings in right after the one it follows', () => {
    expect(councilOrder(['a', 'b', 'c', 'd'], ['c', 'a'])).to.deep.equal(['c', 'd', 'a', 'b']);
    expect(councilOrder(['a', 'b', 'c'], ['b', 'x', 'b', 'a', 'c'])).to.deep.equal(['b', 'a', 'c']);
    expect(councilOrder(['a', 'b'], undefined)).to.deep.equal(['a', 'b']);
    expect(councilOrder(['n', 'a', 'b'], ['b', 'a'])).to.deep.equal(['n', 'b', 'a']);
  });

  it('groups the questions still to answer by the step that asks them', () => {
    const { missing } = assembleCharte(lib, council({ answers: { commune: 'Lille' } }));
    const byStep = missingByStep(lib, missing);
    // An optional question is still a variable to fill when a clause names it (« structure porteuse »).
    expect(byStep.get('conseil')).to.deep.equal(['quartier', 'structure_porteuse']);
    expect(byStep.get('composition')).to.include('nombre_membres');
    expect(byStep.has('revision')).to.equal(true);
  });
});

describe('charteDiff()', () => {
  it('names articles added, removed, reworded and renumbered, by id whatever their numbers', () => {
    const before = { sections: assembleCharte(CHARTE_LIBRARY, council()).sections };
    const revised = council({
      answers: { ...MOULINS, nombre_membres: 30, suppleants: true },
      clauses: [{ clauseId: 'communication', removed: true }],
    });
    const after = { sections: assembleCharte(CHARTE_LIBRARY, revised).sections };
    const d = charteDiff(before, after);
    expect(d.added.map((a) => a.id)).to.deep.equal(['suppleants']);
    expect(d.removed.map((a) => a.id)).to.deep.equal(['communication']);
    expect(d.changed.map((c) => c.after.id)).to.deep.equal(['colleges']);
    expect(d.changed[0]!.after.text).to.contain('30');
    // The articles after the new one keep their words and get a new number.
    expect(d.renumbered.length).to.be.greaterThan(0);
    expect(
      d.renumbered.every(
        (r) => r.after.number === r.before.number + 1 || r.after.number === r.before.number,
      ),
    ).to.equal(true);
    expect(charteDiff(before, before)).to.deep.equal({
      added: [],
      removed: [],
      changed: [],
      renumbered: [],
    });
  });
});
