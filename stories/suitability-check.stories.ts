import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/suitability-check/define.js';
import type { CareSuitabilityCheck } from '../src/elements/suitability-check/suitability-check.js';
import type { ConditionId, Locale } from '../src/domain/index.js';

interface Args {
  locale: Locale;
  conditions: ConditionId[];
  supportHref: string;
  requireAcknowledgement: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Suitability check',
  component: 'care-suitability-check',
  args: { locale: 'en', conditions: [], supportHref: 'tel:+46101234567', requireAcknowledgement: false },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sv', 'nb'] },
  },
  render: ({ supportHref, requireAcknowledgement }) =>
    html`<care-suitability-check
      name="suitability"
      support-href=${supportHref}
      ?require-acknowledgement=${requireAcknowledgement}
    ></care-suitability-check>`,
  // Ticks the story's conditions as a shopper would.
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<CareSuitabilityCheck>('care-suitability-check');
    if (!el) return;
    await el.updateComplete;
    for (const id of args.conditions) {
      const box = el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`);
      if (box && !box.checked) box.click();
    }
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Suitable: Story = {};
export const Avoid: Story = { args: { conditions: ['achalasia-cardiae'], requireAcknowledgement: true } };
export const Wait: Story = { args: { conditions: ['stroke-within-7-days'] } };
export const IndividualAssessment: Story = { args: { conditions: ['high-muscle-tone'] } };
export const Caution: Story = { args: { conditions: ['whiplash', 'tinnitus'] } };
export const ProgressiveDisease: Story = { args: { conditions: ['parkinsons'] } };
export const BadContact: Story = { args: { conditions: ['trigeminal-neuralgia'], supportHref: 'javascript:alert(1)' } };

export const SwedishAvoid: Story = { args: { locale: 'sv', conditions: ['paraesophageal-hernia'] } };
export const SwedishCaution: Story = { args: { locale: 'sv', conditions: ['peripheral-facial-palsy'] } };
export const NorwegianWait: Story = { args: { locale: 'nb', conditions: ['stroke-within-7-days'] } };
export const NorwegianSuitable: Story = { args: { locale: 'nb' } };
