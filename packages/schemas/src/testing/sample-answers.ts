/**
 * Plausible answers to any questionnaire, drawn from a seeded random source: the demo data of the reference server,
 * the benches and the tests. Questions are answered in order, so a condition sees the answers before it, and a
 * question the answers hide is left alone.
 */
import type { Answers, QuestionnaireInput } from '../questionnaire.js';
import { OTHER_CHOICE } from '../constants.js';
import { conditionHolds, isQuestion } from '../questionnaire-rules.js';

/** A small deterministic generator (mulberry32): the same seed gives the same answers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'réunion',
  'quartier',
  'projet',
  'habitants',
  'formation',
  'budget',
  'école',
  'jardin',
];

export function sampleAnswers(
  def: Pick<QuestionnaireInput, 'pages'>,
  random: () => number,
  { optionalRate = 0.7 } = {},
): { answers: Answers; others: Record<string, string> } {
  const answers: Answers = {};
  const others: Record<string, string> = {};
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[int(0, list.length - 1)]!;
  const shuffled = <T>(list: readonly T[]) =>
    list
      .map((v) => [random(), v] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, v]) => v);
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  for (const page of def.pages) {
    if (!conditionHolds(page.showIf, answers)) continue;
    for (const q of page.items) {
      if (!isQuestion(q) || !conditionHolds(q.showIf, answers)) continue;
      if (!q.required && q.type !== 'consent' && random() > optionalRate) continue;
      switch (q.type) {
        case 'text':
          answers[q.id] = words(int(1, 3)).slice(0, q.maxLength ?? 500);
          break;
        case 'textarea':
          answers[q.id] = `${words(int(3, 12))}.`.slice(0, q.maxLength ?? 5000);
          break;
        case 'number': {
          const lo = q.min ?? 0;
          const hi = q.max ?? lo + 10;
          const step = q.step ?? 1;
          answers[q.id] = lo + step * int(0, Math.floor((hi - lo) / step));
          break;
        }
        case 'scale':
          answers[q.id] = int(q.min, q.max);
          break;
        case 'email':
          answers[q.id] = `habitant${int(1, 999)}@exemple.fr`;
          break;
        case 'phone':
          answers[q.id] = `06 ${int(10, 99)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)}`;
          break;
        case 'date': {
          const from = Date.parse(q.min ?? '2026-01-01');
          const to = Date.parse(q.max ?? '2027-12-31');
          answers[q.id] = new Date(from + random() * (to - from)).toISOString().slice(0, 10);
          break;
        }
        case 'single':
        case 'dropdown': {
          const other = q.type === 'single' && q.other && random() < 0.1;
          answers[q.id] = other ? OTHER_CHOICE : pick(q.options).value;
          if (other) others[q.id] = words(2);
          break;
        }
        case 'multiple': {
          const most = Math.min(q.maxChoices ?? q.options.length, q.options.length);
          const n = int(Math.min(q.minChoices ?? 1, most), most);
          answers[q.id] = shuffled(q.options)
            .slice(0, n)
            .map((o) => o.value);
          break;
        }
        case 'yesno':
          answers[q.id] = random() < 0.5;
          break;
        case 'consent':
          answers[q.id] = true;
          break;
        case 'matrix':
          answers[q.id] = Object.fromEntries(q.rows.map((r) => [r.value, pick(q.columns).value]));
          break;
        case 'ranking':
          answers[q.id] = shuffled(q.options).map((o) => o.value);
          break;
      }
    }
  }
  return { answers, others };
}
