/**
 * The calendar file offered another way, where a download cannot start (a
 * frame sandboxed without `allow-downloads`) or may not have (a frame of
 * another origin): a link to the file as a `data:` URL, which a user can open,
 * long-press or copy, and the file's text in a read-only field to copy.
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

export const REMINDERS_FILE_NAME = 'iqoro-training.ics';

export interface RemindersFallback {
  /** The .ics text. */
  readonly text: string;
  /** True when the download is known not to have started; false when it may not have. */
  readonly blocked: boolean;
}

export function renderRemindersFallback({ text, blocked }: RemindersFallback): TemplateResult {
  const file = REMINDERS_FILE_NAME;
  return html`<div class="reminders-fallback" part="reminders-fallback">
    <p role="status">
      ${blocked
        ? msg('This page could not start the download of the calendar file. You can open or copy it here instead.', {
            id: 'timer.reminders-blocked',
          })
        : msg('If the calendar file did not download, you can open or copy it here instead.', {
            id: 'timer.reminders-maybe-blocked',
          })}
    </p>
    <p>
      <a href=${`data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`} download=${file}
        >${msg(str`Calendar file (${file})`, { id: 'timer.reminders-link' })}</a
      >
    </p>
    <label>
      <span>${msg(str`The file's text, to copy into a file named ${file}:`, { id: 'timer.reminders-text' })}</span>
      <textarea readonly rows="4" spellcheck="false" .value=${text}></textarea>
    </label>
  </div>`;
}

/** The fallback's styles, adopted when reminders.ts is loaded. */
export const remindersStyles = css`
  .reminders-fallback {
    display: grid;
    flex-basis: 100%;
    gap: 0.5em;
    padding: 0.75em;
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
  }
  .reminders-fallback a {
    color: inherit;
    overflow-wrap: anywhere;
  }
  .reminders-fallback label {
    display: grid;
    gap: 0.25em;
  }
  .reminders-fallback textarea {
    box-sizing: border-box;
    inline-size: 100%;
    font: 0.875em / 1.4 ui-monospace, monospace;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
