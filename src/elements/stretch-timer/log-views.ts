/** What the log shows: today's sessions ticked off, and the last 14 days. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { IsoDate } from '../../domain/calendar.js';
import type { Locale } from '../../domain/locale.js';
import { SESSIONS_PER_DAY } from '../../domain/plans.js';
import { recentDays } from '../../domain/training-log.js';
import type { TrainingLog } from '../../domain/training-log.js';
import { icons } from '../../internal/icons.js';
import { secondsText, shortDate } from './texts.js';

const HISTORY_DAYS = 14;

/** "Today: 2 of 3 sessions", then one tick per session. */
export function renderToday(done: number): TemplateResult {
  const shown = Math.min(done, SESSIONS_PER_DAY);
  const total = SESSIONS_PER_DAY;
  return html`<div class="today" part="today">
    <p class="subtitle" id="today-title">${msg(str`Today: ${shown} of ${total} sessions`, { id: 'timer.today-count' })}</p>
    <ol class="ticks">
      ${Array.from({ length: total }, (_, i) => {
        const ticked = i < shown;
        const n = i + 1;
        return html`<li class="tick" ?data-done=${ticked}>
          ${ticked ? icons.check : html`<span class="empty" aria-hidden="true"></span>`}
          <span>${msg(str`Session ${n}`, { id: 'timer.session-n' })}</span>
          <span class="visually-hidden"
            >${ticked ? msg('done', { id: 'timer.session-done' }) : msg('not done yet', { id: 'timer.session-not-done' })}</span
          >
        </li>`;
      })}
    </ol>
  </div>`;
}

/** The last 14 days, newest first, in a table inside a disclosure. */
export function renderHistory(log: TrainingLog, today: IsoDate, locale: Locale): TemplateResult {
  const total = SESSIONS_PER_DAY;
  const title = msg('Last 14 days', { id: 'timer.history' });
  return html`<details class="history" part="history">
    <summary>${title}</summary>
    <table>
      <caption class="visually-hidden">${title}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Day', { id: 'timer.history-day' })}</th>
          <th scope="col">${msg('Sessions', { id: 'timer.history-sessions' })}</th>
          <th scope="col">${msg('Per stretch', { id: 'timer.history-seconds' })}</th>
        </tr>
      </thead>
      <tbody>
        ${recentDays(log, today, HISTORY_DAYS).map((day) => {
          const count = day.sessions;
          return html`<tr ?data-done=${count >= total}>
            <th scope="row">
              ${day.date === today ? msg('Today', { id: 'timer.history-today' }) : shortDate(locale, day.date)}
            </th>
            <td>${msg(str`${count} of ${total}`, { id: 'timer.history-count' })}</td>
            <td>${day.seconds === undefined ? '' : secondsText(locale, day.seconds)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </details>`;
}
