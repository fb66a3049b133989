import { css } from 'lit';

export const evidenceListStyles = css`
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.375em;
    line-height: 1.25;
  }
  .filter {
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .filter legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
  }
  .option {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .option input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .count {
    margin: 0.75rem 0;
    font-weight: 600;
  }
  .cards {
    display: grid;
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
