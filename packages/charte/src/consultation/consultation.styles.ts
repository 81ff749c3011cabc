import { css } from 'lit';

/** The consultation page and the builder's consultation panel: status, message, the comment dialog's article. */
export const consultationStyles = css`
  .heading { margin: 0 0 var(--_space-2); font-size: var(--_font-size-l); }
  #comment-title:focus, #consultation-title:focus { outline: none; }
  .status { padding: var(--_space-2) var(--_space-3); }
  .message { margin: 0 0 var(--_space-3); }
  .message blockquote { margin: var(--_space-1) 0 0; padding-inline-start: var(--_space-3); border-inline-start: 4px solid var(--_color-border-default); white-space: pre-line; }
  .article-text { margin: 0 0 var(--_space-3); }
  .article-text summary { cursor: pointer; min-height: 2.75rem; display: flex; align-items: center; }
  .row-actions { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: center; }
  .link-field { display: flex; flex-wrap: wrap; gap: var(--_space-2); align-items: end; }
  .link-field input { flex: 1 1 16rem; }
  .comment-list { list-style: none; margin: 0 0 var(--_space-2); padding: 0; }
  .comment { margin: 0 0 var(--_space-2); padding-inline-start: var(--_space-3); border-inline-start: 2px solid var(--_color-border-default); overflow-wrap: anywhere; }
  .comment p { margin: 0; }
`;
