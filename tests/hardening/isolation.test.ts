import { expect, fixture, html } from '@open-wc/testing';
import { CareSuitabilityCheck } from '../../src/elements/suitability-check/suitability-check.js';
import { defineElement } from '../../src/internal/define.js';
import { captureWarnings } from '../helpers/locale.js';
import { FLOWS, mount } from './flows.js';

describe('in a stranger’s page', () => {
  it('a second copy of the kit defines nothing, throws nothing and warns once', async () => {
    class SecondCopy extends CareSuitabilityCheck {}
    const warnings = await captureWarnings(() => {
      defineElement('care-suitability-check', SecondCopy);
      defineElement('care-suitability-check', SecondCopy);
    });
    expect(customElements.get('care-suitability-check')).to.equal(CareSuitabilityCheck);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('already defined');
  });

  describe('under hostile host CSS', () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = '* { all: unset } button { display: none !important } html { font-size: 48px }';
      document.head.append(style);
    });
    afterEach(() => style.remove());

    for (const flow of FLOWS) {
      it(`<${flow.tag}> still shows its text and controls, runs its flow and inherits the host font`, async () => {
        const host = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia, serif"></div>`);
        const el = await mount(flow, host);
        const box = el.getBoundingClientRect();
        expect(box.width * box.height, 'the element takes room').to.be.greaterThan(0);
        expect(el.shadowRoot!.textContent!.trim()).not.to.equal('');
        // Elements without controls (cards, tables) have nothing more to check here.
        const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('input, button')];
        for (const control of controls) {
          const box = control.getBoundingClientRect();
          expect(box.width * box.height, `${control.localName} is visible`).to.be.greaterThan(0);
        }
        await flow.run(el);
        const text = el.shadowRoot!.querySelector('p, legend, h2, h3') as HTMLElement;
        expect(getComputedStyle(text).fontFamily).to.contain('Georgia');
      });
    }
  });

  for (const flow of FLOWS) {
    it(`<${flow.tag}> never parses attribute text as HTML`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = await mount(flow, host);
      for (const name of [...Object.keys(flow.attributes), 'lang', 'support-label']) {
        el.setAttribute(name, '<img src=x onerror="window.__pwned=1"><b>bold</b>');
      }
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  }
});
