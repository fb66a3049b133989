import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Source, Statement } from '../domain/sources.js';
import type { Locale } from '../domain/locale.js';

/**
 * The distinct sources of `statements`, in first-seen order: each statement
 * holds its source, so a bundle carries only the sources its content cites.
 */
export function sourcesOf(statements: Iterable<Statement>): Source[] {
  return [...new Set([...statements].map((statement) => statement.from))];
}

/** "Source: <who says it> (“<title>”)", one line per source. */
export function renderSourceLine(sources: readonly Source[], locale: Locale): TemplateResult {
  return html`${sources.map(({ publisher, title }) => {
    const who = publisher[locale];
    return html`<p class="source" part="source">${msg(str`Source: ${who} (“${title}”).`, { id: 'common.source' })}</p>`;
  })}`;
}
