import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isId } from '../../domain/ids.js';
import type { Locale } from '../../domain/locale.js';
import { PHASES, TOPIC_IDS, listTreatments, phaseLabel, topicLabel } from '../../domain/treatments.js';
import type { Treatment, TreatmentId } from '../../domain/treatments.js';
import { CareElement } from '../../internal/care-element.js';
import { emit } from '../../internal/events.js';
import { evidenceBadgeStyles, renderKindSourceLine } from '../../internal/evidence-badge.js';
import { headingLevelRule, renderHeading, subLevel, toHeadingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { NULLABLE_TEXT, coerceProperties, oneOf } from '../../internal/property-types.js';
import type { PropertyRules } from '../../internal/property-types.js';
import { coreStyles } from '../../internal/shared-styles.js';
import { cardSources, renderTreatmentCard, variantRule } from '../evidence-card/card-view.js';
import { evidenceCardStyles } from '../evidence-card/evidence-card.styles.js';
import { evidenceListStyles } from './evidence-list.styles.js';

/** The filter's choices: every kind of pain, or one phase. */
export const PHASE_FILTERS = ['all', ...PHASES] as const;
export type PhaseFilter = (typeof PHASE_FILTERS)[number];

export interface PhaseChangeDetail {
  readonly phase: PhaseFilter;
  /** The treatments now shown, in order. */
  readonly treatments: readonly TreatmentId[];
}

const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

const badTopic = () => msg('The topic this page asked for is not known, so no treatments are shown.', { id: 'evidence.bad-topic' });
const badPhase = () => msg('The filter this page asked for is not known, so all treatments are shown.', { id: 'evidence.bad-phase' });

/**
 * "1 treatment shown", "9 treatments shown": Intl picks the plural and writes
 * the number. Built once per render, when the filter changes: not worth
 * intl.ts's cache and its code in this bundle.
 */
function countText(locale: Locale, count: number): string {
  const n = count.toLocaleString(locale);
  return new Intl.PluralRules(locale).select(count) === 'one'
    ? msg(str`${n} treatment shown`, { id: 'evidence.count-one' })
    : msg(str`${n} treatments shown`, { id: 'evidence.count-other' });
}

/** The public properties' types: what a host's script or framework may set, and what a wrong type falls back to. */
const PROPERTY_RULES: PropertyRules<CareEvidenceList> = {
  // Unlike the others, an unset topic is a problem: there is nothing to show.
  topic: { type: NULLABLE_TEXT, fallback: '', notice: badTopic, ...oneOf('topic', TOPIC_IDS, 'topic ids', true) },
  phase: { type: NULLABLE_TEXT, fallback: 'all', notice: badPhase, ...oneOf('phase', PHASE_FILTERS) },
  variant: variantRule,
  headingLevel: headingLevelRule(DEFAULT_HEADING_LEVEL),
};

/**
 * @tagname care-evidence-list
 * @summary Every treatment for one topic as evidence cards, filterable by kind
 * of pain (all, acute, persistent) with a native radio group.
 *
 * The number of treatments shown is announced politely when the filter
 * changes. The filter's choice is reflected in the `phase` attribute. Cards
 * that share one source are followed by one source line.
 *
 * @event care-phase-change - The reader changed the filter. Detail: `{ phase, treatments }`.
 *
 * @csspart list - The whole list (a `<section>`).
 * @csspart title - The topic's heading, of level `heading-level`.
 * @csspart filter - The filter's fieldset.
 * @csspart filter-option - Each filter choice's label and radio button.
 * @csspart count - "9 treatments shown" (a polite live region).
 * @csspart cards - The list of cards.
 * @csspart card - Each card (an `<article>`).
 * @csspart name - Each treatment's name, a heading one level below the title.
 * @csspart badge - Each evidence badge: icon and text.
 * @csspart summary - Each plain-language summary.
 * @csspart facts - When it is used, and what the source says of the effect (full variant).
 * @csspart notes - Each list of practical notes (full variant).
 * @csspart source - Who says it: "Patient information: …" or "According to the provider: …".
 * @csspart notice - Messages about bad attribute values.
 *
 * @cssprop --care-color-accent - The radio buttons and focus ring. Default #0a6b8f.
 * @cssprop --care-color-ok - Badge tone for "may help somewhat". Default #2f855a.
 * @cssprop --care-color-warning - Badge tone for "not documented", "not studied" and "rarely recommended". Default #b7791f.
 * @cssprop --care-color-danger - Badge tone for "no long-term effect". Default #c0392b.
 * @cssprop --care-color-info - Badge tone for "the provider's own description". Default #2b6cb0.
 * @cssprop --care-color-border - Borders. Default: the text colour at 30 %.
 * @cssprop --care-color-surface - The cards' background. Default: none, so text keeps the contrast of the host's own colours; a host that sets one checks it against AA.
 * @cssprop --care-radius - Corner radius. Default 0.5em.
 * @cssprop --care-spacing - Space between and inside cards. Default 1em.
 * @cssprop --care-max-width - Largest width. Default 42em.
 */
export class CareEvidenceList extends CareElement {
  static override styles = [coreStyles, evidenceBadgeStyles, evidenceCardStyles, evidenceListStyles];

  static override properties = {
    topic: {},
    phase: { reflect: true },
    variant: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * The topic's id: `osteoporosis-pain` or `neuropathic-pain`.
   * @values TOPIC_IDS
   */
  topic: string | null = '';
  /**
   * The filter: `all` (default), `acute` or `persistent`. Set by the reader's choice, too.
   * @values PhaseFilter
   */
  phase: string | null = 'all';
  /**
   * The cards' layout: `full` (default) or `compact`.
   * @values CARD_VARIANTS from ../evidence-card/card-view.js
   */
  variant: string | null = 'full';
  /**
   * The level (2–6) of the list's heading; the cards' headings are one level below. Default 2.
   * @values HeadingLevel
   */
  headingLevel: number | null = DEFAULT_HEADING_LEVEL;

  /** The treatments shown now, in order (empty for an unknown topic). */
  get treatments(): Treatment[] {
    const filter = this.currentFilter;
    return isId(TOPIC_IDS, this.topic) ? listTreatments({ topic: this.topic, phase: filter === 'all' ? undefined : filter }) : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    coerceProperties(this, changed, PROPERTY_RULES, (key, problem) => this.setProblem(key, problem));
  }

  /** The filter in effect: an unknown `phase` shows everything. */
  private get currentFilter(): PhaseFilter {
    return isId(PHASE_FILTERS, this.phase) ? this.phase : 'all';
  }

  /** The reader chose a filter (a radio button fires `change` only as it becomes checked). */
  private onFilterChange(event: Event): void {
    const phase = (event.target as HTMLInputElement).value as PhaseFilter;
    this.phase = phase;
    emit(this, 'care-phase-change', { phase, treatments: this.treatments.map((t) => t.id) });
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const topic = this.topic;
    const level = toHeadingLevel(this.headingLevel) ?? DEFAULT_HEADING_LEVEL;
    const filter = this.currentFilter;
    const shown = this.treatments;
    const sources = [...new Set(shown.flatMap(cardSources))];
    const oneSource = sources.length === 1;
    return html`<div class="root" lang=${locale}>
      ${this.renderNotices()}
      ${isId(TOPIC_IDS, topic)
        ? html`<section class="list" part="list" aria-labelledby="title">
            ${renderHeading(level, topicLabel[topic][locale], { id: 'title', className: 'title', part: 'title' })}
            <fieldset class="filter" part="filter">
              <legend>${msg('Show treatments for', { id: 'evidence.filter-legend' })}</legend>
              <div class="options">
                ${PHASE_FILTERS.map(
                  (value) => html`<label class="option" part="filter-option">
                    <input type="radio" name="phase" value=${value} .checked=${value === filter} @change=${this.onFilterChange} />
                    <span>${value === 'all' ? msg('All kinds of pain', { id: 'evidence.phase-all' }) : phaseLabel[value][locale]}</span>
                  </label>`,
                )}
              </div>
            </fieldset>
            <p class="count" part="count" role="status" aria-live="polite">${countText(locale, shown.length)}</p>
            <ul class="cards" part="cards" role="list">
              ${
                // One slot per treatment of the topic, in the domain's order (every filter keeps it): a card keeps its
                // own DOM while the filter changes, as with repeat(), without the directive's code.
                listTreatments({ topic }).map((treatment) =>
                  shown.includes(treatment)
                    ? html`<li>${renderTreatmentCard(treatment, { locale, variant: this.variant, headingLevel: subLevel(level), inList: true, sourceBelow: oneSource })}</li>`
                    : nothing,
                )
              }
            </ul>
            ${oneSource ? renderKindSourceLine(sources[0], locale) : nothing}
          </section>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'care-phase-change': CustomEvent<PhaseChangeDetail>;
  }
}
