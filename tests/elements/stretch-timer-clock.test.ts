/** The clocks the timer reads: the real one (built from two clocks' deltas) and the manual one its tests use. */
import { expect } from '@open-wc/testing';
import { ManualClock, SleepEvidence, monotonicReading } from '../../src/internal/clock.js';

describe('timer clocks', () => {
  describe('monotonicReading', () => {
    function clocks() {
      const t = { perf: 1000, wall: 1_700_000_000_000, slept: false };
      return { t, read: monotonicReading(() => t.perf, () => t.wall, () => t.slept) };
    }

    it('follows performance.now() while both clocks agree', () => {
      const { t, read } = clocks();
      const start = read();
      t.perf += 2500;
      t.wall += 2503;
      expect(read() - start).to.equal(2500);
    });

    it('counts the time a phone slept, when performance.now() stood still and there is evidence of sleep', () => {
      const { t, read } = clocks();
      const start = read();
      t.perf += 10;
      t.wall += 45_000;
      t.slept = true;
      expect(read() - start).to.equal(45_000);
    });

    it('ignores a forward step of the wall clock without evidence of sleep (+3 s time sync, +1 h)', () => {
      const { t, read } = clocks();
      const start = read();
      t.perf += 1000;
      t.wall += 1000 + 3000;
      expect(read() - start).to.equal(1000);
      t.perf += 1000;
      t.wall += 1000 + 3_600_000;
      expect(read() - start).to.equal(2000);
    });

    it('ignores the wall clock being set back or forward a little', () => {
      const { t, read } = clocks();
      const start = read();
      t.perf += 1000;
      t.wall -= 3_600_000;
      expect(read() - start).to.equal(1000);
      t.perf += 1000;
      t.wall += 1500;
      expect(read() - start).to.equal(2000);
    });

    it('never goes backwards', () => {
      const { t, read } = clocks();
      const start = read();
      t.perf -= 500;
      expect(read()).to.be.at.least(start);
    });
  });

  describe('SleepEvidence', () => {
    it('is evidence once after the page was hidden, or after a timer fired late', () => {
      const page = new EventTarget() as EventTarget & { visibilityState: string };
      page.visibilityState = 'visible';
      const evidence = new SleepEvidence(page);
      expect(evidence.take()).to.equal(false);
      page.visibilityState = 'hidden';
      page.dispatchEvent(new Event('visibilitychange'));
      page.visibilityState = 'visible';
      page.dispatchEvent(new Event('visibilitychange'));
      expect(evidence.take()).to.equal(true);
      expect(evidence.take()).to.equal(false);
      // A reading while hidden, then sleep: coming back is evidence again.
      page.visibilityState = 'hidden';
      page.dispatchEvent(new Event('visibilitychange'));
      expect(evidence.take()).to.equal(true);
      expect(evidence.take(), 'still hidden').to.equal(true);
      page.visibilityState = 'visible';
      page.dispatchEvent(new Event('visibilitychange'));
      expect(evidence.take()).to.equal(true);
      expect(evidence.take()).to.equal(false);
      evidence.timerFired(100);
      expect(evidence.take()).to.equal(false);
      evidence.timerFired(5000);
      expect(evidence.take()).to.equal(true);
      page.dispatchEvent(new Event('freeze'));
      expect(evidence.take()).to.equal(true);
    });
  });

  describe('ManualClock', () => {
    it('runs due timers in order as time advances, and skip() runs none', () => {
      const clock = new ManualClock('2025-12-01T09:00:00');
      const ran: string[] = [];
      clock.schedule(() => ran.push(`b@${clock.now()}`), 2000);
      clock.schedule(() => ran.push(`a@${clock.now()}`), 1000);
      const cancel = clock.schedule(() => ran.push('cancelled'), 1500);
      cancel();
      clock.skip(500);
      expect(ran).to.deep.equal([]);
      clock.advance(1600);
      expect(ran).to.deep.equal(['a@1000', 'b@2000']);
      expect(clock.now()).to.equal(2100);
      expect(new Date(clock.wallTime()).getHours()).to.equal(9);
      expect(clock.pending).to.equal(0);
    });
  });
});
