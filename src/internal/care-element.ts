import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclaration, TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { CONTENT_VERSION } from '../domain/content-version.js';
import { LOCALES, isSupportedLanguageTag, resolveLocale } from '../domain/locale.js';
import type { Locale } from '../domain/locale.js';
import { readoptStyles } from './adopt-styles.js';
import { afterHostMoment } from './host-grace.js';
import { oldValueFor } from './property-types.js';
import {
  getLocale,
  hasTexts,
  hideWhileTextsLoad,
  holdSpace,
  requestLocale,
  startFollowingDocumentLanguage,
  textsLoading,
  withdrawLocale,
} from './localization.js';

/** A bad attribute: `warning` for the console (English, naming the valid values), `notice` for the element (localized). */
export interface AttributeProblem {
  readonly warning: string;
  readonly notice: () => string;
}

/**
 * The base of every care-widgets element: re-renders when the kit's locale
 * changes, honours its own `lang` attribute, and turns bad input into a visible,
 * localized notice plus one `console.warn`, never an exception.
 *
 * A problem found before the host has had its moment to set properties (the
 * first animation frame after the element first connects, then an idle
 * moment: see `afterHostMoment`) is held: no notice, no warning. If it still
 * stands then, the notice appears and the warning goes out once; if the host
 * fixed it, nothing was ever shown. Until then the element shows its content
 * without the notices (for a missing required value, nothing), and a server
 * render never shows them.
 */
export abstract class CareElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Attribute problems, by attribute name. */
  private readonly attributeProblems = new Map<string, AttributeProblem>();
  private readonly warned = new Set<string>();
  /** The host's moment to set properties: not started (undefined), running (false), over (true). Once per element; never on a server. */
  private grace?: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    hideWhileTextsLoad(this);
  }

  /**
   * Renders only once the page language's texts are in: no frame in another
   * language (issue 15.3), and a server-rendered element hydrates in the
   * language it was rendered in, without a visible change.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const texts = textsLoading();
    if (!texts) return super.scheduleUpdate();
    // A server-rendered element already shows its content: it needs no space held.
    if (!this.shadowRoot?.childElementCount) holdSpace(this, texts);
    return texts.then(() => super.scheduleUpdate());
  }

  /**
   * Lets a good value that equals a refused value's fallback still count as a
   * change (see `oldValueFor` and `coerceProperties` in property-types.ts).
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValueFor(this, name, oldValue), options);
  }

  /** The locale this element renders in. */
  protected get locale(): Locale {
    return getLocale();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Which version of the medical texts this page shows (docs/content-changelog.md).
    this.setAttribute('data-content-version', CONTENT_VERSION);
    if (this.grace === undefined) {
      this.grace = false;
      afterHostMoment(() => this.endGrace());
    }
    startFollowingDocumentLanguage();
    this.checkLang();
  }

  /** Moved to another document (an iframe, and back): its stylesheets stayed behind; give them again. */
  adoptedCallback(): void {
    if (this.shadowRoot) readoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void withdrawLocale(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.checkLang();
  }

  private checkLang(): void {
    const tag = this.getAttribute('lang');
    if (tag === null || tag.trim() === '') {
      this.clearProblem('lang');
      void withdrawLocale(this);
    } else if (isSupportedLanguageTag(tag) && hasTexts(resolveLocale(tag))) {
      this.clearProblem('lang');
      if (this.isConnected) void requestLocale(this, resolveLocale(tag));
    } else {
      void withdrawLocale(this);
      this.reportProblem(
        'lang',
        isSupportedLanguageTag(tag)
          ? `lang="${tag}": this bundle has the texts of ${this.locale} only, so it shows ${this.locale}. Valid value here: ${this.locale}. For another language, load its bundle (…/cdn/${resolveLocale(tag)}/) or the language-following one (…/cdn/<name>.js).`
          : `lang="${tag}" is not a language care-widgets has. Valid values: ${LOCALES.join(', ')} (also sv-SE, nb-NO, no, nn).`,
        () => {
          // Built only when this notice shows, so not kept in intl.ts's cache (and its code not in every bundle).
          const language = new Intl.DisplayNames([this.locale], { type: 'language' }).of(this.locale) ?? this.locale;
          return msg(str`This content is not available in the language “${tag}”. It is shown in ${language}.`, {
            id: 'common.bad-lang',
          });
        },
      );
    }
  }

  /**
   * Records a bad attribute: `warning` goes to the console once (in English,
   * naming the valid values), `notice` renders in the element, localized.
   */
  protected reportProblem(attribute: string, warning: string, notice: () => string): void {
    this.setProblem(attribute, { warning, notice });
  }

  /** The host has had its moment: what stands is shown, and each warning goes out once. */
  private endGrace(): void {
    this.grace = true;
    for (const { warning } of this.attributeProblems.values()) {
      if (this.warned.has(warning)) continue;
      this.warned.add(warning);
      console.warn(`care-widgets <${this.localName}>: ${warning}`);
    }
    if (this.attributeProblems.size) this.requestUpdate();
  }

  /** Shows `problem` for `attribute`, or clears it when there is none. */
  protected setProblem(attribute: string, problem: AttributeProblem | null): void {
    if (!problem) return this.clearProblem(attribute);
    this.attributeProblems.set(attribute, problem);
    if (this.grace) this.endGrace();
  }

  protected clearProblem(attribute: string): void {
    if (this.attributeProblems.delete(attribute) && this.grace) this.requestUpdate();
  }

  /** The visible notices for bad input, or nothing. */
  protected renderNotices(): TemplateResult | typeof nothing {
    if (this.attributeProblems.size === 0 || !this.grace) return nothing;
    return html`<div class="notices" part="notice" role="status">
      ${[...this.attributeProblems.values()].map(({ notice }) => html`<p>${notice()}</p>`)}
    </div>`;
  }
}
