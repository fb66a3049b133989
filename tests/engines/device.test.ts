/**
 * What differs on the engines patients use, with each engine's real APIs (no stand-ins):
 * an iPhone's WebKit has no navigator.vibrate, starts Web Audio only inside a tap,
 * and may refuse the screen wake lock. The timer must offer only what works and run anyway.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { CareStretchTimer } from '../../src/elements/stretch-timer/stretch-timer.js';
import { clearLogs, mountTimer, part, wait } from '../elements/stretch-timer-fixture.js';
import { currentEngine } from '../helpers/engine.js';

/** A real tap (trusted input through CDP or WebDriver), so the engine grants user activation. */
async function tap(el: CareStretchTimer, selector: string): Promise<void> {
  const target = part(el, selector);
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await el.updateComplete;
}

describe('the timer on each engine’s own device APIs', () => {
  afterEach(async () => {
    await resetMouse();
    clearLogs();
  });

  it('offers the vibration switch only where navigator.vibrate exists (never in WebKit, as on an iPhone)', async () => {
    const { el } = await mountTimer();
    const offered = el.shadowRoot!.querySelector('input[name="vibration"]') !== null;
    expect(offered).to.equal(typeof navigator.vibrate === 'function');
    if ((await currentEngine()) === 'webkit') expect(offered, 'WebKit has no vibration').to.equal(false);
  });

  it('creates its audio only inside the tap that starts a session, as iOS requires', async () => {
    const Original = window.AudioContext;
    const created: { activeUserGesture: boolean | undefined }[] = [];
    class RecordingAudioContext extends Original {
      constructor() {
        super();
        created.push({ activeUserGesture: navigator.userActivation?.isActive });
      }
    }
    window.AudioContext = RecordingAudioContext;
    try {
      const { el, clock } = await mountTimer();
      await wait(el, clock, 1000);
      expect(created, 'no audio before the tap').to.have.length(0);
      await tap(el, '.primary');
      expect(el.status).to.equal('running');
      expect(created, 'one audio context, made by the tap').to.have.length(1);
      if (navigator.userActivation) expect(created[0].activeUserGesture, 'inside the tap’s user activation').to.equal(true);
    } finally {
      window.AudioContext = Original;
    }
  });

  it('runs a whole session whatever the real screen wake lock answers, without an unhandled error', async () => {
    const errors: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    try {
      const { el, clock } = await mountTimer();
      await tap(el, '.primary');
      await new Promise((resolve) => setTimeout(resolve, 100)); // the lock's answer
      await wait(el, clock, 50_000);
      expect(el.status).to.equal('done');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    }
  });
});
