import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The moment a host framework gets to set properties after a tag upgrades.
 *
 * React 19 wrappers, Next.js client components and Vue create or upgrade a tag,
 * connect it, and set its properties a moment later (in a layout effect, a
 * microtask, the next task). Until the first animation frame after the element
 * first connects, a missing or bad value is not yet the host's final word:
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
    // A DOM without frames (jsdom without pretendToBeVisual) ends it after the current task.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(end);
    else setTimeout(end, 0);
  }
}
