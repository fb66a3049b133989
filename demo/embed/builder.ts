/**
 * The embed builder (demo/embed.html): pick an element and its options from
 * the manifest, a language and a few theme values, see the real element in a
 * frame, and copy the snippet. A contact link the element would refuse is
 * refused here first, with the element's own message (src/internal/contact.ts).
 */
import { html, nothing, render } from 'lit';
import type { TemplateResult } from 'lit';
import { SUPPORT_HREF_RULE, contactProblem, parseContactHref } from '../../src/internal/contact.js';
import { setLocale } from '../../src/internal/localization.js';
import { LOCALES } from '../../src/domain/locale.js';
import type { Locale } from '../../src/domain/locale.js';
import { bundlePath } from './cdn.js';
import type { IntegrityFiles } from './cdn.js';
import { AA_TEXT, contrastRatio, longHex, parseHex } from './contrast.js';
import { elementsOf } from './manifest.js';
import type { AttributeSpec, ElementSpec, Manifest, ThemeSpec } from './manifest.js';
import { changedTheme, elementHtml, snippet, styleBlock } from './snippet.js';
import type { AttributeValue, Choices } from './snippet.js';
import { STRINGS, UI_LANGUAGES, formatRatio } from './strings.js';
import type { UiLanguage, UiStrings } from './strings.js';

/** The theme properties the builder offers, with their label's key, when the element declares them. */
const THEME_CONTROLS: readonly { name: string; label: keyof UiStrings; step: number }[] = [
  { name: '--care-color-accent', label: 'accent', step: 0 },
  { name: '--care-radius', label: 'radius', step: 0.125 },
  { name: '--care-spacing', label: 'spacing', step: 0.125 },
  { name: '--care-max-width', label: 'maxWidth', step: 1 },
];
const ON_ACCENT = '--care-color-on-accent';
/** The element the page opens with, when the manifest has it (a preference, not a dependency). */
const FIRST_ELEMENT = 'care-suitability-check';

