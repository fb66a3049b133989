/**
 * The element's side of the training log: loads it from localStorage under
 * the host's `storage-key` (migrating an older schema's key), saves each
 * change, follows other tabs' and other instances' changes, and knows when the
 * browser refuses storage, so the timer can say that progress will not be kept.
 *
 * Two timers may share one log (two tabs, or two instances on one page). A
 * change is shown at once, then written as a read-modify-write of the stored
 * log under a Web Lock named after its key (`navigator.locks`), so two tabs
 * finishing together both keep their session; where Web Locks are missing the
 * read-modify-write runs at once, in one task. After a write, instances in the
 * same document are told with a window event (`storage` events reach only
 * other documents); other documents hear the `storage` event. A `storage`
 * event whose log lacks sessions this tab holds (a browser without Web Locks,
 * or one whose tabs see each other's writes late, let the other tab write over
 * ours) gets them back by date (see log-sync.ts), and the result is written
 * back, so neither tab's sessions are lost.
 *
 * Stored text that is no log this code can read (damaged, cut short, edited
 * by hand) is never written over: it is moved, unchanged, to its own key
 * (`unreadableLogKey`) and a new log starts; where it cannot be moved, nothing
 * is stored, as when the browser refuses storage. `unreadable` then says so.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { IsoDate } from '../../domain/calendar.js';
import {
  LOG_KEY_PREFIX,
  emptyLog,
  loadLog,
  logKey,
  logKeys,
  parseLog,
  sameLog,
  serializeLog,
  unreadableLogKey,
} from '../../domain/training-log.js';
import type { TrainingLog } from '../../domain/training-log.js';
import { recoverLost } from '../../domain/log-sync.js';
import type { AttributeProblem } from '../../internal/care-element.js';
import { SafeStorage } from '../../internal/storage.js';
import { exclusively } from './log-lock.js';

/** The window event that tells instances in the same document that a log was written. */
export const LOG_CHANGED_EVENT = 'care-widgets:stretch-timer-log';

export interface LogControllerOptions {
  /** The host's `storage-key`, checked. */
  readonly name: () => string;
  /** The patient's today, to which a loaded log is bounded. */
  readonly today: () => IsoDate;
  /**
   * Told after the stored log changed: `here` when this instance wrote or
   * deleted it, `elsewhere` when another tab or instance did.
   */
  readonly onStored?: (where: 'here' | 'elsewhere') => void;
}

