import type { QuestionnaireDraftCreated, QuestionnaireReceipt } from '@conseils-citoyens/schemas';
import type { ApiError, CcEvent } from '@conseils-citoyens/core';

/** A page is shown: its id, its place among the pages the answers show (1-based), and how many there are. */
export type CcQuestionnairePageEvent = CcEvent<{ pageId: string; index: number; total: number }>;
/** The answers were saved to resume later: the draft's id, the personal resume link and when it expires. */
export type CcQuestionnaireSaveEvent = CcEvent<{
  draftId: QuestionnaireDraftCreated['id'];
  resumeUrl: string;
  expiresAt: string;
}>;
/** The answers were sent: the receipt (its `deleteToken` withdraws them). */
export type CcQuestionnaireSubmitEvent = CcEvent<{ receipt: QuestionnaireReceipt; paper: boolean }>;
/** Loading, saving or sending failed: why, and whether trying again may work. */
export type CcQuestionnaireErrorEvent = CcEvent<{
  error: ApiError;
  retryable: boolean;
  stage: 'load' | 'save' | 'submit' | 'withdraw';
}>;

declare global {
  interface HTMLElementEventMap {
    'cc-questionnaire-page': CcQuestionnairePageEvent;
    'cc-questionnaire-save': CcQuestionnaireSaveEvent;
    'cc-questionnaire-submit': CcQuestionnaireSubmitEvent;
    'cc-questionnaire-error': CcQuestionnaireErrorEvent;
  }
}

/** The editor saved a draft version. */
export type CcQuestionnaireEditorSaveEvent = CcEvent<{ version: number }>;
/** The editor published a version (it never changes), with its change note. */
export type CcQuestionnaireEditorPublishEvent = CcEvent<{ version: number; note: string }>;
/** Someone else saved first: their version, shown beside this one until the person chooses. */
export type CcQuestionnaireEditorConflictEvent = CcEvent<{ version: number; by: string }>;
/** A territory's version of the shared questionnaire was made (the editor now edits it). */
export type CcQuestionnaireEditorForkEvent = CcEvent<{ id: string; territory: string }>;

declare global {
  interface HTMLElementEventMap {
    'cc-questionnaire-editor-save': CcQuestionnaireEditorSaveEvent;
    'cc-questionnaire-editor-publish': CcQuestionnaireEditorPublishEvent;
    'cc-questionnaire-editor-conflict': CcQuestionnaireEditorConflictEvent;
    'cc-questionnaire-editor-fork': CcQuestionnaireEditorForkEvent;
  }
}

/** Every answer was downloaded as a file (CSV or Excel workbook). */
export type CcQuestionnaireResultsDownloadEvent = CcEvent<{
  blob: Blob;
  filename: string;
  format: 'csv' | 'csv-comma' | 'xlsx';
}>;

declare global {
  interface HTMLElementEventMap {
    'cc-questionnaire-results-download': CcQuestionnaireResultsDownloadEvent;
  }
}
