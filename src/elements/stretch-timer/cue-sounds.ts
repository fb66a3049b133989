/**
 * The cue at the start and end of each stretch: a short beep (a generated
 * tone, no audio file) in the audio context unlocked by the press of Start
 * (cues.ts), and a buzz. Loaded with the session's code (session-run.ts).
 * Every API is optional and guarded: where one is missing or refuses, the cue
 * is simply not given.
 */
import type { CueSettings } from '../../domain/training-log.js';

export type CueKind = 'start' | 'end';

const TONE_HZ: Readonly<Record<CueKind, number>> = { start: 880, end: 660 };
const TONE_SECONDS = 0.18;
const VIBRATION_MS: Readonly<Record<CueKind, number | number[]>> = { start: 200, end: [120, 80, 120] };

function beep(context: AudioContext | undefined, kind: CueKind): void {
  try {
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

function vibrate(kind: CueKind): void {
  try {
    navigator.vibrate?.(VIBRATION_MS[kind]);
  } catch {
    // No vibration this time.
  }
}

/** Gives the cue `kind` as the patient chose: sound (in `context`), vibration, both or neither. */
export function giveCue(kind: CueKind, { sound, vibration }: CueSettings, context: AudioContext | undefined): void {
  if (sound) beep(context, kind);
  if (vibration) vibrate(kind);
}
