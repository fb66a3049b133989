import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SOURCES } from '../domain/sources.js';
import type { SourceId, Statement } from '../domain/sources.js';
import type { Locale } from '../domain/locale.js';

/** The distinct sources of `statements`, in first-seen order. */
export function sourcesOf(statements: Iterable<Statement>): SourceId[] {
  return [...new Set([...statements].map((statement) => statement.source))];
}

/** "Source: <who says it> (“<title>”)", one line per source. */
export function renderSourceLine(sources: readonly SourceId[], locale: Locale): TemplateResult {
  return html`${sources.map((id) => {
    const { publisher, title } = SOURCES[id];
    const who = publisher[locale];
    return html`<p class="source" part="source">${msg(str`Source: ${who} (“${title}”).`, { id: 'common.source' })}</p>`;
  })}`;
}
