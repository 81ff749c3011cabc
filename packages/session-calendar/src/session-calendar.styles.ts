import { css } from 'lit';

export const styles = css`
  :host { --_day-min-height: var(--cc-session-calendar-day-min-height, 5.5rem); }
  .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-3); margin-block-end: var(--_space-3); }
  .month-heading { margin: 0; flex: 1 1 12rem; font-size: var(--_font-size-l); }
  .month-heading::first-letter { text-transform: uppercase; }
  .nav, .views, .actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  .cc-button[aria-pressed='true'] { background: var(--_color-background-action); color: var(--_color-text-on-action); }
  .filters { min-width: 0; display: flex; flex-wrap: wrap; gap: var(--_space-3); margin: 0 0 var(--_space-3); padding: var(--_space-3);
    border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); }
  .filters legend { font-weight: 600; padding: 0 var(--_space-1); }
  .filter { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space-1); flex: 1 1 10rem; min-width: 0; }
  select { width: 100%; font: inherit; min-height: 2.75rem; padding: var(--_space-1) var(--_space-2); color: inherit;
    background: var(--_color-background-default); border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); }
  .grid { width: 100%; border-collapse: collapse; table-layout: fixed; }
  .grid th { padding: var(--_space-1); font-size: var(--_font-size-s); font-weight: 600; text-align: start; color: var(--_color-text-muted); }
  .day { height: var(--_day-min-height); padding: var(--_space-1); vertical-align: top; cursor: pointer;
    border: 1px solid var(--_color-border-default); background: var(--_color-background-default); overflow: hidden; }
  .day.outside { background: var(--_color-background-subtle); color: var(--_color-text-muted); }
  .day[aria-selected='true'] { box-shadow: inset 0 0 0 2px var(--_color-background-action); }
  .day[aria-current='date'] .day-number { background: var(--_color-background-action); color: var(--_color-text-on-action); }
  .day:focus-visible { outline-offset: -4px; }
  .day-number { display: inline-grid; place-items: center; min-width: 1.75em; height: 1.75em; border-radius: 50%; font-weight: 600; }
  .day-sessions { list-style: none; margin: var(--_space-1) 0 0; padding: 0; font-size: var(--_font-size-s); }
  .day-sessions li { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
  .day-sessions .cancelled { text-decoration: line-through; }
  .day-sessions .more { font-weight: 600; }
  .cards { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space-3); }
  .card { padding: var(--_space-3) var(--_space-4); border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m);
    background: var(--_color-background-default); }
  .card p { margin: 0; }
  .card .title { margin: var(--_space-1) 0; font-size: var(--_font-size-l); }
  .kind { margin: 0; font-size: var(--_font-size-s); text-transform: uppercase; letter-spacing: 0.03em; }
  .day-panel, .list-day { margin-block-start: var(--_space-4); }
  .day-heading { margin: 0 0 var(--_space-2); font-size: var(--_font-size-m); }
  .day-heading::first-letter { text-transform: uppercase; }
  .card .actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); margin-block-start: var(--_space-2); }
  .card .actions > * { min-width: 0; }
  .more-sessions { margin-block-start: var(--_space-4); }
  .empty { margin: var(--_space-3) 0; }
  .empty p { margin: 0 0 var(--_space-2); }
  .cc-skeleton.short { width: 60%; }
  :host { --_waiting-height: var(--cc-session-calendar-loading-height, 40rem); }
  .first-load { min-height: var(--_waiting-height); }
  /* The line « Chargement… » keeps its place when empty, so the calendar does not move up when loading ends. */
  .loading { min-height: calc(var(--_line-height) * 1em); margin-block: var(--_space-2); }
  .dialog-title { margin: var(--_space-1) 0 var(--_space-2); }
  .actions { margin-block-start: var(--_space-4); }
  /* Narrow by the element's own width (a phone, or a side column): day numbers only. */
  :host(:state(narrow)) .day { height: 3rem; }
  :host(:state(narrow)) .day-sessions { display: none; }
  :host(:state(narrow)) .day.has-sessions .day-number { text-decoration: underline; }
`;
