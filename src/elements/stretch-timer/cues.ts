/**
 * A short beep (a generated tone, no audio file) and a buzz at the start and
 * end of each stretch. Every API is optional and guarded: where one is missing
 * or refuses, the cue is simply not given.
 */
export type CueKind = 'start' | 'end';

type AudioContextClass = new () => AudioContext;

const TONE_HZ: Readonly<Record<CueKind, number>> = { start: 880, end: 660 };
const TONE_SECONDS = 0.18;
const VIBRATION_MS: Readonly<Record<CueKind, number | number[]>> = { start: 200, end: [120, 80, 120] };

function audioContextClass(): AudioContextClass | undefined {
  const scope = globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return scope.AudioContext ?? scope.webkitAudioContext;
}

/** Reports whether this browser can vibrate. */
export function canVibrate(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';
}

export class CuePlayer {
  private context: AudioContext | undefined;

  /**
   * Creates or resumes the audio context. Browsers allow sound only after a
   * user gesture: call this from the click that starts a session.
   */
  unlock(): void {
    try {
      const Context = audioContextClass();
      if (!Context) return;
      this.context ??= new Context();
      if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
    } catch {
      this.context = undefined;
    }
  }

  beep(kind: CueKind): void {
    try {
      const context = this.context;
      if (!context) return;
      const start = context.currentTime;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = TONE_HZ[kind];
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + TONE_SECONDS);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + TONE_SECONDS);
    } catch {
      // No sound this time.
    }
  }

  vibrate(kind: CueKind): void {
    try {
      if (canVibrate()) navigator.vibrate(VIBRATION_MS[kind]);
    } catch {
      // No vibration this time.
    }
  }

  /** Frees the audio context. */
  close(): void {
    const context = this.context;
    this.context = undefined;
    try {
      void context?.close().catch(() => undefined);
    } catch {
      // Already closed.
    }
  }
}
