import type { PaperStrings } from './paper-fr.js';

const quoted = (v: string[]) => v.map((x) => `“${x}”`).join(' or ');

export const paperEn: PaperStrings = {
  paperIntro:
    'Tick one box per answer, or several when the question allows it; write on the lines. Questions marked “required” must be answered.',
  paperRequired: '(required)',
  paperRanking: (n) => `Number the items from 1 to ${n}, 1 for the one you prefer.`,
  paperCondition: (parts, match) => `Only if ${parts.join(match === 'all' ? ' and ' : ' or ')}:`,
  paperRule: (op, label, v) =>
    ({
      equals: `you answered ${quoted(v)} to “${label}”`,
      notEquals: `you did not answer ${quoted(v)} to “${label}”`,
      oneOf: `you answered ${quoted(v)} to “${label}”`,
      contains: `your answer to “${label}” includes ${quoted(v)}`,
      answered: `you answered “${label}”`,
      notAnswered: `you did not answer “${label}”`,
      greaterThan: `your answer to “${label}” is more than ${v[0] ?? ''}`,
      lessThan: `your answer to “${label}” is less than ${v[0] ?? ''}`,
    })[op],
};