/** A manifest description with its `code` spans as code. */
function describe(text: string): (string | TemplateResult)[] {
  return text.split(/`([^`]+)`/).map((part, index) => (index % 2 ? html`<code>${part}</code>` : part));
}

export const PREVIEW_WIDTHS = { phone: '320px', sidebar: '360px', full: '100%' } as const;
export type PreviewWidth = keyof typeof PREVIEW_WIDTHS;

export interface BuilderOptions {
  readonly manifest: Manifest;
  /** dist/cdn-integrity.json's files, or null when the bundles were not built. */
  readonly integrity: IntegrityFiles | null;
  readonly version: string;
  /** The preview page (demo/embed-preview.html). */
  readonly previewUrl: string;
  readonly uiLanguage?: UiLanguage;
  /** Called when the page language changes (the page keeps it in its address). */
  readonly onUiLanguage?: (language: UiLanguage) => void;
}

/** A length's number and unit: 0.5em → [0.5, 'em']. */
function splitLength(value: string | null): [number, string] {
  const match = /^(-?\d+(?:\.\d+)?)([a-z%]*)$/i.exec(value ?? '');
  return match ? [Number(match[1]), match[2]] : [0, 'em'];
}

export class EmbedBuilder {
  readonly elements: readonly ElementSpec[];
  private ui: UiLanguage;
  private element: ElementSpec;
  private language: Locale;
  private attributes: Record<string, AttributeValue> = {};
  private theme: Record<string, string> = {};
  private background = '#ffffff';
  private width: PreviewWidth = 'full';
  /** The refused contact link's message, in the element's language. */
  private refusal: { attribute: string; message: string; language: Locale } | null = null;
  private copyStatus = '';
  private frame?: HTMLIFrameElement;
  private frameReady = false;
  private shownHtml = '';
  private refusalCheck = Promise.resolve();

  constructor(
    private readonly root: HTMLElement,
    private readonly options: BuilderOptions,
  ) {
    // The page's styles (embed.css) hang on this class.
    root.classList.add('embed-builder');
    this.elements = elementsOf(options.manifest);
    this.ui = options.uiLanguage ?? 'sv';
    this.language = this.ui;
    // The kit's best-known element first, when the manifest has it; otherwise the first.
    this.element = this.elements.find((element) => element.tag === FIRST_ELEMENT) ?? this.elements[0];
    addEventListener('message', this.onMessage);
    this.update();
  }

  get t(): UiStrings {
    return STRINGS[this.ui];
  }

  /** What is chosen now. */
  get choices(): Choices {
    return { language: this.language, attributes: { ...this.attributes }, theme: { ...this.theme } };
  }

  /** The snippet as shown and copied. */
  get snippet(): string {
    return snippet(this.element, this.choices, { version: this.options.version, files: this.options.integrity });
  }

  /** The preview's element, once the frame shows it. */
  get previewElement(): HTMLElement | null {
    return this.frame?.contentDocument?.querySelector<HTMLElement>(this.element.tag) ?? null;
  }

  /** Resolves when the last contact link check has its message. */
  get contactChecked(): Promise<void> {
    return this.refusalCheck;
  }

  private readonly onMessage = (event: MessageEvent) => {
    if (!this.frame || event.source !== this.frame.contentWindow || event.data?.type !== 'care-embed-preview-height') return;
    this.frame.style.blockSize = `${Math.ceil(Number(event.data.height)) + 2}px`;
  };

  private setUi(language: UiLanguage): void {
    this.ui = language;
    document.documentElement.lang = language;
    this.options.onUiLanguage?.(language);
    this.update();
    // The refusal message stays in the element's language; only the page's texts change.
  }

  private chooseElement(tag: string): void {
    this.element = this.elements.find((element) => element.tag === tag) ?? this.element;
    this.attributes = {};
    this.theme = {};
    this.refusal = null;
    this.update();
  }

  private chooseLanguage(language: Locale): void {
    this.language = language;
    this.update();
    void this.checkContacts();
  }

  private setAttribute(spec: AttributeSpec, value: AttributeValue | undefined): void {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete this.attributes[spec.name];
    else this.attributes[spec.name] = value;
    if (spec.name === SUPPORT_HREF_RULE.attribute) void this.checkContacts();
    this.update();
  }

  /**
   * A contact link the element would refuse: the same check the element makes
   * (contactProblem over parseContactHref) and the element's own message, in the
   * element's language. The link is then left out of the snippet and the preview.
   */
  private checkContacts(): Promise<void> {
    const name = SUPPORT_HREF_RULE.attribute!;
    const href = this.attributes[name];
    const problem = typeof href === 'string' ? contactProblem(href, parseContactHref(href)) : null;
    const language = this.language;
    this.refusalCheck = (async () => {
      if (!problem) {
        this.refusal = null;
      } else {
        await setLocale(language);
        // A later change may have answered already.
        if (this.attributes[name] !== href || this.language !== language) return;
        this.refusal = { attribute: name, message: problem.notice(), language };
      }
      this.update();
    })();
    return this.refusalCheck;
  }

  /** The choices that go into the snippet: a refused contact link stays out. */
  private get accepted(): Choices {
    const choices = this.choices;
    if (!this.refusal) return choices;
    const attributes = { ...choices.attributes };
    delete attributes[this.refusal.attribute];
    return { ...choices, attributes };
  }

  private async copy(): Promise<void> {
    const text = snippet(this.element, this.accepted, { version: this.options.version, files: this.options.integrity });
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No Async Clipboard API here, or it refused: select the code, as the message says.
      const code = this.root.querySelector('#embed-snippet');
      if (code) getSelection()?.selectAllChildren(code);
    }
    this.copyStatus = copied ? this.t.copied : this.t.copyFailed;
    this.update();
  }

  /** Contrast warnings for the chosen accent: against the text on it and against the page background. */
  private contrast(): { ok: boolean; lines: string[] } {
    const accentSpec = this.element.theme.find((property) => property.name === '--care-color-accent');
    if (!accentSpec) return { ok: true, lines: [] };
    const accent = parseHex(this.theme[accentSpec.name] ?? accentSpec.defaultValue ?? '');
    if (!accent) return { ok: true, lines: [] };
    const onAccent = parseHex(this.element.theme.find((property) => property.name === ON_ACCENT)?.defaultValue ?? '#ffffff');
    const pairs: [string, ReturnType<typeof parseHex>][] = [
      [this.t.againstOnAccent, onAccent],
      [this.t.againstBackground, parseHex(this.background)],
    ];
    const lines: string[] = [];
    let lowest = Infinity;
    for (const [against, colour] of pairs) {
      if (!colour) continue;
      const ratio = contrastRatio(accent, colour);
      lowest = Math.min(lowest, ratio);
      if (ratio < AA_TEXT) lines.push(this.t.contrastFails(formatRatio(ratio, this.ui), against));
    }
    return lines.length ? { ok: false, lines } : { ok: true, lines: [this.t.contrastOk(formatRatio(lowest, this.ui))] };
  }

  private renderAttribute(spec: AttributeSpec): TemplateResult {
    const id = `attr-${spec.name}`;
    const described = `${id}-description`;
    const value = this.attributes[spec.name];
    const description = spec.description ? html`<p class="hint" id=${described} lang="en">${describe(spec.description)}</p>` : nothing;
    const name = html`<code>${spec.name}</code>`;
    const defaultNote = spec.defaultValue ? this.t.defaultIs(spec.defaultValue) : this.t.notSet;
    switch (spec.kind) {
      case 'enum':
        return html`<div class="field">
          <label for=${id}>${name}</label>
          <select id=${id} aria-describedby=${described} @change=${(e: Event) => this.setAttribute(spec, (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${value === undefined}>${defaultNote}</option>
            ${spec.values.map((option) => html`<option value=${option} ?selected=${value === option}>${option}</option>`)}
          </select>
          ${description}
        </div>`;
      case 'tokens': {
        const chosen = Array.isArray(value) ? value : [];
        return html`<fieldset class="field" aria-describedby=${described}>
          <legend>${name}</legend>
          ${spec.values.map(
            (option) => html`<label class="check"
              ><input
                type="checkbox"
                value=${option}
                .checked=${chosen.includes(option)}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  this.setAttribute(spec, spec.values.filter((v) => (v === option ? on : chosen.includes(v))));
                }}
              />
              <code>${option}</code></label
            >`,
          )}
          ${description}
        </fieldset>`;
      }
      case 'boolean':
        return html`<div class="field">
          <label class="check"
            ><input
              type="checkbox"
              id=${id}
              aria-describedby=${described}
              .checked=${value === true}
              @change=${(e: Event) => this.setAttribute(spec, (e.target as HTMLInputElement).checked || undefined)}
            />
            ${name}</label
          >
          ${description}
        </div>`;
      default: {
        const refused = this.refusal?.attribute === spec.name ? this.refusal : null;
        const error = `${id}-error`;
        return html`<div class="field">
          <label for=${id}>${name}</label>
          <input
            id=${id}
            type=${spec.kind === 'number' ? 'number' : spec.name === SUPPORT_HREF_RULE.attribute ? 'url' : 'text'}
            inputmode=${spec.kind === 'number' ? 'numeric' : nothing}
            placeholder=${spec.defaultValue ?? nothing}
            .value=${typeof value === 'string' ? value : ''}
            aria-describedby=${refused ? `${error} ${described}` : described}
            aria-invalid=${refused ? 'true' : nothing}
            @input=${(e: Event) => this.setAttribute(spec, (e.target as HTMLInputElement).value)}
          />
          ${refused
            ? html`<div class="refused" id=${error}>
                <p>${this.t.contactRefused}</p>
                <p class="refusal-message" lang=${refused.language}>${refused.message}</p>
              </div>`
            : nothing}
          ${description}
        </div>`;
      }
    }
  }

  private renderTheme(property: ThemeSpec, label: string, step: number): TemplateResult {
    const id = `theme-${property.name.slice(2)}`;
    const value = this.theme[property.name] ?? property.defaultValue ?? '';
    if (step === 0) {
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          type="color"
          .value=${longHex(value) ?? '#000000'}
          @input=${(e: Event) => {
            this.theme[property.name] = (e.target as HTMLInputElement).value;
            this.update();
          }}
        />
      </div>`;
    }
    const [number, unit] = splitLength(value);
    return html`<div class="field">
      <label for=${id}>${label} (${unit})</label>
      <input
        id=${id}
        type="number"
        min="0"
        step=${step}
        .value=${String(number)}
        @input=${(e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          if (text === '') delete this.theme[property.name];
          else this.theme[property.name] = `${text}${unit}`;
          this.update();
        }}
      />
    </div>`;
  }

  private update(): void {
    const t = this.t;
    const languageNames = new Intl.DisplayNames([this.ui], { type: 'language' });
    const themeControls = THEME_CONTROLS.flatMap((control) => {
      const property = this.element.theme.find((p) => p.name === control.name);
      return property ? [this.renderTheme(property, t[control.label] as string, control.step)] : [];
    });
    const contrast = this.contrast();
    const code = snippet(this.element, this.accepted, { version: this.options.version, files: this.options.integrity });
    render(
      html`
        <div class="page-language">
          <label for="ui-language">${t.pageLanguage}</label>
          <select id="ui-language" @change=${(e: Event) => this.setUi((e.target as HTMLSelectElement).value as UiLanguage)}>
            ${UI_LANGUAGES.map(
              (language) => html`<option value=${language} lang=${language} ?selected=${language === this.ui}>
                ${new Intl.DisplayNames([language], { type: 'language' }).of(language)}
              </option>`,
            )}
          </select>
        </div>
        <h1>${t.title}</h1>
        <p>${t.intro}</p>
        <div class="builder">
          <form class="choices" @submit=${(e: Event) => e.preventDefault()}>
            <fieldset>
              <legend>${t.widget}</legend>
              <div class="field">
                <label for="element">${t.element}</label>
                <select id="element" @change=${(e: Event) => this.chooseElement((e.target as HTMLSelectElement).value)}>
                  ${this.elements.map((element) => html`<option value=${element.tag} ?selected=${element === this.element}>${element.tag}</option>`)}
                </select>
              </div>
              <div class="field">
                <label for="language">${t.language}</label>
                <select id="language" @change=${(e: Event) => this.chooseLanguage((e.target as HTMLSelectElement).value as Locale)}>
                  ${LOCALES.map((language) => html`<option value=${language} ?selected=${language === this.language}>${languageNames.of(language)}</option>`)}
                </select>
              </div>
            </fieldset>
            <fieldset>
              <legend>${t.options}</legend>
              <p class="hint">${t.optionsNote}</p>
              ${this.element.attributes.map((spec) => this.renderAttribute(spec))}
            </fieldset>
            <fieldset>
              <legend>${t.theme}</legend>
              ${themeControls}
              <div class="field">
                <label for="theme-background">${t.background}</label>
                <input
                  id="theme-background"
                  type="color"
                  .value=${this.background}
                  @input=${(e: Event) => {
                    this.background = (e.target as HTMLInputElement).value;
                    this.update();
                  }}
                />
              </div>
              <div class="contrast ${contrast.ok ? 'ok' : 'fails'}" role="status">
                ${contrast.lines.map((line) => html`<p>${line}</p>`)}
              </div>
            </fieldset>
          </form>
          <div class="results">
            <section aria-labelledby="preview-heading">
              <h2 id="preview-heading">${t.preview}</h2>
              <fieldset class="widths">
                <legend>${t.width}</legend>
                ${(Object.keys(PREVIEW_WIDTHS) as PreviewWidth[]).map(
                  (width) => html`<label class="check"
                    ><input
                      type="radio"
                      name="preview-width"
                      value=${width}
                      .checked=${width === this.width}
                      @change=${() => {
                        this.width = width;
                        this.update();
                      }}
                    />
                    ${t[width]}</label
                  >`,
                )}
              </fieldset>
              <div class="frame">
                <iframe
                  id="embed-preview"
                  title=${t.previewTitle}
                  src=${this.options.previewUrl}
                  style="inline-size: ${PREVIEW_WIDTHS[this.width]}"
                  @load=${(e: Event) => {
                    this.frame = e.target as HTMLIFrameElement;
                    this.frameReady = true;
                    this.shownHtml = '';
                    this.showPreview();
                  }}
                ></iframe>
              </div>
            </section>
            <section aria-labelledby="code-heading">
              <h2 id="code-heading">${t.code}</h2>
              <pre class="snippet"><code id="embed-snippet">${code}</code></pre>
              <button type="button" class="copy" @click=${() => void this.copy()}>${t.copy}</button>
              <p class="copy-status" role="status">${this.copyStatus}</p>
              <p class="hint">${this.options.integrity?.[bundlePath(this.language, this.element.module)] ? t.integrityNote : t.noIntegrity}</p>
            </section>
          </div>
        </div>
      `,
      this.root,
    );
    this.showPreview();
  }

  /** Shows the element in the frame as the snippet writes it: a new element when its attributes change. */
  private showPreview(): void {
    const doc = this.frame?.contentDocument;
    if (!this.frameReady || !doc?.body) return;
    const choices = this.accepted;
    doc.documentElement.lang = this.language;
    const background = parseHex(this.background) ?? [255, 255, 255];
    doc.body.style.background = this.background;
    // The host's text: whichever of black and white reads better on its background.
    doc.body.style.color = contrastRatio(background, [0, 0, 0]) >= contrastRatio(background, [255, 255, 255]) ? '#000000' : '#ffffff';
    let style = doc.getElementById('care-embed-theme');
    if (!style) {
      style = doc.createElement('style');
      style.id = 'care-embed-theme';
      doc.head.append(style);
    }
    // The snippet's own <style> block, without its tags.
    style.textContent = styleBlock(this.element, choices).replace(/^<style>\n|\n<\/style>$/g, '');
    const element = elementHtml(this.element, choices);
    if (element !== this.shownHtml) {
      this.shownHtml = element;
      const holder = doc.getElementById('care-embed-holder') ?? doc.body;
      holder.innerHTML = element;
    }
  }

  /** Whether any theme value differs from the element's defaults. */
  get themed(): boolean {
    return changedTheme(this.element, this.choices).length > 0;
  }

  disconnect(): void {
    removeEventListener('message', this.onMessage);
    render(nothing, this.root);
  }
}
