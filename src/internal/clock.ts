/**
 * Time for elements that measure it. An element reads a `Clock` instead of the
 * globals, so a test or a story can drive it with a `ManualClock`.
 */
export interface Clock {
  /** Milliseconds on a clock that only moves forward, for measuring durations. */
  now(): number;
  /** The wall-clock time (milliseconds since 1970), for the calendar. */
  wallTime(): number;
  /**
   * Calls `callback` after about `delayMs` and returns a function that cancels it.
   * Timers fire late in hidden tabs and not at all while a phone sleeps: use
   * them to look at the clock, never to count time.
   */
  schedule(callback: () => void, delayMs: number): () => void;
}

/** A jump of the wall clock beyond the monotonic clock's by more than this is taken as sleep. */
const SLEEP_THRESHOLD_MS = 1000;

/**
 * A forward-only reading built from deltas of two clocks. `performance.now()`
 * never jumps, but on some phones it stands still while the device sleeps;
 * `Date.now()` keeps counting through sleep, but jumps when the clock is set.
 * Each reading adds the monotonic delta, or the wall delta when the wall clock
 * ran ahead by more than a second (the device slept).
 */
export function monotonicReading(perf: () => number, wall: () => number): () => number {
  let lastPerf = perf();
  let lastWall = wall();
  let value = lastPerf;
  return () => {
    const p = perf();
    const w = wall();
    const dp = Math.max(0, p - lastPerf);
    const dw = w - lastWall;
    value += dw > dp + SLEEP_THRESHOLD_MS ? dw : dp;
    lastPerf = p;
    lastWall = w;
    return value;
  };
}

let systemNow: (() => number) | undefined;

/** The real clock: performance.now()/Date.now() deltas and setTimeout. */
export const systemClock: Clock = {
  now() {
    systemNow ??= monotonicReading(
      () => (typeof performance === 'undefined' ? Date.now() : performance.now()),
      () => Date.now(),
    );
    return systemNow();
  },
  wallTime: () => Date.now(),
  schedule(callback, delayMs) {
    const id = setTimeout(callback, Math.max(0, delayMs));
    return () => clearTimeout(id);
  },
};

interface Timer {
  readonly at: number;
  readonly order: number;
  readonly callback: () => void;
}

/**
 * A clock that moves only when told: `advance()` runs due timers in order, as
 * time passes; `skip()` moves time without running them, as in a hidden tab or
 * on a sleeping phone. For tests, stories and benchmarks.
 */
export class ManualClock implements Clock {
  private time = 0;
  private readonly wallStart: number;
  private timers: Timer[] = [];
  private order = 0;

  /** `start` is the wall-clock time at reading 0: a Date, a date string or milliseconds. */
  constructor(start: Date | string | number = Date.now()) {
    this.wallStart = new Date(start).getTime();
  }

  now(): number {
    return this.time;
  }

  wallTime(): number {
    return this.wallStart + this.time;
  }

  schedule(callback: () => void, delayMs: number): () => void {
    const timer: Timer = { at: this.time + Math.max(0, delayMs), order: (this.order += 1), callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Timers waiting to run. */
  get pending(): number {
    return this.timers.length;
  }

  /** Moves time on by `ms`, running each timer when its time comes. */
  advance(ms: number): void {
    const target = this.time + ms;
    for (;;) {
      const due = this.timers
        .filter((t) => t.at <= target)
        .sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.callback();
    }
    this.time = target;
  }

  /** Moves time on by `ms` without running timers: they are late, as in a hidden tab. */
  skip(ms: number): void {
    this.time += ms;
  }
}
