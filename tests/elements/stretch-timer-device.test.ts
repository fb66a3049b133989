/** The timer's use of the device: sound, vibration, the screen wake lock and the calendar download. */
import { expect } from '@open-wc/testing';
import { ManualClock } from '../../src/internal/clock.js';
import { MONDAY, clearLogs, freshKey, logWritten, mountTimer, part, press, wait } from './stretch-timer-fixture.js';

/** Stand-ins for Web Audio and navigator.vibrate that record what they are asked to do. */
function stubCues() {
  const tones: number[] = [];
  const buzzes: unknown[] = [];
  const param = { value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} };
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    createOscillator() {
      const frequency = { ...param };
      return {
        type: 'sine',
        frequency,
        connect: (node: unknown) => node,
        start: () => tones.push(frequency.value),
        stop() {},
      };
    }
    createGain() {
      return { gain: { ...param }, connect: (node: unknown) => node };
    }
    resume() {
      return Promise.resolve();
    }
    close() {
      return Promise.resolve();
    }
  }
  const scope = window as unknown as { AudioContext: unknown };
  const originalAudio = scope.AudioContext;
  scope.AudioContext = FakeAudioContext;
  Object.defineProperty(navigator, 'vibrate', {
    configurable: true,
    value: (pattern: unknown) => {
      buzzes.push(pattern);
      return true;
    },
  });
  return {
    tones,
    buzzes,
    restore() {
      scope.AudioContext = originalAudio;
      delete (navigator as { vibrate?: unknown }).vibrate;
    },
  };
}

describe('<care-stretch-timer> on the device', () => {
  afterEach(() => clearLogs());

  describe('cues', () => {
    let cues: ReturnType<typeof stubCues>;
    beforeEach(() => {
      cues = stubCues();
    });
    afterEach(() => cues.restore());

    it('beeps and vibrates at the start and end of each stretch, with different tones', async () => {
      const { el, clock } = await mountTimer({ attributes: { 'rest-seconds': '5' } });
      await press(el, '.primary');
      expect(cues.tones).to.have.length(1);
      expect(cues.buzzes).to.have.length(1);
      await wait(el, clock, 10_000);
      expect(cues.tones).to.have.length(2);
      expect(cues.tones[0]).not.to.equal(cues.tones[1]);
      expect(cues.buzzes).to.have.length(2);
    });

    it('can be switched off, and the choice is remembered', async () => {
      const clock = new ManualClock(MONDAY);
      const storageKey = freshKey();
      const { el } = await mountTimer({ clock, storageKey });
      part(el, 'input[name="sound"]').click();
      part(el, 'input[name="vibration"]').click();
      await el.updateComplete;
      await press(el, '.primary');
      await wait(el, clock, 30_000);
      expect(cues.tones).to.deep.equal([]);
      expect(cues.buzzes).to.deep.equal([]);
      el.remove();
      await logWritten(storageKey);

      const again = await mountTimer({ clock, storageKey });
      expect(part(again.el, 'input[name="sound"]')).to.have.property('checked', false);
      expect(part(again.el, 'input[name="vibration"]')).to.have.property('checked', false);
      part(again.el, 'input[name="sound"]').click();
      await again.el.updateComplete;
      await press(again.el, '.primary');
      expect(cues.tones).to.have.length(1);
      expect(cues.buzzes).to.deep.equal([]);
    });

    it('gives no stale cue for a stretch that ended while the tab was hidden', async () => {
      const { el, clock } = await mountTimer();
      await press(el, '.primary');
      clock.skip(15_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(cues.tones).to.have.length(1);
    });

    it('runs silently where Web Audio and vibration do not exist', async () => {
      cues.restore();
      const scope = window as unknown as { AudioContext: unknown };
      const original = scope.AudioContext;
      scope.AudioContext = undefined;
      // Firefox and WebKit (as on an iPhone) have no navigator.vibrate at all.
      const vibrate = Object.getOwnPropertyDescriptor(Navigator.prototype, 'vibrate');
      delete (Navigator.prototype as { vibrate?: unknown }).vibrate;
      try {
        const { el, clock } = await mountTimer();
        expect(el.shadowRoot!.querySelector('input[name="vibration"]'), 'no switch for what cannot work').to.equal(null);
        await press(el, '.primary');
        await wait(el, clock, 50_000);
        expect(el.status).to.equal('done');
      } finally {
        scope.AudioContext = original;
        if (vibrate) Object.defineProperty(Navigator.prototype, 'vibrate', vibrate);
        cues = stubCues();
      }
    });
  });

  it('keeps the screen on while a session runs, where the Wake Lock API exists', async () => {
    const log: string[] = [];
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: async (type: string) => {
          log.push(`request ${type}`);
          return { released: false, release: async () => void log.push('release') };
        },
      },
    });
    try {
      const { el, clock } = await mountTimer();
      await press(el, '.primary');
      await new Promise((resolve) => setTimeout(resolve));
      expect(log).to.deep.equal(['request screen']);
      await press(el, '.primary');
      expect(log).to.deep.equal(['request screen', 'release']);
      await press(el, '.primary');
      await new Promise((resolve) => setTimeout(resolve));
      await wait(el, clock, 60_000);
      expect(log).to.deep.equal(['request screen', 'release', 'request screen', 'release']);
    } finally {
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    }
  });

  it('runs when the wake lock is refused', async () => {
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: { request: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      const { el, clock } = await mountTimer();
      await press(el, '.primary');
      await wait(el, clock, 50_000);
      expect(el.status).to.equal('done');
    } finally {
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    }
  });

  it('offers the reminders as an .ics file made in the browser', async () => {
    const files: Blob[] = [];
    const names: string[] = [];
    const { createObjectURL } = URL;
    const { click } = HTMLAnchorElement.prototype;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      files.push(blob as Blob);
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      const { el } = await mountTimer({ attributes: { 'reminder-times': '19:00, 7:30, 12:15' } });
      expect(part(el, '[part="reminders"]').textContent).to.contain('07:30, 12:15 and 19:00');
      await press(el, '[part="reminders"] button');
      expect(names).to.deep.equal(['iqoro-training.ics']);
      expect(files[0].type).to.equal('text/calendar;charset=utf-8');
      const text = await files[0].text();
      expect(text.match(/BEGIN:VEVENT/g)).to.have.length(3);
      expect(text.match(/RRULE:FREQ=DAILY/g)).to.have.length(3);
      expect(text).to.contain('DTSTART:20251201T073000');
      expect(text).to.contain('DTSTART:20251201T121500');
      expect(text).to.contain('DTSTART:20251201T190000');
      expect(text).to.contain('SUMMARY:IQoro training\\, session 1 of 3');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
