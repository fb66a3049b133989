/**
 * "How did it feel?": what a patient may note on a training day, after a
 * session. The kinds are the side effects the manufacturer describes for the
 * start of training (seed 001, "IQoro biverkningar och bieffekter": träningsvärk;
 * ökad halsbränna, sura uppstötningar … (tillfälligt förvärrade symtom);
 * blodsmak i munnen; förändring av befintliga tinnitus-ljud), and "nothing of
 * that". Each kind maps to the `<care-side-effect-guide>` situation that
 * explains it. Noting is never required. Pure: no DOM.
 */
import type { SideEffectId } from './side-effects.js';

/** Stored on the day, in this order. */
export const NOTE_KINDS = ['soreness', 'reflux', 'blood-taste', 'tinnitus', 'nothing'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** The `<care-side-effect-guide>` situation for each kind; null for "nothing". */
export const NOTE_SITUATIONS: Readonly<Record<NoteKind, SideEffectId | null>> = {
  soreness: 'training-soreness',
  reflux: 'worse-reflux-symptoms',
  'blood-taste': 'blood-taste',
  tinnitus: 'tinnitus-change',
  nothing: null,
};

/** The side-effect guide's situation id for `kind`, or null ("nothing"). */
export function situationOf(kind: NoteKind): SideEffectId | null {
  return NOTE_SITUATIONS[kind];
}

export function isNoteKind(value: unknown): value is NoteKind {
  return typeof value === 'string' && (NOTE_KINDS as readonly string[]).includes(value);
}

/**
 * The known kinds of `values`, each once, in `NOTE_KINDS` order; anything else
 * (an unknown kind, a number) is dropped. Not an array: none.
 */
export function normalizeNotes(values: unknown): NoteKind[] {
  if (!Array.isArray(values)) return [];
  const known = new Set(values.filter(isNoteKind));
  return NOTE_KINDS.filter((kind) => known.has(kind));
}

/**
 * The day's notes after the patient ticks (`on`) or unticks `kind`: "nothing"
 * and the side effects exclude each other when chosen in one go.
 */
export function toggleNote(notes: readonly NoteKind[], kind: NoteKind, on: boolean): NoteKind[] {
  if (!on) return notes.filter((note) => note !== kind);
  const kept = kind === 'nothing' ? [] : notes.filter((note) => note !== 'nothing');
  return normalizeNotes([...kept, kind]);
}

/** Both days' notes, each once (a merge never loses a note). */
export function unionNotes(a: readonly NoteKind[] | undefined, b: readonly NoteKind[] | undefined): NoteKind[] {
  return normalizeNotes([...(a ?? []), ...(b ?? [])]);
}
