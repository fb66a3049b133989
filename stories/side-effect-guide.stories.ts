import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/side-effect-guide/define.js';
import type { CareSideEffectGuide } from '../src/elements/side-effect-guide/side-effect-guide.js';
import type { Locale, SideEffectId } from '../src/domain/index.js';

interface Args {
  locale: Locale;
  /** Ticked as a user would, after the first render. */
  ticked: SideEffectId[];
  /** The host's `situations` attribute (preselection). */
  situations: string;
  /** The user's plan, if the host knows it (`caution` keeps the gentle start from being offered). */
  plan: string;
  supportHref: string;
  supportLabel: string;
  explainerOpen: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Side-effect guide',
  component: 'care-side-effect-guide',
  args: {
    locale: 'en',
    ticked: [],
    situations: '',
    plan: '',
    supportHref: 'tel:+46101234567',
    supportLabel: '',
    explainerOpen: false,
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sv', 'nb'] },
  },
  render: ({ situations, plan, supportHref, supportLabel }) =>
    html`<care-side-effect-guide
      situations=${situations}
      plan=${plan}
      support-href=${supportHref}
      support-label=${supportLabel}
    ></care-side-effect-guide>`,
  // Ticks the story's situations and opens the explainer as a user would.
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<CareSideEffectGuide>('care-side-effect-guide');
    if (!el) return;
    await el.updateComplete;
    for (const id of args.ticked) {
      const box = el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`);
      if (box && !box.checked) box.click();
    }
    if (args.explainerOpen) el.shadowRoot!.querySelector<HTMLElement>('details[part="explainer"] summary')?.click();
    await el.updateComplete;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const NothingTicked: Story = {};
export const TrainingSoreness: Story = { args: { ticked: ['training-soreness'] } };
export const WorseRefluxSymptoms: Story = { args: { ticked: ['worse-reflux-symptoms'] } };
export const BloodTaste: Story = { args: { ticked: ['blood-taste'] } };
export const TinnitusChange: Story = { args: { ticked: ['tinnitus-change'] } };
export const EverythingTicked: Story = {
  args: { ticked: ['training-soreness', 'worse-reflux-symptoms', 'blood-taste', 'tinnitus-change'] },
};
export const AdverseEffectOrSideEffect: Story = { args: { explainerOpen: true } };
export const PreselectedByHost: Story = {
  args: { situations: 'blood-taste tinnitus-change', supportHref: 'mailto:kundtjanst@apotek.example', supportLabel: 'Mejla kundtjänst' },
};
export const BadAttributes: Story = { args: { situations: 'training-soreness headache', supportHref: 'javascript:alert(1)' } };

export const SwedishTrainingSoreness: Story = { args: { locale: 'sv', ticked: ['training-soreness'] } };
export const SwedishWorseRefluxSymptoms: Story = { args: { locale: 'sv', ticked: ['worse-reflux-symptoms'] } };
export const SwedishBloodTaste: Story = { args: { locale: 'sv', ticked: ['blood-taste'] } };
export const SwedishTinnitusChange: Story = { args: { locale: 'sv', ticked: ['tinnitus-change'], explainerOpen: true } };
export const SwedishBadAttributes: Story = { args: { locale: 'sv', situations: 'huvudvärk', supportHref: 'data:text/html,x' } };

export const NorwegianTrainingSoreness: Story = { args: { locale: 'nb', ticked: ['training-soreness'] } };
export const NorwegianWorseRefluxSymptoms: Story = { args: { locale: 'nb', ticked: ['worse-reflux-symptoms'] } };
export const NorwegianBloodTaste: Story = { args: { locale: 'nb', ticked: ['blood-taste'] } };
export const NorwegianTinnitusChange: Story = { args: { locale: 'nb', ticked: ['tinnitus-change'], explainerOpen: true } };

/** Someone on the caution plan with training soreness: the guide offers the caution plan, not the gentle start. */
export const CautionPlanSoreness: Story = { args: { ticked: ['training-soreness'], plan: 'caution' } };
export const SwedishCautionPlanSoreness: Story = { args: { locale: 'sv', ticked: ['training-soreness'], plan: 'caution' } };
export const NorwegianCautionPlanSoreness: Story = { args: { locale: 'nb', ticked: ['training-soreness'], plan: 'caution' } };
