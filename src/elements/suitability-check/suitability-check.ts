import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import {
  CONDITION_CONTENT,
  CONDITION_GROUPS,
  CONDITION_GROUP_IDS,
  GROUP_LEGENDS,
  GROUP_NOTES,
  VERDICTS,
  VERDICT_CONTENT,
  assessSuitability,
  resultHeading,
} from '../../domain/index.js';
import type { Assessment, ConditionId, PlanId, Verdict } from '../../domain/index.js';
import { CareElement } from '../../internal/care-element.js';
import { SUPPORT_HREF_RULE, contactProblem, parseContactHref, renderContactLink } from '../../internal/contact.js';
import type { ContactLink } from '../../internal/contact.js';
import { emit } from '../../internal/events.js';
import { cautionIcon, checkIcon, clockIcon, infoIcon, personIcon, stopIcon } from '../../internal/icons.js';
import { headingLevelRule, renderHeading, subLevel, toHeadingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { FLAG, TEXT, coerceProperties } from '../../internal/property-types.js';
import type { PropertyRules } from '../../internal/property-types.js';
import { baseStyles } from '../../internal/shared-styles.js';
import { renderSourceLine, sourcesOf } from '../../internal/sources-view.js';
import { suitabilityCheckStyles } from './suitability-check.styles.js';

export interface SuitabilityChangeDetail {
  readonly verdict: Verdict;
  readonly plan: PlanId | null;
  /** Only when the host opts in with `share-conditions`: the ticked conditions are health data. */
  readonly conditions?: readonly ConditionId[];
}

export interface PlanRequestDetail {
  readonly plan: PlanId;
}

/** Each verdict's icon, in the order of VERDICTS. */
const VERDICT_ICONS = [stopIcon, clockIcon, personIcon, cautionIcon, infoIcon, checkIcon];

/** Avoid, wait and individual assessment (the first three, most restrictive, VERDICTS): a shopper should not simply go on and order. */
const isBlocking = (verdict: Verdict): boolean => VERDICTS.indexOf(verdict) < 3;

const DEFAULT_HEADING_LEVEL: HeadingLevel = 3;

/** The public properties' types: what a host's script or framework may set, and what a wrong type falls back to. */
const PROPERTY_RULES: PropertyRules<CareSuitabilityCheck> = {
  name: { type: TEXT, fallback: '' },
  supportHref: SUPPORT_HREF_RULE,
  supportLabel: { type: TEXT, fallback: '', attribute: 'support-label' },
  requireAcknowledgement: { type: FLAG, fallback: false, attribute: 'require-acknowledgement' },
  shareConditions: { type: FLAG, fallback: false, attribute: 'share-conditions' },
  headingLevel: headingLevelRule(DEFAULT_HEADING_LEVEL),
};

/**
 * @tagname care-suitability-check
 * @summary "Do any of these apply to you?": who should avoid IQoro, wait, start
 * with caution or get an individual assessment, and for which diseases an
 * effect is not scientifically established, per the manufacturer.
 *
 * A form-associated element: with a `name`, it submits its verdict
 * (`avoid`, `wait`, `individual-assessment`, `caution`,
 * `effect-not-established`, `suitable`). The ticked conditions are never
 * stored, submitted or sent.
 *
 * @slot support - The host's customer-support contact, replacing the `support-href` link.
 * @slot plan-action - Replaces the "Show my training plan" buttons.
 *
 * @event care-suitability-change - The verdict changed. Detail: `{ verdict, plan }`, plus `conditions` with `share-conditions`.
 * @event care-plan-request - The shopper asked to see a training plan. Detail: `{ plan }`.
 *
 * @csspart questions - The fieldset of conditions.
 * @csspart group - Each group of conditions.
 * @csspart option - Each condition's label and checkbox.
 * @csspart result - The result panel.
 * @csspart result-heading - The result's heading (level `heading-level`), with its icon.
 * @csspart about-heading - The heading over each ticked condition's own advice, one level below.
 * @csspart button - The plan buttons.
 * @csspart acknowledgement - The acknowledgement checkbox's label.
 * @csspart notice - Messages about bad attribute values.
 * @csspart source - Who says it.
 * @csspart disclaimer - "This is not a medical assessment."
 *
 * @cssprop --care-color-accent - Buttons, checkboxes and focus ring. Default #0a6b8f.
 * @cssprop --care-color-on-accent - Text on accent buttons. Default #fff.
 * @cssprop --care-color-danger - The "avoid" result. Default #c0392b.
 * @cssprop --care-color-warning - "Wait" and "individual assessment". Default #b7791f.
 * @cssprop --care-color-info - The "caution" and "effect not established" results. Default #2b6cb0.
 * @cssprop --care-color-ok - The "suitable" result. Default #2f855a.
 * @cssprop --care-color-border - Borders. Default: the text colour at 30 %.
 * @cssprop --care-radius - Corner radius. Default 0.5em.
 * @cssprop --care-spacing - Space between blocks. Default 1em.
 * @cssprop --care-max-width - Largest width. Default 42em.
 */
export class CareSuitabilityCheck extends CareElement {
  static formAssociated = true;
  static override styles = [baseStyles, suitabilityCheckStyles];

  static override properties = {
    name: { reflect: true },
    supportHref: { attribute: 'support-href' },
    supportLabel: { attribute: 'support-label' },
    requireAcknowledgement: { type: Boolean, attribute: 'require-acknowledgement' },
    shareConditions: { type: Boolean, attribute: 'share-conditions' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selected: { state: true, attribute: false },
    acknowledged: { state: true, attribute: false },
    disabled: { state: true, attribute: false },
  };

  /** The form field name under which the verdict is submitted. */
  name = '';
  /** Customer-support contact: a `tel:`, `mailto:` or `http(s):` URL. Anything else is refused. */
  supportHref = '';
  /** The contact's visible text; defaults to the number, address or site. */
  supportLabel = '';
  /** Keeps the form invalid while the verdict is avoid, wait or individual assessment, until acknowledged. */
  requireAcknowledgement = false;
  /** Adds the ticked conditions to `care-suitability-change`'s detail. Off by default: they are health data. */
  shareConditions = false;
  /**
   * The level (2–6) of the result's heading, to fit the host's outline; the advice per condition is one below. Default 3.
   * @values HeadingLevel
   */
  headingLevel: number | null = DEFAULT_HEADING_LEVEL;

  private selected: ReadonlySet<ConditionId> = new Set();
  private acknowledged = false;
  private disabled = false;
  private contact: ContactLink = { ok: false };
  private readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The current assessment (verdict, reasons, plan). */
  get assessment(): Assessment {
    return assessSuitability(this.selected);
  }

  /** The submitted value: the current verdict. */
  get value(): Verdict {
    return this.assessment.verdict;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /**
   * Focuses the first condition. (Not `delegatesFocus`: with it, a click on any
   * text in the element moved focus to that checkbox and scrolled the page, and
   * the next Space ticked or unticked it.)
   */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus(options);
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.selected = new Set();
    this.acknowledged = false;
    void this.updateComplete.then(() => this.announceChange());
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const refused = coerceProperties(this, changed, PROPERTY_RULES, (key, problem) => this.setProblem(key, problem));
    if (changed.has('supportHref')) this.checkSupportHref(refused.has('supportHref'));
  }

  protected override updated(): void {
    const { verdict } = this.assessment;
    this.internals.setFormValue(verdict);
    // The acknowledgement is there while it is required: with require-acknowledgement, after avoid, wait or individual assessment.
    const anchor = this.renderRoot.querySelector<HTMLInputElement>('#acknowledge');
    if (anchor && !this.acknowledged) {
      this.internals.setValidity(
        { customError: true },
        msg('Please confirm that you have read the advice before you continue.', { id: 'suitability.ack-required' }),
        anchor,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  /** Parses the contact link; `refused` when the property's type was refused (already reported). */
  private checkSupportHref(refused: boolean): void {
    this.contact = this.supportHref ? parseContactHref(this.supportHref) : { ok: false };
    if (!refused) this.setProblem('support-href', contactProblem(this.supportHref, this.contact));
  }

  private onConditionChange(event: Event): void {
    const { value, checked } = event.target as HTMLInputElement;
    const next = new Set(this.selected);
    if (checked) next.add(value as ConditionId);
    else next.delete(value as ConditionId);
    const before = this.assessment.verdict;
    this.selected = next;
    if (this.assessment.verdict !== before) this.acknowledged = false;
    this.announceChange();
  }

  private announceChange(): void {
    const { verdict, plan, reasons } = this.assessment;
    emit(this, 'care-suitability-change', this.shareConditions ? { verdict, plan, conditions: reasons } : { verdict, plan });
  }

  private onAcknowledge(event: Event): void {
    this.acknowledged = (event.target as HTMLInputElement).checked;
  }

  private requestPlan(plan: PlanId): void {
    emit(this, 'care-plan-request', { plan });
  }

  private renderContact(): TemplateResult {
    const link = renderContactLink(this.contact, this.supportLabel);
    return html`<div class="contact"><slot name="support">${link}</slot></div>`;
  }

  private renderPlanActions(plan: PlanId | null): TemplateResult | typeof nothing {
    if (!plan) return nothing;
    return html`<div class="actions">
      <slot name="plan-action">
        <button type="button" class="button" part="button" @click=${() => this.requestPlan(plan)}>
          ${plan === 'caution'
            ? msg('Show the start with caution', { id: 'suitability.caution-button' })
            : msg('Show my training plan', { id: 'suitability.plan-button' })}
        </button>
        ${plan === 'standard'
          ? html`<button type="button" class="button secondary" part="button" @click=${() => this.requestPlan('gentle-start')}>
              ${msg('Show the gentle start', { id: 'suitability.gentle-button' })}
            </button>`
          : nothing}
      </slot>
    </div>`;
  }

  private renderResult(assessment: Assessment, heading: string): TemplateResult {
    const locale = this.locale;
    const { verdict, reasons, groups, plan } = assessment;
    const { statements } = VERDICT_CONTENT[verdict];
    // What the seeds say of each ticked condition, then of each group (the progressive diseases), under its name.
    const about = [
      ...reasons.map((id) => [id, CONDITION_CONTENT[id].label, CONDITION_CONTENT[id].notes] as const),
      ...groups.map((id) => [id, GROUP_LEGENDS[id], GROUP_NOTES[id] ?? []] as const),
    ].filter(([, , notes]) => notes.length > 0);
    const level = toHeadingLevel(this.headingLevel) ?? DEFAULT_HEADING_LEVEL;
    return html`<section class="result" part="result" data-verdict=${verdict} aria-labelledby="result-heading">
      ${renderHeading(level, html`${VERDICT_ICONS[VERDICTS.indexOf(verdict)]}<span>${heading}</span>`, {
        id: 'result-heading',
        className: 'heading',
        part: 'result-heading',
      })}
      ${statements.map((s) => html`<p>${s.text[locale]}</p>`)}
      ${about.map(
        ([id, title, notes]) => html`<div class="about">
          ${renderHeading(subLevel(level), title[locale], { id: `about-${id}`, className: 'about-title', part: 'about-heading' })}
          ${notes.map((s) => html`<p>${s.text[locale]}</p>`)}
        </div>`,
      )}
      ${verdict === 'suitable' ? nothing : this.renderContact()} ${this.renderPlanActions(plan)}
      ${this.requireAcknowledgement && isBlocking(verdict)
        ? html`<label class="acknowledge" part="acknowledgement">
            <input
              id="acknowledge"
              type="checkbox"
              required
              .checked=${this.acknowledged}
              ?disabled=${this.disabled}
              @change=${this.onAcknowledge}
            />
            <span
              >${msg('I have read the advice above.', { id: 'suitability.ack-label' })}
              <span class="required" aria-hidden="true">${msg('(required)', { id: 'common.required' })}</span></span
            >
          </label>`
        : nothing}
      <p class="disclaimer" part="disclaimer">${msg('This is not a medical assessment.', { id: 'common.disclaimer' })}</p>
      ${renderSourceLine(sourcesOf([...statements, ...about.flatMap(([, , notes]) => notes)]), locale)}
    </section>`;
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const assessment = this.assessment;
    const heading = resultHeading(assessment)[locale];
    return html`<div class="root" lang=${locale}>
      ${this.renderNotices()}
      <fieldset part="questions">
        <legend class="title">${msg('Do any of these apply to you?', { id: 'suitability.title' })}</legend>
        <p class="hint">
          ${msg('Tick everything that applies. What you tick stays on this page: it is not saved or sent.', {
            id: 'suitability.hint',
          })}
        </p>
        ${CONDITION_GROUP_IDS.map(
          (group) => html`<fieldset class="group" part="group">
            <legend>${GROUP_LEGENDS[group][locale]}</legend>
            ${CONDITION_GROUPS[group].map((id) => {
              const { label, term } = CONDITION_CONTENT[id];
              return html`<label class="option" part="option">
                <input
                  type="checkbox"
                  value=${id}
                  .checked=${this.selected.has(id)}
                  ?disabled=${this.disabled}
                  @change=${this.onConditionChange}
                />
                <span>${label[locale]}${term ? html`<span class="term">${term[locale]}</span>` : nothing}</span>
              </label>`;
            })}
          </fieldset>`,
        )}
      </fieldset>
      <div class="visually-hidden" role="status" aria-live="polite">${heading}</div>
      ${this.renderResult(assessment, heading)}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'care-suitability-change': CustomEvent<SuitabilityChangeDetail>;
    'care-plan-request': CustomEvent<PlanRequestDetail>;
  }
}

