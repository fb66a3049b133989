/**
 * WCAG 2.2 contrast (success criterion 1.4.3): relative luminance of an sRGB
 * colour and the ratio of two. Pure functions; the builder warns with them when
 * a chosen accent colour fails AA for text (4.5:1).
 */

/** AA for normal text. */
export const AA_TEXT = 4.5;

export type Rgb = readonly [red: number, green: number, blue: number];

/** `#rgb` or `#rrggbb` as 0–255 channels; null for anything else. */
export function parseHex(colour: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as unknown as Rgb;
}

/** `#rrggbb` for `#rgb` or `#rrggbb` (what `<input type="color">` takes); null for anything else. */
export function longHex(colour: string): string | null {
  const rgb = parseHex(colour);
  return rgb && `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance, 0 (black) to 1 (white), as WCAG defines it. */
export function relativeLuminance([red, green, blue]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** The contrast ratio of two colours, 1 to 21, whichever is lighter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Whether two hex colours reach `minimum` (AA for text by default); false when either is not a hex colour. */
export function passes(a: string, b: string, minimum = AA_TEXT): boolean {
  const [x, y] = [parseHex(a), parseHex(b)];
  return x !== null && y !== null && contrastRatio(x, y) >= minimum;
}
