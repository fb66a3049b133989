// A Vite plugin for the script-tag bundles: in the domain's content modules it
// moves every Swedish and Norwegian text out of the code into lazily loaded
// chunks, one per module and language, so a page downloads only its language.
// It rewrites `text(en, sv, nb)`, `say(source, en, sv, nb)`,
// `paraphrase(source, renders, en, sv, nb)` (leaving `renders` out of the bundle)
// and object literals `{ en: '…', sv: '…', nb: '…' }` whose values are string
// literals. No bundler plugin we know of moves chosen string literals of a module
// into per-language chunks, so this one is ours.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { applyEdits } from './source-edits.mjs';

const LAZY_TEXT = fileURLToPath(new URL('../src/domain/lazy-text.ts', import.meta.url));
const DOMAIN = fileURLToPath(new URL('../src/domain/', import.meta.url));
const PREFIX = 'care-texts:';
const SKIP = /\/(lazy-text|text|locale|ids)\.ts$/;

const isString = (node) => node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));

function localizedObject(node) {
  if (!ts.isObjectLiteralExpression(node) || node.properties.length !== 3) return null;
  const byName = {};
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property) || !isString(property.initializer)) return null;
    byName[property.name.getText()] = property.initializer;
  }
  return byName.en && byName.sv && byName.nb ? byName : null;
}

/** Returns the rewritten code and the sv/nb tables, or null when nothing moved. */
export function splitTexts(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const tables = { sv: [], nb: [] };
  const lazy = (en, sv, nb) => {
    tables.sv.push(sv.text);
    tables.nb.push(nb.text);
    return `__lazyText(${en.getText()}, __texts, ${tables.sv.length - 1})`;
  };
  // What say() and paraphrase() return: the source's id and the source itself (the
  // argument is the name of a source constant, so naming it twice costs nothing).
  // In parentheses, so that `say(…).text` stays an expression wherever it stands.
  const statement = (source, en, sv, nb) => `({ source: ${source.getText()}.id, from: ${source.getText()}, text: ${lazy(en, sv, nb)} })`;
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const [a, b, c, d] = node.arguments;
      if (node.expression.text === 'text' && node.arguments.length === 3 && [a, b, c].every(isString)) {
        edits.push({ start: node.getStart(), end: node.end, text: lazy(a, b, c) });
        return;
      }
      if (node.expression.text === 'say' && node.arguments.length === 4 && [b, c, d].every(isString)) {
        edits.push({ start: node.getStart(), end: node.end, text: statement(a, b, c, d) });
        return;
      }
      // `renders` (the seed sentence a paraphrase renders) is for the seed-fidelity
      // test and the reader of the source; the bundle leaves it out.
      const e = node.arguments[4];
      if (node.expression.text === 'paraphrase' && node.arguments.length === 5 && [c, d, e].every(isString)) {
        edits.push({ start: node.getStart(), end: node.end, text: statement(a, c, d, e) });
        return;
      }
    }
    const object = localizedObject(node);
    if (object) {
      edits.push({ start: node.getStart(), end: node.end, text: lazy(object.en, object.sv, object.nb) });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return null;
  const out = applyEdits(code, edits);
  const id = encodeURIComponent(fileName);
  const header =
    `import { lazyText as __lazyText, textTable as __textTable } from ${JSON.stringify(LAZY_TEXT)};\n` +
    `const __texts = __textTable({ sv: () => import(${JSON.stringify(`${PREFIX}sv:${id}`)}), nb: () => import(${JSON.stringify(`${PREFIX}nb:${id}`)}) });\n`;
  // Imports stay first; the table goes right after the last of them.
  const lastImport = source.statements.filter(ts.isImportDeclaration).at(-1);
  const at = lastImport ? lastImport.end : 0;
  // Edits never touch import declarations, so `at` is still valid after them.
  return { code: out.slice(0, at) + '\n' + header + out.slice(at), tables };
}

export function splitLocaleTexts() {
  const tables = new Map();
  return {
    name: 'care-split-locale-texts',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const [locale, file] = id.slice(PREFIX.length + 1).split(/:(.*)/s);
      return `export default ${JSON.stringify(tables.get(decodeURIComponent(file))?.[locale] ?? [])};`;
    },
    transform(code, id) {
      if (!id.startsWith(DOMAIN) || !id.endsWith('.ts') || SKIP.test(id)) return null;
      const result = splitTexts(code, id);
      if (!result) return null;
      tables.set(id, result.tables);
      return { code: result.code, map: null };
    },
  };
}
