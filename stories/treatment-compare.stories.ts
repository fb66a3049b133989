import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/treatment-compare/define.js';
import { TREATMENT_IDS } from '../src/domain/index.js';
import type { Locale, TreatmentId } from '../src/domain/index.js';

interface Args {
  locale: Locale;
  a: TreatmentId | string;
  b: TreatmentId | string;
  /** The element's own width, e.g. `20rem` for a phone or a narrow sidebar: it stacks below 32rem. */
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Treatment comparison',
  component: 'care-treatment-compare',
  args: { locale: 'en', a: 'ims', b: 'acupuncture', width: '' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sv', 'nb'] },
    a: { control: 'select', options: [...TREATMENT_IDS] },
    b: { control: 'select', options: [...TREATMENT_IDS] },
    width: { control: 'text' },
  },
  render: ({ a, b, width }) =>
    html`<care-treatment-compare a=${a} b=${b} style=${width ? `inline-size: ${width}` : nothing}></care-treatment-compare>`,
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector('care-treatment-compare')?.updateComplete;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const ImsAndAcupuncture: Story = {};
export const AcupunctureFirst: Story = { args: { a: 'acupuncture', b: 'ims' } };
export const NarrowStacked: Story = { args: { width: '20rem' } };
export const Swedish: Story = { args: { locale: 'sv' } };
export const Norwegian: Story = { args: { locale: 'nb' } };
export const NorwegianNarrowStacked: Story = { args: { locale: 'nb', width: '18rem' } };
export const NoSuchComparison: Story = { args: { a: 'ims', b: 'massage' } };
export const UnknownTreatment: Story = { args: { a: 'ims', b: 'reiki' } };
