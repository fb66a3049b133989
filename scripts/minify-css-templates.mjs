// A Vite plugin for the script-tag bundles: collapses the whitespace and
// comments inside Lit's css`…` templates, which a JavaScript minifier leaves
// as they are. Only the template's literal text changes; `${…}` parts stay.
import ts from 'typescript';

/** CSS without comments and needless whitespace; a space between selectors (a descendant combinator) stays. No space follows a colon in a selector, so one after a colon is always a declaration's. */
export function collapseCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function cssTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const parts = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'css') {
      const template = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const literal of literals) {
        // The literal's raw text sits between its delimiters: ` or } before, ` or ${ after.
        const start = literal.getStart(source) + 1;
        const end = literal.getEnd() - (ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1);
        parts.push({ start, end });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return parts;
}

export function minifyCssTemplates() {
  return {
    name: 'care-minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let out = code;
      for (const { start, end } of cssTemplates(code, id).sort((a, b) => b.start - a.start)) {
        out = out.slice(0, start) + collapseCss(out.slice(start, end)) + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
