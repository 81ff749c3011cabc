// Which questionnaire, which version and which answers a resident finds: a resume link reopens its draft in the
// version it answered; this device's draft too, while that version is published; otherwise the current published one.
import type {
  Questionnaire,
  QuestionnaireDraft,
  QuestionnaireInput,
} from '@conseils-citoyens/schemas';
import type { CcApi } from '@conseils-citoyens/core/api/api.js';
import { ApiError } from '@conseils-citoyens/core/api/errors.js';
import { resumeTokenFromFragment } from '@conseils-citoyens/core/api/edit-link.js';
import type { AnswerState } from '@conseils-citoyens/core/form/questions/answer-state.js';

export interface Draft extends Partial<AnswerState> {
  answers: AnswerState['answers'];
  version: number;
  pageId?: string;
  resumeToken?: string;
  /** With `responses: "email"`: the address typed on the last page. */
  email?: string;
  attempt?: string;
}

export interface Loaded {
  questionnaire: (QuestionnaireInput & { version: number }) | Questionnaire;
  /** The answers to take back, if any. */
  draft?: Draft;
  resumeToken?: string;
  /** What to tell the resident: their saved answers are back, or the link no longer works. */
  notice?: 'resumed' | 'resumeGone';
}

const isNotFound = (e: unknown) => e instanceof ApiError && e.kind === 'not_found';

/** The current published version (an organiser's provider sees the head, which may be a draft). */
async function published(client: CcApi, id: string, signal: AbortSignal): Promise<Questionnaire> {
  const head = await client.getDocument('questionnaires', id, { signal });
  if (!head.versionStatus || head.versionStatus === 'published') return head;
  const history = await client.listVersions('questionnaires', id, { signal });
  const last = history.items.find((v) => v.status === 'published');
  if (!last) throw new ApiError('not_found', { status: 404 });
  return client.getVersion('questionnaires', id, last.version, { signal });
}

export async function loadQuestionnaire(o: {
  client: CcApi | undefined;
  id: string | undefined;
  definition: (QuestionnaireInput & { version?: number }) | undefined;
  local: Draft | undefined;
  signal: AbortSignal;
}): Promise<Loaded> {
  const { client, id, definition, local, signal } = o;
  if (definition) {
    const questionnaire = { ...definition, version: definition.version ?? 1 };
    return { questionnaire, ...(local?.version === questionnaire.version ? { draft: local } : {}) };
  }
  if (!client || !id) throw new ApiError('config');
  const token = resumeTokenFromFragment();
  if (token) {
    let saved: QuestionnaireDraft | undefined;
    try {
      saved = await client.getQuestionnaireDraft(token, { signal });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
    if (saved && saved.questionnaireId === id) {
      const questionnaire = await client.getVersion('questionnaires', id, saved.version, {
        signal,
      });
      // What this device typed since the save wins over the saved copy.
      const draft = local?.resumeToken === token && local.version === saved.version ? local : saved;
      return {
        questionnaire,
        draft: { ...draft, resumeToken: token },
        resumeToken: token,
        notice: 'resumed',
      };
    }
    if (!saved) return { questionnaire: await published(client, id, signal), notice: 'resumeGone' };
  }
  const current = await published(client, id, signal);
  if (!local || local.version === current.version)
    return {
      questionnaire: current,
      ...(local ? { draft: local, resumeToken: local.resumeToken } : {}),
    };
  // Begun on an earlier version, still published as it was: finished in that version, so its answers keep their meaning.
  try {
    const earlier = await client.getVersion('questionnaires', id, local.version, { signal });
    return { questionnaire: earlier, draft: local, resumeToken: local.resumeToken };
  } catch (e) {
    if (!isNotFound(e)) throw e;
    return { questionnaire: current };
  }
}
