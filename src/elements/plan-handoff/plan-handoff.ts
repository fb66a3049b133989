import { html, nothing } from 'lit';
import type { PropertyDeclaration, PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatTimeOfDay, isIsoDate, localIsoDate } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/calendar.js';
import { HANDOFF_MAX_REST_SECONDS, HANDOFF_VALID, handoffRest, handoffUrl, parseHandoffTimes } from '../../domain/plan-handoff.js';
import type { Handoff } from '../../domain/plan-handoff.js';
import { PLAN_IDS, SESSIONS_PER_DAY } from '../../domain/plans.js';
import type { PlanId } from '../../domain/plans.js';
import { isId } from '../../domain/ids.js';
import { CareElement } from '../../internal/care-element.js';
import type { AttributeProblem } from '../../internal/care-element.js';
import { emit } from '../../internal/events.js';
import { headingLevelProblem, headingLevelRule, renderHeading, subLevel, toHeadingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { NULLABLE_NUMBER, TEXT, coerceProperties, describeValue, oldValueFor } from '../../internal/property-types.js';
import type { PropertyRules } from '../../internal/property-types.js';
import { baseStyles } from '../../internal/shared-styles.js';
import { dateWithYear } from '../stretch-timer/texts.js';
import { planName } from '../stretch-timer/texts.js';
import { planHandoffStyles } from './plan-handoff.styles.js';
import { qrMatrix, renderQr } from './qr-code.js';

/** Detail of `care-handoff-link`. */
export interface HandoffLinkDetail {
  /** The patient page's address with the hand-off in its fragment. */
  readonly url: string;
  readonly handoff: Handoff;
}

const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;
const DEFAULT_REST = 10;
const DEFAULT_TIMES = ['08:00', '13:00', '19:00'];
const PATIENT_URL_VALID = 'an http: or https: URL (absolute, or relative to this page; no spaces, quotes or angle brackets) of the page that shows <care-stretch-timer>';

/** The public properties' types: what a host's script or framework may set, and what a wrong type falls back to. */
const PROPERTY_RULES: PropertyRules<CarePlanHandoff> = {
  patientUrl: { type: TEXT, fallback: '', attribute: 'patient-url', valid: PATIENT_URL_VALID },
  plan: { type: TEXT, fallback: 'standard', valid: PLAN_IDS.join(', ') },
  startDate: { type: TEXT, fallback: '', attribute: 'start-date', valid: 'a date written yyyy-mm-dd' },
  restSeconds: { type: NULLABLE_NUMBER, fallback: DEFAULT_REST, attribute: 'rest-seconds', valid: HANDOFF_VALID.rest },
  headingLevel: headingLevelRule(DEFAULT_HEADING_LEVEL),
};

/** What the clinician has chosen, as the form's controls hold it. */
interface Choice {
  plan: PlanId;
  start: string;
  rest: string;
  times: string[];
}

/** Each field's problem with the choice (localized), and the hand-off when there is none. */
interface Checked {
  readonly handoff: Handoff | null;
  readonly errors: { start?: string; rest?: string; times?: string };
}

const badStart = (): string => msg('The start date given by this page is not a date, so the form starts from today.', { id: 'handoff.bad-start' });

/**
 * @tagname care-plan-handoff
 * @summary The clinic's or pharmacy's side of the training plan hand-off: a
 * link and a QR code that set up the patient's `<care-stretch-timer>`.
 *
 * The clinician picks the plan, its start date, the rest between stretches
 * and up to three reminder times; the element makes the link to the patient's
 * page (`patient-url`) with these in its fragment (`#care-plan=1&…`, see the
 * README), which a browser never sends to a server, and draws its QR code in
 * the page as SVG. "Copy link" copies it and says so. Nothing is stored and
 * nothing is sent. The attributes give the form's starting values; a bad one
 * shows a localized notice, warns once in the console and falls back. Without
 * a usable `patient-url` no link is made, and the notice says why.
 *
 * @event care-handoff-link - A new link was made (the form changed and is valid). Detail: `{ url, handoff }`.
 *
 * @csspart title - The heading, a real `<h2>`–`<h6>` of level `heading-level`.
 * @csspart form - The plan, start date, rest and reminder controls.
 * @csspart result - The link, the copy button and the QR code.
 * @csspart link - The link as text.
 * @csspart button - The copy button.
 * @csspart qr - The QR code (an SVG image with an accessible name); always dark on light.
 * @csspart notice - Messages about bad attribute values.
 *
 * @cssprop --care-color-accent - Buttons and focus ring. Default #0a6b8f.
 * @cssprop --care-color-on-accent - Text on the button. Default #fff.
 * @cssprop --care-color-danger - A field's error. Default #c0392b.
 * @cssprop --care-color-border - Borders. Default: the text colour at 30 %.
 * @cssprop --care-handoff-qr-size - The QR code's largest size. Default 14em.
 * @cssprop --care-radius - Corner radius. Default 0.5em.
 * @cssprop --care-spacing - Space between blocks. Default 1em.
 * @cssprop --care-max-width - Largest width. Default 42em.
 */
export class CarePlanHandoff extends CareElement {
  static override styles = [baseStyles, planHandoffStyles];

  static override properties = {
    patientUrl: { attribute: 'patient-url' },
    plan: {},
    startDate: { attribute: 'start-date' },
    restSeconds: { type: Number, attribute: 'rest-seconds' },
    reminderTimes: { attribute: 'reminder-times' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    choice: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The patient's page, the one with `<care-stretch-timer>`: an http(s) URL, absolute or relative to this page. Required. */
  patientUrl = '';
  /** The plan the form starts with: `standard`, `gentle-start` or `caution`. Default `standard`. */
  plan = 'standard';
  /** The start date the form starts with, yyyy-mm-dd. Default: today. */
  startDate = '';
  /** The rest between stretches the form starts with, 0 to 600 seconds. Default 10. */
  restSeconds: number | null = DEFAULT_REST;
  /** The reminder times the form starts with: up to three, hh:mm, separated by commas (or an array). Default "08:00, 13:00, 19:00". */
  reminderTimes: string | readonly string[] = DEFAULT_TIMES.join(', ');
  /** The level (2–6) of the heading, to fit the host's outline. Default 2. */
  headingLevel: number | null = DEFAULT_HEADING_LEVEL;

  private choice: Choice = { plan: 'standard', start: localIsoDate(new Date()), rest: String(DEFAULT_REST), times: [...DEFAULT_TIMES] };
  private announcement = '';
  private lastUrl = '';

  /** The link as the form stands, or '' while the form or `patient-url` is not usable. */
  get url(): string {
    return this.link()?.url ?? '';
  }

  /** Lets a good value that equals a refused value's fallback still count as a change (see oldValueFor). */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValueFor(this, name, oldValue), options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const refused = coerceProperties(this, changed, PROPERTY_RULES, (key, problem) => this.setProblem(key, problem));
    const check = (name: string, attribute: string, problem: () => AttributeProblem | null) => {
      if (changed.has(name as keyof CarePlanHandoff) && !refused.has(name)) this.setProblem(attribute, problem());
    };
    check('patientUrl', 'patient-url', () => this.patientUrlProblem());
    check('plan', 'plan', () => {
      const ok = isId(PLAN_IDS, this.plan) || this.plan === '';
      if (ok) this.choice = { ...this.choice, plan: (this.plan || 'standard') as PlanId };
      return ok ? null : this.startingValueProblem('plan', this.plan, HANDOFF_VALID.plan);
    });
    check('startDate', 'start-date', () => {
      const date = this.startDate.trim();
      const ok = date === '' || isIsoDate(date);
      this.choice = { ...this.choice, start: ok && date ? date : localIsoDate(new Date()) };
      return ok ? null : { warning: `start-date="${date}" is not a date. Valid values: a date written yyyy-mm-dd. Using today.`, notice: badStart };
    });
    check('restSeconds', 'rest-seconds', () => {
      const rest = this.restSeconds ?? DEFAULT_REST;
      const ok = handoffRest(String(rest)) !== null;
      this.choice = { ...this.choice, rest: String(ok ? rest : DEFAULT_REST) };
      return ok ? null : this.startingValueProblem('rest-seconds', rest, HANDOFF_VALID.rest);
    });
    if (changed.has('reminderTimes')) {
      const value: unknown = this.reminderTimes;
      const text = Array.isArray(value) && value.every((item) => typeof item === 'string') ? value.join(',') : value;
      const times = typeof text === 'string' ? parseHandoffTimes(text.replace(/[\s;]+/g, ',').replace(/,+/g, ',').replace(/^,|,$/g, '')) : null;
      const empty = value === null || value === undefined || (typeof text === 'string' && text.trim() === '');
      this.choice = { ...this.choice, times: padTimes(times?.map(formatTimeOfDay) ?? DEFAULT_TIMES) };
      this.setProblem('reminder-times', times || empty ? null : this.startingValueProblem('reminder-times', value, HANDOFF_VALID.reminders));
    }
    if (changed.has('headingLevel') && !refused.has('headingLevel')) {
      this.setProblem('heading-level', headingLevelProblem(this.headingLevel, this.getAttribute('heading-level'), DEFAULT_HEADING_LEVEL));
    }
  }

  protected override updated(): void {
    const link = this.link();
    if (link && link.url !== this.lastUrl) emit(this, 'care-handoff-link', link);
    this.lastUrl = link?.url ?? '';
  }

  private startingValueProblem(attribute: string, value: unknown, valid: string): AttributeProblem {
    return {
      warning: `${attribute}="${describeValue(value)}" is refused. Valid values: ${valid}. The form starts with the default.`,
      notice: () =>
        msg('A starting value given by this page is not valid, so the form starts with the usual value instead.', {
          id: 'handoff.bad-starting-value',
        }),
    };
  }

  /** The patient's page as an absolute http(s) URL, or null. */
  private patientPage(): string | null {
    const value = this.patientUrl.trim();
    // Spaces, quotes or angle brackets are never in an address a host meant (they would be percent-encoded).
    if (value === '' || /[\s<>"'`]/.test(value)) return null;
    try {
      const url = new URL(value, document.baseURI);
      // Only http: and https: make a web link: never javascript:, data: or mailto:.
      return /^https?:$/.test(url.protocol) ? url.href : null;
    } catch {
      return null;
    }
  }

  private patientUrlProblem(): AttributeProblem | null {
    const value = this.patientUrl.trim();
    if (value === '') {
      return {
        warning: `patient-url is required: ${PATIENT_URL_VALID}, e.g. patient-url="https://apotek.example.se/traningsplan". No link is made without it.`,
        notice: () =>
          msg('This page has not said which page the patient’s training timer is on, so no link can be made.', { id: 'handoff.no-patient-url' }),
      };
    }
    if (this.patientPage() !== null) return null;
    return {
      warning: `patient-url="${describeValue(value).replace(/^"|"$/g, '')}" is refused. Valid values: ${PATIENT_URL_VALID}. No link is made.`,
      notice: () =>
        msg('The address of the patient’s page given by this page is not a web address, so no link can be made.', {
          id: 'handoff.bad-patient-url',
        }),
    };
  }

  private check(): Checked {
    const { plan, start, rest, times } = this.choice;
    const errors: { start?: string; rest?: string; times?: string } = {};
    if (!isIsoDate(start)) errors.start = msg('Enter the start date.', { id: 'handoff.error-start' });
    if (handoffRest(rest.trim()) === null) errors.rest = msg(str`Enter whole seconds from 0 to ${HANDOFF_MAX_REST_SECONDS}.`, { id: 'handoff.error-rest' });
    const given = times.filter((time) => time.trim() !== '');
    const parsed = given.length ? parseHandoffTimes(given.join(',')) : null;
    if (given.length === 0) errors.times = msg('Enter at least one reminder time.', { id: 'handoff.error-times-none' });
    else if (!parsed) errors.times = msg('Enter different times, written hh:mm.', { id: 'handoff.error-times' });
    if (errors.start || errors.rest || errors.times) return { handoff: null, errors };
    return { handoff: { plan, startDate: start as IsoDate, restSeconds: Number(rest), reminderTimes: parsed! }, errors };
  }

  private link({ handoff } = this.check()): HandoffLinkDetail | null {
    const page = this.patientPage();
    return page && handoff ? { url: handoffUrl(page, handoff), handoff } : null;
  }

  private onInput(event: Event): void {
    const { name, value } = event.target as HTMLInputElement | HTMLSelectElement;
    const choice = { ...this.choice, times: [...this.choice.times] };
    if (name.startsWith('time-')) choice.times[Number(name.slice(5))] = value;
    else if (name === 'start' || name === 'rest' || (name === 'plan' && isId(PLAN_IDS, value))) Object.assign(choice, { [name]: value });
    else return;
    this.choice = choice;
  }

  private async onCopy(): Promise<void> {
    const url = this.url;
    // Without a clipboard (an insecure page, an old browser) navigator.clipboard is undefined: a failure too.
    const text = await Promise.resolve()
      .then(() => navigator.clipboard.writeText(url))
      .then(
        () => msg('Link copied.', { id: 'handoff.copied' }),
        () => msg('The link could not be copied here. Select the link’s text and copy it.', { id: 'handoff.copy-failed' }),
      );
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  private renderForm(checked: Checked): TemplateResult {
    const { plan, start, rest, times } = this.choice;
    const { errors } = checked;
    const today = localIsoDate(new Date());
    const error = (id: string, text: string | undefined) =>
      text ? html`<p class="error" id=${id}>${text}</p>` : nothing;
    return html`<form class="form" part="form" @input=${this.onInput} @change=${this.onInput} @submit=${(e: Event) => e.preventDefault()}>
      <label class="field">
        <span>${msg('Training plan', { id: 'timer.handoff-plan' })}</span>
        <select name="plan" .value=${plan}>
          ${PLAN_IDS.map((id) => html`<option value=${id} ?selected=${id === plan}>${planName(id)}</option>`)}
        </select>
      </label>
      <label class="field">
        <span>${msg('Start date', { id: 'timer.handoff-start' })}</span>
        <input type="date" name="start" .value=${start} aria-invalid=${errors.start ? 'true' : 'false'}
          aria-describedby=${errors.start ? 'start-error' : start > today ? 'start-hint' : nothing} />
      </label>
      ${error('start-error', errors.start)}
      ${!errors.start && start > today
        ? html`<p class="hint" id="start-hint">
            ${msg(str`Opened before ${dateWithYear(this.locale, start)}, the patient’s timer asks them to open the link again on that day.`, {
              id: 'handoff.start-later',
            })}
          </p>`
        : nothing}
      <label class="field">
        <span>${msg('Rest between stretches, in seconds', { id: 'handoff.rest' })}</span>
        <input type="number" name="rest" inputmode="numeric" min="0" max=${HANDOFF_MAX_REST_SECONDS} step="1" .value=${rest}
          aria-invalid=${errors.rest ? 'true' : 'false'} aria-describedby=${errors.rest ? 'rest-error' : nothing} />
      </label>
      ${error('rest-error', errors.rest)}
      <fieldset class="times" aria-describedby=${errors.times ? 'times-error' : nothing}>
        <legend>${msg(str`Reminder times, one to ${SESSIONS_PER_DAY}`, { id: 'handoff.times' })}</legend>
        ${times.map((time, i) => {
          const n = i + 1;
          return html`<label class="field time">
            <span>${msg(str`Reminder ${n}`, { id: 'handoff.time' })}</span>
            <input type="time" name=${`time-${i}`} .value=${time} aria-invalid=${errors.times && time ? 'true' : 'false'} />
          </label>`;
        })}
      </fieldset>
      ${error('times-error', errors.times)}
    </form>`;
  }

  private renderResult(checked: Checked, link: HandoffLinkDetail | null, level: HeadingLevel): TemplateResult {
    const matrix = link ? qrMatrix(link.url) : null;
    return html`<div class="result" part="result">
      ${renderHeading(subLevel(level), msg('Link for the patient', { id: 'handoff.result-title' }), {
        id: 'result-title',
        className: 'result-title',
        part: 'result-title',
      })}
      ${link
        ? html`<p class="link" part="link" id="link">${link.url}</p>
            <p>
              <button type="button" class="button copy" part="button" aria-describedby="link" @click=${this.onCopy}>
                ${msg('Copy link', { id: 'handoff.copy' })}
              </button>
            </p>
            ${matrix
              ? renderQr(
                  matrix,
                  msg(str`QR code of the link: ${planName(link.handoff.plan)} from ${dateWithYear(this.locale, link.handoff.startDate)}`, {
                    id: 'handoff.qr-label',
                  }),
                )
              : nothing}
            <p class="hint">
              ${msg('The patient opens the link or scans the code with their phone’s camera. The plan travels in the link itself: nothing is sent to a server, and the patient confirms it in their timer.', {
                id: 'handoff.how',
              })}
            </p>`
        : html`<p class="hint">
            ${checked.handoff
              ? msg('No link can be made until this page gives the address of the patient’s page.', { id: 'handoff.no-link' })
              : msg('Correct the marked fields to make the link.', { id: 'handoff.fix-fields' })}
          </p>`}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const level = toHeadingLevel(this.headingLevel) ?? DEFAULT_HEADING_LEVEL;
    const checked = this.check();
    return html`<div class="root" lang=${this.locale}>
      ${this.renderNotices()}
      <section class="handoff" aria-labelledby="title">
        ${renderHeading(level, msg('Training plan link for the patient', { id: 'handoff.title' }), {
          id: 'title',
          className: 'title',
          part: 'title',
        })}
        <p class="intro">
          ${msg('Choose the plan and the reminder times, then give the patient the link or let them scan the QR code.', {
            id: 'handoff.intro',
          })}
        </p>
        ${this.renderForm(checked)} ${this.renderResult(checked, this.link(checked), level)}
      </section>
    </div>`;
  }
}

/** Three time fields, the given times first. */
function padTimes(times: readonly string[]): string[] {
  return [...times, '', '', ''].slice(0, SESSIONS_PER_DAY);
}

declare global {
  interface HTMLElementEventMap {
    'care-handoff-link': CustomEvent<HandoffLinkDetail>;
  }
}
