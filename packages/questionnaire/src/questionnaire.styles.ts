import { css } from 'lit';

// The question controls' own rules (scale, matrix, ranking) live with them in core (questionStyles); the paper version's
// and the answers' after sending come with their code (controllers/paper.ts, controllers/outcome-view.ts).

export const styles = css`
  :host { --_waiting-height: 12rem; }
  .heading { margin: 0 0 var(--_space-2); font-size: var(--_font-size-l); }
  .page-heading { margin: var(--_space-2) 0; font-size: var(--_font-size-m); }
  .page-heading:focus { outline: none; }
  .page-heading:focus-visible { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
  .section { margin: var(--_space-3) 0 0; font-size: var(--_font-size-m); }
  .description, .info { margin: 0 0 var(--_space-2); }
  .progress { margin: var(--_space-3) 0; }
  .progress p { margin: 0 0 var(--_space-1); }
  progress { width: 100%; max-width: 40rem; height: 0.75rem; accent-color: var(--_color-background-action); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space-3); margin-top: var(--_space-2); }
  .later { margin-top: var(--_space-2); }
  .saved label, .outcome label { display: block; font-weight: 600; margin-top: var(--_space-3); }
  .copy { display: flex; flex-wrap: wrap; gap: var(--_space-2); margin-top: var(--_space-1); }
  .copy input { flex: 1 1 16rem; min-height: 2.75rem; font: inherit; padding: var(--_space-2); }
  .privacy { margin-top: var(--_space-4); padding: var(--_space-3) var(--_space-4); border-inline-start: 4px solid var(--_color-border-default);
    background: var(--_color-background-subtle); font-size: var(--_font-size-s); }
  .privacy p, ::slotted(*) { margin: 0 0 var(--_space-1); }
  #outcome:focus, #saved:focus, #submit-error:focus, #error-summary:focus { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
  .print-blank { margin: var(--_space-3) 0 0; }
  @media print {
    .actions, .later, .copy button, .progress, .privacy, .print-blank, .paper-back { display: none; }
  }
`;
