/**
 * Renders every story of stories/stretch-timer-course.stories.ts as Storybook
 * would (the story's beforeEach, meta.render with its args and id, then its play
 * function) and checks the state each story claims to show, the console
 * warnings it should and should not cause, and axe: these are the states of
 * issue 16 that patients meet.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import * as stories from '../../stories/stretch-timer-course.stories.js';
import type { Args } from '../../stories/stretch-timer-course.stories.js';
import type { CareStretchTimer } from '../../src/elements/stretch-timer/stretch-timer.js';
import { LOG_KEY_PREFIX } from '../../src/domain/training-log.js';
import { followPageLanguage } from '../../src/internal/localization.js';
import { afterHostGrace } from '../helpers/grace.js';
import { captureWarnings, useLocale } from '../helpers/locale.js';

type StoryName = Exclude<keyof typeof stories, 'default'>;
type Check = (el: CareStretchTimer, root: ShadowRoot) => void;

const text = (root: ParentNode, selector: string) => (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttons = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll<HTMLButtonElement>(`${selector} button`)].map((button) => button.className.match(/pace-\w+/)?.[0] ?? button.textContent!.trim());

/** What each story must show once its play function is done. */
const SHOWS: Record<StoryName, { warnings?: number; check: Check }> = {
  PaceControls: { check: (_, root) => expect(buttons(root, '[part~="pace"]')).to.deep.equal(['pace-hold', 'pace-back']) },
  PaceHeld: {
    check: (_, root) => {
      expect(buttons(root, '[part~="pace"]')).to.include('pace-resume');
      expect(text(root, '.held')).to.contain('You are staying at 7 seconds');
    },
  },
  PaceSteppedBackSwedish: {
    check: (_, root) => {
      expect(buttons(root, '[part~="pace"]')).to.include('pace-resume');
      expect(text(root, '[part~="pace"]')).to.contain('Källa');
    },
  },
  HowDidItFeel: {
    check: (_, root) => {
      const ticked = [...root.querySelectorAll<HTMLInputElement>('[part~="feel"] input:checked')];
      expect(ticked).to.have.length(1);
      expect(ticked[0].closest('li')!.textContent).to.contain('soreness');
      expect(root.querySelectorAll('[part~="feel"] .guide-link')).to.have.length(1);
    },
  },
  HowDidItFeelNorwegian: {
    check: (_, root) => {
      expect(root.querySelectorAll('[part~="feel"] input:checked')).to.have.length(2);
      expect(text(root, '[part~="feel"]')).to.contain('tinnitus');
    },
  },
  WholeCourse: {
    check: (_, root) => {
      const course = root.querySelector<HTMLDetailsElement>('details[part~="course"]')!;
      expect(course.open).to.equal(true);
      // Eight full weeks and the current one, each a row of the table.
      expect(course.querySelectorAll('tbody tr').length).to.be.within(8, 10);
      expect(course.querySelector('svg')).to.exist;
    },
  },
  WholeCourseSwedish: {
    check: (_, root) => {
      expect(root.querySelector('details[part~="course"] table')).to.exist;
      expect(text(root, 'details[part~="course"]')).to.contain('Vecka');
    },
  },
  YourLog: {
    check: (_, root) => {
      expect(root.querySelector<HTMLDetailsElement>('details[part~="data"]')!.open).to.equal(true);
      expect(root.querySelectorAll('details[part~="data"] button')).to.have.length(4);
    },
  },
  PrintSummary: { check: (_, root) => expect(text(root, '[part~="summary"]')).to.contain('6 seconds') },
  PrintSummaryNorwegian: { check: (_, root) => expect(text(root, '[part~="summary"]')).to.contain('6 sekunder') },
  RestoreAsksFirst: {
    check: (_, root) => {
      expect(text(root, '[part~="data"] [role="group"]')).to.contain('There is already a log on this device');
      expect(root.querySelector('.confirm-restore')).to.exist;
    },
  },
  RestoreNewerVersionRefused: {
    warnings: 1,
    check: (el, root) => {
      expect(text(root, '[part~="data-message"]')).to.not.equal('');
      expect(root.querySelector('.confirm-restore')).to.equal(null);
      expect(el.exportData().log.days).to.not.have.property('2025-11-11');
    },
  },
  HandoffOffer: {
    check: (_, root) => {
      expect(text(root, '[part~="handoff"]')).to.contain('Gentle start');
      expect(root.querySelector('.handoff-confirm')).to.exist;
      expect(root.querySelector('.handoff-kept')).to.equal(null);
      expect(window.location.hash).to.contain('care-plan=1');
    },
  },
  HandoffOfferSwedish: { check: (_, root) => expect(text(root, '[part~="handoff"]')).to.contain('Mjuk start') },
  HandoffOfferPageKeepsPlan: { check: (_, root) => expect(text(root, '.handoff-kept')).to.contain('plan') },
  HandoffOutOfRange: {
    warnings: 1,
    check: (_, root) => {
      expect(root.querySelector('[part~="handoff"]')).to.equal(null);
      expect(text(root, '[part~="notice"]')).to.not.equal('');
    },
  },
  PlanFromClinic: {
    check: (el, root) => {
      expect(el.shadowRoot!.textContent).to.contain('Gentle start');
      expect(text(root, '.root')).to.contain('15 seconds');
    },
  },
};

describe('stretch-timer stories of issue 16 (course, notes, log, hand-off)', function () {
  this.timeout(20_000);
  let cleanup: (() => void) | undefined;
  afterEach(async () => {
    cleanup?.();
    cleanup = undefined;
    for (const key of Object.keys(localStorage)) if (key.startsWith(LOG_KEY_PREFIX)) localStorage.removeItem(key);
    await followPageLanguage();
  });

  const meta = stories.default;
  it('every story of the file is checked here', () => {
    expect(Object.keys(stories).filter((name) => name !== 'default').sort()).to.deep.equal(Object.keys(SHOWS).sort());
  });

  for (const name of Object.keys(SHOWS) as StoryName[]) {
    it(`${name} shows its state, warns only where it should, and has no axe violations`, async () => {
      const args = { ...meta.args, ...stories[name].args } as Args;
      const id = `elements-stretch-timer-course-notes-and-log--${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`; // Storybook's id
      await useLocale(args.locale);
      const canvasElement = await fixture<HTMLDivElement>(html`<div></div>`);
      const warnings = await captureWarnings(async () => {
        cleanup = ((await (meta.beforeEach as (context: unknown) => unknown)({ args })) as (() => void) | undefined) ?? undefined;
        render(meta.render!(args as never, { id } as never) as never, canvasElement);
        const el = canvasElement.querySelector<CareStretchTimer>('care-stretch-timer')!;
        await el.updateComplete;
        await meta.play!({ canvasElement, args } as never);
        await afterHostGrace(); // a notice and its warning wait for the moment a host gets to set properties
        await el.updateComplete;
      });
      const el = canvasElement.querySelector<CareStretchTimer>('care-stretch-timer')!;
      expect(el.getAttribute('storage-key'), 'the story has its own log').to.equal(`story-${id}`);
      expect(warnings, warnings.join('\n')).to.have.length(SHOWS[name].warnings ?? 0);
      SHOWS[name].check(el, el.shadowRoot!);
      await expect(canvasElement).to.be.accessible();
    });
  }
});
