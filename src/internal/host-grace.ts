import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest a busy page makes the grace wait for an idle moment after the frame. */
const IDLE_TIMEOUT_MS = 500;

/**
 * The moment a host framework gets to set properties after a tag upgrades.
 *
 * React 19 wrappers, Next.js client components and Vue create or upgrade a tag,
 * connect it, and set its properties a moment later (in a layout effect, a
 * microtask, the next task; a hydrating React app over several tasks). Until the
 * first animation frame after the element first connects, and then the first
 * idle moment (at most 500 ms later; where there are no idle callbacks, as in
 * Safari, the next task), a missing or bad value is not yet the host's final word:
 * `over` is false, and `onOver` runs once when it becomes true. Moving the
 * element later starts no second grace. On a server (no `document`) the
 * grace never ends, so a server render neither warns nor paints a notice.
 */
export class HostGrace implements ReactiveController {
  private state: 'waiting' | 'running' | 'over' = 'waiting';

  constructor(
    host: ReactiveControllerHost,
    private readonly onOver: () => void,
  ) {
    host.addController(this);
  }

  /** True once the host has had its moment. */
  get over(): boolean {
    return this.state === 'over';
  }

  hostConnected(): void {
    if (this.state !== 'waiting' || typeof document === 'undefined') return;
    this.state = 'running';
    const end = () => {
      this.state = 'over';
      this.onOver();
    };
    // After the frame, wait until the page is idle: a framework still hydrating
    // (React's scheduler runs in back-to-back tasks) gets to finish first.
    const afterFrame = () => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(end, { timeout: IDLE_TIMEOUT_MS });
      else setTimeout(end, 0);
    };
    // A DOM without frames (jsdom without pretendToBeVisual) goes straight on.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(afterFrame);
    else afterFrame();
  }
}
