import { css } from 'lit';

/**
 * What every element shares: the host's font and text colour, surfaces that
 * tint the host's own background so light and dark pages both work, and the
 * `--care-` custom properties a host may set.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--care-max-width, 42rem);
    font: inherit;
    color: inherit;
    line-height: 1.5;
    --_accent: var(--care-color-accent, #0a6b8f);
    --_on-accent: var(--care-color-on-accent, #ffffff);
    --_danger: var(--care-color-danger, #c0392b);
    --_warning: var(--care-color-warning, #b7791f);
    --_info: var(--care-color-info, #2b6cb0);
    --_ok: var(--care-color-ok, #2f855a);
    --_border: var(--care-color-border, color-mix(in srgb, currentColor 30%, transparent));
    --_surface: var(--care-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_radius: var(--care-radius, 0.5rem);
    --_gap: var(--care-spacing, 1rem);
    --_focus: var(--care-focus-ring, 3px solid color-mix(in srgb, var(--_accent) 70%, currentColor));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .notices {
    margin: 0 0 var(--_gap);
    padding: 0.75rem 1rem;
    border: 2px dashed var(--_warning);
    border-radius: var(--_radius);
  }
  .notices p {
    margin: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: inherit;
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .source {
    margin-block-start: var(--_gap);
    font-size: 0.875em;
    opacity: 0.85;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: inherit;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
`;
