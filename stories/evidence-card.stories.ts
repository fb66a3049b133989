import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/evidence-card/define.js';
import { TREATMENT_IDS } from '../src/domain/index.js';
import type { Locale, TreatmentId } from '../src/domain/index.js';

interface Args {
  locale: Locale;
  treatment: TreatmentId | string;
  variant: 'full' | 'compact' | string;
  headingLevel: number;
}

const card = ({ treatment, variant, headingLevel }: Pick<Args, 'treatment' | 'variant' | 'headingLevel'>) =>
  html`<care-evidence-card treatment=${treatment} variant=${variant} heading-level=${headingLevel}></care-evidence-card>`;

const meta: Meta<Args> = {
  title: 'Elements/Evidence card',
  component: 'care-evidence-card',
  args: { locale: 'en', treatment: 'vertebroplasty', variant: 'full', headingLevel: 3 },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sv', 'nb'] },
    treatment: { control: 'select', options: [...TREATMENT_IDS] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: card,
  // Waits until every card on the canvas has rendered in the story's language.
  play: async ({ canvasElement }) => {
    for (const el of canvasElement.querySelectorAll('care-evidence-card')) await el.updateComplete;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Every treatment in one story: both variants, in each language. */
const everyTreatment: Story['render'] = ({ variant, headingLevel }) =>
  html`${TREATMENT_IDS.map(
    (treatment) => html`<care-evidence-card
      style="margin-block-end: 1rem"
      treatment=${treatment}
      variant=${variant}
      heading-level=${headingLevel}
    ></care-evidence-card>`,
  )}`;

export const HeatPad: Story = { args: { treatment: 'heat-pad' } };
export const IcePack: Story = { args: { treatment: 'ice-pack' } };
export const Physiotherapy: Story = { args: { treatment: 'physiotherapy' } };
export const Massage: Story = { args: { treatment: 'massage' } };
export const PoolTraining: Story = { args: { treatment: 'pool-training' } };
export const Corset: Story = { args: { treatment: 'corset' } };
export const TenderAreaInjection: Story = { args: { treatment: 'tender-area-injection' } };
export const Vertebroplasty: Story = { args: { treatment: 'vertebroplasty' } };
export const Acupuncture: Story = { args: { treatment: 'acupuncture' } };
export const LaserTherapy: Story = { args: { treatment: 'laser-therapy' } };
export const Tens: Story = { args: { treatment: 'tens' } };
export const Ims: Story = { args: { treatment: 'ims' } };
export const CompactVertebroplasty: Story = { args: { treatment: 'vertebroplasty', variant: 'compact' } };
export const HeadingLevel2: Story = { args: { treatment: 'corset', headingLevel: 2 } };

export const AllFull: Story = { render: everyTreatment };
export const AllCompact: Story = { render: everyTreatment, args: { variant: 'compact' } };
export const SwedishAllFull: Story = { render: everyTreatment, args: { locale: 'sv' } };
export const SwedishAllCompact: Story = { render: everyTreatment, args: { locale: 'sv', variant: 'compact' } };
export const NorwegianAllFull: Story = { render: everyTreatment, args: { locale: 'nb' } };
export const NorwegianAllCompact: Story = { render: everyTreatment, args: { locale: 'nb', variant: 'compact' } };

export const UnknownTreatment: Story = { args: { treatment: 'homeopathy' } };
export const BadVariantAndHeadingLevel: Story = { args: { treatment: 'pool-training', variant: 'tiny', headingLevel: 9 } };
export const SwedishUnknownTreatment: Story = { args: { locale: 'sv', treatment: 'homeopati' } };
