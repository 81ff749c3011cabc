/**
 * Whether a questionnaire's definition holds together before it is published (unique ids, choices with options, sane
 * bounds, conditions that look only back): for the editor and the server, never in a resident's page.
 * questionnaire-definition-wording.ts puts the issues in words.
 */
import type {
  Condition,
  ConditionRule,
  Question,
  QuestionnaireInput,
  QuestionnaireItem,
} from './questionnaire.js';
import { OTHER_CHOICE, type QuestionType } from './constants.js';
import { isQuestion } from './questionnaire-rules.js';

type Definition = Pick<QuestionnaireInput, 'pages'>;

export const DEFINITION_ISSUE_CODES = [
  'duplicateId',
  'noOptions',
  'duplicateOption',
  'noRows',
  'noColumns',
  'range',
  'choiceRange',
  'emptyPage',
  'conditionUnknown',
  'conditionForward',
  'conditionSelf',
  'conditionBlock',
  'conditionOperator',
  'conditionValue',
] as const;
export type DefinitionIssueCode = (typeof DEFINITION_ISSUE_CODES)[number];

export interface DefinitionIssue {
  /** The page or item where the problem is (its id). */
  at: string;
  code: DefinitionIssueCode;
  /** The question a condition refers to, or the repeated id. */
  ref?: string;
}

/** Operators a question's answer can be compared with. */
function operatorFits(op: ConditionRule['op'], type: QuestionType): boolean {
  if (op === 'answered' || op === 'notAnswered') return true;
  if (op === 'greaterThan' || op === 'lessThan') return type === 'number' || type === 'scale';
  if (op === 'contains')
    return ['text', 'textarea', 'multiple', 'ranking', 'email', 'phone'].includes(type);
  return type !== 'matrix' && type !== 'ranking' && type !== 'consent';
}

/**
 * Whether a definition holds together before it is published: unique ids, choices with options, sane bounds, and
 * conditions that look only back at a question of the right kind (so there is never a cycle).
 */
export function definitionIssues(def: Definition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const seen = new Set<string>();
  const before = new Map<string, QuestionnaireItem>();
  const all = new Map(def.pages.flatMap((p) => p.items.map((i) => [i.id, i] as const)));
  const unique = (id: string, at: string) => {
    if (seen.has(id)) issues.push({ at, code: 'duplicateId', ref: id });
    seen.add(id);
  };
  const checkCondition = (
    c: Condition | undefined,
    at: string,
    visible: Map<string, QuestionnaireItem>,
  ) => {
    for (const rule of c?.rules ?? []) {
      const target = visible.get(rule.question);
      const code: DefinitionIssueCode | undefined =
        rule.question === at
          ? 'conditionSelf'
          : !all.has(rule.question)
            ? 'conditionUnknown'
            : !target
              ? 'conditionForward'
              : !isQuestion(target)
                ? 'conditionBlock'
                : !operatorFits(rule.op, target.type)
                  ? 'conditionOperator'
                  : valueMissing(rule, target)
                    ? 'conditionValue'
                    : undefined;
      if (code) issues.push({ at, code, ref: rule.question });
    }
  };
  for (const page of def.pages) {
    unique(page.id, page.id);
    // A page's condition can only look at earlier pages' questions.
    checkCondition(page.showIf, page.id, new Map(before));
    if (!page.items.length) issues.push({ at: page.id, code: 'emptyPage' });
    for (const item of page.items) {
      unique(item.id, item.id);
      checkCondition(item.showIf, item.id, before);
      if (isQuestion(item)) issues.push(...shapeIssues(item));
      before.set(item.id, item);
    }
  }
  return issues;
}

/** A condition on a choice must name one of its options. */
function valueMissing(rule: ConditionRule, target: Question): boolean {
  if (rule.op === 'answered' || rule.op === 'notAnswered') return false;
  if (rule.value === undefined || (Array.isArray(rule.value) && !rule.value.length)) return true;
  const options = 'options' in target ? target.options.map((o) => o.value) : undefined;
  const allowed = target.type === 'yesno' ? ['yes', 'no'] : options;
  if (!allowed) return false;
  if ('other' in target && target.other) allowed.push(OTHER_CHOICE);
  const values = Array.isArray(rule.value) ? rule.value : [rule.value];
  return values.some((v) => !allowed.includes(String(v)));
}

function shapeIssues(q: Question): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const at = q.id;
  const optionList = (list: { value: string }[], none: DefinitionIssueCode) => {
    if (!list.length) issues.push({ at, code: none });
    const values = list.map((o) => o.value);
    const repeated = values.find((v, i) => values.indexOf(v) !== i);
    if (repeated) issues.push({ at, code: 'duplicateOption', ref: repeated });
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'dropdown':
    case 'ranking':
      optionList(q.options, 'noOptions');
      if (q.type === 'ranking' && q.options.length === 1) issues.push({ at, code: 'noOptions' });
      if (q.type === 'multiple') {
        const most = q.options.length + (q.other ? 1 : 0);
        if ((q.minChoices ?? 0) > (q.maxChoices ?? most) || (q.minChoices ?? 0) > most)
          issues.push({ at, code: 'choiceRange' });
      }
      break;
    case 'matrix':
      optionList(q.rows, 'noRows');
      optionList(q.columns, 'noColumns');
      break;
    case 'number':
    case 'scale':
    case 'date':
      if (q.min !== undefined && q.max !== undefined && q.min >= q.max)
        issues.push({ at, code: 'range' });
      break;
  }
  return issues;
}
