/**
 * localStorage that never throws. Browsers refuse it in several ordinary
 * situations (private modes, sandboxed iframes, blocked site data, a full
 * quota): then every access throws, even reading `window.localStorage`. Here
 * each call is guarded and `refused` says so, so an element can keep working
 * and tell the user that nothing will be kept.
 */
export class SafeStorage {
  /** True once the browser refused any access. */
  refused = false;

  constructor(private readonly getStorage: () => Storage = () => window.localStorage) {}

  private use<T>(action: (storage: Storage) => T, fallback: T): T {
    try {
      return action(this.getStorage());
    } catch {
      this.refused = true;
      return fallback;
    }
  }

  /** Checks that a value can be written and removed; false when refused. */
  probe(key: string): boolean {
    return this.use((storage) => {
      storage.setItem(key, '1');
      storage.removeItem(key);
      return true;
    }, false);
  }

  read(key: string): string | null {
    return this.use((storage) => storage.getItem(key), null);
  }

  /** False when the value was not stored. */
  write(key: string, value: string): boolean {
    return this.use((storage) => {
      storage.setItem(key, value);
      return true;
    }, false);
  }

  remove(key: string): boolean {
    return this.use((storage) => {
      storage.removeItem(key);
      return true;
    }, false);
  }
}
