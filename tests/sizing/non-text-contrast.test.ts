/**
 * WCAG 1.4.11 Non-text Contrast and 2.4.7 Focus Visible, computed: each control of every scene is
 * reached with the Tab key (as a keyboard user does, on every engine), shows the kit's focus
 * outline, and that outline stands out from the background behind it by at least 3:1; a button's
 * border (the edge that shows where the button is) stands out by 3:1 too, as does the accent that
 * fills a ticked checkbox or radio. Hosts: near-black on white, the AA greys of host-contrast, and a
 * dark page, each control measured on every one of them in one Tab walk per scene. Not measured: the unticked checkbox's and radio's own border, which the browser draws.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backgroundBehind, contrast, over, parseColour } from '../helpers/colour.js';
import { currentEngine, skipBecause } from '../helpers/engine.js';
import { SCENES, hostBox } from './scenes.js';

const PALETTES = [
  { name: 'near-black on white', style: 'color: #1a1a1a; background: #ffffff' },
  { name: '#767676 on white', style: 'color: #767676; background: #ffffff' },
  { name: 'light text on a dark page', style: 'color: #e6e6e6; background: #121416' },
  { name: '#7e7e7e on a dark page', style: 'color: #7e7e7e; background: #121416' },
];

/** The element that has focus, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `el` or inside its light or shadow tree. */
function inside(el: Element, node: Element): boolean {
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    if (at === el) return true;
  }
  return false;
}

function parentOf(el: Element): Element {
  return el.parentElement ?? (el.getRootNode() as ShadowRoot).host;
}

function label(el: Element): string {
  return `<${el.localName}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`;
}

/** The contrast of `colour` (as computed, maybe translucent) against the background behind `el`. */
function against(colour: string, el: Element): number {
  const background = backgroundBehind(el);
  return contrast(over(parseColour(colour), background), background);
}

describe('the colour checks can fail', () => {
  it('a light grey focus outline on white is below 3:1', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="background: #fff"><button style="outline: 3px solid #bbbbbb">x</button></div>`);
    expect(against(getComputedStyle(box.firstElementChild!).outlineColor, box)).to.be.below(3);
  });
});

/**
 * Tabs from nothing focused into the scene's element and returns each control reached, in order,
 * with what `check` says about it while it has focus.
 */
async function tabThrough(el: Element, check: (active: Element) => string[]): Promise<{ reached: number; problems: string[] }> {
  (deepActive() as HTMLElement | null)?.blur?.();
  const problems: string[] = [];
  const reached = new Set<Element>();
  for (let step = 0; step < 160; step += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (!active || !inside(el, active)) {
      if (reached.size) break;
      continue;
    }
    if (reached.has(active)) break;
    reached.add(active);
    problems.push(...check(active));
  }
  return { reached: reached.size, problems };
}

/**
 * The outline the kit's `:focus-visible` rule draws on `active` (`outline: var(--_focus)`), read by
 * applying the same value inline for a moment, so it is measured on every engine.
 */
function focusRing(active: HTMLElement): { style: string; width: number; colour: string } {
  const before = active.style.outline;
  active.style.outline = 'var(--_focus)';
  const computed = getComputedStyle(active);
  const ring = { style: computed.outlineStyle, width: parseFloat(computed.outlineWidth), colour: computed.outlineColor };
  active.style.outline = before;
  return ring;
}

const SCENES_WITH_CONTROLS = SCENES.filter((s) => s.controls !== false);

describe('focus visible (WCAG 2.4.7): Tab shows the focus outline on every control', () => {
  for (const scene of SCENES_WITH_CONTROLS) {
    it(`${scene.name}`, async function () {
      if ((await currentEngine()) === 'firefox') {
        await skipBecause(
          this,
          'Firefox does not match :focus-visible after a Tab sent by the test driver once the page has been clicked or focused by script',
        );
      }
      const host = await hostBox();
      const el = await scene.render(host);
      const { reached, problems } = await tabThrough(el, (active) => {
        const style = getComputedStyle(active);
        const found: string[] = [];
        // WebKit matches :focus-visible on a date or time field's inner part, not on the input: there the input's
        // :focus rule draws the ring (the outline is checked below either way).
        const typedField = active.matches('input[type="date"], input[type="time"]') && active.matches(':focus');
        if (!active.matches(':focus-visible') && !typedField) found.push(`${label(active)}: not :focus-visible after Tab`);
        if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
          found.push(`${label(active)}: outline ${style.outlineStyle} ${style.outlineWidth}`);
        }
        return found;
      });
      expect(problems).to.deep.equal([]);
      expect(reached, 'controls reached by Tab').to.be.greaterThan(0);
    });
  }
});

/** What falls short of 3:1 on the control `active` while it has focus, on the host palette now applied. */
function nonTextContrastProblems(active: Element): string[] {
  const found: string[] = [];
  const ring = focusRing(active as HTMLElement);
  if (ring.style === 'none' || ring.width < 2) found.push(`${label(active)}: focus outline ${ring.style} ${ring.width}px`);
  const ringContrast = against(ring.colour, parentOf(active));
  if (ringContrast < 3) found.push(`${label(active)}: focus outline ${ringContrast.toFixed(2)}:1`);
  const style = getComputedStyle(active);
  if (active.classList.contains('button')) {
    const edge = against(style.borderTopColor, parentOf(active));
    if (edge < 3) found.push(`${label(active)}: button border ${edge.toFixed(2)}:1`);
  }
  if (active instanceof HTMLInputElement && (active.type === 'checkbox' || active.type === 'radio')) {
    const tick = against(style.accentColor, parentOf(active));
    if (tick < 3) found.push(`${label(active)}: accent ${style.accentColor} ${tick.toFixed(2)}:1`);
  }
  return found;
}

/*
 * One Tab walk per scene checks every palette: while a control has focus, the host's colours are
 * switched palette by palette and the control measured under each. The kit's colours are CSS alone
 * (no script reads a colour), so this measures what a host with that palette shows, with a quarter
 * of the key presses of one walk per palette (the walks were most of this file's time).
 */
describe('non-text contrast (WCAG 1.4.11), computed', () => {
  for (const scene of SCENES_WITH_CONTROLS) {
    it(`${scene.name}: focus outline, button borders and ticks stand out 3:1 on every host palette`, async () => {
      const padding = 'padding: 1em';
      const host = await hostBox(`${PALETTES[0].style}; ${padding}`);
      const el = await scene.render(host);
      const { reached, problems } = await tabThrough(el, (active) =>
        PALETTES.flatMap((palette) => {
          host.setAttribute('style', `${palette.style}; ${padding}`);
          return nonTextContrastProblems(active).map((problem) => `${palette.name}: ${problem}`);
        }),
      );
      expect(problems).to.deep.equal([]);
      expect(reached, 'controls reached by Tab').to.be.greaterThan(0);
    });
  }
});
