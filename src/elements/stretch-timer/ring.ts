/**
 * The progress ring around the countdown: an SVG circle whose visible arc is
 * the part of the phase still to go. Each render sets it from the clock; while
 * a phase runs, a Web Animation sweeps it smoothly to the end of the phase,
 * unless the user prefers reduced motion (then it moves once a second, with
 * the number).
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

function prefersReducedMotion(): boolean {
  try {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

/** Drives the smooth sweep of one ring; call `sync` after every render. */
export class RingAnimator {
  private key = '';
  private animation: Animation | null = null;

  /**
   * `key` names the running phase (it changes on every start, pause, resume
   * and phase); `remaining` the fraction still to go and `remainingMs` its time,
   * or null when the ring stands still.
   */
  sync(circle: SVGCircleElement | null, key: string, sweep: { remaining: number; remainingMs: number } | null): void {
    if (key === this.key && this.animation) return;
    this.key = key;
    this.animation?.cancel();
    this.animation = null;
    if (!circle || !sweep || sweep.remainingMs <= 0 || prefersReducedMotion() || typeof circle.animate !== 'function') return;
    try {
      this.animation = circle.animate(
        [{ strokeDashoffset: String(LENGTH * (1 - sweep.remaining)) }, { strokeDashoffset: String(LENGTH) }],
        { duration: sweep.remainingMs, easing: 'linear', fill: 'forwards' },
      );
    } catch {
      this.animation = null;
    }
  }

  stop(): void {
    this.animation?.cancel();
    this.animation = null;
    this.key = '';
  }
}
