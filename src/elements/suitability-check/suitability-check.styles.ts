import { css } from 'lit';

export const suitabilityCheckStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .title {
    padding: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .hint {
    margin: 0.25em 0 var(--_gap);
  }
  .group {
    margin-block-end: var(--_gap);
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .group legend {
    padding-inline: 0.25em;
    font-weight: 600;
  }
  .option {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding-block: 0.375em;
    cursor: pointer;
  }
  .option input,
  .acknowledge input {
    flex: none;
    inline-size: max(24px, 1.25em);
    block-size: max(24px, 1.25em);
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .term {
    display: block;
    font-size: 0.875em;
  }
  .result {
    --_tone: var(--_ok);
    padding: var(--_gap);
    border: 1px solid var(--_tone);
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
  }
  .result[data-verdict='avoid'] {
    --_tone: var(--_danger);
  }
  .result[data-verdict='wait'],
  .result[data-verdict='individual-assessment'] {
    --_tone: var(--_warning);
  }
  .result[data-verdict='caution'],
  .result[data-verdict='effect-not-established'] {
    --_tone: var(--_info);
  }
  .heading {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin: 0 0 0.5em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: inherit;
  }
  .heading svg {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_tone);
  }
  .result p {
    margin: 0 0 0.5em;
  }
  .about {
    margin-block-start: 0.75em;
  }
  .about-title {
    margin: 0 0 0.5em;
    font-size: 1em;
    font-weight: 600;
    line-height: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }
  .contact {
    margin-block-start: 0.75em;
    font-weight: 600;
    /* A long support address breaks anywhere rather than widen the element past a 320 px screen. */
    overflow-wrap: anywhere;
  }
  .acknowledge {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    margin-block-start: 0.75em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    font-weight: 600;
    cursor: pointer;
  }
  .result .disclaimer {
    margin-block-start: var(--_gap);
    font-weight: 600;
  }
  .result .source {
    margin-block: 0.25em 0;
  }
  .required {
    font-weight: 400;
  }
  @media (forced-colors: active) {
    .result {
      border-color: CanvasText;
    }
    .heading svg {
      color: CanvasText;
    }
  }
`;
