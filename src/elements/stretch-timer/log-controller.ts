/**
 * The element's side of the training log: loads it from localStorage under
 * the host's `storage-key` (migrating an older schema's key), saves each
 * change, follows other tabs' changes, and knows when the browser refuses
 * storage, so the timer can say that progress will not be kept.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOG_KEY_PREFIX, emptyLog, loadLog, logKey, logKeys, serializeLog } from '../../domain/training-log.js';
import type { TrainingLog } from '../../domain/training-log.js';
import { SafeStorage } from '../../internal/storage.js';

export class LogController implements ReactiveController {
  /** The log as last loaded or changed. */
  log: TrainingLog = emptyLog();
  /** True when the browser refused to store the log: progress is kept only until the page closes. */
  unsaved = false;
  private readonly storage = new SafeStorage();
  private loadedName: string | null = null;
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === null || logKeys(this.name()).includes(event.key)) this.load();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's `storage-key`. */
    private readonly name: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
    // Moved in the page without storage: keep what is only in memory.
    if (!this.unsaved || this.loadedName !== this.name()) this.load();
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** (Re)reads the log, e.g. after `storage-key` changed; moves an older schema's log to the current key. */
  load(): void {
    const available = this.storage.probe(`${LOG_KEY_PREFIX}:probe`);
    // With a full quota the log can still be read, only not written.
    const loaded = this.read();
    this.log = loaded.log;
    this.loadedName = this.name();
    if (available && loaded.migratedFrom && this.save(loaded.log)) this.storage.remove(loaded.migratedFrom);
    this.unsaved = !available;
    this.host.requestUpdate();
  }

  /** Applies `change` to the stored log (re-read first, so another tab's sessions are kept) and saves it. */
  change(change: (log: TrainingLog) => TrainingLog): void {
    const stored = this.unsaved ? this.log : this.read().log;
    this.log = change(stored);
    this.unsaved = !this.save(this.log);
    this.host.requestUpdate();
  }

  /** Deletes every stored version of this log and starts afresh. */
  clear(): void {
    for (const key of logKeys(this.name())) this.storage.remove(key);
    this.log = { ...emptyLog(), cues: this.log.cues };
    this.host.requestUpdate();
  }

  private read() {
    return loadLog((key) => this.storage.read(key), this.name());
  }

  private save(log: TrainingLog): boolean {
    return this.storage.write(logKey(this.name()), serializeLog(log));
  }
}
