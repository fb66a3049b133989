import { css } from 'lit';

/** The card, shared by <care-evidence-card> and <care-evidence-list>. */
export const evidenceCardStyles = css`
  .card {
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .name {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .topic {
    margin: 0.5em 0 0;
    font-style: italic;
  }
  .summary {
    margin: 0.75em 0 0;
  }
  .facts {
    margin: 0.75em 0 0;
  }
  .facts div + div {
    margin-block-start: 0.5em;
  }
  .facts dt,
  .notes-title {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .notes-title {
    margin: 0.75em 0 0.25em;
  }
  .notes {
    margin: 0;
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .notes li + li {
    margin-block-start: 0.25em;
  }
  .card .source {
    margin-block: 0.75em 0;
  }
  @media print {
    :host {
      color: #000;
    }
    .card {
      border-color: #000;
      background: none !important;
      box-shadow: none !important;
      break-inside: avoid;
    }
  }
`;
