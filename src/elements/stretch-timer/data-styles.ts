import { css } from 'lit';

/**
 * The styles of "Your log"'s buttons and of the printable summary, adopted
 * when that section is loaded (see lazy-module.ts). The disclosure itself and
 * the message below it are styled in stretch-timer.styles.ts.
 */
export const dataStyles = css`
  .data-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  /* The restore button opens this input (also .visually-hidden); hidden from keyboard and screen readers too. */
  .file-picker {
    visibility: hidden;
  }
  .file-picker input {
    inline-size: 1px;
  }
  .days-away {
    flex-basis: 100%;
  }
  /* The one-page summary for the therapist: on screen while printing, alone on paper. */
  .summary {
    display: grid;
    gap: 0.75em;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .summary h3,
  .summary h4 {
    margin: 0;
    font-size: 1em;
  }
  .summary dl {
    display: grid;
    grid-template-columns: minmax(0, auto) minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0;
  }
  .summary dd {
    margin: 0;
  }
  /* Long words ("Träningspass", a week's row header) wrap at 320 px. */
  .summary :is(dt, dd, th, td, li, h3, h4, p) {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @media print {
    .root > :not(.summary) {
      display: none !important;
    }
    .summary {
      border: none;
      padding: 0;
      font-size: 10pt;
      color: #000;
      background: none;
    }
    .summary table {
      break-inside: auto;
    }
    .summary tr {
      break-inside: avoid;
    }
    .summary-actions {
      display: none;
    }
  }
`;
