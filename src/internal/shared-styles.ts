import { css } from 'lit';
import type { CSSResult } from 'lit';

/**
 * What every element shares: the host's font and text colour, and the `--care-`
 * custom properties a host may set. Lengths are in `em`, so the elements follow
 * the text around them, never the host's root size (shop themes often set
 * `html { font-size: 62.5% }`). Text keeps the host's own colour on the host's own
 * background: no opacity on text and no tint behind it by default, since a host
 * colour that just passes AA (#767676 on white, 4.54:1) fails under any tint.
 * Controls are at least 24 × 24 CSS px (WCAG 2.5.8) whatever the font size.
 */
export const coreStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--care-max-width, 42em);
    font: inherit;
    color: inherit;
    line-height: 1.5;
    --_accent: var(--care-color-accent, #0a6b8f);
    --_danger: var(--care-color-danger, #c0392b);
    --_warning: var(--care-color-warning, #b7791f);
    --_info: var(--care-color-info, #2b6cb0);
    --_ok: var(--care-color-ok, #2f855a);
    --_border: var(--care-color-border, color-mix(in srgb, currentColor 30%, transparent));
    --_surface: var(--care-color-surface, transparent);
    --_radius: var(--care-radius, 0.5em);
    --_gap: var(--care-spacing, 1em);
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
  /* The focus ring mixes in currentColor; a checkbox's or radio's is the browser's field text colour
     (black), which made the ring 1.9:1 on a dark page. The kit's only inputs are checkboxes and radios:
     they take the host's text colour. (A text field would need its own background first.) */
  input {
    color: inherit;
  }
  .notices {
    margin: 0 0 var(--_gap);
    padding: 0.75em 1em;
    border: 2px dashed var(--_warning);
    border-radius: var(--_radius);
  }
  .notices p {
    margin: 0;
  }
  .source {
    margin-block-start: var(--_gap);
    font-size: 0.875em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * Buttons, disclosures and links, for the elements that have them (the checker,
 * the side-effect guide, the timer, the hand-off): the others do not carry
 * these rules (made in a call marked pure, as a tagged template cannot be marked,
 * so that a bundle without them drops them).
 */
export const controlStyles = /* @__PURE__ */ (() => css`
  :host {
    --_on-accent: var(--care-color-on-accent, #ffffff);
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: max(24px, 2.75em);
    min-inline-size: 24px;
    padding: 0.5em 1em;
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
  summary {
    min-block-size: 24px;
  }
  a {
    color: inherit;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  /* The support link stands on its own line: a 24 px target at any font size. */
  .contact a {
    display: inline-block;
    min-block-size: 24px;
    min-inline-size: 24px;
    max-inline-size: 100%;
    overflow-wrap: break-word;
  }
`)();

/** What an element with buttons, disclosures or links takes: the core, then the controls. */
export const baseStyles: CSSResult[] = [coreStyles, controlStyles];
