/**
 * Layout checks for WCAG 1.4.12 (text spacing): the criterion's spacing applied
 * inside shadow roots, and the two ways text is lost when it grows: clipped by a
 * box that hides its overflow, or drawn over other text.
 */

/** WCAG 1.4.12's values: line height 1.5, paragraphs 2, letter 0.12 and word 0.16 times the font size. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Every shadow root inside `root`'s tree, nested ones included (the root's own first). */
export function shadowRoots(root: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (node: Element) => {
    if (node.shadowRoot) {
      found.push(node.shadowRoot);
      for (const child of node.shadowRoot.querySelectorAll('*')) walk(child);
    }
  };
  walk(root);
  for (const child of root.querySelectorAll('*')) walk(child);
  return found;
}

/**
 * Applies the spacing inside every shadow root of `root` (a document stylesheet does not reach into
 * them) and in the document; returns the function that removes it.
 */
export function applyTextSpacing(root: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING_CSS);
  const targets: (ShadowRoot | Document)[] = [document, ...shadowRoots(root)];
  for (const target of targets) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return () => {
    for (const target of targets) target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Elements of `root`'s light and shadow trees (not `root` itself). */
function allElements(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/**
 * Screen-reader-only text, hidden on purpose: the kit's `.visually-hidden`, or the same pattern
 * elsewhere (a box of at most 1 × 1 px that hides its overflow, such as the stacked comparison's
 * column headers).
 */
function visuallyHidden(el: Element | null): boolean {
  for (let node = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    if (node.classList.contains('visually-hidden')) return true;
    const style = getComputedStyle(node);
    if (style.overflow === 'hidden' && node.clientWidth <= 1 && node.clientHeight <= 1 && style.position === 'absolute') return true;
  }
  return false;
}

function label(el: Element): string {
  const name = el.localName + (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
  return `<${name}> "${text}"`;
}

/**
 * Boxes that hide overflow (overflow hidden or clip) and hold more than they show, by more than a
 * pixel. Scrolling boxes are left out (their content stays reachable), as is screen-reader-only text.
 */
export function clippedBoxes(root: Element): string[] {
  const problems: string[] = [];
  for (const el of [root, ...allElements(root)]) {
    if (visuallyHidden(el) || !(el instanceof HTMLElement || el instanceof SVGElement)) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.display === 'contents') continue;
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    const x = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    const y = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    if (x || y) problems.push(`${label(el)} clips its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
  }
  return problems;
}

/** Content wider than the element's own box: text pushed out past its right or left edge. */
export function overflowsHost(el: HTMLElement): string | undefined {
  if (el.scrollWidth <= el.clientWidth + 1) return undefined;
  const edge = el.getBoundingClientRect().right;
  const past = allElements(el).filter((child) => child.getBoundingClientRect().right > edge + 1);
  const names = past.slice(-3).map(label).join(', ');
  return `${label(el)} is ${el.scrollWidth} px wide in ${el.clientWidth} px (past its edge: ${names || 'text'})`;
}

interface Fragment {
  readonly text: Text;
  readonly rect: DOMRect;
}

/** Each visible line fragment of each text node in `root`'s trees. */
function textFragments(root: Element): Fragment[] {
  const fragments: Fragment[] = [];
  const roots: ParentNode[] = [root, ...shadowRoots(root)];
  for (const tree of roots) {
    const walker = document.createTreeWalker(tree, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.data.trim() || visuallyHidden(node.parentElement)) continue;
      const parentStyle = node.parentElement && getComputedStyle(node.parentElement);
      if (!parentStyle || parentStyle.visibility === 'hidden') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) fragments.push({ text: node, rect });
    }
  }
  return fragments;
}

/**
 * Pairs of text line fragments that are drawn over each other: they share more than 2 px across and
 * more than a quarter of the shorter one's height.
 */
export function overlappingText(root: Element): string[] {
  const fragments = textFragments(root);
  const problems: string[] = [];
  for (let i = 0; i < fragments.length; i += 1) {
    for (let j = i + 1; j < fragments.length; j += 1) {
      const a = fragments[i]!;
      const b = fragments[j]!;
      if (a.text === b.text) continue;
      const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (width > 2 && height > 0.25 * Math.min(a.rect.height, b.rect.height)) {
        problems.push(`"${a.text.data.trim().slice(0, 40)}" overlaps "${b.text.data.trim().slice(0, 40)}"`);
      }
    }
  }
  return problems;
}
