/**
 * The "whole course" disclosure (issue 16.2). Its content, the history view
 * (course-history-view.ts) with its chart and table, is loaded with `import()`
 * the first time the patient opens it, so the timer's first paint does not
 * carry it; in the script-tag bundles it is a chunk beside the bundle. Once
 * loaded, the view is rendered again only when the log, plan, start date, day
 * or language changes, not at every tick of a session.
 */
import { html } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { CourseInput } from '../../domain/course-history.js';
import type { Locale } from '../../domain/locale.js';
import type { CourseWords } from './course-history-view.js';
import { noteName } from './feel-view.js';
import { intlLocale, secondsText, shortDate } from './texts.js';

type RenderCourse = (input: CourseInput, words: CourseWords) => TemplateResult;

export class CourseView {
  private renderCourse: RenderCourse | null = null;
  private status: 'closed' | 'loading' | 'ready' | 'failed' = 'closed';
  private cached: { key: readonly unknown[]; view: TemplateResult } | null = null;
  /** Resolves when the view is loaded (or failed to load); for tests and hosts that wait. */
  loaded: Promise<void> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost) {}

  private readonly onToggle = (event: Event) => {
    if (!(event.target as HTMLDetailsElement).open || this.status === 'loading' || this.status === 'ready') return;
    this.status = 'loading';
    this.host.requestUpdate();
    this.loaded = import('./course-history-view.js').then(
      (module) => {
        this.renderCourse = module.renderCourseHistory;
        this.status = 'ready';
        this.host.requestUpdate();
      },
      () => {
        this.status = 'failed';
        this.host.requestUpdate();
      },
    );
  };

  private content(input: CourseInput, locale: Locale): TemplateResult | string {
    if (this.status === 'failed') {
      return html`<p role="status">${msg('The history could not be loaded. Close and open it again to retry.', { id: 'timer.course-failed' })}</p>`;
    }
    if (!this.renderCourse) return html`<p role="status">${msg('Loading…', { id: 'timer.course-loading' })}</p>`;
    const key = [input.log, input.plan, input.startDate, input.today, JSON.stringify(input.options ?? {}), locale];
    if (!this.cached || this.cached.key.some((value, i) => value !== key[i])) {
      const words: CourseWords = {
        intl: intlLocale(locale),
        note: noteName,
        seconds: (seconds) => secondsText(locale, seconds),
        date: (date) => shortDate(locale, date),
      };
      this.cached = { key, view: this.renderCourse(input, words) };
    }
    return this.cached.view;
  }

  render(input: CourseInput, locale: Locale): TemplateResult {
    return html`<details class="course" part="course" @toggle=${this.onToggle}>
      <summary>${msg('The whole course, week by week', { id: 'timer.course' })}</summary>
      ${this.status === 'closed' ? '' : this.content(input, locale)}
    </details>`;
  }
}
