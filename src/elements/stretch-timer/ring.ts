/**
 * The progress ring around the countdown: an SVG circle whose visible arc is
 * the part of the phase still to go. Each render sets it from the clock; while
 * a phase runs, ring-animator.ts (loaded with the session's code) sweeps it
 * smoothly to the end of the phase.
 */
import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

/** The circle's path length: the dash offset is then simply the percentage gone. */
const LENGTH = 100;

/** `remaining` is the fraction of the phase still to go, 0 to 1. */
export function renderRing(remaining: number): SVGTemplateResult {
  const offset = LENGTH * (1 - Math.min(1, Math.max(0, remaining)));
  return svg`<svg class="ring" part="ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
    <circle class="track" cx="50" cy="50" r="45" pathLength=${LENGTH}></circle>
    <circle
      class=${offset >= LENGTH ? 'progress empty' : 'progress'}
      cx="50"
      cy="50"
      r="45"
      pathLength=${LENGTH}
      stroke-dasharray=${LENGTH}
      stroke-dashoffset=${offset}
      transform="rotate(-90 50 50)"
    ></circle>
  </svg>`;
}
