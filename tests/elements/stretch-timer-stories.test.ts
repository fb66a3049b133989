/**
 * Renders every stretch-timer story as Storybook would (meta.render with the
 * story's args, then its play function) and checks the state it reaches and
 * axe: the stories are the states users see, in every language.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import * as stories from '../../stories/stretch-timer.stories.js';
import type { CareStretchTimer } from '../../src/elements/stretch-timer/stretch-timer.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';
import { clearLogs } from './stretch-timer-fixture.js';

type Args = (typeof stories.default)['args'] & Record<string, unknown>;
interface Story {
  args?: Partial<Args>;
}

const EXPECTED_STATUS = { idle: 'idle', running: 'running', paused: 'paused', rest: 'running', done: 'done' } as const;

describe('stretch-timer stories', function () {
  this.timeout(20_000);
  afterEach(async () => {
    clearLogs();
    await followPageLanguage();
  });

  const meta = stories.default;
  for (const [name, value] of Object.entries(stories)) {
    if (name === 'default') continue;
    const story = value as Story;
    it(`${name} reaches its state and has no axe violations`, async () => {
      const args = { ...meta.args, ...story.args } as Args;
      await useLocale(args.locale!);
      const canvasElement = await fixture<HTMLDivElement>(html`<div></div>`);
      await captureWarnings(async () => {
        render(meta.render!(args as never, {} as never) as never, canvasElement);
        const el = canvasElement.querySelector<CareStretchTimer>('care-stretch-timer')!;
        await el.updateComplete;
        await meta.play!({ canvasElement, args } as never);
      });
      const el = canvasElement.firstElementChild as CareStretchTimer;
      await el.updateComplete;
      expect(el.status).to.equal(EXPECTED_STATUS[args.state!]);
      if (args.state === 'rest') expect(el.shadowRoot!.querySelector('.dial')!.getAttribute('data-phase')).to.equal('rest');
      await expect(canvasElement).to.be.accessible();
    });
  }
});
