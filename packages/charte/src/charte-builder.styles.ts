import { css } from 'lit';

export const builderStyles = css`
  :host { --_waiting-height: 30rem; container-type: inline-size; }
  .heading { margin: 0 0 var(--_space-2); font-size: var(--_font-size-l); }
  .heading:focus, .step-title:focus, .clause-title:focus, #dialog-title:focus { outline: none; }
  .heading:focus-visible, .step-title:focus-visible, .clause-title:focus-visible { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
  .missing ul { margin: var(--_space-1) 0 0; padding-inline-start: var(--_space-4); }
  /* The steps and the document side by side when there is room, the document below them otherwise. */
  .layout { display: grid; gap: var(--_space-4); }
  @container (min-width: 60rem) {
    .layout { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
    .preview { position: sticky; top: 4rem; max-height: calc(100vh - 5rem); overflow: auto; }
  }
  .steps ol { list-style: none; margin: 0 0 var(--_space-3); padding: 0; display: flex; flex-wrap: wrap; gap: var(--_space-2); counter-reset: step; }
  .steps li { counter-increment: step; }
  .step-link { min-height: 2.75rem; padding: var(--_space-1) var(--_space-3); font: inherit; text-align: start; cursor: pointer;
    border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); background: var(--_color-background-default); color: var(--_color-text-default); }
  .step-link::before { content: counter(step) '. '; }
  .step-link[aria-current='step'] { border: 2px solid var(--_color-background-action); font-weight: 600; }
  .step-link:focus-visible { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); outline-offset: 2px; }
  .step-state { font-size: var(--_font-size-s); font-weight: 400; }
  .step-title { margin: 0; font-size: var(--_font-size-m); }
  .step-count { margin: 0 0 var(--_space-3); }
  .step-nav { display: flex; flex-wrap: wrap; justify-content: space-between; gap: var(--_space-2); margin-top: var(--_space-4); }
  .step-clauses h4, .step-clauses h3, .article-section > :first-child { font-size: var(--_font-size-m); margin: var(--_space-4) 0 var(--_space-2); }
  .clause { border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); padding: var(--_space-3); margin: 0 0 var(--_space-3); }
  .clause.removed { border-style: dashed; }
  .clause-title { margin: 0; font-size: var(--_font-size-base); }
  .badges { margin: var(--_space-1) 0; display: flex; flex-wrap: wrap; gap: var(--_space-1); font-size: var(--_font-size-s); }
  .badges:empty { display: none; }
  .clause-text, .library-text p { white-space: pre-line; max-width: 70ch; }
  .library-text { padding: var(--_space-2) var(--_space-3); border-inline-start: 4px solid var(--_color-border-default); background: var(--_color-background-subtle); }
  .why, .source { font-size: var(--_font-size-s); }
  .add-own { margin-top: var(--_space-4); display: grid; gap: var(--_space-2); max-width: 40rem; }
  .add-own select { min-height: 2.75rem; font: inherit; }
  .preview-title { font-size: var(--_font-size-m); margin: 0 0 var(--_space-2); }
  .preview { padding: var(--_space-3); border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); }
  .history { margin: var(--_space-3) 0; padding: var(--_space-3); border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); }
  .versions { padding-inline-start: var(--_space-4); }
  .compare { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: end; }
  .compare select { min-height: 2.75rem; font: inherit; }
  .diff ul { padding-inline-start: var(--_space-4); }
  /* Not by colour alone: struck through, underlined, and named for screen readers. */
  ins { text-decoration: underline; text-decoration-thickness: 2px; background: var(--_color-background-success); color: var(--_color-text-success); }
  del { text-decoration: line-through; background: var(--_color-background-subtle); }
  .votes { display: flex; flex-wrap: wrap; gap: var(--_space-3); }
  .votes .field { flex: 1 1 6rem; }
`;
