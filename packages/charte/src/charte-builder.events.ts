import type { CcEvent } from '@conseils-citoyens/core';

/** A draft version of the charte was saved. */
export type CcCharteBuilderSaveEvent = CcEvent<{ version: number }>;
/** Someone else saved a version first: both are shown until the person chooses. */
export type CcCharteBuilderConflictEvent = CcEvent<{ version: number; by: string }>;
/** A version was adopted: it never changes, and <cc-charte> now shows it. */
export type CcCharteBuilderAdoptEvent = CcEvent<{ version: number }>;
/** A version was downloaded as a file (`format`: odt, docx or md), under the name the server gave it. */
export type CcCharteBuilderDownloadEvent = CcEvent<{
  version: number;
  format: 'odt' | 'docx' | 'md' | 'html';
  filename: string;
}>;

declare global {
  interface HTMLElementEventMap {
    'cc-charte-builder-save': CcCharteBuilderSaveEvent;
    'cc-charte-builder-conflict': CcCharteBuilderConflictEvent;
    'cc-charte-builder-adopt': CcCharteBuilderAdoptEvent;
    'cc-charte-builder-download': CcCharteBuilderDownloadEvent;
  }
}
