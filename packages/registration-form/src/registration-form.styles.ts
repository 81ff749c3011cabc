import { css } from 'lit';

export const styles = css`
  :host { --_waiting-height: 6rem; }
  .heading { margin: 0 0 var(--_space-3); font-size: var(--_font-size-l); }
  .heading:focus { outline: none; }
  .heading:focus-visible { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
  .summary { margin-block-end: var(--_space-4); padding: var(--_space-3) var(--_space-4); border-radius: var(--_radius-m);
    background: var(--_color-background-subtle); }
  .summary .kind { margin: 0; font-size: var(--_font-size-s); text-transform: uppercase; letter-spacing: 0.03em; }
  .privacy { padding: var(--_space-3) var(--_space-4); border-inline-start: 4px solid var(--_color-border-default);
    background: var(--_color-background-subtle); font-size: var(--_font-size-s); }
  .privacy-title { margin: 0 0 var(--_space-1); font-size: var(--_font-size-m); }
  .privacy p, ::slotted(*) { margin: 0 0 var(--_space-1); }
  .outcome-title { margin: 0 0 var(--_space-2); }
  .outcome p { margin: 0 0 var(--_space-2); }
  .actions { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-3); }
  #outcome:focus, #error-summary:focus, #cancel-confirm:focus { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
`;
