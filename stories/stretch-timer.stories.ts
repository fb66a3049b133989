import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/stretch-timer/define.js';
import type { CareStretchTimer } from '../src/elements/stretch-timer/stretch-timer.js';
import { addDays } from '../src/domain/calendar.js';
import type { IsoDate } from '../src/domain/calendar.js';
import type { Locale, PlanId } from '../src/domain/index.js';
import { DEFAULT_CUES, emptyLog, logKey, serializeLog } from '../src/domain/training-log.js';
import type { DayRecord } from '../src/domain/training-log.js';
import { ManualClock, systemClock } from '../src/internal/clock.js';

type TimerState = 'idle' | 'running' | 'paused' | 'rest' | 'done';

interface Args {
  locale: Locale;
  plan: PlanId | string;
  /** Days since the start date (0 = today); -1 gives no start date. */
  daysIn: number;
  state: TimerState;
  restSeconds: number;
  /** Sessions already logged today, before the story's own. */
  sessionsToday: number;
  /** A real clock instead of the stories' fixed Monday 1 December 2025, 09:00. */
  live: boolean;
}

const TODAY: IsoDate = '2025-12-01';
const STORY_KEY_PREFIX = `${logKey()}:storybook-`;
let rendered = 0;

/** Gives the story its own log: `sessionsToday` today and a plausible last week. */
function seedLog(name: string, args: Args): void {
  const days: Record<IsoDate, DayRecord> = {};
  for (let i = 1; i <= Math.min(6, Math.max(0, args.daysIn)); i += 1) days[addDays(TODAY, -i)] = { sessions: i % 4 === 0 ? 2 : 3 };
  if (args.sessionsToday > 0) days[TODAY] = { sessions: args.sessionsToday };
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORY_KEY_PREFIX)) localStorage.removeItem(key);
    const startDate = args.daysIn >= 0 ? addDays(TODAY, -args.daysIn) : null;
    localStorage.setItem(logKey(name), serializeLog({ ...emptyLog(), startDate, days, cues: DEFAULT_CUES }));
  } catch {
    // Storage refused: the story shows that notice.
  }
}

const meta: Meta<Args> = {
  title: 'Elements/Stretch timer',
  component: 'care-stretch-timer',
  args: { locale: 'en', plan: 'standard', daysIn: 0, state: 'idle', restSeconds: 10, sessionsToday: 0, live: false },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sv', 'nb'] },
    plan: { control: 'inline-radio', options: ['standard', 'gentle-start', 'caution'] },
    state: { control: 'inline-radio', options: ['idle', 'running', 'paused', 'rest', 'done'] },
  },
  render: (args) => {
    rendered += 1;
    const name = `storybook-${rendered}`;
    seedLog(name, args);
    const clock = args.live ? systemClock : new ManualClock(`${TODAY}T09:00:00`);
    return html`<care-stretch-timer
      .clock=${clock}
      plan=${args.plan}
      start-date=${args.live || args.daysIn < 0 ? '' : addDays(TODAY, -args.daysIn)}
      rest-seconds=${args.restSeconds}
      storage-key=${name}
    ></care-stretch-timer>`;
  },
  // Brings the timer to the story's state as a patient would, on the story's fixed clock.
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<CareStretchTimer>('care-stretch-timer');
    if (!el || args.state === 'idle' || !(el.clock instanceof ManualClock)) return;
    const clock = el.clock;
    await el.updateComplete;
    const primary = () => el.shadowRoot!.querySelector<HTMLButtonElement>('.primary')!;
    primary().click();
    const stretchMs = el.secondsToday * 1000;
    const advance = { running: 2000, paused: 2000, rest: stretchMs + 3000, done: 3 * stretchMs + 2 * args.restSeconds * 1000 };
    clock.advance(advance[args.state]);
    await el.updateComplete;
    if (args.state === 'paused') primary().click();
    await el.updateComplete;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Standard: Story = {};
export const GentleStartDay9: Story = { args: { plan: 'gentle-start', daysIn: 8, sessionsToday: 1 } };
export const CautionDay21Holds3Seconds: Story = { args: { plan: 'caution', daysIn: 20, sessionsToday: 2 } };
export const CautionDay22Holds4Seconds: Story = { args: { plan: 'caution', daysIn: 21 } };
export const Running: Story = { args: { state: 'running' } };
export const Paused: Story = { args: { plan: 'gentle-start', daysIn: 4, state: 'paused' } };
export const Rest: Story = { args: { plan: 'caution', daysIn: 30, state: 'rest' } };
export const Done: Story = { args: { state: 'done', sessionsToday: 2, daysIn: 10 } };
export const NoRest: Story = { args: { plan: 'gentle-start', restSeconds: 0, state: 'running' } };
export const BadAttributes: Story = { args: { plan: 'weekly', restSeconds: -5 } };
/** A real clock: press start and train. */
export const Live: Story = { args: { live: true, daysIn: -1 } };

export const SwedishCautionRunning: Story = { args: { locale: 'sv', plan: 'caution', daysIn: 20, state: 'running' } };
export const SwedishRest: Story = { args: { locale: 'sv', plan: 'gentle-start', daysIn: 3, state: 'rest' } };
export const SwedishDone: Story = { args: { locale: 'sv', state: 'done', sessionsToday: 1, daysIn: 5 } };
export const NorwegianGentleStart: Story = { args: { locale: 'nb', plan: 'gentle-start', daysIn: 2 } };
export const NorwegianPaused: Story = { args: { locale: 'nb', plan: 'caution', daysIn: 25, state: 'paused' } };
export const NorwegianDone: Story = { args: { locale: 'nb', plan: 'standard', state: 'done', sessionsToday: 2, daysIn: 6 } };
