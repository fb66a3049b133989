/**
 * How the export and the printed summary name a day's notes and the
 * patient's adjustments, in the patient's language. The side effects are
 * named as the manufacturer names them (seed 001: träningsvärk; ökad
 * halsbränna, sura uppstötningar; blodsmak i munnen; förändring av befintliga
 * tinnitus-ljud).
 */
import { msg, str } from '@lit/localize';
import type { Locale } from '../../domain/locale.js';
import type { Adjustment } from '../../domain/plan-adjustments.js';
import type { NoteKind } from '../../domain/session-notes.js';
import { secondsText } from './texts.js';

export function noteLabel(kind: NoteKind): string {
  switch (kind) {
    case 'soreness':
      return msg('Training soreness', { id: 'timer.export-note-soreness' });
    case 'reflux':
      return msg('More heartburn or acid reflux', { id: 'timer.export-note-reflux' });
    case 'blood-taste':
      return msg('Taste of blood in the mouth', { id: 'timer.export-note-blood-taste' });
    case 'tinnitus':
      return msg('Changed tinnitus sound', { id: 'timer.export-note-tinnitus' });
    case 'nothing':
      return msg('Nothing noticed', { id: 'timer.export-note-nothing' });
  }
}

/** A day's notes as one phrase: "Training soreness; Changed tinnitus sound". */
export function notesText(notes: readonly NoteKind[] | undefined): string {
  return (notes ?? []).map(noteLabel).join('; ');
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

