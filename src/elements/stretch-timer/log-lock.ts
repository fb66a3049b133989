/**
 * Runs a read-modify-write of the stored log alone: under a Web Lock
 * (`navigator.locks`, in every current browser, secure contexts only) named
 * after the log's key, so two tabs never interleave theirs. Where Web Locks are
 * missing (an old browser, an insecure page) it runs at once: one task is
 * atomic within a document, and the next `storage` event brings the other
 * tab's write.
 */
type Locks = { request(name: string, callback: () => unknown): Promise<unknown> };

function locks(): Locks | null {
  try {
    const found = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
    return found && typeof found.request === 'function' ? found : null;
  } catch {
    return null;
  }
}

/** Runs `task` holding the lock `name`; never rejects (a failed task or lock is reported to the console). */
export function exclusively(name: string, task: () => void): Promise<void> {
  const manager = locks();
  if (!manager) {
    task();
    return Promise.resolve();
  }
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    task();
  };
  try {
    return manager.request(name, run).then(
      () => undefined,
      (error: unknown) => {
        // The lock could not be taken (a sandboxed document, a closing page): write without it.
        if (!ran) run();
        else console.warn('care-widgets <care-stretch-timer>: the training log could not be saved.', error);
      },
    );
  } catch {
    run();
    return Promise.resolve();
  }
}
