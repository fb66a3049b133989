// A Vite plugin for the one-language script-tag bundles (dist/cdn/<lang>/): in
// the kit's sources it empties every text of the other two languages, so that a
// Swedish bundle carries Swedish and nothing else. It empties the string
// literals of `text(en, sv, nb)`, `say(source, en, sv, nb)`,
// `paraphrase(source, renders, en, sv, nb)` (whose `renders`, the seed's own
// sentence, only the seed-fidelity test reads), calls of a module's own
// functions whose last parameters are `en, sv, nb` (treatments.ts has two), and
// object literals `{ en: '…', sv: '…', nb: '…' }`; the code around them stays.
//
// Why no library does it: lit-localize's transform mode (which this build uses
// for the UI messages) replaces `msg()` calls only, and the domain's texts are
// plain data the domain module (which knows nothing of Lit) keeps in all three
// languages. A bundler `define` of the build's language cannot drop them either:
// a call's arguments are evaluated whatever the callee does with them, and no
// minifier in the toolchain inlines a function called hundreds of times.
import ts from 'typescript';
import { applyEdits, literalTextRange } from './source-edits.mjs';

const LOCALES = ['en', 'sv', 'nb'];
const isString = (node) => node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));

/** Names of the module's functions whose last three parameters are `en, sv, nb`, by parameter count. */
function textFunctions(source) {
  const found = new Map([['text', 3], ['say', 4]]);
  const visit = (node) => {
    const fn = ts.isFunctionDeclaration(node) ? node : ts.isVariableDeclaration(node) && node.initializer && ts.isArrowFunction(node.initializer) ? node.initializer : null;
    const name = ts.isFunctionDeclaration(node) ? node.name?.text : ts.isVariableDeclaration(node) ? node.name.getText() : undefined;
    if (fn && name && fn.parameters.slice(-3).map((p) => p.name.getText()).join() === 'en,sv,nb') found.set(name, fn.parameters.length);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A text's literals by locale, and the literals only the seed-fidelity test reads. */
function localizedLiterals(node, functions) {
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
    const args = node.arguments;
    const name = node.expression.text;
    if (name === 'paraphrase' && args.length === 5) {
      const texts = byLocale(args.slice(2));
      return texts && isString(args[1]) ? { ...texts, seedOnly: [args[1]] } : texts;
    }
    return functions.get(name) === args.length ? byLocale(args.slice(-3)) : null;
  }
  if (ts.isObjectLiteralExpression(node) && node.properties.length === 3) {
    const byName = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property) || !isString(property.initializer)) return null;
      byName[property.name.getText()] = property.initializer;
    }
    return LOCALES.every((locale) => byName[locale]) ? { literals: byName, seedOnly: [] } : null;
  }
  return null;
}

function byLocale([en, sv, nb]) {
  return [en, sv, nb].every(isString) ? { literals: { en, sv, nb }, seedOnly: [] } : null;
}

/** Every localized text in `code`: `{ en, sv, nb }` strings, for tests. */
export function localizedTexts(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const functions = textFunctions(source);
  const found = [];
  const visit = (node) => {
    const texts = localizedLiterals(node, functions);
    if (texts) found.push(Object.fromEntries(LOCALES.map((locale) => [locale, texts.literals[locale].text])));
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `code` with the texts of every locale but `locale` emptied. */
export function pickTexts(code, locale, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const functions = textFunctions(source);
  const edits = [];
  const empty = (literal) => edits.push({ ...literalTextRange(literal, source), text: '' });
  const visit = (node) => {
    const texts = localizedLiterals(node, functions);
    if (!texts) return ts.forEachChild(node, visit);
    for (const other of LOCALES.filter((l) => l !== locale)) empty(texts.literals[other]);
    texts.seedOnly.forEach(empty);
  };
  visit(source);
  return edits.length ? applyEdits(code, edits) : null;
}

export function pickLocaleTexts(locale) {
  return {
    name: 'care-pick-locale-texts',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const picked = pickTexts(code, locale, id);
      return picked === null ? null : { code: picked, map: null };
    },
  };
}
