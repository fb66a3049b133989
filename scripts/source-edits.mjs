// Edits to source text found with the TypeScript parser, shared by the build
// plugins and the size breakdown.
import ts from 'typescript';

/** Where a string or template literal's own text sits: between a quote, ` or } and a quote, ` or ${. */
export function literalTextRange(literal, source) {
  const close = ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1;
  return { start: literal.getStart(source) + 1, end: literal.getEnd() - close };
}

/** `code` with each `{ start, end, text }` range replaced; ranges must not overlap. */
export function applyEdits(code, edits) {
  let out = code;
  for (const { start, end, text } of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
