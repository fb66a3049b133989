import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/plan-handoff/define.js';
import type { Locale } from '../src/domain/index.js';

interface Args {
  locale: Locale;
  patientUrl: string;
  plan: string;
  startDate: string;
  restSeconds: number | string;
  reminderTimes: string;
  headingLevel: number | string;
}

const meta: Meta<Args> = {
  title: 'Elements/Plan hand-off',
  component: 'care-plan-handoff',
  args: {
    locale: 'en',
    patientUrl: 'https://apotek.example.se/din-traningsplan.html',
    plan: 'gentle-start',
    startDate: '2026-11-20',
    restSeconds: 10,
    reminderTimes: '08:00, 13:00, 19:00',
    headingLevel: 2,
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sv', 'nb'] },
    plan: { control: 'inline-radio', options: ['standard', 'gentle-start', 'caution'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: ({ patientUrl, plan, startDate, restSeconds, reminderTimes, headingLevel }) =>
    html`<care-plan-handoff
      patient-url=${patientUrl}
      plan=${plan}
      start-date=${startDate}
      rest-seconds=${restSeconds}
      reminder-times=${reminderTimes}
      heading-level=${headingLevel}
    ></care-plan-handoff>`,
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector('care-plan-handoff')?.updateComplete;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const AtTheClinic: Story = {};
export const Swedish: Story = { args: { locale: 'sv', plan: 'caution' } };
export const Norwegian: Story = { args: { locale: 'nb', headingLevel: 3 } };
/** A bad starting value from the page: a notice, and the form starts with the usual rest. */
export const BadStartingValue: Story = { args: { restSeconds: 900 } };
/** No patient page: the notice says no link can be made. */
export const NoPatientPage: Story = { args: { patientUrl: '' } };
