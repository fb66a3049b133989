// What a script-tag bundle's gzip bytes are made of: the Lit runtime, the
// English prose it carries (domain texts and UI messages), and the rest (the
// elements' code and styles). Shows how far a size goal can be reached
// without dropping content. Both parts are estimates: gzip does not add up.
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Prose: three words or more, and no markup, CSS or code in it. */
const isProse = (text) => /\p{L}{2,}[,.]? \p{L}{2,}[,.]? \p{L}{2,}/u.test(text) && !/[<>{};=]/.test(text);

/** The code with every prose string and template part emptied. */
export function withoutProse(code) {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const cuts = [];
  const visit = (node) => {
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    if (literal && isProse(node.text)) {
      // The text sits between its delimiters: a quote, ` or } before; a quote, ` or ${ after.
      const close = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1;
      cuts.push({ start: node.getStart(source) + 1, end: node.getEnd() - close });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const { start, end } of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + out.slice(end);
  return out;
}

/** Gzip bytes the bundle's English prose adds: the bundle against itself without it. */
export function proseBytes(files) {
  return files.reduce((sum, code) => sum + gzip(code) - gzip(withoutProse(code)), 0);
}
