import { css } from 'lit';

export const styles = css`
  :host { --_waiting-height: 16rem; }
  .heading { margin: 0 0 var(--_space-1); font-size: var(--_font-size-l); }
  .kind { margin: 0 0 var(--_space-3); }
  .adoption { margin: 0 0 var(--_space-3); }
  .adoption p { margin: 0 0 var(--_space-1); }
  nav ol { margin: 0 0 var(--_space-4); padding-inline-start: var(--_space-4); }
  nav li { margin: var(--_space-1) 0; }
  .toc-title, .section-title { font-size: var(--_font-size-m); margin: var(--_space-4) 0 var(--_space-2); }
  .section-title:focus { outline: none; }
  .section-title:focus-visible { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
  .article-title { font-size: var(--_font-size-base); margin: var(--_space-3) 0 var(--_space-1); }
  .article p { margin: 0 0 var(--_space-2); max-width: 70ch; }
  .source, .own { font-size: var(--_font-size-s); }
  .own { font-style: italic; }
  .print { margin-top: var(--_space-4); }
  .versions { margin: 0 0 var(--_space-3); }
  .versions summary { cursor: pointer; min-height: 2.75rem; display: flex; align-items: center; }
  .versions ol { margin: 0; padding-inline-start: var(--_space-4); }
  .cc-link[data-version], .earlier .cc-link { background: none; border: 0; padding: 0; font: inherit; cursor: pointer; text-decoration: underline; }
  .heading:focus { outline: none; }
  .heading:focus-visible { outline: var(--_focus-ring-width) solid var(--_color-focus-ring); }
  .downloads { margin: 0 0 var(--_space-2); }
  .edit { margin: 0 0 var(--_space-2); font-size: var(--_font-size-s); }
  .edit .cc-link { background: none; border: 0; padding: 0; font: inherit; cursor: pointer; text-align: start; text-decoration: underline; }
  /* What another element adds under each article (the members' comments during a consultation). */
  .comments { margin: 0 0 var(--_space-3); padding-inline-start: var(--_space-3); border-inline-start: 2px solid var(--_color-border-default); }
  .comments-title, .comment p { margin: 0 0 var(--_space-1); }
  .comment-list { list-style: none; margin: 0 0 var(--_space-2); padding: 0; }
  .comment { margin: 0 0 var(--_space-2); overflow-wrap: anywhere; }
  @media print {
    .print, nav, .edit, .versions { display: none; }
    .article { break-inside: avoid; }
  }
`;
