/**
 * Host-proof sizing: the kit follows the text around it, never the host's root
 * font size. Shop themes set `html { font-size: 62.5% }` (a 10 px root) and a
 * 16 px body; the kit must look as it does on a default page there, keep every
 * control at least 24 × 24 CSS px (WCAG 2.5.8), and never set its running text
 * below the host's own body text.
 */
import { expect } from '@open-wc/testing';
import { SCENES, hostBox, shadowElements } from './scenes.js';

interface HostPage {
  readonly name: string;
  readonly root: string;
  readonly body: string;
}

const HOSTS: readonly HostPage[] = [
  { name: 'a shop theme: 10 px root, 16 px body', root: '10px', body: '16px' },
  { name: 'a default page: 16 px', root: '16px', body: '1rem' },
  { name: 'large text: 20 px root and body', root: '20px', body: '1rem' },
];

/** Smaller print, by design a step below the running text (source lines, terms, hints, badges, table headers). */
const FINE_PRINT = '.source, .source *, .term, .hint, .meta, .badge, .badge *, thead th, thead th *';
/** The smallest step the kit's fine print may take below the host's body text. */
const FINE_PRINT_MIN = 0.75;

function usePage(host: HostPage): () => void {
  const html = document.documentElement.style;
  const body = document.body.style;
  const before = { root: html.fontSize, body: body.fontSize };
  html.fontSize = host.root;
  body.fontSize = host.body;
  return () => {
    html.fontSize = before.root;
    body.fontSize = before.body;
  };
}

function isShown(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
}

/** A link inside a sentence is exempt from the target size (WCAG 2.5.8's inline exception). */
function isInlineLink(el: Element): boolean {
  if (el.localName !== 'a') return false;
  const own = el.textContent?.trim().length ?? 0;
  const around = el.parentElement?.textContent?.trim().length ?? 0;
  return getComputedStyle(el).display === 'inline' && around > own;
}

const TARGETS = 'button, input:not([type="hidden"]), select, textarea, summary, a[href]';

function targetsOf(el: Element): Element[] {
  return shadowElements(el).filter((node) => node.matches(TARGETS) && isShown(node) && !isInlineLink(node));
}

/** Elements that hold visible text themselves (not only through their children). */
function textHolders(el: Element): Element[] {
  return shadowElements(el).filter(
    (node) =>
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '') &&
      !node.closest('.visually-hidden') &&
      isShown(node),
  );
}

const px = (value: string) => parseFloat(value);

describe('the kit on hosts with other font sizes', () => {
  for (const scene of SCENES) {
    describe(scene.name, () => {
      const heights = new Map<string, number>();

      for (const host of HOSTS) {
        it(`${host.name}: every control is at least 24 × 24 px, running text never below the host’s`, async () => {
          const restore = usePage(host);
          try {
            const box = await hostBox();
            const el = await scene.render(box);
            const bodySize = px(getComputedStyle(document.body).fontSize);

            const targets = targetsOf(el);
            if (scene.controls === false) expect(targets, 'nothing to operate').to.have.length(0);
            else expect(targets.length, 'the controls are found').to.be.greaterThan(0);
            for (const target of targets) {
              const { width, height } = target.getBoundingClientRect();
              const name = `${target.localName}.${target.getAttribute('class') ?? ''} “${target.textContent?.trim().slice(0, 30) ?? ''}”`;
              expect(width, `${name} width`).to.be.at.least(23.99);
              expect(height, `${name} height`).to.be.at.least(23.99);
            }

            const texts = textHolders(el);
            expect(texts.length).to.be.greaterThan(0);
            for (const node of texts) {
              const size = px(getComputedStyle(node).fontSize);
              const name = `${node.localName}.${node.getAttribute('class') ?? ''} “${node.textContent?.trim().slice(0, 30) ?? ''}”`;
              if (node.matches(FINE_PRINT)) expect(size, `${name} (fine print)`).to.be.at.least(bodySize * FINE_PRINT_MIN - 0.01);
              else expect(size, name).to.be.at.least(bodySize - 0.01);
            }
            heights.set(host.name, el.getBoundingClientRect().height);
          } finally {
            restore();
          }
        });
      }

      it('looks the same on the shop theme’s 10 px root as on a default page (same 16 px body)', function () {
        const shop = heights.get(HOSTS[0].name);
        const plain = heights.get(HOSTS[1].name);
        if (shop === undefined || plain === undefined) throw new Error('the host tests above did not run');
        expect(shop).to.be.closeTo(plain, 1);
      });
    });
  }
});
