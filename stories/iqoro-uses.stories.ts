import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/iqoro-uses/define.js';
import type { Locale } from '../src/domain/index.js';

interface Args {
  locale: Locale;
  headingLevel: number | string;
}

const meta: Meta<Args> = {
  title: 'Elements/IQoro uses',
  component: 'care-iqoro-uses',
  args: { locale: 'en', headingLevel: 2 },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sv', 'nb'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: ({ headingLevel }) => html`<care-iqoro-uses heading-level=${headingLevel}></care-iqoro-uses>`,
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector('care-iqoro-uses')?.updateComplete;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const OnAProductPage: Story = {};
export const Swedish: Story = { args: { locale: 'sv' } };
export const Norwegian: Story = { args: { locale: 'nb', headingLevel: 3 } };
export const BadHeadingLevel: Story = { args: { headingLevel: 'h2' } };
