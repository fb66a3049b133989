/**
 * Inside "Your log": export for the therapist (CSV, printable summary), back
 * up to a file and restore from one, and, where a browser may clear the log
 * after days without a visit, one sentence saying so next to "Back up my log".
 * The restore file input is `visibility: hidden` (so out of the tab order
 * and the accessibility tree, yet with a box that `click()` opens in every
 * engine): its button opens it, so every control is a button reached by
 * keyboard and named once.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DataMessage } from './data-messages.js';
import { messageText } from './data-messages.js';

export interface DataViewState {
  readonly confirmingRestore: boolean;
  readonly mayClearAfterDaysAway: boolean;
}

export interface DataViewActions {
  readonly exportCsv: () => void;
  readonly printSummary: () => void;
  readonly backup: () => void;
  readonly restoreFile: (file: File) => void;
  readonly confirmRestore: () => void;
  readonly cancelRestore: () => void;
}

function onFileChosen(event: Event, restore: (file: File) => void): void {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  // The same file can be chosen again after a refusal.
  input.value = '';
  if (file) restore(file);
}

/** The outcome of a restore or download, shown outside "Your log", so a closed section hides nothing. */
export function renderDataMessage(message: DataMessage | null): TemplateResult | typeof nothing {
  return message
    ? html`<p class="data-message" part="data-message" data-kind=${message.kind}>${messageText(message)}</p>`
    : nothing;
}

export function renderData(state: DataViewState, actions: DataViewActions): TemplateResult {
  const restore = msg('Restore from a backup', { id: 'timer.restore' });
  return html`<div class="data-panel">
    <div class="data-row">
      <button type="button" class="button secondary export-csv" part="button" @click=${actions.exportCsv}>
        ${msg('Export for my therapist (CSV)', { id: 'timer.export-csv' })}
      </button>
      <button type="button" class="button secondary print-summary" part="button" @click=${actions.printSummary}>
        ${msg('Print a summary', { id: 'timer.print-summary' })}
      </button>
    </div>
    <div class="data-row">
      <button type="button" class="button secondary backup" part="button" @click=${actions.backup}>
        ${msg('Back up my log', { id: 'timer.backup' })}
      </button>
      <button
        type="button"
        class="button secondary restore"
        part="button"
        @click=${(event: Event) =>
          (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLInputElement>('.restore-file')?.click()}
      >
        ${restore}
      </button>
      <label class="visually-hidden file-picker"
        >${restore}<input
          class="restore-file"
          type="file"
          tabindex="-1"
          accept=".json,application/json"
          @change=${(event: Event) => onFileChosen(event, actions.restoreFile)}
      /></label>
      ${state.mayClearAfterDaysAway
        ? html`<p class="days-away">
            ${msg('This browser may delete your log if you do not open this site for 7 days. A backup keeps it safe.', {
              id: 'timer.days-away',
            })}
          </p>`
        : nothing}
    </div>
    ${state.confirmingRestore
      ? html`<div class="confirm" role="group" aria-labelledby="restore-question">
          <p id="restore-question">
            ${msg(
              'There is already a log on this device. Add the backup to it? Days in both keep the one with more sessions; nothing is lost.',
              { id: 'timer.restore-question' },
            )}
          </p>
          <button type="button" class="button confirm-restore" part="button" @click=${actions.confirmRestore}>
            ${msg('Restore and merge', { id: 'timer.restore-confirm' })}
          </button>
          <button type="button" class="button secondary cancel-restore" part="button" @click=${actions.cancelRestore}>
            ${msg('Cancel', { id: 'timer.restore-cancel' })}
          </button>
        </div>`
      : nothing}
  </div>`;
}
