/**
 * Runs a training session for an element: holds the domain's `SessionRun`,
 * looks at the clock when the shown second changes, and again whenever the
 * page comes back (visibilitychange, pageshow), so a session that went on in a
 * hidden tab or on a sleeping phone is brought up to date at once, each
 * boundary reported exactly once.
 *
 * Taken out of the document mid-session (a single-page app's route change),
 * the session pauses; put back within `MOVE_MS` (a host moving the element),
 * it carries on as if never away; put back after longer than the session
 * lasts, it ends without being counted (`onAwayTooLong`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  advance,
  msUntilNextChange,
  pauseSession,
  resumeSession,
  runPosition,
  sessionLengthMs,
  startSession,
  stopSession,
} from '../../domain/training-session.js';
import type { SessionEvent, SessionPosition, SessionRun, SessionStep, SessionTiming } from '../../domain/training-session.js';
import type { Clock } from '../../internal/clock.js';

export type SessionStatus = 'idle' | SessionRun['status'];

export interface SessionControllerOptions {
  /** The clock to read: the host's, which a test may replace. */
  readonly clock: () => Clock;
  /** Boundaries passed since the last look, in order, with the run they led to. */
  readonly onEvents: (events: readonly SessionEvent[], run: SessionRun) => void;
  /** A session away from the document longer than it lasts was stopped, uncounted. */
  readonly onAwayTooLong: () => void;
}

/** Put back within this long, a removed timer was only moved: its session carries on. */
export const MOVE_MS = 1000;

export class SessionController implements ReactiveController {
  run: SessionRun | null = null;
  private cancelTimer: (() => void) | null = null;
  /** The running session as it was when the host left the document, and when. */
  private away: { readonly run: SessionRun; readonly at: number } | null = null;
  private readonly sync = () => {
    if (this.run) this.commit(advance(this.run, this.now()));
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SessionControllerOptions,
  ) {
    host.addController(this);
  }

  get status(): SessionStatus {
    return this.run?.status ?? 'idle';
  }

  /** Where the session is now; null before the first session. */
  position(): SessionPosition | null {
    return this.run ? runPosition(this.run, this.options.clock().now()) : null;
  }

  /** Starts a session at `at` (default now): the moment the user pressed start. */
  start(timing: SessionTiming, at = this.now()): void {
    this.commit(startSession(timing, at));
  }

  pause(): void {
    if (this.run) this.commit(pauseSession(this.run, this.now()));
  }

  resume(at = this.now()): void {
    if (this.run) this.commit(resumeSession(this.run, at));
  }

  stop(): void {
    if (this.run) this.commit(stopSession(this.run, this.now()));
  }

  /** Brings the session up to the clock now (after a hidden tab, a sleeping phone, a late timer). */
  catchUp(): void {
    this.sync();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.sync);
    window.addEventListener('pageshow', this.sync);
    const away = this.away;
    this.away = null;
    if (away && this.run?.status === 'paused') {
      const gone = this.now() - away.at;
      if (gone <= MOVE_MS) {
        // Only moved: carry on as if it had never left.
        this.commit({ run: away.run, events: [] });
      } else if (gone > sessionLengthMs(this.run.timing)) {
        this.commit(stopSession(this.run, this.now()));
        this.options.onAwayTooLong();
      }
      // Otherwise it stays paused until the user resumes it.
    }
    this.sync();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.sync);
    window.removeEventListener('pageshow', this.sync);
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (this.run?.status === 'running') {
      const at = this.now();
      // The run brought up to now (still running), to carry on from if only moved.
      const running = advance(this.run, at).run;
      const paused = pauseSession(this.run, at);
      this.commit(paused);
      if (paused.run.status === 'paused') this.away = { run: running, at };
    }
  }

  private now(): number {
    return this.options.clock().now();
  }

  private commit({ run, events }: SessionStep): void {
    this.run = run;
    this.cancelTimer?.();
    this.cancelTimer = null;
    const clock = this.options.clock();
    const delay = msUntilNextChange(run, clock.now());
    if (delay !== null) this.cancelTimer = clock.schedule(this.sync, delay);
    this.host.requestUpdate();
    if (events.length > 0) this.options.onEvents(events, run);
  }
}
