/**
 * "Keep the log": asks the browser to keep the site's storage
 * (`navigator.storage.persist()`, where it exists) after the first completed
 * session, and knows what it answered, so the timer can say whether the log is
 * kept until the patient deletes it. Also knows whether this browser may clear
 * what a site keeps after days without a visit: WebKit's tracking prevention
 * deletes script-writable storage (localStorage included) after 7 days of
 * browser use without a visit, in Safari and in every browser on iOS and iPadOS.
 * No request leaves the device.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `granted`: kept until deleted; `denied`: may be cleared when space runs short; `unknown`: not asked yet or no API. */
export type PersistState = 'unknown' | 'granted' | 'denied';

type StorageManagerLike = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };

function storageManager(): StorageManagerLike | null {
  try {
    return (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether this browser is one that may delete a site's localStorage after 7
 * days without a visit: Safari, and every browser on iOS and iPadOS (all run
 * WebKit: "CriOS", "FxiOS"). Chromium-based and Gecko browsers do not.
 */
export function mayClearAfterDaysAway(userAgent: string = globalThis.navigator?.userAgent ?? ''): boolean {
  return /AppleWebKit/.test(userAgent) && !/(Chrome|Chromium|Edg|OPR|Android)\//.test(userAgent);
}

export class PersistenceController implements ReactiveController {
  state: PersistState = 'unknown';
  private asked = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Granted earlier (this visit or another): say so from the start.
    const manager = storageManager();
    if (typeof manager?.persisted !== 'function') return;
    manager.persisted().then(
      (persisted) => {
        if (persisted) this.set('granted');
      },
      () => undefined,
    );
  }

  /** Asks once, after a completed session (a moment the patient has shown they use the timer). */
  request(): void {
    const manager = storageManager();
    if (this.asked || this.state === 'granted' || typeof manager?.persist !== 'function') return;
    this.asked = true;
    let asking: Promise<boolean>;
    try {
      asking = manager.persist();
    } catch {
      return;
    }
    Promise.resolve(asking).then(
      (granted) => this.set(granted ? 'granted' : 'denied'),
      () => this.set('denied'),
    );
  }

  private set(state: PersistState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
