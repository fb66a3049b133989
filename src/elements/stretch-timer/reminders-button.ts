/**
 * "Add reminders to my calendar" on the timer's first paint: the button and
 * its hint. The code that writes the calendar file (reminders.ts, with the
 * domain's .ics writer) is loaded on the first press: a "Loading…" line while
 * it loads; if it cannot be loaded, a localized sentence in its place and one
 * console warning, and the next press tries again.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { IsoDate, TimeOfDay } from '../../domain/calendar.js';
import { offerFile } from './download.js';
import { LazyModule } from './lazy-module.js';
import type { LazyHost } from './lazy-module.js';
import type { RemindersFallback } from './reminders-view.js';

export interface RemindersInput {
  readonly times: readonly TimeOfDay[];
  /** The times as the hint lists them ("08:00, 13:00 and 19:00"). */
  readonly timesText: string;
  readonly firstDate: IsoDate;
  /** The wall-clock time, for the file's DTSTAMP. */
  readonly now: () => Date;
  /** Where the download link is attached. */
  readonly root: Node;
}

export class RemindersButton {
  private readonly part: LazyModule<Pick<typeof import('./reminders.js'), 'offerReminders' | 'renderRemindersFallback' | 'styles'>>;
  private fallback: RemindersFallback | null = null;
  /** The last press's work: resolves when its file is offered, or its code failed to load. Never rejects. */
  pressed: Promise<void> = Promise.resolve();

  constructor(private readonly parts: LazyHost) {
    // The names read off the module are spelled out: a bundler then sees which of its exports are used.
    const load = () =>
      import('./reminders.js').then(({ offerReminders, renderRemindersFallback, styles }) => ({ offerReminders, renderRemindersFallback, styles }));
    this.part = new LazyModule(parts, load, "the timer's calendar reminders");
  }

  private async offer({ times, firstDate, now, root }: RemindersInput): Promise<void> {
    const module = await this.part.load();
    if (!module) return;
    this.fallback = module.offerReminders((...file) => offerFile(root, ...file), times, firstDate, now());
    this.parts.host.requestUpdate();
  }

  render(input: RemindersInput): TemplateResult {
    const times = input.timesText;
    return html`<div class="reminders" part="reminders">
      <button type="button" class="button secondary" part="button" @click=${() => (this.pressed = this.offer(input))}>
        ${msg('Add reminders to my calendar', { id: 'timer.reminders' })}
      </button>
      <p class="hint">
        ${msg(str`Daily reminders at ${times}. The calendar file is made on this device.`, { id: 'timer.reminders-hint' })}
      </p>
      ${this.part.render(
        (module) => (this.fallback ? module.renderRemindersFallback(this.fallback) : ''),
        () =>
          msg('The calendar file could not be made, because part of the timer did not load. Press the button to try again.', {
            id: 'timer.reminders-failed',
          }),
      )}
    </div>`;
  }
}
