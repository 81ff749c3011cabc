import { css } from 'lit';

export const styles = css`
  .heading { margin: 0 0 var(--_space-3); font-size: var(--_font-size-l); }
  .toolbar { display: flex; flex-wrap: wrap; align-items: end; gap: var(--_space-3); margin-block-end: var(--_space-3); }
  .toolbar .field { margin: 0; flex: 1 1 14rem; }
  [role='tablist'] { display: flex; flex-wrap: wrap; gap: var(--_space-1); margin-block-end: var(--_space-3);
    border-block-end: 1px solid var(--_color-border-default); }
  [role='tab'] { padding: var(--_space-2) var(--_space-3); border: 0; border-block-end: 3px solid transparent;
    background: none; color: var(--_color-text-default); font: inherit; cursor: pointer; }
  [role='tab'][aria-selected='true'] { border-block-end-color: var(--_color-text-action); font-weight: 700; }
  [role='tab']:focus-visible, .table-scroll:focus-visible { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
  .table-scroll { overflow-x: auto; }
  table { width: 100%; border-collapse: collapse; }
  caption { text-align: start; font-weight: 600; padding-block: var(--_space-2); }
  th, td { padding: var(--_space-2); border-block-end: 1px solid var(--_color-border-default); text-align: start; vertical-align: top; }
  thead th { font-size: var(--_font-size-s); }
  .row-actions { display: flex; flex-wrap: wrap; gap: var(--_space-1); }
  .row-actions .cc-button { padding-block: var(--_space-1); }
  .badge { display: inline-block; padding: 0 var(--_space-2); border-radius: var(--_radius-m); font-size: var(--_font-size-s);
    background: var(--_color-background-error); color: var(--_color-text-error); font-weight: 600; }
  .group { margin: 0 0 var(--_space-4); padding: 0; border: 0; }
  .group > legend { font-weight: 700; font-size: var(--_font-size-m); margin-block-end: var(--_space-2); }
  .speaker { margin: 0 0 var(--_space-3); padding: var(--_space-2) var(--_space-3); border: 1px solid var(--_color-border-default);
    border-radius: var(--_radius-m); }
  .dialog-actions, .back { display: flex; flex-wrap: wrap; gap: var(--_space-3); margin-block: var(--_space-3); }
  .dialog-title { margin-block-start: 0; }
  .dialog-title:focus, #registrations-title:focus { outline: none; }
  .counts { font-weight: 600; }
  .people [tabindex='-1']:focus { outline: none; }
  .people h3, .people h4, .people h5 { font-size: var(--_font-size-m); }
  .registration-tools { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  .sheet { display: none; }
  /* On paper: the sign-in sheet alone, a wide column to sign and rows tall enough for a signature. */
  @media print {
    section > :not(.sheet) { display: none !important; }
    .sheet { display: block; color: #000; }
    .sheet-title { font-size: 1.4em; font-weight: 700; }
    .sheet table { border: 1px solid #000; }
    .sheet th, .sheet td { border: 1px solid #000; height: 2.2em; }
    .sheet .signature { width: 40%; }
  }
  #error-summary:focus { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
`;
