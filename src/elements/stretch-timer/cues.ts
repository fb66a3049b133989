/**
 * A short beep (a generated tone, no audio file) and a buzz at the start and
 * end of each stretch. Every API is optional and guarded: where one is missing
 * or refuses, the cue is simply not given. This part is on the first paint:
 * the audio is unlocked in the press of Start itself (browsers allow sound only
 * after a user gesture); the cues are given by cue-sounds.ts, which loads with
 * the session's code.
 */
type AudioContextClass = new () => AudioContext;

function audioContextClass(): AudioContextClass | undefined {
  const scope = globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return scope.AudioContext ?? scope.webkitAudioContext;
}

/** Reports whether this browser can vibrate. */
export function canVibrate(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';
}

export class CuePlayer {
  /** The unlocked audio context, once Start was pressed with sound on. */
  context: AudioContext | undefined;

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
