/**
 * One training session as a pure state machine: stretch 1 → rest → stretch 2 →
 * rest → stretch 3 → done. The state is advanced from clock readings, never by
 * counting ticks, so a session ends on time however late the timers fire (a
 * hidden tab, a sleeping phone), and every boundary is reported exactly once.
 * No DOM: the caller passes in the time.
 */
import { STRETCHES_PER_SESSION } from './plans.js';

/** How long each part of a session lasts. */
export interface SessionTiming {
  readonly stretches: number;
  readonly stretchMs: number;
  readonly restMs: number;
}

export type SessionPhase = 'stretch' | 'rest' | 'done';

/** Where a session is after some active (unpaused) time. */
export interface SessionPosition {
  readonly phase: SessionPhase;
  /** The stretch held now, or the one just finished while resting; `stretches` when done. */
  readonly stretch: number;
  /** Stretches finished so far. */
  readonly completedStretches: number;
  /** The length of the current phase (0 when done). */
  readonly phaseMs: number;
  /** What is left of the current phase (0 when done). */
  readonly remainingMs: number;
}

/** A boundary of the session; `atMs` is when it falls, in active milliseconds from the start. */
export type SessionEvent =
  | { readonly type: 'stretch-start'; readonly stretch: number; readonly atMs: number }
  | { readonly type: 'stretch-end'; readonly stretch: number; readonly atMs: number }
  | { readonly type: 'session-complete'; readonly atMs: number };

export type RunStatus = 'running' | 'paused' | 'done' | 'stopped';

/** A session being trained. Immutable: every function returns a new one. */
export interface SessionRun {
  readonly timing: SessionTiming;
  readonly status: RunStatus;
  /** Active milliseconds banked before the current running stretch of time. */
  readonly banked: number;
  /** The clock reading when the session last started or resumed; null unless running. */
  readonly since: number | null;
  /** Active milliseconds up to which events have been reported. */
  readonly reported: number;
}

/** A run and the events it passed on the way, in order. */
export interface SessionStep {
  readonly run: SessionRun;
  readonly events: readonly SessionEvent[];
}

/** The timing of a session: `seconds` per stretch, `restSeconds` between stretches. */
export function sessionTiming(seconds: number, restSeconds: number, stretches = STRETCHES_PER_SESSION): SessionTiming {
  if (!(Number.isFinite(seconds) && seconds > 0)) throw new RangeError(`seconds must be more than 0; got ${String(seconds)}.`);
  if (!(Number.isFinite(restSeconds) && restSeconds >= 0)) {
    throw new RangeError(`restSeconds must be 0 or more; got ${String(restSeconds)}.`);
  }
  if (!(Number.isInteger(stretches) && stretches >= 1)) {
    throw new RangeError(`stretches must be a whole number, 1 or more; got ${String(stretches)}.`);
  }
  return { stretches, stretchMs: seconds * 1000, restMs: restSeconds * 1000 };
}

/** The whole session's active length. */
export function sessionLengthMs(timing: SessionTiming): number {
  return timing.stretches * timing.stretchMs + (timing.stretches - 1) * timing.restMs;
}

/** Where the session is after `elapsedMs` of active time. */
export function positionAt(timing: SessionTiming, elapsedMs: number): SessionPosition {
  const { stretches, stretchMs, restMs } = timing;
  const elapsed = Math.max(0, elapsedMs);
  if (elapsed >= sessionLengthMs(timing)) {
    return { phase: 'done', stretch: stretches, completedStretches: stretches, phaseMs: 0, remainingMs: 0 };
  }
  const cycle = stretchMs + restMs;
  const index = Math.floor(elapsed / cycle);
  const into = elapsed - index * cycle;
  if (into < stretchMs) {
    return { phase: 'stretch', stretch: index + 1, completedStretches: index, phaseMs: stretchMs, remainingMs: stretchMs - into };
  }
  return { phase: 'rest', stretch: index + 1, completedStretches: index + 1, phaseMs: restMs, remainingMs: cycle - into };
}

