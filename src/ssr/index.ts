/**
 * Server rendering (`care-widgets/ssr`, Node only): renders the kit's content
 * elements to HTML with declarative shadow DOM, in Swedish, Norwegian or
 * English, so that a page shows the content before any script runs, and with
 * scripts off. In the browser, load `@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * before the element entries: they then hydrate the server's markup without
 * re-rendering it.
 *
 * Needs `@lit-labs/ssr` (the host's dependency, not the kit's). Renders
 * synchronously per call, so concurrent requests in different languages never
 * mix. Interactive state (ticked boxes, the timer) is the browser's: render the
 * content elements here (`care-evidence-card`, `care-evidence-list`,
 * `care-treatment-compare`, `care-suitability-check`'s questions).
 *
 * @example
 * import { html } from 'lit';
 * import { renderToString } from 'care-widgets/ssr';
 * const markup = await renderToString(html`<care-evidence-card treatment="ims"></care-evidence-card>`, { locale: 'sv' });
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { LOCALES, isSupportedLanguageTag, resolveLocale } from '../domain/locale.js';
import type { Locale } from '../domain/locale.js';
import { loadServerLocale, renderInLocale } from '../internal/localization.js';
import '../elements/evidence-card/define.js';
import '../elements/evidence-list/define.js';
import '../elements/treatment-compare/define.js';
import '../elements/suitability-check/define.js';

export type { Locale };

export interface RenderOptions {
  /**
   * The page's language, as in its `<html lang>`: `sv`, `sv-SE`, `nb`, `no`,
   * `nn`, `en`… Give the page the same `lang`, so the browser keeps it.
   */
  readonly locale: Locale | (string & {});
}

/**
 * Renders `template` (lit's `html`, with care-widgets tags in it) to an HTML
 * string: each element with its content in a `<template shadowrootmode="open">`.
 * A language the kit does not have renders in English with one `console.warn`
 * naming the valid ones; nothing here throws for it.
 */
export async function renderToString(template: TemplateResult, { locale: tag }: RenderOptions): Promise<string> {
  if (!isSupportedLanguageTag(String(tag))) {
    console.warn(`care-widgets/ssr: locale ${JSON.stringify(tag)} is not a language care-widgets has; rendering in English. Valid values: ${LOCALES.join(', ')} (also sv-SE, nb-NO, no, nn).`);
  }
  const locale = resolveLocale(String(tag));
  await loadServerLocale(locale);
  return renderInLocale(locale, () => collectResultSync(render(template)));
}
