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

/** A jump of the wall clock beyond the monotonic clock's by more than this may be sleep. */
const SLEEP_THRESHOLD_MS = 1000;

/**
 * A forward-only reading built from deltas of two clocks. `performance.now()`
 * never jumps, but on some phones it stands still while the device sleeps;
 * `Date.now()` keeps counting through sleep, but jumps when the clock is set
 * (a time-sync correction of a few seconds, a user setting it an hour on).
 * Each reading adds the monotonic delta; the wall delta only when the wall
 * clock ran ahead by more than a second *and* `slept()` says there is evidence
 * of sleep since the last reading (see `SleepEvidence`). Without evidence the
 * monotonic clock rules, so a clock step never cuts a stretch short.
 */
export function monotonicReading(perf: () => number, wall: () => number, slept: () => boolean = () => false): () => number {
  let lastPerf = perf();
  let lastWall = wall();
  let value = lastPerf;
  return () => {
    const p = perf();
    const w = wall();
    const dp = Math.max(0, p - lastPerf);
    const dw = w - lastWall;
    // Read the evidence on every reading, so it never carries over to a later one.
    const evidence = slept();
    value += dw > dp + SLEEP_THRESHOLD_MS && evidence ? dw : dp;
    lastPerf = p;
    lastWall = w;
    return value;
  };
}

/** What `SleepEvidence` listens to: the document, or a stand-in in tests. */
export interface PageLifecycle extends EventTarget {
  readonly visibilityState?: string;
}

/**
 * Evidence that the device may have slept since it was last asked: the page
 * was hidden or frozen (a phone locks, a laptop lid closes: the page is hidden
 * first), or a timer fired later than `SLEEP_THRESHOLD_MS` past its time on the
 * monotonic clock. A wall-clock step on a page in view has neither.
 */
export class SleepEvidence {
  private seen = false;
  private readonly note = () => {
    this.seen = true;
  };

  constructor(private readonly page: PageLifecycle) {
    // Becoming visible counts too: the time since the last reading was (partly) hidden.
    for (const type of ['visibilitychange', 'freeze', 'resume']) page.addEventListener(type, this.note);
  }

  /** A timer fired `lateMs` after its time, measured on the monotonic clock. */
  timerFired(lateMs: number): void {
    if (lateMs > SLEEP_THRESHOLD_MS) this.seen = true;
  }

  /** True when there was evidence since the last call (or the page is hidden now); forgets it. */
  take(): boolean {
    const seen = this.seen || (this.page.visibilityState !== undefined && this.page.visibilityState !== 'visible');
    this.seen = false;
    return seen;
  }
}

let systemNow: (() => number) | undefined;
let evidence: SleepEvidence | undefined;
const perfNow = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

function sleepEvidence(): SleepEvidence | undefined {
  if (evidence === undefined && typeof document !== 'undefined') evidence = new SleepEvidence(document);
  return evidence;
}

/** The real clock: performance.now()/Date.now() deltas (see `monotonicReading`) and setTimeout. */
export const systemClock: Clock = {
  now() {
    systemNow ??= monotonicReading(perfNow, () => Date.now(), () => sleepEvidence()?.take() ?? true);
    return systemNow();
  },
  wallTime: () => Date.now(),
  schedule(callback, delayMs) {
    const delay = Math.max(0, delayMs);
    const due = perfNow() + delay;
    const id = setTimeout(() => {
      sleepEvidence()?.timerFired(perfNow() - due);
      callback();
    }, delay);
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
