/**
 * How the export and the printed summary name a day's notes (in the words the
 * patient ticked, see feel-view.ts, handed in by the timer) and the patient's adjustments, in the
 * patient's language.
 */
import { msg, str } from '@lit/localize';
import type { Locale } from '../../domain/locale.js';
import type { Adjustment } from '../../domain/plan-adjustments.js';
import type { NoteKind } from '../../domain/session-notes.js';
import { secondsText } from './texts.js';

/** A day's notes as one phrase: "Training soreness; Changed tinnitus sound" (`name`: feel-view.ts's `noteName`). */
export function notesText(notes: readonly NoteKind[] | undefined, name: (kind: NoteKind) => string): string {
  return (notes ?? []).map(name).join('; ');
}

/** An adjustment as a sentence: "Stayed at 4 seconds per stretch". */
export function adjustmentText(locale: Locale, adjustment: Adjustment): string {
  const seconds = secondsText(locale, adjustment.seconds);
  switch (adjustment.kind) {
    case 'hold':
      return msg(str`Stayed at ${seconds} per stretch`, { id: 'timer.export-adjust-hold' });
    case 'back':
      return msg(str`Stepped back to ${seconds} per stretch`, { id: 'timer.export-adjust-back' });
    case 'resume':
      return msg(str`Went on increasing from ${seconds} per stretch`, { id: 'timer.export-adjust-resume' });
  }
}

