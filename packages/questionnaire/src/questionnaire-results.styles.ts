import { css } from 'lit';

export const styles = css`
  :host { --_waiting-height: 12rem; }
  .heading { margin: 0 0 var(--_space-2); font-size: var(--_font-size-l); }
  .summary { margin: 0 0 var(--_space-2); font-weight: 600; }
  .versions { margin: 0 0 var(--_space-3); }
  .filters { max-width: none; margin: var(--_space-3) 0; }
  .filters fieldset { margin: 0; padding: var(--_space-3); border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); }
  .filters legend { font-weight: 600; padding: 0 var(--_space-1); }
  .filter-row { display: flex; flex-wrap: wrap; gap: var(--_space-3); margin-bottom: var(--_space-2); }
  .filter-row .field { flex: 1 1 12rem; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space-3); }
  .question { margin: var(--_space-4) 0; padding-top: var(--_space-3); border-top: 1px solid var(--_color-border-default); break-inside: avoid; }
  .question h3, .question h4, .question h5 { margin: 0 0 var(--_space-1); font-size: var(--_font-size-m); }
  .question p { margin: 0 0 var(--_space-2); }
  table { border-collapse: collapse; width: 100%; }
  th, td { padding: var(--_space-1) var(--_space-2); border-bottom: 1px solid var(--_color-border-default); text-align: start; }
  td { font-variant-numeric: tabular-nums; }
  th[scope='row'] { font-weight: 400; }
  .share { min-width: 10rem; }
  .bar { display: inline-block; inline-size: calc(var(--share) * 0.7); max-inline-size: 70%; block-size: 0.8em;
    margin-inline-end: var(--_space-2); background: var(--_color-background-action); vertical-align: middle;
    forced-color-adjust: none; }
  .scroll { overflow-x: auto; }
  /* The heat is a strip under the count, as thick as the count is high: the text keeps the page's own contrast in
     both schemes (a tinted cell failed 4.5:1 in the dark one). */
  .heat td { text-align: center;
    box-shadow: inset 0 calc(-0.15em - var(--heat) * 0.6em) 0 -0.1em var(--_color-background-action);
    forced-color-adjust: none; }
  .texts ul { margin: var(--_space-2) 0; padding-inline-start: var(--_space-4); display: grid; gap: var(--_space-1); }
  .download { max-width: none; margin: var(--_space-4) 0; }
  .comparison { margin: var(--_space-4) 0; }
  .comparison h3, .comparison h4, .comparison h5 { margin: 0 0 var(--_space-2); font-size: var(--_font-size-l); }
  .compare { margin: var(--_space-3) 0; break-inside: avoid; }
  .compare caption { text-align: start; font-weight: 600; padding-block: var(--_space-1); }
  .compare td { text-align: end; white-space: nowrap; }
  .compare .answered th, .compare .answered td { font-weight: 600; }
  .download fieldset { margin: 0; padding: var(--_space-3); border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); }
  .download legend { font-weight: 600; padding: 0 var(--_space-1); }
  @media print { .filters, .download, .actions, .texts .field, .texts button { display: none; } }
  @media (forced-colors: active) { .bar { background: CanvasText; } }
`;
