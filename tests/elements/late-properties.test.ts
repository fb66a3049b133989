/**
 * A framework may set properties a moment after a tag upgrades and connects
 * (React 19 wrappers, Next.js client components, Vue). A missing or bad
 * required value must not paint a notice or warn before the host has had that
 * moment (the first animation frame after the element first connects, then an
 * idle moment); set
 * then, it clears silently. Until then the element shows nothing for the
 * missing part (no notice that would flash and vanish); after it, the notice.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/evidence-card/define.js';
import '../../src/elements/evidence-list/define.js';
import '../../src/elements/treatment-compare/define.js';
import type { CareElement } from '../../src/internal/care-element.js';
import { afterHostGrace } from '../helpers/grace.js';
import { captureWarnings } from '../helpers/locale.js';

interface Case {
  readonly tag: string;
  /** Leaves the required value missing or wrong, as a framework's first render does. */
  readonly blank: (el: HTMLElement) => void;
  /** Sets the value as the framework does a moment later. */
  readonly set: (el: HTMLElement) => void;
  /** Text that the element shows once the value is set. */
  readonly content: string;
}

const CASES: readonly Case[] = [
  {
    tag: 'care-evidence-card',
    blank: () => undefined,
    set: (el) => Object.assign(el, { treatment: 'acupuncture' }),
    content: 'Acupuncture',
  },
  {
    tag: 'care-evidence-list',
    blank: () => undefined,
    set: (el) => Object.assign(el, { topic: 'neuropathic-pain' }),
    content: 'IMS (intramuscular stimulation)',
  },
  {
    tag: 'care-treatment-compare',
    blank: (el) => Object.assign(el, { a: '', b: '' }),
    set: (el) => Object.assign(el, { a: 'ims', b: 'acupuncture' }),
    content: 'compared with',
  },
];

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The notice's text, or null: a string, so that a failing assertion prints text, not a DOM tree. */
const notice = (el: Element) => el.shadowRoot!.querySelector('[part="notice"]')?.textContent?.trim() ?? null;
const height = (el: Element) => el.getBoundingClientRect().height;

let mounted: HTMLElement[] = [];

/** A tag created, upgraded and connected before any property is set. */
function connect(tag: string): CareElement {
  const el = document.createElement(tag) as CareElement;
  document.body.append(el);
  mounted.push(el);
  return el;
}

describe('required values set a moment after the tag upgrades', () => {
  afterEach(() => {
    for (const el of mounted) el.remove();
    mounted = [];
  });

  for (const { tag, blank, set, content } of CASES) {
    describe(`<${tag}>`, () => {
      it('set in the same task: no notice, no warning, the content', async () => {
        const warnings = await captureWarnings(async () => {
          const el = connect(tag);
          blank(el);
          set(el);
          await el.updateComplete;
          await afterHostGrace();
          await el.updateComplete;
          expect(notice(el)).to.equal(null);
          expect(text(el)).to.contain(content);
        });
        expect(warnings).to.deep.equal([]);
      });

      it('set in the next microtask, after the first render: no notice, no warning', async () => {
        const warnings = await captureWarnings(async () => {
          const el = connect(tag);
          blank(el);
          await el.updateComplete; // the first render has run without the value
          expect(notice(el)).to.equal(null);
          await Promise.resolve();
          set(el);
          await el.updateComplete;
          await afterHostGrace();
          await el.updateComplete;
          expect(notice(el)).to.equal(null);
          expect(text(el)).to.contain(content);
        });
        expect(warnings).to.deep.equal([]);
      });

      it('set in the first frame after connection, as a framework still hydrating does: no notice, no warning', async () => {
        const warnings = await captureWarnings(async () => {
          const el = connect(tag);
          blank(el);
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          set(el);
          await el.updateComplete;
          await afterHostGrace();
          await el.updateComplete;
          expect(notice(el)).to.equal(null);
          expect(text(el)).to.contain(content);
        });
        expect(warnings).to.deep.equal([]);
      });

      it('never set: nothing during the grace, then the notice and exactly one warning; set later, it clears silently', async () => {
        let el!: CareElement;
        const early = await captureWarnings(async () => {
          el = connect(tag);
          blank(el);
          await el.updateComplete;
        });
        // During the grace: no notice and no warning; the element takes no room
        // (it shows nothing rather than a notice that might vanish a moment later).
        expect(early).to.deep.equal([]);
        expect(notice(el)).to.equal(null);
        expect(height(el)).to.equal(0);

        const late = await captureWarnings(async () => {
          await afterHostGrace();
          await el.updateComplete;
          await afterHostGrace();
          await el.updateComplete;
        });
        expect(late).to.have.length(1);
        expect(late[0]).to.contain(`<${tag}>`).and.to.contain('Valid');
        expect(notice(el)).to.be.a('string').and.not.equal('');
        expect(height(el)).to.be.greaterThan(0);

        const fixed = await captureWarnings(async () => {
          set(el);
          await el.updateComplete;
        });
        expect(fixed).to.deep.equal([]);
        expect(notice(el)).to.equal(null);
        expect(text(el)).to.contain(content);
      });

      it('moved in the page after the grace: no second grace, no second warning', async () => {
        const warnings = await captureWarnings(async () => {
          const el = connect(tag);
          blank(el);
          await afterHostGrace();
          await el.updateComplete;
          el.remove();
          document.body.append(el);
          await el.updateComplete;
          expect(notice(el)).to.be.a('string').and.not.equal('');
          await afterHostGrace();
        });
        expect(warnings).to.have.length(1);
      });
    });
  }
});
