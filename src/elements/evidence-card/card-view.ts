import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Locale } from '../../domain/locale.js';
import type { Source } from '../../domain/sources.js';
import { topicScope } from '../../domain/treatments.js';
import type { Treatment } from '../../domain/treatments.js';
import { renderEvidenceBadge, renderKindSourceLine } from '../../internal/evidence-badge.js';
import { renderHeading } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { NULLABLE_TEXT, oneOf } from '../../internal/property-types.js';
import type { PropertyRule } from '../../internal/property-types.js';

/** `full` shows everything; `compact` shows name, badge, summary and source. */
export const CARD_VARIANTS = ['full', 'compact'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];

/** The notice for an unknown layout. */
const variantNotice = (): string =>
  msg('The layout this page asked for is not known, so the full card is shown.', { id: 'evidence.bad-variant' });

/** The `variant` property's rule: a string, `full` or `compact`; anything else shows the full card. */
export const variantRule: PropertyRule<string | null> = {
  type: NULLABLE_TEXT,
  fallback: 'full',
  notice: variantNotice,
  ...oneOf('variant', CARD_VARIANTS),
};

export interface CardOptions {
  readonly locale: Locale;
  /** The element's `variant`: `compact`, or anything else for the full card. */
  readonly variant: string | null;
  readonly headingLevel: HeadingLevel;
  /** True in a list: the list's heading says which pain the verdicts are about, so the card does not. */
  readonly inList?: boolean;
  /** True in a list whose cards share one source: the list shows it once, below them. */
  readonly sourceBelow?: boolean;
}

/** Every source the card quotes: the treatment's, then any other its statements name. */
export function cardSources(treatment: Treatment): Source[] {
  return [...new Set([treatment.source, treatment.effect.from, ...treatment.notes.map((note) => note.from)])];
}

/**
 * One treatment as a card: its name as a real heading, the evidence badge,
 * the summary, and in the full variant when it is used, what the source says
 * of the effect and the practical notes. Used by <care-evidence-card> and
 * <care-evidence-list>, which share its styles.
 */
export function renderTreatmentCard(treatment: Treatment, options: CardOptions): TemplateResult {
  const { locale } = options;
  const id = treatment.id;
  const variant: CardVariant = options.variant === 'compact' ? 'compact' : 'full';
  const full = variant === 'full';
  return html`<article class="card" part="card" data-variant=${variant} aria-labelledby="${id}-name">
    ${renderHeading(options.headingLevel, treatment.name[locale], { id: `${id}-name`, className: 'name', part: 'name' })}
    ${renderEvidenceBadge(treatment.evidence, locale, treatment.evidenceLabel)}
    ${options.inList ? nothing : html`<p class="topic" part="topic">${topicScope[treatment.topic][locale]}</p>`}
    <p class="summary" part="summary">${treatment.summary[locale]}</p>
    ${full
      ? html`<dl class="facts" part="facts">
          <div>
            <dt>${msg('When it is used', { id: 'evidence.used-when' })}</dt>
            <dd>${treatment.usedWhen[locale]}</dd>
          </div>
          <div>
            <dt>${msg('What the source says about the effect', { id: 'evidence.effect' })}</dt>
            <dd>${treatment.effect.text[locale]}</dd>
          </div>
        </dl>`
      : nothing}
    ${full && treatment.notes.length > 0
      ? html`<p class="notes-title" id="${id}-notes">${msg('Good to know', { id: 'evidence.notes' })}</p>
          <ul class="notes" part="notes" aria-labelledby="${id}-notes">
            ${treatment.notes.map((note) => html`<li>${note.text[locale]}</li>`)}
          </ul>`
      : nothing}
    ${options.sourceBelow ? nothing : cardSources(treatment).map((source) => renderKindSourceLine(source, locale))}
  </article>`;
}
