import { createContext } from '@lit/context';
import type { Locale } from '@conseils-citoyens/schemas';
import type { CcApi } from './api/api.js';

/** What `<cc-provider>` gives every `cc-*` element inside it. */
export interface CcConfig {
  api?: CcApi;
  locale?: Locale;
  /** Set when the provider itself is misconfigured: shown by the elements, never a blank box. */
  error?: string;
  /** Where drafts are kept: `session` (default) or `local` (opt-in, 24 h at most). */
  draftStorage?: 'session' | 'local';
}

/** `Symbol.for` so that two copies of the library on one page still talk to each other. */
export const ccConfigContext = createContext<CcConfig>(Symbol.for('cc-config'));
