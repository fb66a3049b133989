/**
 * The hand-off offer: what the link from the clinic or pharmacy will set up,
 * in words, with "Use this plan" and "Not now". Where the page sets some of
 * these itself, it says that the page's settings stay.
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Locale } from '../../domain/locale.js';
import type { Handoff } from '../../domain/plan-handoff.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { renderHeading } from '../../internal/heading.js';
import { listFormat } from '../../internal/intl.js';
import type { StoredAttribute } from './handoff-controller.js';
import { dateWithYear, intlLocale, planName, secondsText, timesList } from './texts.js';

/** A setting's name, as the offer's list labels it. */
export function settingName(attribute: StoredAttribute): string {
  switch (attribute) {
    case 'plan':
      return msg('Training plan', { id: 'timer.handoff-plan' });
    case 'start-date':
      return msg('Start date', { id: 'timer.handoff-start' });
    case 'rest-seconds':
      return msg('Rest between stretches', { id: 'timer.handoff-rest' });
    case 'reminder-times':
      return msg('Reminders', { id: 'timer.handoff-reminders' });
  }
}

export const handoffStyles = css`
  .handoff {
    display: grid;
    gap: 0.5em;
    margin-block-end: var(--_gap);
    padding: 0.75em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .handoff > * {
    margin: 0;
  }
  .handoff-title {
    font-size: 1.125em;
    line-height: 1.25;
  }
  .handoff dl {
    display: grid;
    gap: 0.25em;
  }
  .handoff dl > div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .handoff dt {
    font-weight: 700;
  }
  .handoff dt::after {
    content: ':';
  }
  .handoff dd {
    margin: 0;
  }
  .handoff-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;

export interface HandoffViewOptions {
  readonly offer: Handoff;
  readonly locale: Locale;
  readonly headingLevel: HeadingLevel;
  /** The settings the page sets itself, which stay as it sets them. */
  readonly overridden: readonly StoredAttribute[];
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function renderHandoffOffer(options: HandoffViewOptions): TemplateResult {
  const { offer, locale, overridden } = options;
  const rows: Array<[StoredAttribute, string]> = [
    ['plan', planName(offer.plan)],
    ['start-date', dateWithYear(locale, offer.startDate)],
    ['rest-seconds', secondsText(locale, offer.restSeconds)],
    ['reminder-times', timesList(locale, offer.reminderTimes)],
  ];
  const kept = listFormat(intlLocale(locale), { type: 'conjunction' }).format(overridden.map((name) => settingName(name).toLowerCase()));
  return html`<section class="handoff" part="handoff" aria-labelledby="handoff-title">
    ${renderHeading(options.headingLevel, msg('A training plan from your clinic or pharmacy', { id: 'timer.handoff-title' }), {
      id: 'handoff-title',
      className: 'handoff-title',
      part: 'handoff-title',
    })}
    <p>${msg('The link you opened sets up this timer on this device:', { id: 'timer.handoff-intro' })}</p>
    <dl>
      ${rows.map(([name, value]) => html`<div><dt>${settingName(name)}</dt><dd>${value}</dd></div>`)}
    </dl>
    ${overridden.length
      ? html`<p class="handoff-kept">
          ${msg(str`This page sets its own ${kept}, so the page’s setting stays in use for that.`, { id: 'timer.handoff-kept' })}
        </p>`
      : ''}
    <p class="hint">${msg('Nothing is sent: the plan is kept only in this browser, on this device.', { id: 'timer.handoff-private' })}</p>
    <div class="handoff-actions">
      <button type="button" class="button primary handoff-confirm" part="button" @click=${options.onConfirm}>
        ${msg('Use this plan', { id: 'timer.handoff-confirm' })}
      </button>
      <button type="button" class="button secondary handoff-cancel" part="button" @click=${options.onCancel}>
        ${msg('Not now', { id: 'timer.handoff-cancel' })}
      </button>
    </div>
  </section>`;
}
