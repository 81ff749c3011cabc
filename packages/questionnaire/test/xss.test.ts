// 200 XSS payloads in everything a territory writes (titles, labels, hints, options, rows, columns, sections,
// information texts, consent texts) and everything a resident types, rendered on every page and in the summary after
// sending: none runs, each shows as the very text written.
import { expect, fixture, html } from '@open-wc/testing';
import type { Question, QuestionnaireInput } from '@conseils-citoyens/schemas';
import {
  FIXED_NOW,
  XSS_PAYLOADS,
  createMemoryApi,
  injectedElements,
  trainingNeeds,
} from '@conseils-citoyens/core/testing.js';
import '../src/cc-questionnaire.js';
import type { CcQuestionnaire } from '../src/questionnaire.js';
import { QuestionnaireObject } from '../test-helpers/questionnaire-object.js';

const w = window as unknown as { __xss?: number };
const PER_PAGE = 20;
const options = (p: string) => [
  { value: 'a', label: p },
  { value: 'b', label: `${p} (2)` },
];
/** One question of each kind in turn, every word of it a payload. */
function questionFor(p: string, i: number): Question {
  const base = { id: `q${i}`, label: p, hint: p };
  switch ((i % PER_PAGE) % 8) {
    case 0:
      return { ...base, type: 'text' };
    case 1:
      return { ...base, type: 'single', options: options(p), other: true };
    case 2:
      return { ...base, type: 'multiple', options: options(p) };
    case 3:
      return { ...base, type: 'dropdown', options: options(p) };
    case 4:
      return {
        ...base,
        type: 'scale',
        min: 1,
        max: 5,
        minLabel: p.slice(0, 100),
        maxLabel: p.slice(0, 100),
      };
    case 5:
      return { ...base, type: 'matrix', rows: options(p), columns: options(p) };
    case 6:
      return { ...base, type: 'ranking', options: options(p) };
    default:
      return { ...base, type: 'textarea' };
  }
}
const definition: QuestionnaireInput = {
  title: XSS_PAYLOADS[0]!,
  description: XSS_PAYLOADS[1]!,
  pages: Array.from({ length: XSS_PAYLOADS.length / PER_PAGE }, (_, n) => ({
    id: `p${n}`,
    title: XSS_PAYLOADS[n]!.slice(0, 200),
    description: XSS_PAYLOADS[n + 1]!,
    items: [
      { id: `s${n}`, type: 'section' as const, title: XSS_PAYLOADS[n + 2]!.slice(0, 200) },
      { id: `i${n}`, type: 'info' as const, text: XSS_PAYLOADS[n + 3]! },
      ...XSS_PAYLOADS.slice(n * PER_PAGE, (n + 1) * PER_PAGE).map((p, k) =>
        questionFor(p, n * PER_PAGE + k),
      ),
    ],
  })),
};

describe('200 XSS payloads in a questionnaire', () => {
  beforeEach(() => {
    delete w.__xss;
    sessionStorage.clear();
  });

  it('every page and the summary show them as text; the answers typed too', async function () {
    this.timeout(30_000);
    const api = createMemoryApi({
      questionnaires: [trainingNeeds({ ...definition, id: 'xss' })],
      now: () => FIXED_NOW,
    });
    const el = await fixture<CcQuestionnaire>(
      html`<cc-questionnaire questionnaire-id="xss" .api=${api} locale="fr"></cc-questionnaire>`,
    );
    const q = new QuestionnaireObject(el);
    await q.settle();
    for (let n = 0; n < definition.pages.length; n++) {
      const first = n * PER_PAGE;
      expect(q.labelOf(`q${first}`)).to.contain(XSS_PAYLOADS[first]);
      // What a resident types goes back out as text too.
      await q.type(`q${first}`, XSS_PAYLOADS[first]!.slice(0, 500));
      await q.choose(`q${first + 1}`, '_other');
      await q.type(`q${first + 1}:other`, XSS_PAYLOADS[first + 1]!.slice(0, 500));
      await q.press(n === definition.pages.length - 1 ? 'Envoyer mes réponses' : 'Suivant');
    }
    await q.until(() => !!q.root.querySelector('#outcome'), 'the answers are sent');
    expect(q.text).to.contain('Merci, vos réponses sont enregistrées');
    expect(q.answersShown).to.include(`${XSS_PAYLOADS[0]} → ${XSS_PAYLOADS[0]!.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 50));
    expect(injectedElements(el).map((e) => e.outerHTML)).to.deep.equal([]);
    expect(w.__xss).to.equal(undefined);
  });
});
