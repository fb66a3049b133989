import type { LocalizedText } from './locale.js';
import type { SourceId, Statement } from './sources.js';

/** A text in the three locales, written in the order en, sv, nb. */
export function text(en: string, sv: string, nb: string): LocalizedText {
  return { en, sv, nb };
}

/** A statement of `source`, in the three locales (en, sv, nb). */
export function say(source: SourceId, en: string, sv: string, nb: string): Statement {
  return { source, text: text(en, sv, nb) };
}
