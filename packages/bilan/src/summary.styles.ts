import { css } from 'lit';

/** The summary, the figures and the tables: the checklist and the report look the same there. */
export const summaryStyles = css`
  .heading { margin: 0 0 var(--_space-1); font-size: var(--_font-size-l); }
  .section-title { font-size: var(--_font-size-m); margin: var(--_space-5, 2rem) 0 var(--_space-2); }
  .section-title:focus { outline: none; }
  .sub-title { font-size: var(--_font-size-base); margin: var(--_space-3) 0 var(--_space-1); }
  .progress-list { list-style: none; margin: 0 0 var(--_space-3); padding: 0; display: grid; gap: var(--_space-2); }
  .progress-list li { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0 var(--_space-2); align-items: baseline; }
  .progress-list progress { grid-column: 1 / -1; width: 100%; height: 0.5rem; accent-color: var(--_color-background-action); }
  .table-scroll { overflow-x: auto; }
  table { border-collapse: collapse; margin: var(--_space-2) 0; }
  caption { text-align: start; font-weight: 600; margin-block-end: var(--_space-1); }
  th, td { border: 1px solid var(--_color-border-default); padding: var(--_space-1) var(--_space-2); text-align: start; }
  td { font-variant-numeric: tabular-nums; }
  .indicators dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: var(--_space-3); margin: 0; }
  .indicator { border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); padding: var(--_space-2) var(--_space-3); }
  .indicator dt { font-weight: 600; }
  .indicator dd { margin: 0; }
  .figure { font-size: var(--_font-size-l); font-variant-numeric: tabular-nums; }
  .breakdown, .source { font-size: var(--_font-size-s); }
  .section-title:focus-visible { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
`;
