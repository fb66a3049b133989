import { html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { IQORO_USES } from '../../domain/uses.js';
import { CareElement } from '../../internal/care-element.js';
import { headingLevelRule, renderHeading, toHeadingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { coerceProperties } from '../../internal/property-types.js';
import type { PropertyRules } from '../../internal/property-types.js';
import { coreStyles } from '../../internal/shared-styles.js';
import { renderSourceLine, sourcesOf } from '../../internal/sources-view.js';
import { iqoroUsesStyles } from './iqoro-uses.styles.js';

const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** The public properties' types: what a host's script or framework may set, and what a wrong type falls back to. */
const PROPERTY_RULES: PropertyRules<CareIqoroUses> = {
  headingLevel: headingLevelRule(DEFAULT_HEADING_LEVEL),
};

/**
 * @tagname care-iqoro-uses
 * @summary What IQoro is used for and for whom, in the manufacturer's words
 * (000, "Olika användningsområden"): for a pharmacy's product page.
 *
 * A heading, what IQoro is a training device for, who it may include
 * (intensive care, nasal oxygen, heart disease), the list of uses, and who says
 * it. Static content: nothing is asked, stored or sent. A bad `heading-level`
 * shows a localized notice and warns once in the console.
 *
 * @csspart heading - The heading, a real `<h2>`–`<h6>` of level `heading-level`.
 * @csspart intro - The paragraphs before the list.
 * @csspart uses - The list of uses (a `<ul>`).
 * @csspart source - Who says it.
 * @csspart notice - Messages about bad attribute values.
 *
 * @cssprop --care-color-border - Borders. Default: the text colour at 30 %.
 * @cssprop --care-spacing - Space between blocks. Default 1rem.
 * @cssprop --care-max-width - Largest width. Default 42rem.
 */
export class CareIqoroUses extends CareElement {
  static override styles = [coreStyles, iqoroUsesStyles];

  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * The level (2–6) of the heading, to fit the host's outline. Default 2.
   * @values HeadingLevel
   */
  headingLevel: number | null = DEFAULT_HEADING_LEVEL;

  protected override willUpdate(changed: PropertyValues<this>): void {
    coerceProperties(this, changed, PROPERTY_RULES, (key, problem) => this.setProblem(key, problem));
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const { intro, listTitle, uses } = IQORO_USES;
    const level = toHeadingLevel(this.headingLevel) ?? DEFAULT_HEADING_LEVEL;
    return html`<div class="root" lang=${locale}>
      ${this.renderNotices()}
      <section class="uses-block" aria-labelledby="uses-heading">
        ${renderHeading(level, msg('What IQoro is used for, according to the manufacturer', { id: 'uses.title' }), {
          id: 'uses-heading',
          className: 'title',
          part: 'heading',
        })}
        <div part="intro">${intro.map((statement) => html`<p class="intro">${statement.text[locale]}</p>`)}</div>
        <p class="list-title" id="uses-list-title">${listTitle.text[locale]}</p>
        <ul class="uses" part="uses" aria-labelledby="uses-list-title">
          ${uses.map((statement) => html`<li>${statement.text[locale]}</li>`)}
        </ul>
        ${renderSourceLine(sourcesOf([...intro, listTitle, ...uses]), locale)}
      </section>
    </div>`;
  }
}
