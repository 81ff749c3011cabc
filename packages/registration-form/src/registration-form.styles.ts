import { css } from 'lit';

export const styles = css`
  .heading { margin: 0 0 var(--_space-3); font-size: var(--_font-size-l); }
  .heading:focus { outline: none; }
  .heading:focus-visible { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
  .summary { margin-block-end: var(--_space-4); padding: var(--_space-3) var(--_space-4); border-radius: var(--_radius-m);
    background: var(--_color-background-subtle); }
  .summary .kind { margin: 0; font-size: var(--_font-size-s); text-transform: uppercase; letter-spacing: 0.03em; }
  form { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space-3); max-width: 40rem; }
  form > p { margin: 0; }
  .field { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space-1); margin: 0; padding: 0; border: 0; min-width: 0; }
  fieldset.field legend { padding: 0; margin-block-end: var(--_space-1); }
  label, legend { font-weight: 600; }
  .choice label { font-weight: 400; }
  .mark { font-weight: 400; color: var(--_color-text-muted); }
  .hint { margin: 0; font-size: var(--_font-size-s); }
  input[type='text'], input[type='email'], input[type='tel'], input:not([type]), textarea {
    font: inherit; min-height: 2.75rem; padding: var(--_space-2); color: inherit; width: 100%;
    background: var(--_color-background-default); border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m);
  }
  [aria-invalid='true'] { border: 2px solid var(--_color-border-error); }
  .field-error { margin: 0; color: var(--_color-text-error); font-weight: 600; }
  .choice { display: flex; align-items: center; gap: var(--_space-2); min-height: 2.75rem; }
  .choice input { width: 1.25rem; height: 1.25rem; margin: 0; }
  .error-summary ul { margin: 0; padding-inline-start: var(--_space-4); }
  .error-summary a { color: inherit; }
  .privacy { padding: var(--_space-3) var(--_space-4); border-inline-start: 4px solid var(--_color-border-default);
    background: var(--_color-background-subtle); font-size: var(--_font-size-s); }
  .privacy-title { margin: 0 0 var(--_space-1); font-size: var(--_font-size-m); }
  .privacy p, ::slotted(*) { margin: 0 0 var(--_space-1); }
  .hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
  .outcome-title { margin: 0 0 var(--_space-2); }
  .outcome p { margin: 0 0 var(--_space-2); }
  .actions { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-3); }
  #outcome:focus, #error-summary:focus, #cancel-confirm:focus { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
`;
