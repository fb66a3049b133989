import { css } from 'lit';

/**
 * The whole-course parts of the timer's first paint (issue 16.1–3): the pace
 * controls and "How did it feel?" (the history's chart and table are styled in
 * course-history-styles.ts, loaded with the history). Lengths in em, colours from
 * the kit's custom properties, system colours in forced-colours mode.
 */
export const courseStyles = css`
  .pace,
  .feel {
    margin-block-end: var(--_gap);
  }
  .pace {
    display: grid;
    gap: 0.5em;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .quote {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  .pace-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .pace .source {
    font-size: 0.875em;
  }
  .feel-list {
    display: grid;
    gap: 0.25em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .feel-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    align-items: center;
  }
  .link {
    min-block-size: max(24px, 1.5em);
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
