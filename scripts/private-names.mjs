// The kit's provably internal member names, for terser to shorten in the
// script-tag bundles (scripts/build-cdn.mjs), as Lit's own build shortens its
// `_`-prefixed members. A name qualifies when the sources declare it only as a
// TypeScript `private` member, and nowhere as anything else: no public or
// protected member, no object or interface key, no destructured name, no
// property read on anything but `this`, no string (so no `static properties`
// key, attribute, event or storage field), Lit's code has no property of that
// name, and it is no DOM property (terser's list). Lit's own `_$` members are
// never touched.
//
// Why no library does it: terser mangles properties by a pattern or a list,
// and the kit's private members have no common prefix; the list has to come
// from the TypeScript sources, which only the TypeScript compiler reads.
// Tested by tests/node/private-names.test.mjs and, on the built bundles, by
// tests/hardening/minified.test.ts (the bundles render as the sources do).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
// terser's own list of DOM property names, which it never shortens (not in its package exports, so by path).
import { domprops } from '../node_modules/terser/tools/domprops.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The names `code` (TypeScript) declares as private members, and every other name it uses as a property or string. */
export function memberNames(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const privates = new Set();
  const others = new Set();
  const isPrivate = (node) => node.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword) ?? false;
  const visit = (node) => {
    const named = node.name && (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name) || ts.isStringLiteralLike(node.name));
    if (named && (ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node) || ts.isParameter(node))) {
      if (isPrivate(node) && ts.isIdentifier(node.name)) privates.add(node.name.text);
      else if (!ts.isParameter(node) || node.modifiers?.length) others.add(node.name.text);
    } else if (named && (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isEnumMember(node))) {
      others.add(node.name.text);
    } else if (ts.isBindingElement(node)) {
      others.add((node.propertyName ?? node.name).getText());
    } else if (ts.isPropertyAccessExpression(node) && node.expression.kind !== ts.SyntaxKind.ThisKeyword) {
      others.add(node.name.text);
    } else if (ts.isStringLiteralLike(node)) {
      others.add(node.text);
      // A template's text (html``, css``) may name a property (`.value=${…}`): every word in it counts.
      if (ts.isNoSubstitutionTemplateLiteral(node)) for (const word of node.text.match(/[\w$]+/g) ?? []) others.add(word);
    }
    if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) for (const word of node.text.match(/[\w$]+/g) ?? []) others.add(word);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { privates, others };
}

/** Every property name Lit's production code uses (`.name`, `name:` and strings). */
function litNames() {
  const names = new Set();
  for (const pkg of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize']) {
    const dir = resolve(root, 'node_modules', pkg);
    for (const file of readdirSync(dir, { recursive: true })) {
      if (!/\.js$/.test(String(file)) || /development|node\/|\.d\.ts/.test(String(file))) continue;
      const code = readFileSync(resolve(dir, String(file)), 'utf8');
      for (const m of code.matchAll(/\.\s*([\w$]+)|([\w$]+)\s*:|["'`]([\w$]+)["'`]/g)) names.add(m[1] ?? m[2] ?? m[3]);
    }
  }
  return names;
}

/** Of the modules' `codes`, the private member names no module (nor `reserved`) uses otherwise (sorted). */
export function internalNames(codes, reserved = new Set()) {
  const privates = new Set();
  const others = new Set(reserved);
  for (const code of codes) {
    const names = memberNames(code);
    names.privates.forEach((n) => privates.add(n));
    names.others.forEach((n) => others.add(n));
  }
  return [...privates].filter((name) => !others.has(name) && !name.startsWith('_$')).sort();
}

/** The private member names of src/ that no other code of the kit or of Lit uses as a property, and no DOM object has. */
export function privateNames() {
  const src = resolve(root, 'src');
  const files = readdirSync(src, { recursive: true }).filter((file) => String(file).endsWith('.ts'));
  return internalNames(files.map((file) => readFileSync(resolve(src, String(file)), 'utf8')), new Set([...litNames(), ...domprops]));
}

/** Terser's name generator for them: `$` and a letter or two, which no property of the kit, of Lit or of the DOM has. */
export const dollarNames = {
  get(n) {
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    return n < letters.length ? `$${letters[n]}` : `$${letters[Math.floor(n / letters.length) - 1]}${letters[n % letters.length]}`;
  },
};
