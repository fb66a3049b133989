/**
 * Keeps the screen on while held, where the Screen Wake Lock API exists.
 * Browsers drop the lock when the page is hidden; it is asked for again when
 * the page comes back. Never throws: a refused lock just means the screen may dim.
 */
export class ScreenWakeLock {
  private sentinel: WakeLockSentinel | null = null;
  private wanted = false;
  private asking = false;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.request();
  };

  /** Asks for the lock; calling it again while held (or while asking) does nothing. */
  hold(): void {
    if (this.wanted) return;
    this.wanted = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.request();
  }

  release(): void {
    if (!this.wanted) return;
    this.wanted = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    const sentinel = this.sentinel;
    this.sentinel = null;
    try {
      void sentinel?.release().catch(() => undefined);
    } catch {
      // Already released.
    }
  }

  private request(): void {
    if (!this.wanted || this.asking || (this.sentinel && !this.sentinel.released)) return;
    try {
      const wakeLock = typeof navigator === 'undefined' ? undefined : navigator.wakeLock;
      if (!wakeLock || document.visibilityState !== 'visible') return;
      this.asking = true;
      wakeLock
        .request('screen')
        .then((sentinel) => {
          if (this.wanted) this.sentinel = sentinel;
          else void sentinel.release().catch(() => undefined);
        })
        .catch(() => undefined)
        .finally(() => {
          this.asking = false;
        });
    } catch {
      this.asking = false;
    }
  }
}
