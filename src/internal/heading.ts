import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AttributeProblem } from './care-element.js';
import { NULLABLE_NUMBER } from './property-types.js';
import type { PropertyRule } from './property-types.js';

/** The heading levels an element may use inside a host page: the page keeps its own h1. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** `value` as a heading level, or `null` when it is not one of 2–6. */
export function toHeadingLevel(value: unknown): HeadingLevel | null {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return (HEADING_LEVELS as readonly unknown[]).includes(level) ? (level as HeadingLevel) : null;
}

/** The warning for a `heading-level` of `value` (its attribute's text `attribute`, when it came from one), or null when it is a heading level or unset. */
function headingLevelWarning(value: number | null, attribute: string | null): string | null {
  return value === null || toHeadingLevel(value) !== null
    ? null
    : `heading-level="${attribute ?? String(value)}" is not a heading level. Valid values: ${HEADING_LEVELS.join(', ')}.`;
}

/**
 * The problem with a `heading-level` of `value` (`attribute` is the attribute's
 * text, when it came from one), naming `level`, the one used instead; null when
 * it is a heading level or unset. (`headingLevelRule` checks it too.)
 */
export function headingLevelProblem(value: number | null, attribute: string | null, level: HeadingLevel): AttributeProblem | null {
  const warning = headingLevelWarning(value, attribute);
  return warning ? { warning, notice: headingLevelNotice(level) } : null;
}

/** The notice for a bad heading level, naming `level`, the one used instead. */
export function headingLevelNotice(level: HeadingLevel): () => string {
  return () => msg(str`The heading level this page asked for is not valid, so level ${level} is used.`, { id: 'evidence.bad-heading-level' });
}

/** One level deeper than `level`, never past h6. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/**
 * A real `<h2>`–`<h6>` element, so the element fits the host's outline.
 * Lit cannot bind a tag name; a switch over fixed templates keeps it static.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  { id, className, part }: { id: string; className: string; part: string },
): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 id=${id} class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${className} part=${part}>${content}</h6>`;
  }
}

/** The `headingLevel` property's rule for an element whose default is `level`: a number, and one of 2–6. */
export function headingLevelRule(level: HeadingLevel): PropertyRule<number | null> {
  return {
    type: NULLABLE_NUMBER,
    fallback: level,
    attribute: 'heading-level',
    valid: HEADING_LEVELS.join(', '),
    notice: headingLevelNotice(level),
    check: (value, element) => headingLevelWarning(value, element.getAttribute('heading-level')),
  };
}
