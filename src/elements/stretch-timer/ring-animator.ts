/**
 * While a phase runs, a Web Animation sweeps the progress ring (ring.ts)
 * smoothly to the end of the phase, unless the user prefers reduced motion
 * (then it moves once a second, with the number). Loaded with the session's
 * code (session-run.ts): the ring stands still until a session starts.
 */
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
      // The circle's pathLength (ring.ts): the dash offset is the share of the phase gone.
      const length = circle.pathLength.baseVal;
      this.animation = circle.animate(
        [{ strokeDashoffset: String(length * (1 - sweep.remaining)) }, { strokeDashoffset: String(length) }],
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
