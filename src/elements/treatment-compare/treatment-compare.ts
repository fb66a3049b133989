import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isId } from '../../domain/ids.js';
import { COMPARABLE_PAIRS, compareTreatments } from '../../domain/treatment-comparison.js';
import type { TreatmentComparison } from '../../domain/treatment-comparison.js';
import { TREATMENT_IDS } from '../../domain/treatments.js';
import { CareElement } from '../../internal/care-element.js';
import { evidenceBadgeStyles, renderKindSourceLine } from '../../internal/evidence-badge.js';
import { listFormat } from '../../internal/intl.js';
import { NULLABLE_TEXT, coerceProperties } from '../../internal/property-types.js';
import type { PropertyRules } from '../../internal/property-types.js';
import { coreStyles } from '../../internal/shared-styles.js';
import { treatmentCompareStyles } from './treatment-compare.styles.js';

/** A name inside a sentence: "Acupuncture" → "acupuncture", but "IMS (…)" and "TENS (…)" stay. */
function midSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase() + name.slice(1) : name;
}

const badTreatment = () =>
  msg('A treatment this page asked to compare is not known, so the comparison cannot be shown.', { id: 'compare.bad-treatment' });

/** The public properties' types: what a host's script or framework may set, and what a wrong type falls back to. */
const PROPERTY_RULES: PropertyRules<CareTreatmentCompare> = {
  a: { type: NULLABLE_TEXT, fallback: '', attribute: 'a-b', valid: TREATMENT_IDS.join(', '), notice: badTreatment },
  b: { type: NULLABLE_TEXT, fallback: '', attribute: 'a-b', valid: TREATMENT_IDS.join(', '), notice: badTreatment },
};

/**
 * @tagname care-treatment-compare
 * @summary Two treatments side by side, row by row, as their source compares
 * them: a real table on wide screens, stacked and still labelled when the
 * element itself is narrow (a phone, or a narrow sidebar).
 *
 * The only comparison is IMS and acupuncture (either order), and it is an IMS
 * provider's own description: the caption and the source line say so. An
 * unknown treatment or pair shows a localized notice and warns once, naming
 * what is valid.
 *
 * @csspart table - The comparison table.
 * @csspart caption - The table's caption.
 * @csspart column-header - The two treatments' column headers.
 * @csspart row-header - Each row's header: what is compared.
 * @csspart cell - Each cell.
 * @csspart cell-label - The treatment's name above each cell in the stacked layout.
 * @csspart source - Who says it: "According to the provider: …".
 * @csspart notice - Messages about bad attribute values.
 *
 * @cssprop --care-color-border - Table and row borders. Default: the text colour at 30 %.
 * @cssprop --care-color-surface - Header backgrounds. Default: none, so text keeps the contrast of the host's own colours; a host that sets one checks it against AA.
 * @cssprop --care-radius - Corner radius of the stacked rows. Default 0.5em.
 * @cssprop --care-spacing - Space between stacked rows. Default 1em.
 * @cssprop --care-max-width - Largest width. Default 42em.
 */
export class CareTreatmentCompare extends CareElement {
  static override styles = [coreStyles, evidenceBadgeStyles, treatmentCompareStyles];

  static override properties = {
    a: {},
    b: {},
  };

  /**
   * The first treatment's id (first column). Default `ims`.
   * @values TREATMENT_IDS
   */
  a: string | null = 'ims';
  /**
   * The second treatment's id (second column). Default `acupuncture`.
   * @values TREATMENT_IDS
   */
  b: string | null = 'acupuncture';

  private comparison: TreatmentComparison | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A refused type is reported once, under the pair's key, by coerceProperties.
    const refused = coerceProperties(this, changed, PROPERTY_RULES, (key, problem) => this.setProblem(key, problem));
    if (changed.has('a') || changed.has('b')) this.checkPair(refused.size > 0);
  }

  /** Finds the comparison; `refused` when a property's type was refused (already reported). */
  private checkPair(refused: boolean): void {
    const a = this.a ?? '';
    const b = this.b ?? '';
    try {
      this.comparison = compareTreatments(a, b);
      this.clearProblem('a-b');
    } catch (error) {
      this.comparison = null;
      if (refused) return;
      const known = isId(TREATMENT_IDS, a) && isId(TREATMENT_IDS, b);
      this.reportProblem('a-b', `a="${a}" b="${b}": ${(error as Error).message}`, () =>
        known
          ? this.noComparisonNotice()
          : badTreatment(),
      );
    }
  }

  private noComparisonNotice(): string {
    const locale = this.locale;
    const names = listFormat(locale, { type: 'conjunction' });
    // Each pair's names from its comparison (not comparisonName, whose fallback brings every treatment's texts).
    const pairs = COMPARABLE_PAIRS.map(([x, y]) => compareTreatments(x, y).names)
      .map(({ a, b }) => names.format([a[locale], midSentence(b[locale])]))
      .join('; ');
    return msg(str`There is no comparison of these two treatments. Comparisons available: ${pairs}.`, {
      id: 'compare.bad-pair',
    });
  }

  private renderTable(comparison: TreatmentComparison): TemplateResult {
    const locale = this.locale;
    const nameA = comparison.names.a[locale];
    const nameB = comparison.names.b[locale];
    const second = midSentence(nameB);
    // Explicit roles keep the table a table for screen readers when the
    // stacked layout changes its display.
    return html`<table part="table" role="table">
        <caption part="caption">
          <span class="caption-title">${msg(str`${nameA} compared with ${second}`, { id: 'compare.caption' })}</span>
          ${comparison.source.kind === 'provider'
            ? html`<span class="caption-note"
                >${msg('This is how the provider describes the two treatments. It is not a neutral comparison.', {
                  id: 'compare.provider-note',
                })}</span
              >`
            : nothing}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader" class="aspect">${msg('What is compared', { id: 'compare.aspect' })}</th>
            <th scope="col" role="columnheader" part="column-header">${nameA}</th>
            <th scope="col" role="columnheader" part="column-header">${nameB}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${comparison.rows.map(
            (row) => html`<tr role="row" data-row=${row.id}>
              <th scope="row" role="rowheader" part="row-header">${row.label[locale]}</th>
              <td role="cell" part="cell">
                <span class="cell-label" part="cell-label" aria-hidden="true">${nameA}</span>${row.a[locale]}
              </td>
              <td role="cell" part="cell">
                <span class="cell-label" part="cell-label" aria-hidden="true">${nameB}</span>${row.b[locale]}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${renderKindSourceLine(comparison.source, locale)}`;
  }

  protected override render(): TemplateResult {
    return html`<div class="root" lang=${this.locale}>
      ${this.renderNotices()} ${this.comparison ? this.renderTable(this.comparison) : nothing}
    </div>`;
  }
}
