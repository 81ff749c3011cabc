import { css } from 'lit';

/** Fields, choices, errors and the error summary: the look every form of the library shares. */
export const formStyles = css`
  form { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space-3); max-width: 40rem; }
  form > p { margin: 0; }
  .field { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space-1); margin: 0; padding: 0; border: 0; min-width: 0; }
  fieldset.field legend { padding: 0; margin-block-end: var(--_space-1); }
  label, legend { font-weight: 600; }
  .choice label { font-weight: 400; }
  .mark { font-weight: 400; color: var(--_color-text-muted); }
  .hint { margin: 0; font-size: var(--_font-size-s); }
  input[type='text'], input[type='email'], input[type='tel'], input[type='number'], input[type='date'], input:not([type]), textarea, select {
    font: inherit; min-height: 2.75rem; padding: var(--_space-2); color: inherit; width: 100%;
    background: var(--_color-background-default); border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m);
  }
  [aria-invalid='true'] { border: 2px solid var(--_color-border-error); }
  .field-error { margin: 0; color: var(--_color-text-error); font-weight: 600; }
  .choice { display: flex; align-items: center; gap: var(--_space-2); min-height: 2.75rem; }
  .choice input { width: 1.25rem; height: 1.25rem; margin: 0; }
  .error-summary ul { margin: 0; padding-inline-start: var(--_space-4); }
  .error-summary a { color: inherit; }
  /* A honeypot: out of sight and out of the tab order, with a label saying to leave it empty. */
  .hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
  #error-summary:focus { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
`;
