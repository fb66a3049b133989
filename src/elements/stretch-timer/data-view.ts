/**
 * "Your log": export for the therapist (CSV, printable summary), back up to a
 * file and restore from one, whether the browser keeps the log, and, where a
 * browser may clear it after days without a visit, one sentence saying so next
 * to "Back up my log". The restore file input is hidden: its button opens it,
 * so every control is a button reached by keyboard.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DataMessage } from './data-controller.js';
import { messageText } from './data-controller.js';
import type { PersistState } from './persistence.js';

export interface DataViewState {
  readonly message: DataMessage | null;
  readonly confirmingRestore: boolean;
  readonly persist: PersistState;
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

function persistText(state: PersistState): TemplateResult | typeof nothing {
  if (state === 'unknown') return nothing;
  return html`<p class="persist" data-state=${state}>
    ${state === 'granted'
      ? msg('This browser has agreed to keep your log until you delete it.', { id: 'timer.persist-granted' })
      : msg('This browser may delete your log if the device runs short of space.', { id: 'timer.persist-denied' })}
  </p>`;
}

function onFileChosen(event: Event, restore: (file: File) => void): void {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  // The same file can be chosen again after a refusal.
  input.value = '';
  if (file) restore(file);
}

export function renderData(state: DataViewState, actions: DataViewActions): TemplateResult {
  const { message } = state;
  const restore = msg('Restore from a backup', { id: 'timer.restore' });
  return html`<div class="data" part="data">
    <p class="subtitle" id="data-title">${msg('Your log', { id: 'timer.data-title' })}</p>
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
      <label hidden
        >${restore}<input
          class="restore-file"
          type="file"
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
    ${persistText(state.persist)}
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
    ${message
      ? html`<p class="data-message" part="data-message" data-kind=${message.kind}>${messageText(message)}</p>`
      : nothing}
  </div>`;
}
