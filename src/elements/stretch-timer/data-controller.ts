/**
 * The patient's own copy of the log, and the host's. This part is in the
 * timer's first file: the "Your log" disclosure and the element's data API,
 * `exportData()` (synchronous: it makes the backup value here) and
 * `importData()`. Everything else (export, printable summary, back up,
 * restore, and reading a backup for `importData()`) is data-section.ts,
 * loaded the first time the patient opens "Your log" or the host imports.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { IsoDate } from '../../domain/calendar.js';
import { makeBackup } from '../../domain/log-backup.js';
import type { LogBackup } from '../../domain/log-backup.js';
import type { DataSection } from './data-section.js';
import { offerFile } from './download.js';
import { noteName } from './feel-view.js';
import { LazyModule } from './lazy-module.js';
import type { LazyHost } from './lazy-module.js';
import type { LogController } from './log-controller.js';
import type { SummaryInput } from './summary-view.js';

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

const failedText = () =>
  msg('Export and backup could not be loaded. Nothing was changed. Reload the page to try again.', { id: 'timer.data-failed' });

export class DataController {
  private readonly part: LazyModule<Pick<typeof import('./data-section.js'), 'styles'>>;
  /** "Your log"'s buttons and their work, once loaded. */
  private section: DataSection | null = null;
  /** True when `importData()` could not load the section: its failure is shown below "Your log". */
  private importFailed = false;

  constructor(
    private readonly parts: LazyHost,
    private readonly options: DataControllerOptions,
  ) {
    this.part = new LazyModule(
      parts,
      () =>
        // The names read off the module are spelled out: a bundler then sees which of its exports are used.
        import('./data-section.js').then(({ DataSection, styles }) => {
          this.section ??= new DataSection(parts.host, {
            ...options,
            exportData: () => this.exportData(),
            noteName,
            offerFile: (text, fileName, type) => offerFile(options.root(), text, fileName, type) !== 'blocked',
          });
          return { styles };
        }),
      "the timer's 'Your log' section (export, summary, backup and restore)",
    );
  }

  /** Resolves when "Your log" is loaded (or failed to load); for tests and hosts that wait. */
  get loaded(): Promise<unknown> {
    return this.part.loaded;
  }

  /** The log as a backup (the file's content, as a value). */
  exportData(): LogBackup {
    return makeBackup(this.options.logs.log, this.options.now(), this.options.storageKey());
  }

  /**
   * Reads `data` (a backup value or its text) and merges it into the log by
   * date. Resolves true once merged and stored (kept in memory, where the
   * browser refuses storage); false, with the message shown and one console
   * warning, when `data` is not a backup this timer can read, or when the
   * code that reads it could not be loaded. Never rejects.
   */
  async importData(data: unknown): Promise<boolean> {
    await this.part.load();
    this.importFailed = !this.section;
    if (!this.section) {
      this.parts.host.requestUpdate();
      return false;
    }
    return this.section.importData(data);
  }

  private readonly onToggle = (event: Event) => {
    if ((event.target as HTMLDetailsElement).open) void this.part.load();
  };

  /** "Your log" and, below it, the outcome of the last restore, import or download. */
  render(mayClearAfterDaysAway: boolean): TemplateResult {
    return html`<details class="data" part="data" @toggle=${this.onToggle}>
        <summary>${msg('Your log: export and backup', { id: 'timer.data-title' })}</summary>
        ${this.part.render(() => this.section!.renderPanel(mayClearAfterDaysAway), failedText)}
      </details>
      ${this.importFailed && this.part.status === 'failed'
        ? html`<p class="data-message" part="data-message" data-kind="load-failed">${failedText()}</p>`
        : (this.section?.renderMessage() ?? nothing)}`;
  }

  /** The printable summary while it is open. */
  renderSummary(input: Omit<SummaryInput, 'print' | 'close' | 'noteName'>): TemplateResult | typeof nothing {
    return this.section?.renderSummary(input) ?? nothing;
  }
}
