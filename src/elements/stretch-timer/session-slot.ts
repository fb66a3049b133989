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
import type { SessionEvent, SessionPosition, SessionRun } from '../../domain/training-session.js';
import { STRETCHES_PER_SESSION } from '../../domain/plans.js';
import type { AnnouncementContext } from './announcements.js';
import { LazyModule } from './lazy-module.js';
import type { LazyHost } from './lazy-module.js';
import type { ScreenWakeLock } from './screen-wake-lock.js';
import type { SessionController, SessionControllerOptions, SessionStatus } from './session-controller.js';

export class SessionSlot {
  private readonly part: LazyModule<Pick<typeof import('./session-run.js'), 'SessionController' | 'ScreenWakeLock' | 'announce' | 'sessionTiming'>>;
  private controller: SessionController | null = null;
  private wakeLock: ScreenWakeLock | null = null;
  /** The last press of Start: resolves once its session runs, or its code failed to load. Never rejects. */
  starting: Promise<void> = Promise.resolve();

  constructor(
    private readonly parts: LazyHost,
    private readonly options: SessionControllerOptions,
  ) {
    // The names read off the module are spelled out: a bundler then sees which of its exports are used.
    const load = () =>
      import('./session-run.js').then(({ SessionController, ScreenWakeLock, announce, sessionTiming }) => ({
        SessionController,
        ScreenWakeLock,
        announce,
        sessionTiming,
      }));
    this.part = new LazyModule(parts, load, "the timer's session");
  }

  get status(): SessionStatus {
    return this.controller?.status ?? 'idle';
  }

  get run(): SessionRun | null {
    return this.controller?.run ?? null;
  }

  /** Where the session is now; null before the first session. */
  position(): SessionPosition | null {
    return this.controller?.position() ?? null;
  }

  /**
   * Starts a session of `seconds` per stretch and `restSeconds` between them
   * at `at`, the moment Start was pressed. A press while the code is still
   * loading adds nothing: the first press's session starts.
   */
  start(seconds: number, restSeconds: number, at: number): void {
    if (this.part.status === 'loading') return;
    this.starting = this.part.load().then((module) => {
      if (!module) return;
      this.controller ??= new module.SessionController(this.parts.host, this.options);
      this.controller.start(module.sessionTiming(seconds, restSeconds, STRETCHES_PER_SESSION), at);
      this.controller.catchUp();
    });
  }

  pause(): void {
    this.controller?.pause();
  }

  resume(at: number): void {
    this.controller?.resume(at);
  }

  stop(): void {
    this.controller?.stop();
  }

  /** What the live region says for `events` (there are events only once the session's code is in). */
  announce(events: readonly SessionEvent[], context: AnnouncementContext): string {
    return this.part.module?.announce(events, context) ?? '';
  }

  /** Keeps the screen on while `on` (a session running), where the browser can. */
  holdScreen(on: boolean): void {
    const module = this.part.module;
    if (on && module) (this.wakeLock ??= new module.ScreenWakeLock()).hold();
    else this.wakeLock?.release();
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
