/**
 * An element moved to another document (into a same-origin iframe and back,
 * as a host's print preview or a modal built in an iframe does) keeps its
 * styles: the hidden live region stays hidden, the icons keep their size.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { FLOWS, mount } from './flows.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean> };

async function frame(): Promise<HTMLIFrameElement> {
  const iframe = await fixture<HTMLIFrameElement>(html`<iframe style="inline-size: 600px; block-size: 400px"></iframe>`);
  if (iframe.contentDocument?.readyState !== 'complete') await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  return iframe;
}

/** True when the element's shared styles apply: its visually hidden text takes 1 px. */
function styled(el: HTMLElement): boolean {
  const view = el.ownerDocument.defaultView!;
  const hidden = el.shadowRoot!.querySelector('.visually-hidden');
  if (hidden) return view.getComputedStyle(hidden).position === 'absolute';
  return view.getComputedStyle(el).display === 'block';
}

describe('an element moved to another document', () => {
  for (const flow of FLOWS) {
    it(`<${flow.tag}> keeps its styles in an iframe and back`, async () => {
      const iframe = await frame();
      const el = await mount(flow, document.body);
      try {
        expect(styled(el), 'before').to.equal(true);
        iframe.contentDocument!.body.append(el);
        await el.updateComplete;
        expect(el.ownerDocument).to.equal(iframe.contentDocument);
        expect(styled(el), 'in the iframe').to.equal(true);
        document.body.append(el);
        await el.updateComplete;
        expect(styled(el), 'back').to.equal(true);
      } finally {
        el.remove();
      }
    });
  }

  it('keeps the checker’s result icon at its size, and works through a document without a window', async () => {
    const el = await fixture<Rendered>(html`<care-suitability-check></care-suitability-check>`);
    const icon = () => el.shadowRoot!.querySelector<SVGElement>('.result svg')!;
    const size = icon().getBoundingClientRect().width;
    expect(size).to.be.lessThan(50);
    const detached = document.implementation.createHTMLDocument('');
    detached.body.append(el);
    const iframe = await frame();
    iframe.contentDocument!.body.append(el);
    await el.updateComplete;
    expect(icon().getBoundingClientRect().width).to.equal(size);
    document.body.append(el);
    await el.updateComplete;
    expect(icon().getBoundingClientRect().width).to.equal(size);
    el.remove();
  });
});
