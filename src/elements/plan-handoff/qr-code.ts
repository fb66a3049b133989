/**
 * The QR code of a link, drawn in the browser as inline SVG: no image request,
 * no canvas, sharp at any size and in print. lean-qr makes the matrix and its
 * outline (the reasons for choosing it are in the commit that added it); this
 * module only puts it in an `<svg>` with an accessible name.
 *
 * The code is always dark modules on a light square with a four-module quiet
 * zone, whatever the host's colours or forced colours: scanners need that.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/** The quiet zone around the code, in modules (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  /** The dark modules' outline, in module units from the code's corner. */
  readonly path: string;
}

/**
 * The QR code of `text` at error correction M (a code still reads with about
 * 15 % of it smudged or folded); null when `text` does not fit in a QR code.
 */
export function qrMatrix(text: string): QrMatrix | null {
  try {
    const code = generate(text, { minCorrectionLevel: correction.M });
    return { size: code.size, path: toSvgPath(code) };
  } catch {
    return null;
  }
}

/** The code as an SVG image named `label`. */
export function renderQr(matrix: QrMatrix, label: string): TemplateResult {
  const side = matrix.size + 2 * QUIET_ZONE;
  return html`<svg class="qr" part="qr" role="img" aria-label=${label} viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}"
    shape-rendering="crispEdges" data-modules=${matrix.size}>
    <rect x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${side} height=${side} fill="#fff"></rect>
    <path d=${matrix.path} fill="#000"></path>
  </svg>`;
}
