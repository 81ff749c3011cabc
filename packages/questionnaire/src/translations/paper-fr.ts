// The words of the blank paper questionnaire (controllers/paper.ts), loaded with it. English in paper-en.ts.
import type { ConditionOperator } from '@conseils-citoyens/schemas/constants.js';

const quoted = (v: string[]) => v.map((x) => `« ${x} »`).join(' ou ');

export const paperFr = {
  paperIntro:
    'Cochez une case par réponse, ou plusieurs quand la question le permet ; écrivez sur les lignes. Les questions marquées « obligatoire » doivent être remplies.',
  paperRequired: '(obligatoire)',
  paperRanking: (n: number) =>
    `Numérotez les propositions de 1 à ${n}, 1 pour celle que vous préférez.`,
  paperCondition: (parts: string[], match: 'all' | 'any') =>
    `Seulement si ${parts.join(match === 'all' ? ' et ' : ' ou ')} :`,
  paperRule: (op: ConditionOperator, label: string, v: string[]): string =>
    ({
      equals: `vous avez répondu ${quoted(v)} à « ${label} »`,
      notEquals: `vous n’avez pas répondu ${quoted(v)} à « ${label} »`,
      oneOf: `vous avez répondu ${quoted(v)} à « ${label} »`,
      contains: `votre réponse à « ${label} » comprend ${quoted(v)}`,
      answered: `vous avez répondu à « ${label} »`,
      notAnswered: `vous n’avez pas répondu à « ${label} »`,
      greaterThan: `votre réponse à « ${label} » est supérieure à ${v[0] ?? ''}`,
      lessThan: `votre réponse à « ${label} » est inférieure à ${v[0] ?? ''}`,
    })[op],
};
export type PaperStrings = typeof paperFr;
