import { css } from 'lit';

/**
 * The whole course's streak, chart and table (issue 16.2), adopted when the
 * history is loaded (see lazy-module.ts). Lengths in em, colours from the
 * kit's custom properties, system colours in forced-colours mode.
 */
export const courseHistoryStyles = css`
  /* The whole course: streak, chart and table. */
  .course-body {
    display: grid;
    gap: 0.75em;
  }
  .streak {
    font-weight: 600;
  }
  .course-chart {
    display: block;
    inline-size: 100%;
    block-size: 6em;
    overflow: visible;
  }
  .course-chart .bar {
    fill: color-mix(in srgb, var(--_accent) 55%, transparent);
  }
  .course-chart .axis {
    stroke: var(--_border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .course-chart .line {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  .legend-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: center;
  }
  .key {
    display: inline-block;
    inline-size: 1em;
    block-size: 0.75em;
  }
  .key-bar {
    background: color-mix(in srgb, var(--_accent) 55%, transparent);
  }
  .key-line {
    block-size: 0;
    border-block-start: 2px solid currentColor;
  }
  .course-table {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .course-table:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .course-table caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  .course-table .range {
    display: block;
    font-weight: 400;
  }
  .course-notes {
    margin: 0;
    padding-inline-start: 1em;
  }

  @media (forced-colors: active) {
    .course-chart .bar,
    .key-bar {
      fill: Highlight;
      background: Highlight;
      forced-color-adjust: none;
    }
    .course-chart .line {
      stroke: CanvasText;
    }
    .course-chart .axis {
      stroke: GrayText;
    }
  }
`;
