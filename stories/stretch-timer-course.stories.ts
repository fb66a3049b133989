/**
 * The stretch timer's states from issue 16: the pace controls (hold, step back,
 * resume), "How did it feel?", the whole course week by week, "Your log" (its
 * buttons, the printable summary, restoring a backup) and the hand-off offer
 * from a clinic's link. Each story sets its state only as a patient or a host
 * page can: the log stored under the timer's documented key
 * (`care-widgets:stretch-timer:v3:<storage-key>`, schema v3), a confirmed
 * hand-off under `care-widgets:stretch-timer:plan:v1:<storage-key>`, the
 * hand-off link in the page's address (`#care-plan=1&…`), and clicks on the
 * timer's own controls. Every story has its own `storage-key`, so no two share
 * a log; the views the timer loads lazily are waited for, not imported.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/stretch-timer/define.js';
import type { CareStretchTimer } from '../src/elements/stretch-timer/stretch-timer.js';
import { addDays } from '../src/domain/calendar.js';
import type { IsoDate } from '../src/domain/calendar.js';
import type { Locale, PlanId } from '../src/domain/index.js';
import type { Adjustment } from '../src/domain/plan-adjustments.js';
import { encodeHandoff } from '../src/domain/plan-handoff.js';
import type { NoteKind } from '../src/domain/session-notes.js';
import { DEFAULT_CUES, LOG_KEY_PREFIX, logKey, serializeLog } from '../src/domain/training-log.js';
import type { DayRecord } from '../src/domain/training-log.js';
import { ManualClock } from '../src/internal/clock.js';

/** What the story's play function does, as the patient would. */
type Action = 'none' | 'open-course' | 'open-log' | 'print-summary' | 'restore-merge' | 'restore-newer';

export interface Args {
  locale: Locale;
  /** The host's `plan` attribute; '' sets none (the stored hand-off or the standard plan). */
  plan: PlanId | '';
  /** Days since the log's start date (0 = today); -1 stores no log (a patient who never used the timer). */
  daysIn: number;
  /** Sessions already logged today. */
  sessionsToday: number;
  /** Today's "How did it feel?" notes, stored with today's sessions. */
  notesToday: NoteKind[];
  /** Notes on earlier days, every `notesEvery` days (0: none). */
  notesEvery: number;
  /** Hold, step back and resume, in days before today. */
  adjustments: Array<{ daysAgo: number; kind: Adjustment['kind']; seconds: number }>;
  /** The page's address fragment, as a clinic's link opens it ('' = none). */
  fragment: string;
  /** A hand-off the patient confirmed earlier: stored under the plan key ('' = none). */
  storedHandoff: string;
  action: Action;
}

/** The stories' fixed clock: Monday 1 December 2025, 09:00. */
const TODAY: IsoDate = '2025-12-01';
const HANDOFF = encodeHandoff({
  plan: 'gentle-start',
  startDate: addDays(TODAY, -7),
  restSeconds: 15,
  reminderTimes: [
    { hour: 7, minute: 30 },
    { hour: 12, minute: 0 },
    { hour: 18, minute: 30 },
  ],
});
const NOTE_CYCLE: NoteKind[][] = [['nothing'], ['soreness'], ['nothing'], ['soreness', 'reflux']];

/** The story's own `storage-key`, from its id. */
const storageKeyOf = (id: string | undefined) => `story-${(id ?? 'timer-course').replace(/[^\w-]/g, '-')}`;

