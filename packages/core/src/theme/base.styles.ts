import { css, unsafeCSS } from 'lit';
import { tokenDefaults } from './token-defaults.js';

/**
 * Every public token `--cc-x` is read once into a private `--_x` with our default as fallback,
 * so an element renders right with no stylesheet at all and a site restyles it with CSS only.
 */
export const baseStyles = css`
  :host {
    ${unsafeCSS(tokenDefaults)}
    /* The room an element keeps while its provider loads; each element sets its own. */
    --_waiting-height: 0px;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size-m);
    line-height: var(--_line-height);
    color: var(--_color-text-default);
    /* What a CMS theme sets on body and no site means to pass on to a widget (old Bootstrap: uppercase, spaced
       letters, line-height 1…) is reset here; font-family and color are inherited on purpose (tokens override them). */
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    /* Long French words and e-mail addresses wrap rather than push the page sideways at 320 px and 200 % text. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  :host([hidden]) { display: none; }
  /* While its provider loads, an element keeps the room placeholders.css gave it. */
  .cc-waiting { min-height: var(--_waiting-height); }
  /* A readable floor even when the page shrinks the element itself (\`cc-session-calendar { font-size: 9px }\`) or the
     root (\`html { font-size: 62.5% }\`): sizes are max(rem, px), so text zoom still enlarges them. */
  :host > * { font-size: var(--_font-size-m); }
  *, *::before, *::after { box-sizing: inherit; }
  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_color-focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0;
  }
  .cc-config-error {
    margin: 0; padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_color-border-error); border-radius: var(--_radius-m);
    background: var(--_color-background-error); color: var(--_color-text-error);
  }
  button { font: inherit; }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { animation: none !important; transition: none !important; }
  }
`;
