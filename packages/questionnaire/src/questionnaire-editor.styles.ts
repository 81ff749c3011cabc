import { css } from 'lit';

export const styles = css`
  :host { --_waiting-height: 20rem; }
  .heading { margin: 0 0 var(--_space-2); font-size: var(--_font-size-l); }
  .problems { margin: var(--_space-3) 0; }
  .problems ul { margin: 0; padding-inline-start: var(--_space-4); }
  .link { border: 0; padding: 0; background: none; color: var(--_color-text-action); text-decoration: underline;
    font: inherit; cursor: pointer; }
  fieldset { margin: var(--_space-3) 0; padding: var(--_space-3); border: 1px solid var(--_color-border-default);
    border-radius: var(--_radius-m); min-inline-size: 0; }
  legend { font-weight: 600; padding: 0 var(--_space-1); }
  .page { margin: var(--_space-4) 0; padding: var(--_space-3); border: 2px solid var(--_color-border-default);
    border-radius: var(--_radius-m); }
  .page > h3, .page > h4, .page > h5, .page > h6 { margin: 0 0 var(--_space-2); font-size: var(--_font-size-m); }
  .items { list-style: none; margin: var(--_space-3) 0; padding: 0; display: grid; gap: var(--_space-2); }
  .item { padding: var(--_space-2); border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); }
  .item-head { display: grid; gap: var(--_space-1); }
  .item-label { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
  .type { font-weight: 400; font-size: var(--_font-size-s); padding: 0 var(--_space-1);
    border: 1px solid var(--_color-border-default); border-radius: var(--_radius-m); }
  .flags { margin: 0; font-size: var(--_font-size-s); overflow-wrap: anywhere; }
  .item-form { margin-top: var(--_space-2); }
  .core-why { padding: var(--_space-2); border-inline-start: 4px solid var(--_color-border-default); }
  .inline-fields { display: flex; flex-wrap: wrap; gap: var(--_space-3); }
  .inline-fields .field { flex: 1 1 10rem; }
  .options ol, .rules { margin: 0; padding-inline-start: var(--_space-4); display: grid; gap: var(--_space-2); }
  .option { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: end; }
  .option .field { flex: 1 1 12rem; margin: 0; }
  .sentence { margin: var(--_space-1) 0 0; font-style: italic; }
  .add-item { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: end; }
  .add-item .field { margin: 0; }
  .page-actions { margin-top: var(--_space-3); }
  .dialog-head { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; justify-content: space-between; }
  .dialog-head h2, .publish h2, .fork h2 { margin: 0; font-size: var(--_font-size-l); }
  .preview { margin-top: var(--_space-3); }
  .preview.phone { max-inline-size: 360px; margin-inline: auto; outline: 1px solid var(--_color-border-default); }
  dialog { max-inline-size: min(60rem, 100vw - 2rem); inline-size: 100%; }
  .template-changes { margin: var(--_space-3) 0; padding: var(--_space-3); border: 2px solid var(--_color-border-default);
    border-radius: var(--_radius-m); }
  .template-changes ul { display: grid; gap: var(--_space-2); padding-inline-start: var(--_space-4); }
  .history { margin: var(--_space-3) 0; }
  .versions { padding-inline-start: var(--_space-4); }
`;
