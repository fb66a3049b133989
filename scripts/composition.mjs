// What a script-tag bundle's gzip bytes are made of: the Lit runtime, the
// English prose it carries (domain texts and UI messages), and the rest (the
// elements' code and styles). Shows how far a size goal can be reached
// without dropping content. Both parts are estimates: gzip does not add up.
import ts from 'typescript';
import { gzipBytes } from './gzip-bytes.mjs';
import { applyEdits, literalTextRange } from './source-edits.mjs';

/** Prose: three words or more, and no markup, CSS or code in it. */
const isProse = (text) => /\p{L}{2,}[,.]? \p{L}{2,}[,.]? \p{L}{2,}/u.test(text) && !/[<>{};=]/.test(text);

/** The code with every prose string and template part emptied. */
export function withoutProse(code) {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    if (literal && isProse(node.text)) edits.push({ ...literalTextRange(node, source), text: '' });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return applyEdits(code, edits);
}

/** Gzip bytes of the files with their prose emptied; a bundle's gzip minus this is what its English prose adds. */
export function gzipWithoutProse(codes) {
  return codes.reduce((sum, code) => sum + gzipBytes(withoutProse(code)), 0);
}
