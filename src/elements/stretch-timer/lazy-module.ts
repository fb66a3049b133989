/**
 * A part of the timer that is not on its first paint (the whole course, "Your
 * log", the hand-off offer), loaded with `import()` when the patient (or the
 * page's address) asks for it: in the script-tag bundles it is a chunk beside
 * the bundle, requested only then. Every such part loads the same way:
 *
 * - while loading, a "Loading…" line stands where the part will be (a status
 *   message, so a screen reader hears why nothing is there yet);
 * - if its file cannot be loaded (a host that copied the bundle without its
 *   chunks, a dropped connection), a localized sentence says so in its place
 *   and one console warning names what is missing; nothing throws into the
 *   host page, and the next `load()` tries again;
 * - a module may export `styles`, which the host's shadow root adopts once the
 *   module is in, so a lazy part's styles do not weigh on the first paint either.
 */
import { html } from 'lit';
import type { CSSResult, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export type LazyStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** What an element gives its lazy parts. */
export interface LazyHost {
  /** The element, re-rendered as a part's state changes. */
  readonly host: ReactiveControllerHost;
  /** Writes one console warning, prefixed with the element's name. */
  readonly warn: (text: string) => void;
  /** Adopts `styles` beside the element's own (and again when it moves to another document). */
  readonly addStyles: (styles: CSSResult) => void;
}

export class LazyModule<M extends object> {
  status: LazyStatus = 'idle';
  /** The module, once loaded. */
  module: M | null = null;
  /** Resolves with the module (null after a failure) when the last `load()` is over. Never rejects. */
  loaded: Promise<M | null> = Promise.resolve(null);
  private warned = false;

  /** `what` names the part in the console warning, in English ("the timer's 'Your log' section"). */
  constructor(
    private readonly parts: LazyHost,
    private readonly importer: () => Promise<M>,
    private readonly what: string,
  ) {}

  /** Starts loading the part (again after a failure); resolves as `loaded` does. */
  load(): Promise<M | null> {
    if (this.status === 'loading' || this.status === 'ready') return this.loaded;
    this.status = 'loading';
    this.parts.host.requestUpdate();
    this.loaded = this.importer().then(
      (module) => {
        const { styles } = module as { styles?: CSSResult };
        if (styles) this.parts.addStyles(styles);
        this.module = module;
        this.status = 'ready';
        this.parts.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.status = 'failed';
        if (!this.warned) {
          this.warned = true;
          this.parts.warn(
            `${this.what} could not be loaded (${String(error)}), so it is not shown. Serve the bundle's chunk files (<bundle>-*.js) from the same folder as the bundle.`,
          );
        }
        this.parts.host.requestUpdate();
        return null;
      },
    );
    return this.loaded;
  }

  /**
   * The part: `view` of the loaded module; while loading, a line saying so;
   * after a failure, the sentence `failed` returns. Nothing before a load starts.
   */
  render(view: (module: M) => TemplateResult | string, failed: () => string): TemplateResult | string {
    switch (this.status) {
      case 'idle':
        return '';
      case 'loading':
        return html`<p class="lazy-status" role="status">${msg('Loading…', { id: 'timer.part-loading' })}</p>`;
      case 'failed':
        return html`<p class="lazy-status" role="status" data-failed>${failed()}</p>`;
      case 'ready':
        return view(this.module!);
    }
  }
}
