import { css } from 'lit';

/** The controls that core's form styles do not cover: a scale in a row, a matrix, a ranking with its buttons. */
export const questionStyles = css`
  .scale fieldset { display: flex; flex-wrap: wrap; column-gap: var(--_space-4); }
  .scale legend, .scale .hint, .scale .field-error { flex: 0 0 100%; }
  .matrix-scroll { overflow-x: auto; }
  .matrix { border-collapse: collapse; width: 100%; }
  .matrix th, .matrix td { padding: var(--_space-2); border-bottom: 1px solid var(--_color-border-default); text-align: center; }
  .matrix th[scope='row'] { text-align: start; font-weight: 400; }
  .matrix th[scope='col'] { font-size: var(--_font-size-s); }
  .matrix input { width: 1.25rem; height: 1.25rem; }
  .matrix-row { margin: 0 0 var(--_space-2); padding: var(--_space-2) var(--_space-3); border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); }
  .ranking { margin: 0; padding-inline-start: var(--_space-6); display: grid; gap: var(--_space-2); }
  .ranking li { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space-2); }
  .rank-buttons { display: flex; gap: var(--_space-2); }
  .rank-buttons .cc-button { min-height: 2.75rem; padding: var(--_space-1) var(--_space-3); }
  .cc-button[aria-disabled='true'] { opacity: 0.5; cursor: not-allowed; }
`;