/** Every boundary after `fromMs` and up to and including `toMs` of active time, in order. */
export function eventsBetween(timing: SessionTiming, fromMs: number, toMs: number): SessionEvent[] {
  const events: SessionEvent[] = [];
  const { stretches, stretchMs, restMs } = timing;
  const within = (at: number) => at > fromMs && at <= toMs;
  for (let stretch = 1; stretch <= stretches; stretch += 1) {
    const start = (stretch - 1) * (stretchMs + restMs);
    if (within(start)) events.push({ type: 'stretch-start', stretch, atMs: start });
    if (within(start + stretchMs)) events.push({ type: 'stretch-end', stretch, atMs: start + stretchMs });
  }
  const end = sessionLengthMs(timing);
  if (within(end)) events.push({ type: 'session-complete', atMs: end });
  return events;
}

/** Active milliseconds trained by clock reading `now`, never more than the session. */
export function elapsedMs(run: SessionRun, now: number): number {
  const running = run.since === null ? 0 : Math.max(0, now - run.since);
  return Math.min(sessionLengthMs(run.timing), run.banked + running);
}

/** Starts a session at clock reading `now`; reports the first stretch's start. */
export function startSession(timing: SessionTiming, now: number): SessionStep {
  return {
    run: { timing, status: 'running', banked: 0, since: now, reported: 0 },
    events: [{ type: 'stretch-start', stretch: 1, atMs: 0 }],
  };
}

/** Brings a running session up to `now`, reporting each boundary passed since the last call. */
export function advance(run: SessionRun, now: number): SessionStep {
  if (run.status !== 'running') return { run, events: [] };
  const elapsed = elapsedMs(run, now);
  const events = eventsBetween(run.timing, run.reported, elapsed);
  const done = elapsed >= sessionLengthMs(run.timing);
  return {
    run: done
      ? { ...run, status: 'done', banked: elapsed, since: null, reported: elapsed }
      : { ...run, reported: elapsed },
    events,
  };
}

/** Pauses at `now` (after reporting what was due); a finished session stays done. */
export function pauseSession(run: SessionRun, now: number): SessionStep {
  const step = advance(run, now);
  if (step.run.status !== 'running') return step;
  return { run: { ...step.run, status: 'paused', banked: elapsedMs(step.run, now), since: null }, events: step.events };
}

/** Resumes a paused session at `now`. */
export function resumeSession(run: SessionRun, now: number): SessionStep {
  if (run.status !== 'paused') return { run, events: [] };
  return { run: { ...run, status: 'running', since: now }, events: [] };
}

/** Stops at `now`. A session that had already ended by then completes instead. */
export function stopSession(run: SessionRun, now: number): SessionStep {
  const step = advance(run, now);
  if (step.run.status === 'done' || step.run.status === 'stopped') return step;
  return { run: { ...step.run, status: 'stopped', banked: elapsedMs(step.run, now), since: null }, events: step.events };
}

/** Where `run` is at `now`. */
export function runPosition(run: SessionRun, now: number): SessionPosition {
  return positionAt(run.timing, elapsedMs(run, now));
}

/**
 * Milliseconds until the shown whole second changes or a phase ends, for
 * scheduling the next look at the clock; 0 when a boundary is already due;
 * null unless running.
 */
export function msUntilNextChange(run: SessionRun, now: number): number | null {
  if (run.status !== 'running') return null;
  const elapsed = elapsedMs(run, now);
  const { remainingMs, phase } = positionAt(run.timing, elapsed);
  if (phase === 'done') return 0;
  // A boundary passed since the last report (the clock moved on between two
  // readings) is due now, not at the next whole second.
  if (eventsBetween(run.timing, run.reported, elapsed).length > 0) return 0;
  return remainingMs % 1000 || 1000;
}
