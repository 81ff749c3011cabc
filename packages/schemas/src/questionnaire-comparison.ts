/**
 * The comparison of a shared questionnaire across territories, assembled the same way by the server and the memory
 * adapter from each territory's results. Without zod and without the DOM.
 */
import type { QuestionnaireInput } from './questionnaire.js';
import type { QuestionnaireResults, TerritoryComparison } from './questionnaire-results.js';
import { questionsOf } from './questionnaire-rules.js';

/** One questionnaire in the comparison: the template itself or a territory's adaptation. */
export interface ComparedQuestionnaire {
  id: string;
  territory?: string;
  results: QuestionnaireResults;
}

/** Whether `def` was adapted from the template `templateId`. */
export const isAdaptedFrom = (def: Pick<QuestionnaireInput, 'basedOn'>, templateId: string) =>
  def.basedOn?.id === templateId;

/** Each questionnaire's results kept to the template's common questions, written texts left out. */
export function compareTerritories(
  template: Pick<QuestionnaireInput, 'pages'>,
  templateId: string,
  threshold: number,
  compared: ComparedQuestionnaire[],
): TerritoryComparison {
  const core = new Set(
    questionsOf(template)
      .filter(({ question }) => question.core)
      .map(({ question }) => question.id),
  );
  return {
    templateId,
    threshold,
    territories: compared.map(({ id, territory, results }) => ({
      id,
      ...(territory ? { territory } : {}),
      results: {
        ...results,
        questions: results.questions
          .filter((q) => core.has(q.id))
          .map(({ texts: _texts, ...q }) => q),
      },
    })),
  };
}
