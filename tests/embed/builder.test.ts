/**
 * Issue 17, done when: a test drives the embed builder (demo/embed.html) as a
 * site owner does (element, language, options, theme), copies the snippet,
 * pastes it into a blank page served with the built bundles, and sees the same
 * element there as in the preview: the same text and the same computed colours.
 * Also: the contrast warning, a refused contact link with the element's own
 * message, no `<style>` for a default theme, and integrity values that are the
 * files' real sha384. Needs the bundles and dist/cdn-integrity.json
 * (`npm run build:test` or `npm run build:cdn`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EmbedBuilder } from '../../demo/embed/builder.js';
import { cdnBase, importsOf } from '../../demo/embed/cdn.js';
import type { IntegrityFiles } from '../../demo/embed/cdn.js';
import type { Manifest } from '../../demo/embed/manifest.js';
import { pageContentWidth, phoneWidth, pressChord, skipBecause } from '../helpers/engine.js';

const TAG = 'care-side-effect-guide';
const ACCENT = '#7a1f5c';

interface Loaded {
  manifest: Manifest;
  integrity: IntegrityFiles;
  version: string;
}

async function load(): Promise<Loaded> {
  const json = async (path: string) => {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: ${response.status} (build the bundles first: npm run build:test)`);
    return response.json();
  };
  const [manifest, integrity, pkg] = await Promise.all([json('/custom-elements.json'), json('/dist/cdn-integrity.json'), json('/package.json')]);
  return { manifest, integrity: integrity.files, version: pkg.version };
}

function mount(data: Loaded, manifest: Manifest = data.manifest): { builder: EmbedBuilder; root: HTMLElement } {
  const root = document.createElement('main');
  document.body.append(root);
  const builder = new EmbedBuilder(root, {
    manifest,
    integrity: data.integrity,
    version: data.version,
    previewUrl: new URL('../../demo/embed-preview.html', import.meta.url).href,
    uiLanguage: 'en',
  });
  return { builder, root };
}

/** Chooses `value` in a select, as picking it with the mouse or keyboard does. */
function choose(root: HTMLElement, selector: string, value: string): void {
  const select = root.querySelector<HTMLSelectElement>(selector)!;
  expect(select, selector).to.exist;
  select.value = value;
  expect(select.value, `${selector} has ${value}`).to.equal(value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types `value` into an input, replacing what it had. */
function type(root: HTMLElement, selector: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  expect(input, selector).to.exist;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function snippetText(root: HTMLElement): string {
  return root.querySelector('#embed-snippet')!.textContent!;
}

/** The text a user sees in an element's shadow tree, whitespace collapsed. */
function visibleText(element: Element): string {
  const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style, script')) continue;
    parts.push(node.textContent ?? '');
  }
  // Joined as they are (template minification moves where one text node ends, not the text).
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Each element of the shadow tree with its computed colours, in document order. */
function colours(element: Element): string[] {
  const view = element.ownerDocument.defaultView!;
  return [...element.shadowRoot!.querySelectorAll('*')]
    .filter((node) => node.localName !== 'style')
    .map((node) => {
      const style = view.getComputedStyle(node);
      return `${node.localName}: ${style.color} / ${style.backgroundColor} / ${style.borderTopColor} / ${style.accentColor}`;
    });
}

/** `#rrggbb` as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * The snippet with its CDN URLs pointing at this server's dist/cdn/, served
 * byte for byte as the CDN serves the published files (web-test-runner.config.mjs).
 */
function local(snippet: string, version: string): string {
  return snippet.split(cdnBase(version)).join('/cdn-as-published/');
}

/** A blank page holding `body`, its element defined and rendered. */
async function paste(body: string, tag: string): Promise<{ frame: HTMLIFrameElement; element: HTMLElement }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '100%';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><title>Pasted</title></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow! as Window & typeof globalThis;
  await Promise.race([
    win.customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} was not defined in the pasted page (integrity refused, or the bundle failed)`)), 15_000)),
  ]);
  return { frame, element: frame.contentDocument!.querySelector<HTMLElement>(tag)! };
}

describe('the embed builder (demo/embed.html)', function () {
  this.timeout(60_000);
  let data: Loaded;
  const cleanup: (() => void)[] = [];

  before(async () => {
    data = await load();
    // The page's own styles, as demo/embed.html has them.
    for (const href of ['/demo/demo.css', '/demo/embed/embed.css']) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
      document.head.append(link);
      await loaded;
    }
  });

  afterEach(() => {
    for (const clean of cleanup.splice(0)) clean();
  });

  function builder(manifest?: Manifest) {
    const mounted = mount(data, manifest);
    cleanup.push(() => {
      mounted.builder.disconnect();
      mounted.root.remove();
    });
    return mounted;
  }

  async function previewOf(instance: EmbedBuilder): Promise<HTMLElement> {
    await waitUntil(() => instance.previewElement?.shadowRoot?.childElementCount, 'the preview shows the element', { timeout: 15_000 });
    return instance.previewElement!;
  }

  describe('a snippet copied and pasted into a blank page', () => {
    let root: HTMLElement;
    let instance: EmbedBuilder;
    let copied: string | null = null;

    before(async function () {
      ({ builder: instance, root } = mount(data));
      choose(root, '#element', TAG);
      choose(root, '#language', 'nb');
      (root.querySelector<HTMLInputElement>('input[type=checkbox][value="training-soreness"]')!).click();
      choose(root, '#attr-plan', 'gentle-start');
      type(root, '#attr-support-href', 'tel:+4722334455');
      type(root, '#attr-support-label', 'Ring kundeservice');
      choose(root, '#attr-heading-level', '4');
      type(root, '#theme-care-color-accent', ACCENT);
      type(root, '#theme-care-radius', '0');
      await instance.contactChecked;
    });

    after(() => {
      instance.disconnect();
      root.remove();
    });

    it('writes the chosen element, attributes, bundle and theme into the snippet', () => {
      const text = snippetText(root);
      expect(text).to.contain(`${cdnBase(data.version)}nb/side-effect-guide.js`);
      expect(text).to.contain(
        '<care-side-effect-guide situations="training-soreness" plan="gentle-start" support-href="tel:+4722334455" support-label="Ring kundeservice" heading-level="4"></care-side-effect-guide>',
      );
      expect(text).to.contain(`--care-color-accent: ${ACCENT};`);
      expect(text).to.contain('--care-radius: 0em;');
      expect(text).not.to.contain('--care-spacing');
    });

    it('copies it with the keyboard and confirms in a live region', async function () {
      const button = root.querySelector<HTMLButtonElement>('button.copy')!;
      const status = root.querySelector('.copy-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => status.textContent!.trim() !== '', 'the copy button answers');
      if (status.textContent!.trim() !== 'The code is copied.') {
        expect(status.textContent).to.contain('Could not copy');
        await skipBecause(this, 'this engine refuses the page a clipboard write (navigator.clipboard.writeText); the snippet is then read from the page');
      }
      // Paste as a user does: Ctrl+V into a text field.
      const field = document.createElement('textarea');
      document.body.append(field);
      cleanup.push(() => field.remove());
      field.focus();
      await pressChord('Control', 'v');
      await waitUntil(() => field.value !== '', 'pasted', { timeout: 2000 }).catch(() => undefined);
      if (field.value === '') {
        await skipBecause(this, 'this engine does not paste its clipboard into the page (Ctrl+V); the snippet is then read from the page');
      }
      copied = field.value;
      expect(copied).to.equal(snippetText(root));
    });

    it('renders the same element in the pasted page as in the preview: same text, same computed colours', async () => {
      const preview = await previewOf(instance);
      const { frame, element } = await paste(local(copied ?? snippetText(root), data.version), TAG);
      cleanup.push(() => frame.remove());
      try {
        await waitUntil(() => visibleText(element) !== '' && visibleText(element) === visibleText(preview), 'same text', { timeout: 15_000 });
      } catch {
        expect(visibleText(element), 'the pasted element shows the preview’s text').to.equal(visibleText(preview));
      }
      // Norwegian, with the ticked situation open and the contact shown.
      expect(visibleText(element)).to.contain('Ring kundeservice');
      expect(element.shadowRoot!.querySelector('h4'), 'heading-level 4').to.exist;
      expect(element.ownerDocument.documentElement.lang, 'the blank page has no language of its own').to.equal('');
      expect(preview.shadowRoot!.querySelector('[lang]')?.getAttribute('lang') ?? preview.ownerDocument.documentElement.lang).to.equal('nb');
      expect(colours(element)).to.deep.equal(colours(preview));
      expect(colours(element).some((line) => line.includes(rgb(ACCENT))), 'the chosen accent is used').to.equal(true);
    });

    it('gives integrity values that are the files’ real sha384', async () => {
      const text = snippetText(root);
      const tags = [...text.matchAll(/(?:src|href)="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"/g)];
      // The element's bundle and what it imports (today the language's shared runtime), each with its value.
      const bundle = 'nb/side-effect-guide.js';
      expect(tags.map(([, url]) => url)).to.deep.equal([...importsOf(bundle, data.integrity), bundle].map((path) => cdnBase(data.version) + path));
      // Every file the bundle imports statically is preloaded with its value (read from the file itself).
      const code = await (await fetch(local(cdnBase(data.version) + bundle, data.version))).text();
      const imported = [...code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => new URL(m[1], 'https://cdn.example/nb/').pathname.slice(1));
      expect(imported.length, 'nb/side-effect-guide.js imports the runtime').to.be.at.least(1);
      expect(importsOf(bundle, data.integrity)).to.include.members(imported);
      for (const [, url, integrity] of tags) {
        expect(await sha384(local(url, data.version)), url).to.equal(integrity);
      }
    });
  });

  it('warns when the accent fails AA against the text on it or the page background', async () => {
    const { root } = builder();
    choose(root, '#element', 'care-suitability-check');
    const contrast = root.querySelector('.contrast')!;
    expect(contrast.getAttribute('role')).to.equal('status');
    expect(contrast.textContent).to.contain('meets WCAG AA');
    type(root, '#theme-care-color-accent', '#ffff00');
    expect(contrast.textContent).to.match(/Warning: the accent colour has a contrast of only 1\.07:1 against the text on its buttons/);
    type(root, '#theme-care-color-accent', '#0a6b8f');
    type(root, '#theme-background', '#000000');
    expect(contrast.textContent).to.contain('against the page background');
    expect(contrast.textContent).not.to.contain('the text on its buttons');
  });

  it('refuses a contact link the element would refuse, with the element’s own message', async () => {
    const { root, builder: instance } = builder();
    choose(root, '#element', TAG);
    choose(root, '#language', 'sv');
    type(root, '#attr-support-href', 'javascript:alert(1)');
    await instance.contactChecked;
    const message = root.querySelector('.refusal-message');
    expect(message, 'the refusal').to.exist;
    expect(message!.getAttribute('lang')).to.equal('sv');
    expect(root.querySelector('#attr-support-href')!.getAttribute('aria-invalid')).to.equal('true');
    expect(snippetText(root)).not.to.contain('javascript:');

    // The element itself, given the same link in the same language.
    const preview = await previewOf(instance);
    const doc = preview.ownerDocument;
    const element = doc.createElement(TAG);
    element.setAttribute('support-href', 'javascript:alert(1)');
    doc.body.append(element);
    await waitUntil(() => element.shadowRoot?.querySelector('[part=notice]'), 'the element shows its notice', { timeout: 10_000 });
    const notice = element.shadowRoot!.querySelector('[part=notice]')!.textContent!.trim();
    expect(notice).to.contain('kundtjänst');
    expect(message!.textContent!.trim()).to.equal(notice);
  });

  it('loads the clinic’s <care-plan-handoff> from its own bundle (the kit leaves it out), checked, and it draws its QR code when pasted', async () => {
    const { root } = builder();
    choose(root, '#element', 'care-plan-handoff');
    choose(root, '#language', 'sv');
    type(root, '#attr-patient-url', 'https://apotek.example/traningsplan');
    const text = snippetText(root);
    const bundle = 'sv/plan-handoff.js';
    const tags = [...text.matchAll(/(?:src|href)="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"/g)];
    expect(tags.map(([, url]) => url)).to.deep.equal([...importsOf(bundle, data.integrity), bundle].map((path) => cdnBase(data.version) + path));
    expect(text).not.to.contain('care-widgets.js');
    for (const [, url, integrity] of tags) {
      expect(await sha384(local(url, data.version)), url).to.equal(integrity);
    }
    const { frame, element } = await paste(local(text, data.version), 'care-plan-handoff');
    cleanup.push(() => frame.remove());
    await waitUntil(() => element.shadowRoot?.querySelector('svg[role="img"] path'), 'the pasted element draws its QR code', { timeout: 15_000 });
    expect(visibleText(element)).to.contain('Länk till patienten');
  });

  it('writes no <style> while the theme is the default, and one when a value differs', () => {
    const { root } = builder();
    for (const element of ['care-suitability-check', 'care-evidence-card', 'care-iqoro-uses']) {
      choose(root, '#element', element);
      expect(snippetText(root), element).not.to.contain('<style>');
    }
    choose(root, '#element', 'care-suitability-check');
    type(root, '#theme-care-spacing', '1');
    expect(snippetText(root), 'the default spacing, typed').not.to.contain('<style>');
    type(root, '#theme-care-spacing', '1.5');
    expect(snippetText(root)).to.contain('<style>\n  care-suitability-check {\n    --care-spacing: 1.5em;\n  }\n</style>');
  });

  it('offers every element of the manifest, and an attribute or element new to the manifest without a page edit', () => {
    const manifest: Manifest = structuredClone(data.manifest) as Manifest;
    const tags = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName));
    (manifest.modules as Manifest['modules'][number][]).push({
      path: 'dist/new-widget.js',
      declarations: [
        {
          customElement: true,
          tagName: 'care-new-widget',
          attributes: [{ name: 'mood', description: 'How it feels.', type: { text: 'string' }, parsedType: { text: "'calm' | 'busy'" } }],
        },
      ],
    });
    const { root } = builder(manifest);
    const offered = [...root.querySelectorAll<HTMLOptionElement>('#element option')].map((option) => option.value);
    expect(offered).to.have.members([...tags, 'care-new-widget']);
    choose(root, '#element', 'care-new-widget');
    choose(root, '#attr-mood', 'busy');
    expect(snippetText(root)).to.contain('<care-new-widget mood="busy"></care-new-widget>');
    expect(snippetText(root)).to.contain('/dist/cdn/en/new-widget.js');
    // Not built yet: no integrity value is made up, and the page says why.
    expect(snippetText(root)).not.to.contain('new-widget.js" integrity');
    expect(root.textContent).to.contain('The script bundles are not built');
  });

  it('speaks Swedish, Norwegian and English: the page language switch changes every text and <html lang>', async () => {
    const before = document.documentElement.lang;
    cleanup.push(() => {
      document.documentElement.lang = before;
    });
    const { root } = builder();
    const seen = new Set<string>();
    for (const [language, title] of [['sv', 'Bygg din widget'], ['nb', 'Bygg din widget'], ['en', 'Build your widget']] as const) {
      choose(root, '#ui-language', language);
      expect(document.documentElement.lang).to.equal(language);
      expect(root.querySelector('h1')!.textContent).to.equal(title);
      seen.add(root.querySelector('button.copy')!.textContent!.trim());
    }
    expect([...seen]).to.deep.equal(['Kopiera koden', 'Kopier koden', 'Copy the code']);
  });

  it('switches the preview between phone, sidebar and full-page widths', async () => {
    const { root } = builder();
    const frame = root.querySelector<HTMLIFrameElement>('#embed-preview')!;
    const radio = (value: string) => root.querySelector<HTMLInputElement>(`input[name=preview-width][value=${value}]`)!;
    // The frame's own viewport (inside its border) is the width a phone or a sidebar gives the element.
    radio('phone').click();
    expect(frame.clientWidth).to.equal(320);
    radio('sidebar').click();
    expect(frame.clientWidth).to.equal(360);
    radio('full').click();
    const holder = getComputedStyle(frame.parentElement!);
    expect(frame.offsetWidth).to.equal(frame.parentElement!.clientWidth - parseFloat(holder.paddingLeft) - parseFloat(holder.paddingRight));
  });

  it('fits a 320 px screen without scrolling sideways, the snippet wrapped', async () => {
    const restore = phoneWidth(320);
    cleanup.push(restore);
    const { root } = builder();
    choose(root, '#element', TAG);
    type(root, '#theme-care-color-accent', '#ffff00');
    expect(pageContentWidth()).to.be.at.most(320);
    expect(root.scrollWidth).to.be.at.most(320);
  });

  it('has no axe violations, with a refused link and a contrast warning shown too', async () => {
    const { root, builder: instance } = builder();
    await expect(root).to.be.accessible({ ignoredRules: ['page-has-heading-one', 'landmark-one-main', 'region'] });
    choose(root, '#element', TAG);
    type(root, '#attr-support-href', 'ftp://example.se');
    type(root, '#theme-care-color-accent', '#ffff00');
    await instance.contactChecked;
    expect(root.querySelector('.refusal-message')).to.exist;
    await expect(root).to.be.accessible({ ignoredRules: ['page-has-heading-one', 'landmark-one-main', 'region'] });
  });

  it('offers enums as selects, booleans as checkboxes and token lists as checkboxes of the valid ids', () => {
    const { root } = builder();
    choose(root, '#element', TAG);
    expect([...root.querySelectorAll<HTMLOptionElement>('#attr-plan option')].map((o) => o.value)).to.deep.equal(['', 'standard', 'gentle-start', 'caution']);
    const situations = [...root.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')].map((input) => input.value);
    expect(situations).to.deep.equal(['training-soreness', 'worse-reflux-symptoms', 'blood-taste', 'tinnitus-change']);
    choose(root, '#element', 'care-suitability-check');
    expect(root.querySelector<HTMLInputElement>('#attr-require-acknowledgement')!.type).to.equal('checkbox');
    expect(root.querySelector('label[for="attr-name"]')).to.exist;
  });
});
