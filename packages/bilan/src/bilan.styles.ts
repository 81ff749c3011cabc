import { css } from 'lit';

export const styles = css`
  :host { --_waiting-height: 24rem; }
  .version { margin: 0 0 var(--_space-2); }
  .status { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); min-height: 2.75rem; }
  .status p { margin: 0; }
  .item:focus-visible { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
  /* A heading off screen is not laid out until it comes near: a bilan of hundreds of items opens at once. */
  .heading-section { content-visibility: auto; contain-intrinsic-size: auto 120rem; }
  .items { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space-3); }
  .item-box { margin: 0; min-width: 0; border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); padding: var(--_space-3); display: grid; gap: var(--_space-2); }
  .item[data-state='failed'] .item-box, .item[data-state='conflict'] .item-box { border: 2px solid var(--_color-border-error); }
  .item-label { font-weight: 600; padding: 0 var(--_space-1); }
  .hint, .own, .part-state, .definition { margin: 0; font-size: var(--_font-size-s); }
  .status-field { margin: 0; padding: 0; border: 0; min-width: 0; }
  .status-field legend { font-weight: 600; padding: 0; }
  .sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: var(--_space-3); }
  .levels { margin: 0; padding: var(--_space-2); border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); min-width: 0; }
  .ladder { display: flex; flex-wrap: wrap; gap: var(--_space-1) var(--_space-3); }
  .rung { display: inline-flex; align-items: center; gap: var(--_space-1); min-height: 2.75rem; font-weight: 400; }
  .rung input { width: 1.25rem; height: 1.25rem; margin: 0; }
  .gap { margin: 0; font-weight: 600; }
  .trend { list-style: none; margin: 0; padding: 0; font-size: var(--_font-size-s); }
  .trend [data-trend='up'] { font-weight: 600; }
  .add-item { margin: var(--_space-3) 0 0; display: grid; gap: var(--_space-1); max-width: 40rem; }
  .add-row { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  .add-row input { flex: 1 1 14rem; }
  .carried-list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space-2); }
  .carried-box { margin: 0; min-width: 0; border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); padding: var(--_space-2) var(--_space-3); display: grid; gap: var(--_space-1); }
  .carried-box legend { font-weight: 600; padding: 0 var(--_space-1); }
  .carried-box p { margin: 0; }
  .next-year p { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); }
  .compare { margin: var(--_space-2) 0; display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); }
  .gap[data-wide='true'] { color: var(--_color-text-warning, var(--_color-text-error)); }
  .disclosure {
    font: inherit; font-weight: 600; color: var(--_color-text-action); background: none; border: 0; padding: 0;
    min-height: 2.75rem; cursor: pointer; text-decoration: underline; text-underline-offset: 0.15em;
  }
  .disclosure::before { content: '▸ '; }
  .disclosure[aria-expanded='true']::before { content: '▾ '; }
  .action-title { margin: 0; font-weight: 600; }
  .action-fields, .evidence-fields { display: grid; gap: var(--_space-1); max-width: 40rem; }
  .evidence-list { margin: 0; padding-inline-start: 1.25rem; display: grid; gap: var(--_space-1); }
  .evidence-list li { overflow-wrap: anywhere; }
  /* A file's name downloads it: a button (the credential travels in a header), drawn as the link it acts as. */
  .link-button {
    font: inherit; color: var(--_color-text-action); background: none; border: 0; padding: 0; min-height: 1.5rem;
    cursor: pointer; text-decoration: underline; text-underline-offset: 0.15em; text-align: start;
  }
  .evidence progress { inline-size: 100%; max-inline-size: 20rem; display: block; }
  .evidence input[type='file'] { max-inline-size: 100%; }
  .heading-notes { margin: var(--_space-3) 0 0; padding: var(--_space-3); border: 1px dashed var(--_color-border-default); border-radius: var(--_radius-m); display: grid; gap: var(--_space-1); min-width: 0; }
  .heading-notes legend { font-weight: 600; }
  .conflict table { width: 100%; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); margin: var(--_space-2) 0 0; }
  @media print {
    .status, .disclosure::before, .evidence input[type='file'], .evidence [for^='file-'], .evidence [id^='file-hint-'],
    .evidence [data-remove-evidence] { display: none; }
    .item-box { break-inside: avoid; }
  }
`;
