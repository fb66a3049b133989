/**
 * The timer's session on its first paint: until "Start session" is pressed
 * for the first time, the session panel shows a session not yet started, and
 * none of the code that runs one (session-run.ts) is loaded. The press is
 * the session's start: its moment is read from the clock at once, and when
 * the code is in (a few milliseconds from the page's own server), the session
 * starts at that moment and is brought up to the clock, so no second of a
 * stretch is lost to loading. If the code cannot be loaded, a localized
 * sentence says so in the session panel, one console warning names what is
 * missing, and the next press tries again.
 */
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { PlanId } from '../../domain/plans.js';
import type { SessionPosition, SessionRun } from '../../domain/training-session.js';
import { LazyModule } from './lazy-module.js';
import type { LazyHost } from './lazy-module.js';
import type { SessionStatus } from './session-controller.js';
import type { SessionHooks, SessionRunner } from './session-run.js';

export class SessionSlot {
  private readonly part: LazyModule<Pick<typeof import('./session-run.js'), 'SessionRunner' | 'styles'>>;
  private runner: SessionRunner | null = null;
  /** The last press of Start: resolves once its session runs, or its code failed to load. Never rejects. */
  starting: Promise<void> = Promise.resolve();

  constructor(
    parts: LazyHost,
    private readonly hooks: SessionHooks,
  ) {
    // The names read off the module are spelled out: a bundler then sees which of its exports are used.
    this.part = new LazyModule(parts, () => import('./session-run.js').then(({ SessionRunner, styles }) => ({ SessionRunner, styles })), "the timer's session");
  }

  get status(): SessionStatus {
    return this.runner?.controller.status ?? 'idle';
  }

  get run(): SessionRun | null {
    return this.runner?.controller.run ?? null;
  }

  /** Where the session is now; null before the first session. */
  position(): SessionPosition | null {
    return this.runner?.controller.position() ?? null;
  }

  /**
   * Starts a session of `plan`, `seconds` per stretch and `restSeconds`
   * between them at `at`, the moment Start was pressed. A press while the code
   * is still loading adds nothing: the first press's session starts, unless the
   * timer has left the document by the time its code is in.
   */
  start(plan: PlanId, seconds: number, restSeconds: number, at: number): void {
    if (this.part.status === 'loading') return;
    this.starting = this.part.load().then((module) => {
      // A timer taken out of the page while its code loaded starts nothing there: no clock runs for a page that lost it.
      if (!module || !this.hooks.host.isConnected) return;
      this.runner ??= new module.SessionRunner(this.hooks);
      this.runner.start(plan, seconds, restSeconds, at);
    });
  }

  pause(): void {
    this.runner?.controller.pause();
  }

  resume(at: number): void {
    this.runner?.controller.resume(at);
  }

  stop(): void {
    this.runner?.controller.stop();
  }

  /** After every render of the timer (see SessionRunner.updated). */
  updated(circle: SVGCircleElement | null): void {
    this.runner?.updated(circle);
  }

  /** The timer left the document. */
  release(): void {
    this.runner?.release();
  }

  /** "Loading…" while the code loads after a press, or why it could not; nothing otherwise. */
  render(): TemplateResult | string {
    return this.part.render(
      () => '',
      () =>
        msg('The session could not start, because part of the timer did not load. Press the button to try again.', {
          id: 'timer.session-failed',
        }),
    );
  }
}
