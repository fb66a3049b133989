import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/evidence-list/define.js';
import type { PhaseFilter } from '../src/elements/evidence-list/evidence-list.js';
import { TOPIC_IDS } from '../src/domain/index.js';
import type { Locale, TopicId } from '../src/domain/index.js';

interface Args {
  locale: Locale;
  topic: TopicId | string;
  phase: PhaseFilter | string;
  variant: 'full' | 'compact' | string;
  headingLevel: number;
  /** The filter the reader picks after the list has rendered. */
  choose?: PhaseFilter;
}

const meta: Meta<Args> = {
  title: 'Elements/Evidence list',
  component: 'care-evidence-list',
  args: { locale: 'en', topic: 'osteoporosis-pain', phase: 'all', variant: 'compact', headingLevel: 2 },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sv', 'nb'] },
    topic: { control: 'inline-radio', options: [...TOPIC_IDS] },
    phase: { control: 'inline-radio', options: ['all', 'acute', 'persistent'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    choose: { control: 'inline-radio', options: [undefined, 'all', 'acute', 'persistent'] },
  },
  render: ({ topic, phase, variant, headingLevel }) =>
    html`<care-evidence-list topic=${topic} phase=${phase} variant=${variant} heading-level=${headingLevel}></care-evidence-list>`,
  // Picks the story's filter as a reader would: a click on its radio button.
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector('care-evidence-list');
    if (!el) return;
    await el.updateComplete;
    if (!args.choose) return;
    el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${args.choose}"]`)?.click();
    await el.updateComplete;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Osteoporosis: Story = {};
export const ReaderChoosesAcute: Story = { args: { choose: 'acute' } };
export const PersistentFull: Story = { args: { phase: 'persistent', variant: 'full' } };
export const NeuropathicPain: Story = { args: { topic: 'neuropathic-pain', variant: 'full' } };
export const SwedishAcute: Story = { args: { locale: 'sv', choose: 'acute' } };
export const SwedishPersistentFull: Story = { args: { locale: 'sv', phase: 'persistent', variant: 'full', headingLevel: 3 } };
export const NorwegianAll: Story = { args: { locale: 'nb' } };
export const NorwegianNeuropathicPain: Story = { args: { locale: 'nb', topic: 'neuropathic-pain' } };
export const UnknownTopic: Story = { args: { topic: 'back-pain' } };
export const UnknownPhase: Story = { args: { phase: 'chronic' } };
