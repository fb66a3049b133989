/**
 * The one-page summary for the therapist: plan, start date, today's seconds
 * per stretch, the patient's adjustments, sessions per week and how the days
 * felt. Shown in the timer, then printed: the timer's print styles hide
 * everything else of it (see stretch-timer.styles.ts, `@media print`).
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { IsoDate } from '../../domain/calendar.js';
import type { Locale } from '../../domain/locale.js';
import type { PlanId, PlanOptions } from '../../domain/plans.js';
import { weekTotals } from '../../domain/log-export.js';
import { SESSIONS_PER_DAY } from '../../domain/plans.js';
import { adjustedSeconds } from '../../domain/plan-adjustments.js';
import type { NoteKind } from '../../domain/session-notes.js';
import type { TrainingLog } from '../../domain/training-log.js';
import { adjustmentText, notesText } from './export-texts.js';
import { renderHeading, toHeadingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { longDate, planName, secondsText, shortDate } from './texts.js';

export interface SummaryInput {
  readonly locale: Locale;
  readonly log: TrainingLog;
  readonly plan: PlanId;
  readonly startDate: IsoDate;
  readonly today: IsoDate;
  readonly options?: PlanOptions;
  /** The level of the summary's title (its sections' one below). */
  readonly headingLevel: number;
  /** A note's name as the patient ticked it (feel-view.ts's `noteName`). */
  readonly noteName: (kind: NoteKind) => string;
  readonly print: () => void;
  readonly close: () => void;
}

const below = (level: HeadingLevel): HeadingLevel => toHeadingLevel(Math.min(6, level + 1)) ?? 6;

export function renderSummary(input: SummaryInput): TemplateResult {
  const { locale, log, plan, startDate, today, options } = input;
  const weeks = weekTotals(log, startDate, today);
  const noted = Object.entries(log.days)
    .filter(([date, day]) => date >= startDate && (day.notes?.length ?? 0) > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const level = toHeadingLevel(input.headingLevel) ?? 3;
  const sub = below(level);
  const heading = (id: string, text: string, lvl: HeadingLevel) => renderHeading(lvl, text, { id, className: 'summary-heading', part: 'summary-heading' });
  const planText = planName(plan);
  const start = longDate(locale, startDate);
  const seconds = secondsText(locale, adjustedSeconds(plan, startDate, today, log.adjustments, options));
  const made = longDate(locale, today);
  return html`<section class="summary" part="summary" tabindex="-1" aria-labelledby="summary-title">
    ${heading('summary-title', msg('IQoro training: summary for the therapist', { id: 'timer.summary-title' }), level)}
    <p>${msg(str`From the patient's own training log, kept on their device. Made ${made}.`, { id: 'timer.summary-source' })}</p>
    <dl>
      <dt>${msg('Training plan', { id: 'timer.summary-plan' })}</dt>
      <dd>${planText}</dd>
      <dt>${msg('Start date', { id: 'timer.summary-start' })}</dt>
      <dd>${start}</dd>
      <dt>${msg('Seconds per stretch now', { id: 'timer.summary-seconds' })}</dt>
      <dd>${seconds}</dd>
    </dl>
    ${heading('summary-adjustments', msg('Adjustments', { id: 'timer.summary-adjustments' }), sub)}
    ${log.adjustments.length === 0
      ? html`<p>${msg('None: the plan as set.', { id: 'timer.summary-no-adjustments' })}</p>`
      : html`<ul>
          ${log.adjustments.map((a) => html`<li>${longDate(locale, a.date)}: ${adjustmentText(locale, a)}</li>`)}
        </ul>`}
    ${heading('summary-weeks', msg('Sessions per week', { id: 'timer.summary-weeks' }), sub)}
    <table>
      <thead>
        <tr>
          <th scope="col">${msg('Week', { id: 'timer.summary-week' })}</th>
          <th scope="col">${msg('Sessions', { id: 'timer.history-sessions' })}</th>
          <th scope="col">${msg('Per stretch', { id: 'timer.history-seconds' })}</th>
        </tr>
      </thead>
      <tbody>
        ${weeks.map((week) => {
          const n = week.week;
          const from = shortDate(locale, week.from);
          const done = week.sessions;
          const possible = SESSIONS_PER_DAY * 7;
          return html`<tr>
            <th scope="row">${msg(str`Week ${n} (from ${from})`, { id: 'timer.summary-week-row' })}</th>
            <td>${msg(str`${done} of ${possible}`, { id: 'timer.history-count' })}</td>
            <td>${week.seconds === null ? '' : secondsText(locale, week.seconds)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${heading('summary-notes', msg('How the days felt', { id: 'timer.summary-notes' }), sub)}
    ${noted.length === 0
      ? html`<p>${msg('No notes.', { id: 'timer.summary-no-notes' })}</p>`
      : html`<ul>
          ${noted.map(([date, day]) => html`<li>${shortDate(locale, date)}: ${notesText(day.notes, input.noteName)}</li>`)}
        </ul>`}
    <div class="summary-actions">
      <button type="button" class="button print" part="button" @click=${input.print}>
        ${msg('Print', { id: 'timer.summary-print' })}
      </button>
      <button type="button" class="button secondary close-summary" part="button" @click=${input.close}>
        ${msg('Close summary', { id: 'timer.summary-close' })}
      </button>
    </div>
  </section>`;
}
