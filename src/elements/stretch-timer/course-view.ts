/**
 * The "whole course" disclosure (issue 16.2). Its content, the history view
 * (course-history-view.ts) with its chart and table, is loaded with `import()`
 * the first time the patient opens it, so the timer's first paint does not
 * carry it; in the script-tag bundles it is a chunk beside the bundle. Once
 * loaded, the view is rendered again only when the log, plan, start date, day
 * or language changes, not at every tick of a session.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { CourseInput } from '../../domain/course-history.js';
import type { Locale } from '../../domain/locale.js';
import type { CourseWords } from './course-history-view.js';
import { noteName } from './feel-view.js';
import { LazyModule } from './lazy-module.js';
import type { LazyHost } from './lazy-module.js';
import { intlLocale, secondsText, shortDate } from './texts.js';

export class CourseView {
  private readonly part: LazyModule<Pick<typeof import('./course-history-view.js'), 'renderCourseHistory' | 'styles'>>;
  private cached: { key: readonly unknown[]; view: TemplateResult } | null = null;

  constructor(host: LazyHost) {
    // The names read off the module are spelled out: a bundler then sees which of its exports are used.
    const load = () => import('./course-history-view.js').then(({ renderCourseHistory, styles }) => ({ renderCourseHistory, styles }));
    this.part = new LazyModule(host, load, "the timer's whole-course view");
  }

  /** Resolves when the view is loaded (or failed to load); for tests and hosts that wait. */
  get loaded(): Promise<unknown> {
    return this.part.loaded;
  }

  private readonly onToggle = (event: Event) => {
    if ((event.target as HTMLDetailsElement).open) void this.part.load();
  };

  private content(input: CourseInput, locale: Locale, renderCourse: (input: CourseInput, words: CourseWords) => TemplateResult): TemplateResult {
    const key = [input.log, input.plan, input.startDate, input.today, JSON.stringify(input.options ?? {}), locale];
    if (!this.cached || this.cached.key.some((value, i) => value !== key[i])) {
      const words: CourseWords = {
        intl: intlLocale(locale),
        note: noteName,
        seconds: (seconds) => secondsText(locale, seconds),
        date: (date) => shortDate(locale, date),
      };
      this.cached = { key, view: renderCourse(input, words) };
    }
    return this.cached.view;
  }

  render(input: CourseInput, locale: Locale): TemplateResult {
    return html`<details class="course" part="course" @toggle=${this.onToggle}>
      <summary>${msg('The whole course, week by week', { id: 'timer.course' })}</summary>
      ${this.part.render(
        (module) => this.content(input, locale, module.renderCourseHistory),
        () => msg('The history could not be loaded. Close and open it again to retry.', { id: 'timer.course-failed' }),
      )}
    </details>`;
  }
}
