// A Vite plugin for the script-tag bundles: collapses the whitespace and
// comments inside Lit's css`…` templates, which a JavaScript minifier leaves
// as they are. Only the template's literal text changes; `${…}` parts stay.
//
// Why no library here: the minifiers in the toolchain (Rolldown's, esbuild) do
// not touch template literals' text. The Lit team's
// @lit-labs/rollup-plugin-minify-html-literals does, for css`` and html``,
// with clean-css and html-minifier-terser; it is not a dependency of the
// project yet (adding it is a package.json decision; it would also shrink the
// html`` templates). Tested by tests/node/minify-css.test.mjs.
import ts from 'typescript';
import { applyEdits, literalTextRange } from './source-edits.mjs';

/** CSS without comments and needless whitespace; a space between selectors (a descendant combinator) stays. No space follows a colon in a selector, so one after a colon is always a declaration's. */
export function collapseCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** An edit collapsing the text of every css`…` template part in `code`. */
function cssTemplateEdits(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'css') {
      const template = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const literal of literals) {
        const { start, end } = literalTextRange(literal, source);
        edits.push({ start, end, text: collapseCss(code.slice(start, end)) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edits;
}

export function minifyCssTemplates() {
  return {
    name: 'care-minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: applyEdits(code, cssTemplateEdits(code, id)), map: null };
    },
  };
}
