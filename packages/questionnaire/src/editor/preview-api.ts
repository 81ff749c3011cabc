// The preview's backend: the real <cc-questionnaire> runs on the definition being written, and nothing it does reaches
// the API — no answer recorded, no draft saved — so trying it out never counts as a resident's answer.
import type { CcApi } from '@conseils-citoyens/core/api/api.js';
import { ApiError } from '@conseils-citoyens/core/api/errors.js';

// Only the API's own method names answer: Lit and promises probe values for other keys (`_$litDirective$`, `then`).
export const previewApi = new Proxy({} as CcApi, {
  get: (_target, name) =>
    typeof name === 'string' && /^[a-z][A-Za-z]*$/.test(name) && name !== 'then'
      ? () => Promise.reject(new ApiError('config', { details: `aperçu : ${name}` }))
      : undefined,
});
