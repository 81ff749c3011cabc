import { css } from 'lit';

export const reportStyles = css`
  :host { --_waiting-height: 24rem; }
  .adoption { margin: 0 0 var(--_space-3); }
  .heading-section table { width: 100%; }
  .heading-section th[scope='row'] { font-weight: 400; }
  .notes { display: block; font-size: var(--_font-size-s); color: var(--_color-text-muted); }
  .heading-notes { margin: var(--_space-2) 0 0; }
  .heading-notes dt { font-weight: 600; }
  .heading-notes dd { margin: 0 0 var(--_space-2); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media print {
    @page { size: A4; margin: 15mm; }
    .print, .progress-list progress { display: none; }
    .table-scroll { overflow: visible; }
    table { font-size: 10pt; }
    thead { display: table-header-group; }
    tr, .indicator, .heading-notes { break-inside: avoid; }
    .section-title { break-after: avoid; }
  }
`;
