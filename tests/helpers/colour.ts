import { contrastRatio } from '../../demo/embed/contrast.js';

/**
 * Computed colours as numbers, and WCAG's contrast ratio between them. Engines write a
 * computed colour as `rgb()`/`rgba()` or, for a `color-mix()`, as `color(srgb r g b / a)`.
 */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** Parses a computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`); throws on anything else. */
export function parseColour(value: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(value);
  if (srgb) {
    const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((n) => Number(n) * 255);
    return { r: r!, g: g!, b: b!, a: srgb[4] === undefined ? 1 : Number(srgb[4]) };
  }
  const rgb = /^rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\)$/.exec(value);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? Number(rgb[4].slice(0, -1)) / 100 : Number(rgb[4]);
    return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: alpha };
  }
  throw new Error(`cannot read the colour ${value}`);
}

/** `top` drawn over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/**
 * WCAG's contrast ratio of two opaque colours, 1 to 21: the embed builder's own
 * function, which tests/embed/contrast.test.ts checks against WCAG's published values.
 */
export function contrast(a: Rgba, b: Rgba): number {
  return contrastRatio([a.r, a.g, a.b], [b.r, b.g, b.b]);
}

/** The element a node is drawn in: its parent, or the host across a shadow boundary. */
function parentOf(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
}

/**
 * The opaque background behind `el`'s box: the first ancestor (shadow hosts crossed) with a
 * background colour, translucent ones layered, over the page's white.
 */
export function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour.a > 0) layers.push(colour);
    if (colour.a >= 1) break;
  }
  return layers.reverse().reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 } as Rgba);
}
