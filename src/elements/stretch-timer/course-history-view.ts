/**
 * The whole course (issue 16.2), loaded with `import()` when the patient
 * opens it, so the timer's first paint does not carry it: week by week from the
 * start date to today, a small chart drawn here as inline SVG (no network) and
 * the same numbers in a table beside it, the run of days with all three
 * sessions stated plainly, and the notes and pace changes of each week.
 */
import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SESSIONS_PER_WEEK, courseHistory } from '../../domain/course-history.js';
import type { CourseInput, WeekSummary } from '../../domain/course-history.js';
import { daysBetween } from '../../domain/calendar.js';
import { utcDateOf } from '../../domain/calendar.js';
import type { IsoDate } from '../../domain/calendar.js';
import type { Adjustment } from '../../domain/plan-adjustments.js';
import type { NoteKind } from '../../domain/session-notes.js';
import { LOG_KEEP_DAYS } from '../../domain/training-log.js';
import { MAX_SECONDS_PER_STRETCH } from '../../domain/plans.js';
import { dateTimeFormat, numberFormat } from '../../internal/intl.js';

export { courseHistoryStyles as styles } from './course-history-styles.js';

/**
 * The timer's own words, handed in by the timer rather than imported: this
 * module then shares no module with the timer's code but the domain's and the
 * kit's internals, so no bundler moves the timer (and its tag registration)
 * into a chunk shared with it.
 */
export interface CourseWords {
  /** The Intl locale ("en-GB" for en). */
  readonly intl: string;
  readonly note: (kind: NoteKind) => string;
  /** "4 seconds". */
  readonly seconds: (seconds: number) => string;
  /** "Mon 1 Dec". */
  readonly date: (date: IsoDate) => string;
}

/** The chart's drawing units: one column per week, 100 high. */
const COLUMN = 10;
const HEIGHT = 100;

function dayMonth(words: CourseWords, date: IsoDate): string {
  return dateTimeFormat(words.intl, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(utcDateOf(date));
}

function daysText(words: CourseWords, days: number): string {
  return numberFormat(words.intl, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

function adjustmentText(adjustment: Adjustment, words: CourseWords): string {
  const seconds = words.seconds(adjustment.seconds);
  const date = words.date(adjustment.date);
  switch (adjustment.kind) {
    case 'hold':
      return msg(str`${date}: stayed at ${seconds}`, { id: 'timer.course-held' });
    case 'back':
      return msg(str`${date}: went back to ${seconds}`, { id: 'timer.course-back' });
    case 'resume':
      return msg(str`${date}: resumed from ${seconds}`, { id: 'timer.course-resumed' });
  }
}

/**
 * Bars of sessions out of 21 and a line of the seconds per stretch trained (the
 * table's columns), one column per week; weeks without a recorded hold have no point.
 */
function renderChart(weeks: readonly WeekSummary[]): TemplateResult {
  const width = Math.max(1, weeks.length) * COLUMN;
  const y = (seconds: number) => (HEIGHT - (seconds / MAX_SECONDS_PER_STRETCH) * (HEIGHT - 4)).toFixed(1);
  const points = weeks.flatMap((week, i) => (week.seconds === null ? [] : [`${i * COLUMN + COLUMN / 2},${y(week.seconds)}`]));
  const bars: SVGTemplateResult[] = weeks.map((week, i) => {
    const height = (week.sessions / SESSIONS_PER_WEEK) * HEIGHT;
    return svg`<rect class="bar" x=${i * COLUMN + 1.5} y=${HEIGHT - height} width=${COLUMN - 3} height=${height}></rect>`;
  });
  // Drawn for the eye only: the table carries the same numbers for every reader.
  return html`<svg
    class="course-chart"
    part="course-chart"
    viewBox="0 0 ${width} ${HEIGHT}"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    <line class="axis" x1="0" y1=${HEIGHT} x2=${width} y2=${HEIGHT}></line>
    ${bars}
    <polyline class="line" points=${points.join(' ')}></polyline>
  </svg>`;
}

function renderWeekNotes(week: WeekSummary, adjustments: readonly Adjustment[], words: CourseWords): TemplateResult | typeof nothing {
  const changes = adjustments.filter((adjustment) => adjustment.date >= week.from && adjustment.date <= week.to);
  if (week.notes.length === 0 && changes.length === 0) return nothing;
  return html`<ul class="course-notes">
    ${week.notes.map((note) => html`<li>${words.note(note.kind)} (${daysText(words, note.days)})</li>`)}
    ${changes.map((change) => html`<li>${adjustmentText(change, words)}</li>`)}
  </ul>`;
}

/** The whole course: the streak, the chart and the table, oldest week first. */
export function renderCourseHistory(input: CourseInput, words: CourseWords): TemplateResult {
  const { weeks, streak, truncated } = courseHistory(input);
  const total = SESSIONS_PER_WEEK;
  const caption = msg('Sessions and seconds per stretch, week by week', { id: 'timer.course-caption' });
  const kept = LOG_KEEP_DAYS;
  return html`<div class="course-body">
    <p class="streak">${msg(str`Days in a row with all three sessions: ${streak}`, { id: 'timer.course-streak' })}</p>
    ${truncated
      ? html`<p class="hint">
          ${msg(str`The log keeps the last ${kept} days, so the earliest weeks are not shown.`, { id: 'timer.course-truncated' })}
        </p>`
      : nothing}
    <div class="course-figure">
      ${renderChart(weeks)}
      <p class="hint legend-line">
        <span class="key key-bar" aria-hidden="true"></span>${msg('Bars: sessions in the week, out of 21.', { id: 'timer.course-bars' })}
        <span class="key key-line" aria-hidden="true"></span>${msg('Line: seconds per stretch, up to 10.', {
          id: 'timer.course-line',
        })}
      </p>
    </div>
    <div class="course-table" role="region" aria-labelledby="course-caption" tabindex="0">
      <table>
        <caption id="course-caption">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Week', { id: 'timer.course-week' })}</th>
            <th scope="col">${msg('Sessions', { id: 'timer.history-sessions' })}</th>
            <th scope="col">${msg('Per stretch', { id: 'timer.history-seconds' })}</th>
            <th scope="col">${msg('Notes', { id: 'timer.course-notes' })}</th>
          </tr>
        </thead>
        <tbody>
          ${weeks.map((week) => {
            const count = week.sessions;
            const n = week.week;
            const range = `${dayMonth(words, week.from)}–${dayMonth(words, week.to)}`;
            const partial = daysBetween(week.from, week.to) < 6;
            return html`<tr ?data-done=${count >= total}>
              <th scope="row">
                ${msg(str`Week ${n}`, { id: 'timer.course-week-n' })}
                <span class="range">${range}${partial ? html` ${msg('(so far)', { id: 'timer.course-so-far' })}` : nothing}</span>
              </th>
              <td>${msg(str`${count} of ${total}`, { id: 'timer.history-count' })}</td>
              <td>${week.seconds === null ? '' : words.seconds(week.seconds)}</td>
              <td>${renderWeekNotes(week, input.log.adjustments, words)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </div>`;
}
