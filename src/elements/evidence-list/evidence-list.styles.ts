import { css } from 'lit';

export const evidenceListStyles = css`
  .title {
    margin: 0 0 0.75em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .filter {
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .filter legend {
    padding-inline: 0.25em;
    font-weight: 600;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
  .option {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: max(24px, 2.75em);
    cursor: pointer;
  }
  .option input {
    flex: none;
    inline-size: max(24px, 1.25em);
    block-size: max(24px, 1.25em);
    margin: 0;
    accent-color: var(--_accent);
  }
  .count {
    margin: 0.75em 0;
    font-weight: 600;
  }
  .cards {
    display: grid;
    /* minmax(0, …): a long word (with a reader's wider letter spacing) breaks inside its card
       instead of widening the column past the element (WCAG 1.4.12). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > .source {
    margin-block-start: var(--_gap);
  }
  @media print {
    .filter {
      border-color: #000;
    }
    .option input {
      accent-color: #000;
    }
  }
`;