export class LogController implements ReactiveController {
  /** The log as last loaded or changed. */
  log: TrainingLog = emptyLog();
  /** True when the browser refused to store the log: progress is kept only until the page closes. */
  unsaved = false;
  /**
   * Stored text under this log's key that could not be read: `kept` once
   * moved aside, `left` where it could not be (then nothing is written over it).
   */
  unreadable: 'kept' | 'left' | null = null;
  private readonly storage = new SafeStorage();
  private loadedName: string | null = null;
  /** Writes waiting for the log's lock, with the change each will make. */
  private readonly pending = new Map<() => void, (log: TrainingLog) => TrainingLog>();
  /** A page being closed or hidden may never get the lock: write what waits at once. */
  private readonly flush = (event: Event) => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') for (const write of [...this.pending.keys()]) write();
  };
  private readonly onStorage = (event: StorageEvent) => {
    const key = logKey(this.options.name());
    if (event.key === key && event.newValue !== null && !this.unsaved) this.mergeFromElsewhere(event.newValue);
    else if (event.key === null || logKeys(this.options.name()).includes(event.key)) this.loadFromElsewhere();
  };
  private readonly onLogChanged = (event: Event) => {
    const detail = (event as CustomEvent<{ key?: unknown; source?: unknown }>).detail;
    if (detail?.source !== this && detail?.key === logKey(this.options.name())) this.loadFromElsewhere();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LogControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
    window.addEventListener(LOG_CHANGED_EVENT, this.onLogChanged);
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
    // Moved in the page without storage: keep what is only in memory.
    if (!this.unsaved || this.loadedName !== this.options.name()) this.load();
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener(LOG_CHANGED_EVENT, this.onLogChanged);
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
  }

  /** (Re)reads the log, e.g. after `storage-key` changed; moves an older schema's log to the current key. */
  load(): void {
    const available = this.storage.probe(`${LOG_KEY_PREFIX}:probe`);
    // With a full quota the log can still be read, only not written.
    const loaded = this.read();
    // Changes still waiting for the lock stay in what is shown.
    this.log = [...this.pending.values()].reduce((log, change) => change(log), loaded.log);
    this.loadedName = this.options.name();
    if (available && this.unreadable !== 'left' && loaded.migratedFrom && this.save(loaded.log)) this.storage.remove(loaded.migratedFrom);
    this.unsaved = !available || this.unreadable === 'left';
    this.host.requestUpdate();
  }

  /** Reloads after another tab or instance changed the stored log, and says so when it did. */
  private loadFromElsewhere(): void {
    const before = this.log;
    this.load();
    if (!sameLog(before, this.log)) this.options.onStored?.('elsewhere');
  }

  /**
   * Another tab wrote `text`. Every write is a read-modify-write under the
   * log's lock, so the stored log normally holds all of ours already; when it
   * does not (a write from a browser without Web Locks, or one that read the
   * log before our write reached its process), what it lost comes back and is
   * written back. Its notes stand: unticking one there is not undone here.
   */
  private mergeFromElsewhere(text: string): void {
    const theirs = parseLog(text, this.options.today());
    if (!theirs) {
      this.loadFromElsewhere();
      return;
    }
    const ours = this.log;
    const merged = recoverLost(ours, theirs);
    if (sameLog(merged, theirs)) {
      this.loadFromElsewhere();
      return;
    }
    // Theirs lost some of ours: show both, and store them (recovered again from what is stored by then).
    this.log = merged;
    void this.change((log) => recoverLost(ours, log));
    this.options.onStored?.('elsewhere');
  }

  /**
   * Applies `change` to the log: at once to the log shown, then to the stored
   * log, re-read under the log's lock so another tab's sessions are kept, and
   * saves it. `change` must be a function of the log alone (it runs twice).
   * Resolves when the change is stored, or known not to be.
   */
  change(change: (log: TrainingLog) => TrainingLog): Promise<void> {
    this.log = change(this.log);
    this.host.requestUpdate();
    if (this.unsaved) {
      // Storage refused, or unreadable text must not be written over: the log in memory is the only one.
      if (this.unreadable !== 'left') this.unsaved = !this.save(this.log);
      return Promise.resolve();
    }
    const key = logKey(this.options.name());
    const write = () => {
      if (!this.pending.delete(write)) return;
      const next = change(this.read().log);
      if (this.unreadable !== 'left' && this.save(next)) {
        // Changes still waiting for the lock stay in what is shown (a second switch flipped before the first was stored).
        if (logKey(this.options.name()) === key) this.log = [...this.pending.values()].reduce((log, later) => later(log), next);
        window.dispatchEvent(new CustomEvent(LOG_CHANGED_EVENT, { detail: { key, source: this } }));
        this.options.onStored?.('here');
      } else {
        this.unsaved = true;
      }
      this.host.requestUpdate();
    };
    this.pending.set(write, change);
    return exclusively(key, write);
  }

  /**
   * Deletes every stored version of this log and starts afresh; false, with
   * the log left as it is, when the browser refused (nothing was deleted, or
   * not all of it).
   */
  clear(): boolean {
    const name = this.options.name();
    const removed = [...logKeys(name), unreadableLogKey(name)].map((key) => this.storage.remove(key));
    if (removed.some((done) => !done)) {
      this.host.requestUpdate();
      return false;
    }
    this.log = { ...emptyLog(), cues: this.log.cues };
    this.unreadable = null;
    // Changes still waiting for the lock are deleted with the rest.
    this.pending.clear();
    window.dispatchEvent(
      new CustomEvent(LOG_CHANGED_EVENT, { detail: { key: logKey(this.options.name()), source: this } }),
    );
    this.options.onStored?.('here');
    this.host.requestUpdate();
    return true;
  }

  /** The stored log; unreadable text found on the way is moved aside first (see `keepAside`). */
  private read() {
    const loaded = loadLog((key) => this.storage.read(key), this.options.name(), this.options.today());
    if (loaded.unreadable) this.unreadable = this.keepAside(loaded.unreadable) ? 'kept' : 'left';
    else if (this.unreadable === 'left') this.unreadable = null;
    return loaded;
  }

  /**
   * Moves unreadable text from `key` to the log's aside key, unchanged; false
   * when it could not (the aside key is taken, or the browser refused), and
   * then the text stays where it is.
   */
  private keepAside(key: string): boolean {
    const aside = unreadableLogKey(this.options.name());
    const text = this.storage.read(key);
    if (text === null) return true;
    if (this.storage.read(aside) !== null || !this.storage.write(aside, text)) return false;
    return this.storage.remove(key);
  }

  private save(log: TrainingLog): boolean {
    return this.storage.write(logKey(this.options.name()), serializeLog(log));
  }
}

/** What the timer says of unreadable stored text under the log named `name` (see `LogController.unreadable`). */
export function unreadableLogProblem(state: LogController['unreadable'], name: string): AttributeProblem | null {
  if (state === null) return null;
  const unreadable = `"${logKey(name)}" holds no training log this timer can read (valid: a JSON log of version 1 to 3 written by care-widgets)`;
  return state === 'kept'
    ? {
        warning: `${unreadable}; kept unchanged under "${unreadableLogKey(name)}", and a new log started.`,
        notice: () =>
          msg('Your saved training log could not be read. The timer has started a new one and kept the old one unchanged.', {
            id: 'timer.log-unreadable-kept',
          }),
      }
    : {
        warning: `${unreadable}; it could not be moved aside, so it is not changed and nothing is saved.`,
        notice: () =>
          msg('Your saved training log could not be read and has not been changed. Until you choose "Clear my data", the timer will not save your progress on this device.', {
            id: 'timer.log-unreadable-left',
          }),
      };
}
