/**
 * Properties are checked as attributes are: a host's framework or script may
 * put an array, a number, null or an object in any of them. A value with one
 * clear meaning is taken; anything else gets the element's notice and one
 * warning naming what is valid, and never an exception inside the update.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { captureWarnings } from '../helpers/locale.js';

type Rendered = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

/** Every public property of each element but the stretch timer (its own hardening covers it), with what a warning must name. */
const PROPERTIES: Record<string, Record<string, string>> = {
  'care-suitability-check': {
    name: 'a string',
    supportHref: 'tel:, mailto:, http: or https:',
    supportLabel: 'a string',
    requireAcknowledgement: 'true or false',
    shareConditions: 'true or false',
    headingLevel: '2, 3, 4, 5, 6',
  },
  'care-side-effect-guide': {
    situations: 'blood-taste',
    supportHref: 'tel:, mailto:, http: or https:',
    supportLabel: 'a string',
    headingLevel: '2, 3, 4, 5, 6',
  },
  'care-evidence-card': { treatment: 'vertebroplasty', variant: 'compact', headingLevel: '2, 3, 4, 5, 6' },
  'care-evidence-list': { topic: 'osteoporosis-pain', phase: 'persistent', variant: 'compact', headingLevel: '2, 3, 4, 5, 6' },
  'care-treatment-compare': { a: 'acupuncture', b: 'acupuncture' },
};

const GOOD_ATTRIBUTES: Record<string, Record<string, string>> = {
  'care-suitability-check': { 'support-href': 'tel:+46101234567', 'require-acknowledgement': '' },
  'care-side-effect-guide': { situations: 'training-soreness', 'support-href': 'tel:+46101234567' },
  'care-evidence-card': { treatment: 'vertebroplasty' },
  'care-evidence-list': { topic: 'osteoporosis-pain' },
  'care-treatment-compare': { a: 'ims', b: 'acupuncture' },
};

const WRONG: [string, unknown][] = [
  ['an array of numbers', [1, 2]],
  ['a number', 42],
  ['an object', { id: 'x' }],
  ['a symbol', Symbol('x')],
  ['a function', () => 'x'],
];

async function mount(tag: string, set: (el: Rendered) => void): Promise<Rendered> {
  const el = document.createElement(tag) as Rendered;
  for (const [name, value] of Object.entries(GOOD_ATTRIBUTES[tag])) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  set(el);
  await el.updateComplete;
  return el;
}

const notices = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part="notice"] p')].map((p) => p.textContent!.trim());

describe('wrong-type properties', () => {
  afterEach(() => {
    for (const el of document.body.querySelectorAll(Object.keys(PROPERTIES).join(','))) el.remove();
  });

  it('guide.situations = ["blood-taste"] means that situation', async () => {
    let el!: Rendered;
    const warnings = await captureWarnings(async () => {
      el = await mount('care-side-effect-guide', (guide) => {
        guide.situations = ['blood-taste', 'tinnitus-change'];
      });
    });
    expect(warnings).to.deep.equal([]);
    expect(notices(el)).to.deep.equal([]);
    const ticked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    expect(ticked).to.have.members(['blood-taste', 'tinnitus-change']);
    expect(el.shadowRoot!.querySelector('details[data-situation="blood-taste"]')).to.have.property('open', true);
  });

  it('a heading level given as a string means that level', async () => {
    const el = await mount('care-evidence-card', (card) => {
      card.headingLevel = '4';
    });
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
  });

  for (const [tag, properties] of Object.entries(PROPERTIES)) {
    for (const [property, named] of Object.entries(properties)) {
      for (const [kind, value] of WRONG) {
        it(`<${tag}>.${property} = ${kind}: one warning naming the valid values, a notice, content still shown`, async () => {
          let el!: Rendered;
          const warnings = await captureWarnings(async () => {
            el = await mount(tag, (element) => {
              element[property] = value;
            });
          });
          expect(warnings, warnings.join('\n')).to.have.length(1);
          const attribute = property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
          expect(warnings[0]).to.match(new RegExp(`${property}|${attribute}`)).and.to.contain(named);
          expect(notices(el)).to.have.length(1);
          expect(notices(el)[0]).not.to.equal('');
          expect(el.shadowRoot!.textContent!.trim()).not.to.equal('');
          // A good value afterwards clears the notice.
          const warnedAgain = await captureWarnings(async () => {
            el.removeAttribute('lang');
            const attribute = Object.entries(GOOD_ATTRIBUTES[tag]).find(([name]) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) === property);
            element(el, property, attribute ? (attribute[1] === '' ? true : attribute[1]) : defaultOf(property));
            await el.updateComplete;
          });
          expect(warnedAgain).to.deep.equal([]);
          expect(notices(el)).to.deep.equal([]);
        });
      }
      it(`<${tag}>.${property} = null never throws and keeps content`, async () => {
        let el!: Rendered;
        const warnings = await captureWarnings(async () => {
          el = await mount(tag, (element) => {
            element[property] = null;
          });
        });
        expect(warnings.length).to.be.at.most(1);
        expect(el.shadowRoot!.textContent!.trim()).not.to.equal('');
      });
    }
  }
});

function element(el: Rendered, property: string, value: unknown): void {
  el[property] = value;
}

/** A good value for properties no attribute of GOOD_ATTRIBUTES sets. */
function defaultOf(property: string): unknown {
  return { name: 'verdict', supportLabel: 'Customer support', shareConditions: false, variant: 'compact', headingLevel: 3, phase: 'acute' }[property];
}
