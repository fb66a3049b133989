import type { LocalizedText } from './locale.js';
import type { Source, Statement } from './sources.js';

/** A text in the three locales, written in the order en, sv, nb. */
export function text(en: string, sv: string, nb: string): LocalizedText {
  return { en, sv, nb };
}

/**
 * A statement of `source`, in the three locales (en, sv, nb), whose text in the
 * source's own language (sv for the Swedish seeds, nb for the Norwegian one) is
 * the source's words: a quote, give or take whitespace and punctuation.
 */
export function say(source: Source, en: string, sv: string, nb: string): Statement {
  return { source: source.id, from: source, text: text(en, sv, nb) };
}

/**
 * A statement of `source` in other words than the source's: `renders` is the
 * source's own sentence (or consecutive sentences) that it renders, word for
 * word, so a reader and the seed-fidelity test can find it. Sentences from
 * different places of the source are joined with " … ". The script-tag build
 * leaves `renders` out (scripts/split-locale-texts.mjs).
 */
export function paraphrase(source: Source, renders: string, en: string, sv: string, nb: string): Statement {
  return { source: source.id, from: source, renders, text: text(en, sv, nb) };
}
