/**
 * Renders every story as Storybook would (meta.render with the story's args,
 * then its play function) and checks it with axe: the stories are the states
 * users see, in every language.
 */
import { expect, fixture } from '@open-wc/testing';
import { afterHostGrace } from './helpers/grace.js';
import { html, render } from 'lit';
import type { TemplateResult } from 'lit';
import * as suitabilityCheck from '../stories/suitability-check.stories.js';
import * as evidenceCard from '../stories/evidence-card.stories.js';
import * as evidenceList from '../stories/evidence-list.stories.js';
import * as treatmentCompare from '../stories/treatment-compare.stories.js';
import * as sideEffectGuide from '../stories/side-effect-guide.stories.js';
import * as iqoroUses from '../stories/iqoro-uses.stories.js';
import * as planHandoff from '../stories/plan-handoff.stories.js';
import { followPageLanguage } from '../src/internal/localization.js';
import { useLocale } from './helpers/locale.js';
import type { Locale } from '../src/domain/locale.js';

interface StoryModule {
  default: {
    title: string;
    args?: Record<string, unknown>;
    render?: (args: never) => TemplateResult;
    play?: (context: { canvasElement: HTMLElement; args: never }) => Promise<void>;
  };
  [story: string]: unknown;
}

const MODULES: StoryModule[] = [suitabilityCheck, evidenceCard, evidenceList, treatmentCompare, sideEffectGuide, iqoroUses, planHandoff] as unknown as StoryModule[];

interface Story {
  args?: Record<string, unknown>;
  render?: (args: never) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: never }) => Promise<void>;
}

describe('every story', function () {
  this.timeout(20_000);
  afterEach(() => followPageLanguage());

  for (const module of MODULES) {
    const meta = module.default;
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as Story;
      it(`${meta.title} / ${name} renders and has no axe violations`, async () => {
        const args = { ...meta.args, ...story.args } as Record<string, unknown>;
        await useLocale((args.locale as Locale | undefined) ?? 'en');
        const canvasElement = await fixture<HTMLDivElement>(html`<div></div>`);
        const renderStory = story.render ?? meta.render;
        render(renderStory!(args as never), canvasElement);
        await Promise.all([...canvasElement.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].map((el) => el.updateComplete));
        await (story.play ?? meta.play)?.({ canvasElement, args: args as never });
        const element = canvasElement.firstElementChild as HTMLElement & { updateComplete?: Promise<unknown> };
        await afterHostGrace(); // a notice waits for the moment a host framework gets to set properties
        await element.updateComplete;
        expect(element.shadowRoot?.textContent?.trim() ?? element.textContent?.trim()).not.to.equal('');
        await expect(canvasElement).to.be.accessible();
      });
    }
  }
});
