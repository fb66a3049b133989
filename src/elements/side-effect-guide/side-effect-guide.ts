import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isId } from '../../domain/ids.js';
import { PLAN_IDS } from '../../domain/plans.js';
import type { PlanId } from '../../domain/plans.js';
import type { Locale } from '../../domain/locale.js';
import type { Statement } from '../../domain/sources.js';
import {
  GENERAL_SIDE_EFFECT_NOTE,
  SIDE_EFFECT_IDS,
  adverseVersusSideEffect,
  listSideEffects,
  sideEffectsUnderGeneralNote,
} from '../../domain/side-effects.js';
import type { SideEffect, SideEffectId } from '../../domain/side-effects.js';
import { CareElement } from '../../internal/care-element.js';
import { SUPPORT_HREF_RULE, contactProblem, parseContactHref, renderContactLink } from '../../internal/contact.js';
import type { ContactLink } from '../../internal/contact.js';
import { emit } from '../../internal/events.js';
import { checkIcon, infoIcon } from '../../internal/icons.js';
import { listFormat } from '../../internal/intl.js';
import { headingLevelRule, renderHeading, toHeadingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { TEXT, TOKEN_LIST, coerceProperties } from '../../internal/property-types.js';
import type { PropertyRules } from '../../internal/property-types.js';
import { baseStyles } from '../../internal/shared-styles.js';
import { renderSourceLine, sourcesOf } from '../../internal/sources-view.js';
// The suitability check declares `care-plan-request` (and its HTMLElementEventMap
// entry); this guide fires the same event with the same detail.
import type { PlanRequestDetail } from '../suitability-check/suitability-check.js';
import { sideEffectGuideStyles } from './side-effect-guide.styles.js';

export type { PlanRequestDetail };

/**
 * Quotation marks around a host's unknown id in the notice, as each language
 * writes them: opening and closing. (A `{ en, sv, nb }` literal, so a
 * one-language bundle keeps its own language's pair only.)
 */
const QUOTES: Readonly<Record<Locale, string>> = { en: '“”', sv: '””', nb: '«»' };

const DEFAULT_HEADING_LEVEL: HeadingLevel = 3;

/** The public properties' types: what a host's script or framework may set, and what a wrong type falls back to. */
const PROPERTY_RULES: PropertyRules<CareSideEffectGuide> = {
  situations: { type: TOKEN_LIST, fallback: '', valid: `situation ids ${SIDE_EFFECT_IDS.join(', ')}` },
  supportHref: SUPPORT_HREF_RULE,
  supportLabel: { type: TEXT, fallback: '', attribute: 'support-label' },
  plan: { type: TEXT, fallback: '', attribute: 'plan' },
  headingLevel: headingLevelRule(DEFAULT_HEADING_LEVEL),
};

/**
 * @tagname care-side-effect-guide
 * @summary "I've started training and I feel …": what a new IQoro user may
 * notice in the first weeks, whether the manufacturer calls it harmless, what to
 * do and when to contact customer support.
 *
 * The user ticks one or more situations in plain words; each opens a disclosure
 * with the manufacturer's explanation and advice. What the user ticks is health
 * data: it is never stored, reflected to an attribute, put in an event or sent.
 *
 * The advice never moves someone the guide knows to be in the caution group
 * (the host says `plan="caution"`, or the user ticks a changed tinnitus sound)
 * from the start with caution to the gentle start: for them, the plan button
 * asks for the caution plan.
 *
 * @slot support - The host's customer-support contact, replacing the `support-href` link.
 * @slot plan-action - Replaces the plan button ("Show the gentle start" or "Show the start with caution", as the checker names them).
 *
 * @event care-plan-request - The user asked to train on the suggested plan. Detail: `{ plan: 'gentle-start' }` or `{ plan: 'caution' }`.
 *
 * @csspart situations - The fieldset of situations.
 * @csspart option - Each situation's label and checkbox.
 * @csspart general - The manufacturer's general note on side effects, shown with training soreness or worse symptoms.
 * @csspart answer - Each ticked situation's disclosure (a `details` element).
 * @csspart summary - The clickable title of every disclosure.
 * @csspart part-heading - The headings inside each disclosure ("What it is", "What to do", …), of level `heading-level`.
 * @csspart harmless - Whether the manufacturer calls it harmless (icon and text).
 * @csspart button - The plan button.
 * @csspart contact - The customer-support contact line.
 * @csspart explainer - The "adverse effect or side effect?" disclosure.
 * @csspart notice - Messages about bad attribute values.
 * @csspart source - Who says it.
 * @csspart disclaimer - "This is not a medical assessment."
 *
 * @cssprop --care-color-accent - Buttons, checkboxes and focus ring. Default #0a6b8f.
 * @cssprop --care-color-on-accent - Text on accent buttons. Default #fff.
 * @cssprop --care-color-ok - The mark of what the manufacturer calls harmless. Default #2f855a.
 * @cssprop --care-color-info - The mark of everything else. Default #2b6cb0.
 * @cssprop --care-color-border - Borders. Default: the text colour at 30 %.
 * @cssprop --care-color-surface - Background of ticked options and disclosures. Default: none, so text keeps the contrast of the host's own colours; a host that sets one checks it against AA.
 * @cssprop --care-radius - Corner radius. Default 0.5em.
 * @cssprop --care-spacing - Space between blocks. Default 1em.
 * @cssprop --care-max-width - Largest width. Default 42em.
 */
export class CareSideEffectGuide extends CareElement {
  static override styles = [baseStyles, sideEffectGuideStyles];

  static override properties = {
    situations: {},
    plan: {},
    supportHref: { attribute: 'support-href' },
    supportLabel: { attribute: 'support-label' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selected: { state: true, attribute: false },
    slottedSupport: { state: true, attribute: false },
  };

  /**
   * Situations to tick when the page opens, space-separated ids:
   * `training-soreness`, `worse-reflux-symptoms`, `blood-taste`, `tinnitus-change`.
   * As a property it also takes an array of those ids, which becomes the string.
   * Changing it replaces what is ticked; it is never updated as the user ticks.
   * @values SideEffectId[]
   */
  situations = '';
  /**
   * The plan the user trains on, if the host knows it: `standard`,
   * `gentle-start` or `caution`. With `caution`, the guide never suggests the
   * gentle start. An unknown value is treated as `caution`, the careful one.
   * @values PLAN_IDS
   */
  plan = '';
  /** Customer-support contact: a `tel:`, `mailto:` or `http(s):` URL. Anything else is refused. */
  supportHref = '';
  /** The contact's visible text; defaults to the number, address or site. */
  supportLabel = '';
  /**
   * The level (2–6) of the headings inside each disclosure, to fit the host's outline. Default 3.
   * @values HeadingLevel
   */
  headingLevel: number | null = DEFAULT_HEADING_LEVEL;

  private selected: ReadonlySet<SideEffectId> = new Set();
  /** Situations ticked since the last update, whose disclosures open in `updated`. */
  private opening: SideEffectId[] = [];
  private slottedSupport = false;
  private contact: ContactLink = { ok: false };

  protected override willUpdate(changed: PropertyValues<this>): void {
    const refused = coerceProperties(this, changed, PROPERTY_RULES, (key, problem) => this.setProblem(key, problem));
    if (changed.has('supportHref')) this.checkSupportHref(refused.has('supportHref'));
    if (changed.has('situations')) this.applySituations(refused.has('situations'));
    if (changed.has('plan') && !refused.has('plan')) this.checkPlan();
  }

  /**
   * Opens the disclosures of the situations just ticked, by the user or the
   * host; after that each is the user's to close (its DOM stays while ticked).
   */
  protected override updated(): void {
    for (const id of this.opening.splice(0)) {
      const details = this.renderRoot.querySelector<HTMLDetailsElement>(`details[data-situation="${id}"]`);
      if (details) details.open = true;
    }
  }

  private checkPlan(): void {
    if (!this.plan || isId(PLAN_IDS, this.plan)) {
      this.clearProblem('plan');
      return;
    }
    this.reportProblem(
      'plan',
      `plan="${this.plan}" is not a plan. Valid values: ${PLAN_IDS.join(', ')}. The guide treats the user as on the caution plan.`,
      () =>
        msg('The training plan given by this page is not known, so the guide points to the start with caution, the most careful plan.', {
          id: 'side-effects.bad-plan',
        }),
    );
  }

  /** True when the user is known to be in the caution group: the host says so (or gives an unknown plan), or tinnitus is ticked. */
  private get inCautionGroup(): boolean {
    return (!!this.plan && (this.plan === 'caution' || !isId(PLAN_IDS, this.plan))) || this.selected.has('tinnitus-change');
  }

  /** Parses the contact link; `refused` when the property's type was refused (already reported). */
  private checkSupportHref(refused: boolean): void {
    this.contact = this.supportHref ? parseContactHref(this.supportHref) : { ok: false };
    if (!refused) this.setProblem('support-href', contactProblem(this.supportHref, this.contact));
  }

  /**
   * Ticks (and opens) the situations the host asks for; names any it does not
   * know, unless the property's type was `refused` (already reported).
   */
  private applySituations(refused: boolean): void {
    const tokens = [...new Set(this.situations.split(/\s+/).filter(Boolean))];
    const known = tokens.filter((token): token is SideEffectId => isId(SIDE_EFFECT_IDS, token));
    const unknown = tokens.filter((token) => !isId(SIDE_EFFECT_IDS, token));
    this.selected = new Set(known);
    this.opening = known;
    if (refused) return;
    if (unknown.length > 0) {
      const quoted = unknown.map((token) => JSON.stringify(token)).join(', ');
      this.reportProblem(
        'situations',
        `situations="${this.situations}" has unknown ids: ${quoted}. Valid situation ids: ${SIDE_EFFECT_IDS.join(', ')}.`,
        () => {
          const [open, close] = QUOTES[this.locale];
          const names = this.formatList(unknown.map((token) => `${open}${token}${close}`));
          return msg(str`This page asked to show situations the guide does not know (${names}). They are left out.`, {
            id: 'side-effects.bad-situations',
          });
        },
      );
    } else {
      this.clearProblem('situations');
    }
  }

  private formatList(items: readonly string[]): string {
    return listFormat(this.locale, { type: 'conjunction' }).format(items);
  }

  private onPick(event: Event): void {
    const { value, checked } = event.target as HTMLInputElement;
    const selected = new Set(this.selected);
    if (checked) {
      selected.add(value as SideEffectId);
      this.opening.push(value as SideEffectId);
    } else {
      selected.delete(value as SideEffectId);
    }
    this.selected = selected;
  }

  private onSupportSlotChange(event: Event): void {
    this.slottedSupport = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }

  /** One titled part of a disclosure; `id` names its heading, unique in the shadow root. */
  private renderPart(id: string, title: string, statements: readonly Statement[], extra?: TemplateResult): TemplateResult | typeof nothing {
    if (statements.length === 0 && !extra) return nothing;
    const level = toHeadingLevel(this.headingLevel) ?? DEFAULT_HEADING_LEVEL;
    return html`<div class="part">
      ${renderHeading(level, title, { id, className: 'part-title', part: 'part-heading' })}
      ${statements.map((statement) => html`<p>${statement.text[this.locale]}</p>`)}${extra ?? nothing}
    </div>`;
  }

  private renderGeneralNote(effects: readonly SideEffect[]): TemplateResult | typeof nothing {
    const about = effects.filter((effect) => sideEffectsUnderGeneralNote.includes(effect.id));
    if (about.length === 0) return nothing;
    const locale = this.locale;
    const names = this.formatList(about.map((effect) => effect.name[locale].toLocaleLowerCase(locale)));
    return html`<div class="general" part="general">
      <p class="part-title">${msg(str`The manufacturer says this of ${names}:`, { id: 'side-effects.general-about' })}</p>
      <p>${GENERAL_SIDE_EFFECT_NOTE.text[locale]}</p>
      ${renderSourceLine([GENERAL_SIDE_EFFECT_NOTE.from], locale)}
    </div>`;
  }

  /** One ticked situation's disclosure; `plan` is the plan its button asks for, if it has one. */
  private renderAnswer(effect: SideEffect, plan: PlanId | null): TemplateResult {
    const locale = this.locale;
    const { id, harmless, harmlessStatement, whatItIs, whyItHappens, whatToDo, whenToContact } = effect;
    const verdict = harmless
      ? msg('The manufacturer calls this harmless.', { id: 'side-effects.harmless' })
      : msg('The manufacturer does not call this harmless whatever its cause. Read what it says of each cause, and when to contact customer support.', {
          id: 'side-effects.not-harmless-whatever-cause',
        });
    const action = plan
      ? html`<div class="actions">
          <slot name="plan-action">
            <button type="button" class="button" part="button" @click=${() => emit(this, 'care-plan-request', { plan })}>
              ${plan === 'caution'
                ? msg('Show the start with caution', { id: 'side-effects.caution-button' })
                : msg('Show the gentle start', { id: 'side-effects.gentle-button' })}
            </button>
          </slot>
        </div>`
      : undefined;
    const shown = [...whatItIs, ...whyItHappens, ...(harmlessStatement ? [harmlessStatement] : []), ...whatToDo, ...whenToContact];
    return html`<details part="answer" data-situation=${id}>
      <summary part="summary">${effect.name[locale]}</summary>
      <div class="body">
        <div class="harmless" part="harmless" data-harmless=${String(harmless)}>
          ${harmless ? checkIcon : infoIcon}
          <div>
            <p class="verdict">${verdict}</p>
            ${harmlessStatement ? html`<p>${harmlessStatement.text[locale]}</p>` : nothing}
          </div>
        </div>
        ${this.renderPart(`${id}-what`, msg('What it is', { id: 'side-effects.what-it-is' }), whatItIs)}
        ${this.renderPart(`${id}-why`, msg('Why it happens', { id: 'side-effects.why' }), whyItHappens)}
        ${this.renderPart(`${id}-do`, msg('What to do', { id: 'side-effects.what-to-do' }), whatToDo, action)}
        ${this.renderPart(`${id}-contact`, msg('When to contact customer support', { id: 'side-effects.when-to-contact' }), whenToContact)}
        ${renderSourceLine(sourcesOf(shown), locale)}
      </div>
    </details>`;
  }

  private renderExplainer(): TemplateResult {
    const locale = this.locale;
    const { title, adverseEffect, sideEffect } = adverseVersusSideEffect;
    return html`<details class="explainer" part="explainer">
      <summary part="summary">${title[locale]}</summary>
      <div class="body">
        ${this.renderPart('adverse-effect', msg('Adverse effect', { id: 'side-effects.adverse-effect' }), adverseEffect)}
        ${this.renderPart('side-effect', msg('Side effect', { id: 'side-effects.side-effect' }), sideEffect)}
        ${renderSourceLine(sourcesOf([...adverseEffect, ...sideEffect]), locale)}
      </div>
    </details>`;
  }

  private renderContact(): TemplateResult {
    const link = renderContactLink(this.contact, this.supportLabel);
    return html`<p class="contact" part="contact" ?hidden=${!this.contact.ok && !this.slottedSupport}>
      <span>${msg('Worried or unsure? Contact customer support:', { id: 'side-effects.contact' })}</span>
      <slot name="support" @slotchange=${this.onSupportSlotChange}>${link}</slot>
    </p>`;
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const all = listSideEffects();
    const effects = all.filter((effect) => this.selected.has(effect.id));
    const planEffect = effects.find((effect) => effect.suggestsPlan !== null);
    const names = this.formatList(effects.map((effect) => effect.name[locale]));
    return html`<div class="root" lang=${locale}>
      ${this.renderNotices()}
      <fieldset part="situations">
        <legend class="title">${msg('What do you notice since you started training?', { id: 'side-effects.title' })}</legend>
        <p class="hint">
          ${msg('Tick everything that fits. What you tick stays on this page: it is not saved or sent.', {
            id: 'side-effects.hint',
          })}
        </p>
        ${all.map(
          (effect) => html`<label class="option" part="option">
            <input type="checkbox" value=${effect.id} .checked=${this.selected.has(effect.id)} @change=${this.onPick} />
            <span>${effect.situation[locale]}</span>
          </label>`,
        )}
      </fieldset>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${effects.length > 0 ? msg(str`Advice below: ${names}.`, { id: 'side-effects.status' }) : ''}
      </div>
      ${effects.length > 0
        ? html`<div class="answers">
              ${this.renderGeneralNote(effects)}
              ${
                // One slot per situation, in the domain's order (ticked ones keep it): a disclosure keeps its own
                // DOM while others are ticked or unticked, as with repeat(), without the directive's code.
                all.map((effect) =>
                  effects.includes(effect)
                    ? this.renderAnswer(effect, effect === planEffect ? (this.inCautionGroup ? 'caution' : effect.suggestsPlan) : null)
                    : nothing,
                )
              }
            </div>
            <p class="disclaimer" part="disclaimer">${msg('This is not a medical assessment.', { id: 'common.disclaimer' })}</p>`
        : nothing}
      ${this.renderContact()} ${this.renderExplainer()}
    </div>`;
  }
}
