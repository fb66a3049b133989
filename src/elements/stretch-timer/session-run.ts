/**
 * A running session, loaded on the first press of "Start session" (see
 * session-slot.ts, which holds the press until this is in): the session's
 * rules (src/domain/training-session.ts) run on the clock by
 * session-controller.ts, and what the timer does at each boundary: the
 * `care-stretch-start`/`-end` events, the cue, what the live region says, the
 * screen kept on while a session runs, and the ring's smooth sweep. Logging a
 * completed session stays with the timer (`complete`).
 *
 * This chunk imports none of the timer's own modules that its first file holds
 * (only the domain, the kit's internals and modules only it uses; the timer's
 * words and state are handed in by `SessionHooks`), so no bundler moves the
 * timer, and its tag registration, into a chunk shared with this one (see
 * data-section.ts and scripts/build-cdn.mjs's firstPaintInEntry).
 */
import { css } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import { STRETCHES_PER_SESSION } from '../../domain/plans.js';
import type { PlanId } from '../../domain/plans.js';
import type { CueSettings } from '../../domain/training-log.js';
import { sessionTiming } from '../../domain/training-session.js';
import type { SessionEvent, SessionRun } from '../../domain/training-session.js';
import type { Clock } from '../../internal/clock.js';
import { emit } from '../../internal/events.js';
import { announce } from './announcements.js';
import { giveCue } from './cue-sounds.js';
import { RingAnimator } from './ring-animator.js';
import { ScreenWakeLock } from './screen-wake-lock.js';
import { SessionController } from './session-controller.js';
import type { StretchDetail } from './stretch-timer.js';

/**
 * The session panel's looks once a session has started (adopted beside the
 * timer's own, after them): the paused badge, the ring in a rest and when done,
 * the done mark, and their system colours.
 */
export const styles = css`
  .badge {
    padding: 0 0.5em;
    border: 2px solid currentColor;
    border-radius: 999px;
    font-size: 0.75em;
  }
  .dial[data-phase='rest'] .progress {
    stroke: var(--_rest);
  }
  .dial[data-phase='done'] .progress {
    stroke: var(--_ok);
  }
  .done-mark svg {
    inline-size: 3.5em;
    block-size: 3.5em;
    color: var(--_ok);
  }
  @media (forced-colors: active) {
    .dial[data-phase='rest'] .progress {
      stroke: CanvasText;
    }
    .dial[data-phase='done'] .progress {
      stroke: Highlight;
    }
    .done-mark svg {
      color: CanvasText;
    }
  }
`;

/** Cues given later than this after their moment (a tab coming back) are skipped. */
const LATE_CUE_MS = 2000;

/** What a running session needs of the timer. */
export interface SessionHooks {
  readonly host: HTMLElement & ReactiveControllerHost;
  /** The clock to read: the host's, which a test may replace. */
  readonly clock: () => Clock;
  /** "10 seconds", in the timer's language (texts.ts's secondsText: the timer's own modules are handed in, not imported, see below). */
  readonly secondsText: (seconds: number) => string;
  readonly cues: () => CueSettings;
  /** The audio context unlocked by the press of Start, if any. */
  readonly audio: () => AudioContext | undefined;
  readonly sessionsToday: () => number;
  /** Says a sentence in the timer's live region. */
  readonly say: (text: string) => void;
  /** A session is done: log it (before it is announced, counted). */
  readonly complete: (plan: PlanId, seconds: number) => void;
  /** A session away from the document longer than it lasts was stopped, uncounted. */
  readonly onAwayTooLong: () => void;
}

export class SessionRunner {
  readonly controller: SessionController;
  private readonly wakeLock = new ScreenWakeLock();
  private readonly ring = new RingAnimator();
  /** The plan and seconds of the session now running, fixed at its start. */
  private current: { plan: PlanId; seconds: number } = { plan: 'standard', seconds: 0 };

  constructor(private readonly hooks: SessionHooks) {
    this.controller = new SessionController(hooks.host, {
      clock: hooks.clock,
      onEvents: (events, run) => this.onEvents(events, run),
      onAwayTooLong: hooks.onAwayTooLong,
    });
  }

  /** Starts a session at `at`, the moment Start was pressed, and brings it up to the clock. */
  start(plan: PlanId, seconds: number, restSeconds: number, at: number): void {
    this.current = { plan, seconds };
    this.controller.start(sessionTiming(seconds, restSeconds, STRETCHES_PER_SESSION), at);
    this.controller.catchUp();
  }

  /** After every render: the screen stays on while a session runs, and the ring sweeps. */
  updated(circle: SVGCircleElement | null): void {
    const controller = this.controller;
    const status = controller.status;
    if (status === 'running') this.wakeLock.hold();
    else this.wakeLock.release();
    const position = controller.position();
    const run = controller.run;
    const sweep =
      status === 'running' && position && position.phase !== 'done'
        ? { remaining: position.remainingMs / position.phaseMs, remainingMs: position.remainingMs }
        : null;
    const key = run && position ? `${status}|${position.phase}|${position.stretch}|${String(run.since)}` : 'idle';
    this.ring.sync(circle, key, sweep);
  }

  /** The timer left the document. */
  release(): void {
    this.wakeLock.release();
    this.ring.stop();
  }

  private onEvents(events: readonly SessionEvent[], run: SessionRun): void {
    const hooks = this.hooks;
    const { plan, seconds } = this.current;
    const detail = (stretch: number): StretchDetail => ({ stretch, stretches: run.timing.stretches, seconds, plan });
    for (const event of events) {
      if (event.type === 'stretch-start') emit(hooks.host, 'care-stretch-start', detail(event.stretch));
      else if (event.type === 'stretch-end') emit(hooks.host, 'care-stretch-end', detail(event.stretch));
      else hooks.complete(plan, seconds);
    }
    const last = events[events.length - 1];
    if (run.reported - last.atMs <= LATE_CUE_MS) giveCue(last.type === 'stretch-start' ? 'start' : 'end', hooks.cues(), hooks.audio());
    hooks.say(announce(events, { seconds: hooks.secondsText, timing: run.timing, sessionsToday: hooks.sessionsToday() }));
  }
}
