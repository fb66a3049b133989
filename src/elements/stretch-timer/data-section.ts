/**
 * "Your log", loaded when the patient opens it or the host calls
 * `importData()` (see data-controller.ts, which stays in the timer's first
 * file with `exportData()`): "Export" (a CSV file and a printable summary for
 * the therapist), "Back up my log" (a JSON file that says it is ours) and
 * "Restore from a backup" (read, checked, confirmed when the device already
 * holds a log, then merged by date so neither side loses a day). Every file is
 * made and read in the browser; nothing leaves the device.
 */
import { nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { backupFileName, backupText, logHasData } from '../../domain/log-backup.js';
import type { LogBackup } from '../../domain/log-backup.js';
import { readBackup } from '../../domain/backup-reader.js';
import type { BackupProblem } from '../../domain/backup-reader.js';
import { mergeLogs } from '../../domain/training-log.js';
import type { NoteKind } from '../../domain/session-notes.js';
import type { TrainingLog } from '../../domain/training-log.js';
import type { DataControllerOptions } from './data-controller.js';
import { VALID_BACKUP, messageText } from './data-messages.js';
import type { DataMessage } from './data-messages.js';
import { renderData, renderDataMessage } from './data-view.js';
import { csvFileName, logCsv } from './export-files.js';
import { renderSummary } from './summary-view.js';
import type { SummaryInput } from './summary-view.js';

export { dataStyles as styles } from './data-styles.js';

/**
 * What the timer hands in. This module imports none of the timer's own modules
 * that its first file holds (only the domain, the kit's internals and modules
 * shared with other elements), so no bundler moves the timer, and its tag
 * registration, into a chunk shared with this one.
 */
export interface DataSectionOptions extends DataControllerOptions {
  /** The log as a backup value (the timer's `exportData()`). */
  readonly exportData: () => LogBackup;
  /** A note's name as the patient ticked it (feel-view.ts's `noteName`). */
  readonly noteName: (kind: NoteKind) => string;
  /** Offers a file for download; false where the browser cannot start one. */
  readonly offerFile: (text: string, fileName: string, type: string) => boolean;
}

export class DataSection {
  /** The last outcome to show, or null. */
  message: DataMessage | null = null;
  /** True while the printable summary is shown. */
  summaryOpen = false;
  /** A backup read and waiting for the patient to confirm merging it into the log on the device. */
  pendingRestore: TrainingLog | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DataSectionOptions,
  ) {}

  /** See the timer's `importData()`. */
  async importData(data: unknown): Promise<boolean> {
    const reading = readBackup(data, this.options.today());
    if (!reading.ok) {
      this.refuse(reading.problem, 'importData() was given');
      return false;
    }
    await this.merge(reading.log);
    return true;
  }

  /** Saves the backup file. */
  backup(): void {
    const text = backupText(this.options.exportData());
    this.offer(text, backupFileName(this.options.today()), 'application/json');
  }

  /** Saves the CSV for the therapist: one row per day. */
  exportCsv(): void {
    const { logs, today, startDate } = this.options;
    this.offer(logCsv(logs.log, today(), startDate(), this.options.noteName), csvFileName(today()), 'text/csv;charset=utf-8');
  }

  /** Shows the one-page summary, then opens the browser's print dialog; the page prints the summary alone. */
  async printSummary(): Promise<void> {
    this.summaryOpen = true;
    this.host.requestUpdate();
    await this.focus('.summary');
    try {
      window.print();
    } catch {
      // A sandboxed frame without allow-modals: the summary stays on screen, and the browser's menu prints it.
    }
  }

  async closeSummary(): Promise<void> {
    this.summaryOpen = false;
    this.host.requestUpdate();
    await this.focus('.print-summary');
  }

  /** Offers `text` as a download; says so where the browser cannot start one. */
  offer(text: string, fileName: string, type: string): void {
    this.show(this.options.offerFile(text, fileName, type) ? null : { kind: 'download-failed' });
  }

  /** A file chosen to restore from: read, checked, then confirmed (over a log) or merged (into an empty one). */
  async restoreFile(file: File): Promise<void> {
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.refuse('unreadable', 'the file chosen to restore was');
      return;
    }
    const reading = readBackup(text, this.options.today());
    if (!reading.ok) {
      this.refuse(reading.problem, 'the file chosen to restore was');
      return;
    }
    if (!logHasData(this.options.logs.log)) {
      await this.merge(reading.log);
      return;
    }
    this.message = null;
    this.pendingRestore = reading.log;
    this.host.requestUpdate();
    await this.focus('.confirm-restore');
  }

  async confirmRestore(): Promise<void> {
    const log = this.pendingRestore;
    this.pendingRestore = null;
    if (log) await this.merge(log);
    await this.focus('.restore');
  }

  async cancelRestore(): Promise<void> {
    this.pendingRestore = null;
    this.host.requestUpdate();
    await this.focus('.restore');
  }

  /** The section's buttons, inside "Your log". */
  renderPanel(mayClearAfterDaysAway: boolean): TemplateResult {
    return renderData(
      { confirmingRestore: this.pendingRestore !== null, mayClearAfterDaysAway },
      {
        exportCsv: () => this.exportCsv(),
        printSummary: () => void this.printSummary(),
        backup: () => this.backup(),
        restoreFile: (file) => void this.restoreFile(file),
        confirmRestore: () => void this.confirmRestore(),
        cancelRestore: () => void this.cancelRestore(),
      },
    );
  }

  /** The outcome of the last restore, import or download, shown below "Your log". */
  renderMessage(): TemplateResult | typeof nothing {
    return renderDataMessage(this.message);
  }

  /** The printable summary while it is open. */
  renderSummary(input: Omit<SummaryInput, 'print' | 'close' | 'noteName'>): TemplateResult | typeof nothing {
    if (!this.summaryOpen) return nothing;
    const { noteName } = this.options;
    return renderSummary({ ...input, noteName, print: () => void this.printSummary(), close: () => void this.closeSummary() });
  }

  private async merge(backup: TrainingLog): Promise<void> {
    // Both sides' days: the device's log merged with the backup, as two tabs' copies are.
    const stored = this.options.logs.change((log) => mergeLogs(log, { ...backup, cues: log.cues }));
    this.show({ kind: 'restored' });
    await stored;
  }

  private refuse(problem: BackupProblem | 'unreadable', what: string): void {
    const reason = problem === 'not-ours' ? 'not a training log backup' : problem === 'newer' ? 'a backup from a newer version' : 'a damaged backup';
    this.options.warn(`${what} ${reason}; nothing was changed. Valid: ${VALID_BACKUP}.`);
    this.pendingRestore = null;
    this.show({ kind: 'problem', problem });
  }

  private show(message: DataMessage | null): void {
    this.message = message;
    if (message) this.options.say(messageText(message));
    this.host.requestUpdate();
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.options.root().querySelector<HTMLElement>(selector)?.focus();
  }
}
