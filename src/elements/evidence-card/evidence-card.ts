import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { deprecatedTreatmentId, getTreatment } from '../../domain/treatments.js';
import type { Treatment } from '../../domain/treatments.js';
import { CareElement } from '../../internal/care-element.js';
import { evidenceBadgeStyles } from '../../internal/evidence-badge.js';
import { headingLevelRule, toHeadingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { NULLABLE_TEXT, coerceProperties } from '../../internal/property-types.js';
import type { PropertyRules } from '../../internal/property-types.js';
import { coreStyles } from '../../internal/shared-styles.js';
import { TREATMENT_IDS } from '../../domain/treatments.js';
import { CARD_VARIANTS, renderTreatmentCard, variantRule } from './card-view.js';
import type { CardVariant } from './card-view.js';
import { evidenceCardStyles } from './evidence-card.styles.js';

export { CARD_VARIANTS };
export type { CardVariant };

const DEFAULT_HEADING_LEVEL: HeadingLevel = 3;

const badTreatment = () =>
  msg('The treatment this page asked for is not known, so there is nothing to show here.', { id: 'evidence.bad-treatment' });

/** The public properties' types: what a host's script or framework may set, and what a wrong type falls back to. */
const PROPERTY_RULES: PropertyRules<CareEvidenceCard> = {
  treatment: { type: NULLABLE_TEXT, fallback: '', valid: TREATMENT_IDS.join(', '), notice: badTreatment },
  variant: variantRule,
  headingLevel: headingLevelRule(DEFAULT_HEADING_LEVEL),
};

/**
 * @tagname care-evidence-card
 * @summary One treatment for pain and what its source says of the evidence:
 * name, an evidence badge (text and icon), summary, when it is used, practical
 * notes, and who says it (patient information or the provider itself).
 *
 * Unknown attribute values never throw: the element shows a localized notice
 * and warns once in the console, naming the valid values.
 *
 * @csspart card - The card (an `<article>`).
 * @csspart name - The treatment's name, a heading of level `heading-level`.
 * @csspart badge - The evidence badge: icon and text.
 * @csspart topic - Which pain the verdict is about ("Applies to pain in osteoporosis").
 * @csspart summary - The plain-language summary.
 * @csspart facts - When it is used, and what the source says of the effect (full variant).
 * @csspart notes - The list of practical notes (full variant).
 * @csspart source - Who says it: "Patient information: …" or "According to the provider: …".
 * @csspart notice - Messages about bad attribute values.
 *
 * @cssprop --care-color-ok - Badge tone for "may help somewhat". Default #2f855a.
 * @cssprop --care-color-warning - Badge tone for "not documented", "not studied" and "rarely recommended". Default #b7791f.
 * @cssprop --care-color-danger - Badge tone for "no long-term effect". Default #c0392b.
 * @cssprop --care-color-info - Badge tone for "the provider's own description". Default #2b6cb0.
 * @cssprop --care-color-border - Borders. Default: the text colour at 30 %.
 * @cssprop --care-color-surface - The card's background. Default: none, so text keeps the contrast of the host's own colours; a host that sets one checks it against AA.
 * @cssprop --care-radius - Corner radius. Default 0.5em.
 * @cssprop --care-spacing - Space inside the card. Default 1em.
 * @cssprop --care-max-width - Largest width. Default 42em.
 */
export class CareEvidenceCard extends CareElement {
  static override styles = [coreStyles, evidenceBadgeStyles, evidenceCardStyles];

  static override properties = {
    treatment: {},
    variant: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * The treatment's id, e.g. `vertebroplasty` (see `TREATMENT_IDS`).
   * @values TREATMENT_IDS
   */
  treatment: string | null = '';
  /**
   * `full` (default) or `compact`: name, badge, summary and source only.
   * @values CARD_VARIANTS
   */
  variant: string | null = 'full';
  /**
   * The level (2–6) of the card's heading, to fit the host's outline. Default 3.
   * @values HeadingLevel
   */
  headingLevel: number | null = DEFAULT_HEADING_LEVEL;

  private shown?: Treatment | null;
  /** The deprecated id last warned about, so a host page's old id warns once, not on every update. */
  private warnedDeprecated?: string | null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A refused type is reported once by coerceProperties; the checks below then only derive state.
    const refused = coerceProperties(this, changed, PROPERTY_RULES, (key, problem) => this.setProblem(key, problem));
    if (changed.has('treatment')) this.checkTreatment(refused.has('treatment'));
  }

  /** Finds the treatment; `refused` when the property's type was refused (already reported). */
  private checkTreatment(refused: boolean): void {
    try {
      this.shown = getTreatment(this.treatment ?? '');
      this.clearProblem('treatment');
      const replacement = deprecatedTreatmentId(this.treatment);
      if (replacement && this.warnedDeprecated !== this.treatment) {
        this.warnedDeprecated = this.treatment;
        console.warn(`care-widgets <${this.localName}>: treatment="${this.treatment}" is deprecated; use treatment="${replacement}". The card is shown.`);
      }
    } catch (error) {
      this.shown = null;
      if (!refused) this.reportProblem('treatment', `treatment="${this.treatment ?? ''}": ${(error as Error).message}`, badTreatment);
    }
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    return html`<div class="root" lang=${locale}>
      ${this.renderNotices()}
      ${this.shown
        ? renderTreatmentCard(this.shown, {
            locale,
            variant: this.variant,
            headingLevel: toHeadingLevel(this.headingLevel) ?? DEFAULT_HEADING_LEVEL,
          })
        : nothing}
    </div>`;
  }
}
