import { css } from 'lit';

export const stretchTimerStyles = css`
  :host {
    --_ring: var(--care-timer-ring-color, var(--_accent));
    --_rest: var(--care-timer-rest-color, var(--_info));
    --_track: var(--care-timer-track-color, color-mix(in srgb, currentColor 15%, transparent));
    --_size: var(--care-timer-size, 15em);
  }
  p {
    margin: 0;
  }
  .plan,
  .session,
  .today,
  fieldset,
  details,
  .reminders,
  .data,
  .summary,
  .privacy {
    margin-block-end: var(--_gap);
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .meta,
  .hint {
    font-size: 0.9375em;
  }
  .seconds-today {
    font-size: 1.125em;
    font-weight: 600;
  }
  .subtitle,
  legend,
  summary {
    font-weight: 600;
  }

  /* The session panel: state, ring with countdown, controls. */
  .session {
    display: grid;
    justify-items: center;
    gap: 0.75em;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: center;
  }
  .state {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em;
    align-items: center;
    font-size: 1.25em;
    font-weight: 700;
  }
  .dial {
    display: grid;
    place-items: center;
    inline-size: min(100%, var(--_size));
    aspect-ratio: 1;
  }
  .dial > * {
    grid-area: 1 / 1;
  }
  .ring {
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .ring circle {
    fill: none;
    stroke-width: 7;
  }
  .ring .track {
    stroke: var(--_track);
  }
  .ring .progress {
    stroke: var(--_ring);
    stroke-linecap: round;
  }
  .ring .empty {
    stroke-opacity: 0;
  }
  .dial[data-phase='idle'] .progress,
  .dial[data-phase='stopped'] .progress {
    stroke: color-mix(in srgb, var(--_ring) 45%, transparent);
  }
  .countdown {
    display: grid;
    justify-items: center;
    line-height: 1;
  }
  .number {
    font-size: 4em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    margin-block-start: 0.25em;
    font-size: 1em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em;
  }
  .controls .primary {
    min-inline-size: 9em;
    justify-content: center;
  }

  /* Today's sessions and the history. */
  .ticks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .tick {
    display: flex;
    gap: 0.375em;
    align-items: center;
  }
  .tick svg,
  .tick .empty {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  .tick svg {
    color: var(--_ok);
  }
  .tick .empty {
    border: 2px solid var(--_border);
    border-radius: 50%;
  }
  details {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  summary {
    cursor: pointer;
  }
  details[open] summary {
    margin-block-end: 0.5em;
  }
  details p {
    margin-block-end: 0.5em;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.25em 0.5em 0.25em 0;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-size: 0.875em;
    /* "Treningsøkter" in a wide font is wider than its column at 320 px. */
    hyphens: auto;
    overflow-wrap: anywhere;
  }
  tbody th {
    font-weight: 400;
  }
  tr[data-done] td:nth-child(2) {
    font-weight: 700;
  }

  /* Cues, reminders, privacy. */
  fieldset {
    margin-inline: 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    padding-inline: 0.25em;
  }
  .switch {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: max(24px, 2.75em);
    margin-inline-end: 1.25em;
    cursor: pointer;
  }
  .switch input {
    inline-size: max(24px, 1.25em);
    block-size: max(24px, 1.25em);
    margin: 0;
    accent-color: var(--_accent);
  }
  .reminders,
  .privacy,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .reminders p,
  .privacy p {
    flex-basis: 100%;
  }
  .confirm {
    padding: 0.75em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
  }
  /* The timer's only disabled buttons: the pace choices while a session runs. */
  .button:disabled {
    border-style: dashed;
    background: transparent;
    color: inherit;
    cursor: not-allowed;
  }
  .storage-notice {
    margin: 0 0 var(--_gap);
    padding: 0.75em 1em;
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    font-weight: 600;
  }

  /* "Your log": export, back up, restore. */
  .data {
    display: grid;
    gap: 0.5em;
  }
  .data-message {
    padding: 0.75em 1em;
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
  }
  .data-message[data-kind='restored'] {
    border-color: var(--_ok);
  }

  /* System colours in every phase: the phase rules above are as specific as these (a running session's own, rest and done, are session-run.ts's). */
  @media (forced-colors: active) {
    .ring .track {
      stroke: GrayText;
    }
    .ring .progress,
    .dial[data-phase] .progress {
      stroke: Highlight;
    }
    .tick svg {
      color: CanvasText;
    }
    .dial[data-phase='idle'] .progress,
    .dial[data-phase='stopped'] .progress {
      stroke: GrayText;
    }
  }
`;
