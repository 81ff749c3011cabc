import { css } from 'lit';

/** Buttons, links, status messages, alerts and the loading skeleton: the look every component shares. */
export const uiStyles = css`
  .cc-button {
    display: inline-flex; align-items: center; justify-content: center; gap: var(--_space-2);
    min-height: 2.75rem; padding: var(--_space-2) var(--_space-4);
    border: 2px solid var(--_color-background-action); border-radius: var(--_radius-m);
    background: var(--_color-background-action); color: var(--_color-text-on-action);
    max-width: 100%; font: inherit; font-weight: 600; text-align: center; text-decoration: none; cursor: pointer;
  }
  .cc-button[data-variant='secondary'] { background: transparent; color: var(--_color-text-action); }
  .cc-button[aria-disabled='true'] { opacity: 0.7; cursor: progress; }
  .cc-link { color: var(--_color-text-action); text-underline-offset: 0.15em; }
  .cc-muted { color: var(--_color-text-muted); }
  .cc-status { margin: var(--_space-3) 0; }
  .cc-error, .cc-alert {
    margin: var(--_space-3) 0; padding: var(--_space-3) var(--_space-4); border-radius: var(--_radius-m);
    border: 1px solid var(--_color-border-error); background: var(--_color-background-error); color: var(--_color-text-error);
  }
  .cc-error p { margin: 0 0 var(--_space-2); }
  .cc-alert[data-tone='success'] { border-color: currentColor; background: var(--_color-background-success); color: var(--_color-text-success); }
  .cc-alert[data-tone='warning'] { border-color: currentColor; background: var(--_color-background-warning); color: var(--_color-text-warning); }
  .cc-skeleton {
    height: 1.2em; margin: var(--_space-2) 0; border-radius: var(--_radius-m);
    background: var(--_color-background-subtle); animation: cc-pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes cc-pulse { from { opacity: 1; } to { opacity: 0.4; } }
`;
