import { css } from 'lit';

/**
 * A table when the element is wide; below 32em of its own width (a phone, or
 * a narrow sidebar on a wide screen) each row becomes a block: the row header
 * on top, then each cell under its treatment's name.
 */
export const treatmentCompareStyles = css`
  .root {
    container: care-compare / inline-size;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  caption {
    margin-block-end: 0.5em;
    text-align: start;
  }
  .caption-title {
    display: block;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .caption-note {
    display: block;
    margin-block-start: 0.25em;
  }
  th,
  td {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface);
  }
  thead .aspect {
    inline-size: 26%;
  }
  tbody th {
    font-weight: 600;
  }
  .cell-label {
    display: none;
  }
  @container care-compare (max-width: 32em) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      margin-block-end: var(--_gap);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
    }
    tbody th {
      border: 0;
      border-block-end: 1px solid var(--_border);
      background: var(--_surface);
    }
    td {
      border: 0;
    }
    td + td {
      border-block-start: 1px dashed var(--_border);
    }
    .cell-label {
      display: block;
      font-weight: 600;
    }
  }
  @media print {
    :host {
      color: #000;
    }
    th,
    td,
    tbody tr {
      border-color: #000;
    }
    thead th,
    tbody th {
      background: none !important;
    }
    table,
    tr {
      box-shadow: none !important;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
