/**
 * The patient's own copy of the log, and the host's: "Export" (a CSV file and
 * a printable summary for the therapist), "Back up my log" (a JSON file that
 * says it is ours) and "Restore from a backup" (read, checked, confirmed when
 * the device already holds a log, then merged by date so neither side loses a
 * day), and the element's data API (`exportData`, `importData`, `clearData`).
 * Every file is made and read in the browser; nothing leaves the device.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { IsoDate } from '../../domain/calendar.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupFileName, backupText, logHasData, makeBackup } from '../../domain/log-backup.js';
import type { LogBackup } from '../../domain/log-backup.js';
import { readBackup } from '../../domain/backup-reader.js';
import type { BackupProblem } from '../../domain/backup-reader.js';
import { mergeLogs } from '../../domain/training-log.js';
import type { TrainingLog } from '../../domain/training-log.js';
import type { LogController } from './log-controller.js';
import { csvFileName, logCsv } from './export-files.js';
import { download, downloadPermission } from './reminders.js';

export interface DataControllerOptions {
  readonly logs: LogController;
  /** The log's name (`storage-key`, checked). */
  readonly storageKey: () => string;
  readonly today: () => IsoDate;
  /** The plan's start date, as the timer resolved it. */
  readonly startDate: () => IsoDate;
  /** The wall-clock time, for the backup's `savedAt`. */
  readonly now: () => Date;
  /** Says a sentence in the timer's live region. */
  readonly say: (text: string) => void;
  /** Where download links are attached, and focus is looked for. */
  readonly root: () => HTMLElement | DocumentFragment;
  /** Writes one console warning, prefixed with the element's name. */
  readonly warn: (text: string) => void;
}

/** What the data section shows under its buttons. */
export type DataMessage =
  | { readonly kind: 'problem'; readonly problem: BackupProblem | 'unreadable' }
  | { readonly kind: 'restored' }
  | { readonly kind: 'download-failed' };

/** The console warning for a value that is not a backup: what is valid. */
const VALID_BACKUP = `a backup is what exportData() returns, or the text of a backup file: { "format": "${BACKUP_FORMAT}", "formatVersion": ${BACKUP_FORMAT_VERSION}, "savedAt", "storageKey", "log" }`;

/** The sentence for a message, in the active locale. */
export function messageText(message: DataMessage): string {
  if (message.kind === 'restored') {
    return msg('Your backup has been restored. Days that were already on this device were kept.', { id: 'timer.restore-done' });
  }
  if (message.kind === 'download-failed') {
    return msg('This browser could not save the file. Nothing was changed.', { id: 'timer.download-failed' });
  }
  switch (message.problem) {
    case 'not-ours':
      return msg('This file is not a backup of this training log. Nothing was changed.', { id: 'timer.restore-not-ours' });
    case 'newer':
      return msg(
        'This backup was made by a newer version of the timer and cannot be read here. Nothing was changed.',
        { id: 'timer.restore-newer' },
      );
    default:
      return msg('This backup file is damaged and cannot be read. Nothing was changed.', { id: 'timer.restore-damaged' });
  }
}

export class DataController implements ReactiveController {
  /** The last outcome to show, or null. */
  message: DataMessage | null = null;
  /** True while the printable summary is shown. */
  summaryOpen = false;
  /** A backup read and waiting for the patient to confirm merging it into the log on the device. */
  pendingRestore: TrainingLog | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DataControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The log as a backup (the file's content, as a value). */
  exportData(): LogBackup {
    return makeBackup(this.options.logs.log, this.options.now(), this.options.storageKey());
  }

  /**
   * Reads `data` (a backup value or its text) and merges it into the log by
   * date. Resolves true once merged and stored (kept in memory, where the
   * browser refuses storage); false, with the message shown and one console
   * warning, when `data` is not a backup this timer can read. Never rejects.
   */
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
    const text = backupText(this.exportData());
    this.offer(text, backupFileName(this.options.today()), 'application/json');
  }

  /** Saves the CSV for the therapist: one row per day. */
  exportCsv(): void {
    const { logs, today, startDate } = this.options;
    this.offer(logCsv(logs.log, today(), startDate()), csvFileName(today()), 'text/csv;charset=utf-8');
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
    const started = downloadPermission() !== 'blocked' && download(this.options.root(), text, fileName, type);
    this.show(started ? null : { kind: 'download-failed' });
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
