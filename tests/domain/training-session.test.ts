import { expect } from '@open-wc/testing';
import {
  advance,
  elapsedMs,
  eventsBetween,
  msUntilNextChange,
  pauseSession,
  positionAt,
  resumeSession,
  runPosition,
  sessionLengthMs,
  sessionTiming,
  startSession,
  stopSession,
} from '../../src/domain/training-session.js';
import type { SessionEvent, SessionRun } from '../../src/domain/training-session.js';

const names = (events: readonly SessionEvent[]) =>
  events.map((e) => (e.type === 'session-complete' ? 'complete' : `${e.type.replace('stretch-', '')} ${e.stretch}`));

const FULL = ['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3', 'complete'];
// 3 stretches of 4 s with 10 s rest: 4 + 10 + 4 + 10 + 4 = 32 s.
const timing = sessionTiming(4, 10);

describe('training session', () => {
  it('lasts three stretches and two rests', () => {
    expect(timing).to.deep.equal({ stretches: 3, stretchMs: 4000, restMs: 10_000 });
    expect(sessionLengthMs(timing)).to.equal(32_000);
    expect(sessionLengthMs(sessionTiming(10, 0))).to.equal(30_000);
  });

  it('knows its phase from the active time alone', () => {
    const at = (ms: number) => {
      const p = positionAt(timing, ms);
      return [p.phase, p.stretch, p.completedStretches, p.remainingMs];
    };
    expect(at(0)).to.deep.equal(['stretch', 1, 0, 4000]);
    expect(at(3999)).to.deep.equal(['stretch', 1, 0, 1]);
    expect(at(4000)).to.deep.equal(['rest', 1, 1, 10_000]);
    expect(at(14_000)).to.deep.equal(['stretch', 2, 1, 4000]);
    expect(at(28_500)).to.deep.equal(['stretch', 3, 2, 3500]);
    expect(at(32_000)).to.deep.equal(['done', 3, 3, 0]);
    expect(at(1e9)).to.deep.equal(['done', 3, 3, 0]);
  });

  it('with no rest, goes straight from one stretch to the next', () => {
    const noRest = sessionTiming(5, 0);
    expect(positionAt(noRest, 5000)).to.include({ phase: 'stretch', stretch: 2 });
    expect(names(eventsBetween(noRest, 4000, 5000))).to.deep.equal(['end 1', 'start 2']);
  });

  it('reports each boundary once however the time is sliced', () => {
    for (const step of [1, 333, 1000, 4000, 7919, 40_000]) {
      let { run, events } = startSession(timing, 0);
      const seen = [...events];
      for (let now = step; now <= 40_000 + step; now += step) {
        ({ run, events } = advance(run, now));
        seen.push(...events);
      }
      expect(names(seen), `in steps of ${step} ms`).to.deep.equal(FULL);
      expect(run.status).to.equal('done');
    }
  });

  it('pauses: paused time does not count, and nothing is reported while paused', () => {
    let run: SessionRun = startSession(timing, 1000).run;
    ({ run } = advance(run, 3000));
    const paused = pauseSession(run, 3500);
    expect(paused.run.status).to.equal('paused');
    expect(elapsedMs(paused.run, 3500)).to.equal(2500);
    expect(advance(paused.run, 100_000).events).to.deep.equal([]);
    expect(elapsedMs(paused.run, 100_000)).to.equal(2500);
    run = resumeSession(paused.run, 100_000).run;
    expect(runPosition(run, 101_000)).to.include({ phase: 'stretch', remainingMs: 500 });
    expect(names(advance(run, 101_500).events)).to.deep.equal(['end 1']);
  });

  it('pausing after the session ran out (a sleeping phone) completes it instead', () => {
    const { run } = startSession(timing, 0);
    const step = pauseSession(run, 60_000);
    expect(step.run.status).to.equal('done');
    expect(names(step.events)).to.deep.equal(FULL.slice(1));
  });

  it('stops: no more events, and it never completes', () => {
    const { run } = startSession(timing, 0);
    const stopped = stopSession(run, 5000);
    expect(stopped.run.status).to.equal('stopped');
    expect(names(stopped.events)).to.deep.equal(['end 1']);
    expect(advance(stopped.run, 60_000).events).to.deep.equal([]);
    expect(resumeSession(stopped.run, 60_000).run.status).to.equal('stopped');
  });

  it('never goes backwards when the clock does', () => {
    const { run } = startSession(timing, 10_000);
    expect(elapsedMs(run, 5000)).to.equal(0);
    expect(advance(run, 5000).events).to.deep.equal([]);
  });

  it('says when to look at the clock next: when the shown second changes or the phase ends', () => {
    const { run } = startSession(timing, 0);
    expect(msUntilNextChange(run, 0)).to.equal(1000);
    expect(msUntilNextChange(run, 600)).to.equal(400);
    expect(msUntilNextChange(run, 3999)).to.equal(1);
    expect(msUntilNextChange(pauseSession(run, 10).run, 20)).to.equal(null);
  });

  it('asks for a look at once when a boundary has passed since the last report', () => {
    // The clock read just before a stretch's end, then just after it: the end is
    // still unreported and must not wait for the next whole second of the rest.
    const stretchMs = timing.stretchMs;
    const { run } = advance(startSession(timing, 0).run, stretchMs - 0.05);
    expect(msUntilNextChange(run, stretchMs + 0.05)).to.equal(0);
    expect(names(advance(run, stretchMs + 0.05).events)).to.deep.equal(['end 1']);
  });

  it('refuses nonsense timings', () => {
    expect(() => sessionTiming(0, 10)).to.throw(RangeError, /seconds/);
    expect(() => sessionTiming(5, -1)).to.throw(RangeError, /restSeconds/);
    expect(() => sessionTiming(5, 10, 0)).to.throw(RangeError, /stretches/);
  });
});