/** The log as the timer would have stored it after `daysIn` days of training. */
function storedLog(args: Args): string {
  const days: Record<IsoDate, DayRecord> = {};
  for (let i = 1; i <= args.daysIn; i += 1) {
    const sessions = i % 9 === 0 ? 0 : i % 4 === 0 ? 2 : 3;
    if (sessions === 0) continue;
    const notes = args.notesEvery > 0 && i % args.notesEvery === 0 ? NOTE_CYCLE[(i / args.notesEvery) % NOTE_CYCLE.length] : undefined;
    days[addDays(TODAY, -i)] = { sessions, ...(notes ? { notes } : {}) };
  }
  if (args.sessionsToday > 0) {
    days[TODAY] = { sessions: args.sessionsToday, ...(args.notesToday.length ? { notes: args.notesToday } : {}) };
  }
  const adjustments = args.adjustments
    .map(({ daysAgo, kind, seconds }) => ({ date: addDays(TODAY, -daysAgo), kind, seconds }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return serializeLog({ version: 3, startDate: addDays(TODAY, -args.daysIn), days, adjustments, cues: DEFAULT_CUES });
}

/** A backup file as "Back up my log" writes it (README: the backup format). */
function backupFile(formatVersion: number): File {
  const days: Record<IsoDate, DayRecord> = { [addDays(TODAY, -20)]: { sessions: 3 }, [addDays(TODAY, -19)]: { sessions: 2 } };
  const log = { version: 3, startDate: addDays(TODAY, -20), days, adjustments: [], cues: DEFAULT_CUES };
  const backup = { format: 'care-widgets/stretch-timer-log', formatVersion, savedAt: `${addDays(TODAY, -18)}T18:00:00.000Z`, storageKey: '', log };
  return new File([JSON.stringify(backup)], `iqoro-training-log-${addDays(TODAY, -18)}.json`, { type: 'application/json' });
}

/** Waits (on the real clock: the views load lazily) until `selector` is in the timer's shadow root. */
async function shown<E extends Element = HTMLElement>(el: CareStretchTimer, selector: string): Promise<E> {
  const deadline = performance.now() + 5000;
  for (;;) {
    await el.updateComplete;
    const found = el.shadowRoot!.querySelector<E>(selector);
    if (found) return found;
    if (performance.now() > deadline) throw new Error(`the timer never showed ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens one of the timer's disclosures by clicking its summary, as a patient does. */
async function openDisclosure(el: CareStretchTimer, part: string): Promise<void> {
  const details = await shown<HTMLDetailsElement>(el, `details[part~="${part}"]`);
  if (!details.open) details.querySelector('summary')!.click();
}

/** Chooses `file` in the restore button's file picker (what the browser does once the patient picks it). */
function chooseFile(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const meta: Meta<Args> = {
  title: 'Elements/Stretch timer/Course, notes and log',
  component: 'care-stretch-timer',
  args: {
    locale: 'en',
    plan: 'gentle-start',
    daysIn: 8,
    sessionsToday: 0,
    notesToday: [],
    notesEvery: 0,
    adjustments: [],
    fragment: '',
    storedHandoff: '',
    action: 'none',
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sv', 'nb'] },
    plan: { control: 'inline-radio', options: ['', 'standard', 'gentle-start', 'caution'] },
    action: { control: 'select', options: ['none', 'open-course', 'open-log', 'print-summary', 'restore-merge', 'restore-newer'] },
  },
  // The clinic's link is in the address only while the story shows; it is taken out again afterwards.
  beforeEach: ({ args }) => {
    if (!args.fragment) return undefined;
    const { pathname, search, hash } = window.location;
    history.replaceState(history.state, '', `${pathname}${search}#${args.fragment}`);
    return () => history.replaceState(history.state, '', `${pathname}${search}${hash}`);
  },
  render: (args, context) => {
    const name = storageKeyOf(context?.id);
    try {
      for (const key of Object.keys(localStorage)) if (key.startsWith(LOG_KEY_PREFIX) && key.endsWith(`:${name}`)) localStorage.removeItem(key);
      if (args.daysIn >= 0) localStorage.setItem(logKey(name), storedLog(args));
      if (args.storedHandoff) localStorage.setItem(`${LOG_KEY_PREFIX}:plan:v1:${name}`, args.storedHandoff);
    } catch {
      // Storage refused: the story shows that notice.
    }
    return html`<care-stretch-timer
      .clock=${new ManualClock(`${TODAY}T09:00:00`)}
      plan=${args.plan || nothing}
      storage-key=${name}
    ></care-stretch-timer>`;
  },
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<CareStretchTimer>('care-stretch-timer');
    if (!el) return;
    await el.updateComplete;
    switch (args.action) {
      case 'open-course':
        await openDisclosure(el, 'course');
        await shown(el, '[part~="course"] table');
        break;
      case 'open-log':
        await openDisclosure(el, 'data');
        await shown(el, '[part~="data"] input[type="file"]');
        break;
      case 'print-summary': {
        await openDisclosure(el, 'data');
        const print = window.print;
        // The summary stays on screen; the browser's print dialog is left out of the story.
        window.print = () => {};
        try {
          (await shown(el, '[part~="data"] .print-summary')).click();
          await shown(el, '[part~="summary"]');
        } finally {
          window.print = print;
        }
        break;
      }
      case 'restore-merge':
      case 'restore-newer':
        await openDisclosure(el, 'data');
        chooseFile(await shown<HTMLInputElement>(el, '[part~="data"] input[type="file"]'), backupFile(args.action === 'restore-newer' ? 2 : 1));
        await shown(el, args.action === 'restore-newer' ? '[part~="data-message"]' : '[part~="data"] [role="group"]');
        break;
      default:
        break;
    }
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Day 9 of the gentle start: "Stay at … for now" and "Go back one second". */
export const PaceControls: Story = { args: { daysIn: 8, sessionsToday: 1 } };
/** Held four days ago: the plan's increases wait, and "Resume the plan's increases" is offered. */
export const PaceHeld: Story = { args: { daysIn: 14, adjustments: [{ daysAgo: 4, kind: 'hold', seconds: 7 }] } };
/** The caution plan, stepped back one second a week ago (Swedish). */
export const PaceSteppedBackSwedish: Story = {
  args: { locale: 'sv', plan: 'caution', daysIn: 30, adjustments: [{ daysAgo: 7, kind: 'back', seconds: 3 }] },
};
/** A session done today: "How did it feel?", with training soreness ticked and its "What the manufacturer says". */
export const HowDidItFeel: Story = { args: { sessionsToday: 1, notesToday: ['soreness'] } };
export const HowDidItFeelNorwegian: Story = { args: { locale: 'nb', plan: 'caution', daysIn: 12, sessionsToday: 2, notesToday: ['tinnitus', 'reflux'] } };
/** Eight weeks of training with notes and a hold, opened: the chart and its table, the run of full days. */
export const WholeCourse: Story = {
  args: {
    daysIn: 55,
    sessionsToday: 3,
    notesEvery: 5,
    adjustments: [
      { daysAgo: 30, kind: 'hold', seconds: 8 },
      { daysAgo: 20, kind: 'resume', seconds: 8 },
    ],
    action: 'open-course',
  },
};
export const WholeCourseSwedish: Story = { args: { ...WholeCourse.args, locale: 'sv', plan: 'caution' } };
/** "Your log: export and backup", opened: export for the therapist, print a summary, back up, restore. */
export const YourLog: Story = { args: { daysIn: 20, sessionsToday: 1, notesEvery: 3, action: 'open-log' } };
/** "Print a summary": the one-page summary for the therapist (the print dialog left out). */
export const PrintSummary: Story = {
  args: { daysIn: 40, sessionsToday: 2, notesEvery: 4, adjustments: [{ daysAgo: 10, kind: 'back', seconds: 6 }], action: 'print-summary' },
};
export const PrintSummaryNorwegian: Story = { args: { ...PrintSummary.args, locale: 'nb' } };
/** A backup chosen over an existing log: the timer asks before it merges. */
export const RestoreAsksFirst: Story = { args: { daysIn: 10, action: 'restore-merge' } };
/** A backup from a newer version of the kit: refused with a message, nothing changed (and one console warning). */
export const RestoreNewerVersionRefused: Story = { args: { locale: 'sv', daysIn: 10, action: 'restore-newer' } };
/** Opened from a clinic's link: the plan, start date, rest and reminder times in words, "Use this plan" / "Not now". */
export const HandoffOffer: Story = { args: { plan: '', daysIn: -1, fragment: HANDOFF } };
export const HandoffOfferSwedish: Story = { args: { plan: '', daysIn: -1, locale: 'sv', fragment: HANDOFF } };
/** The page sets its own plan: the offer says which of the page's settings stay. */
export const HandoffOfferPageKeepsPlan: Story = { args: { plan: 'caution', daysIn: -1, fragment: HANDOFF } };
/** A link with a plan the timer does not know: a notice, one console warning, nothing changed. */
export const HandoffOutOfRange: Story = { args: { plan: '', daysIn: 3, fragment: HANDOFF.replace('plan=gentle-start', 'plan=weekly') } };
/** A plan confirmed from a clinic's link last week: the timer follows it (gentle start, 15 s rest). */
export const PlanFromClinic: Story = { args: { plan: '', daysIn: 7, sessionsToday: 1, storedHandoff: HANDOFF } };
