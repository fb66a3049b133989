// Each one-language folder of script-tag bundles (dist/cdn/<lang>/) holds the
// texts of its language and none of the other two: the UI messages (from the
// XLIFF files) and the domain's texts (text/say/paraphrase and { en, sv, nb }
// literals in src/), and so does its standalone/ folder. And each bundle there
// loads with one more request at most, the folder's shared runtime, each one of
// standalone/ with none, before the patient opens an on-demand view; a view
// loaded with import() is a chunk beside its bundle, <bundle>-<name>-<hash>.js.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { CDN_DIR, LANGUAGES, STANDALONE, cdnEntries } from '../../scripts/build-cdn.mjs';
import { localizedTexts } from '../../scripts/pick-locale-texts.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const decode = (xml) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every text of the kit, `{ en, sv, nb }`: UI messages without placeholders, then the domain's. */
function allTexts() {
  const units = {};
  for (const locale of ['sv', 'nb']) {
    const xliff = readFileSync(resolve(root, `locales/${locale}.xlf`), 'utf8');
    for (const [, id, source, target] of xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([^<]*)<\/source>\s*<target>([^<]*)<\/target>/g)) {
      units[id] = { ...units[id], en: decode(source), [locale]: decode(target) };
    }
  }
  const sources = readdirSync(resolve(root, 'src'), { recursive: true }).filter((file) => String(file).endsWith('.ts') && !String(file).includes('generated'));
  const domain = sources.flatMap((file) => localizedTexts(readFileSync(resolve(root, 'src', String(file)), 'utf8')));
  return [...Object.values(units).filter((t) => t.sv && t.nb), ...domain];
}

/** A module's exported names and the names it imports from `specifier` (its static syntax only). */
function linkage(code, specifier) {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const exported = [];
  const imported = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      exported.push(...statement.exportClause.elements.map((e) => e.name.text));
    }
    const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : null;
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : statement.exportClause;
    if (from === specifier && bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))) {
      imported.push(...bindings.elements.map((e) => (e.propertyName ?? e.name).text));
    }
  }
  return { exported, imported };
}

/** Every module a bundle imports, statically or with import() (its syntax, not a text search). */
function importsIn(code) {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) found.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [spec] = node.arguments;
      found.push(spec && ts.isStringLiteralLike(spec) ? spec.text : `import(${spec?.getText() ?? ''})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const texts = allTexts();
/** A text a bundle can hold verbatim: long enough to mean something, nothing a minifier escapes. */
const checkable = (text) => text.length >= 12 && !/["'`\\\n]|\$\{/.test(text);

for (const language of LANGUAGES) {
  const files = readdirSync(resolve(CDN_DIR, language)).filter((file) => file.endsWith('.js'));
  const standalone = readdirSync(resolve(CDN_DIR, language, STANDALONE)).filter((file) => file.endsWith('.js'));
  const code = [...files, ...standalone.map((file) => `${STANDALONE}/${file}`)].map((file) => readFileSync(resolve(CDN_DIR, language, file), 'utf8')).join('\n');
  const own = texts.map((t) => t[language]);

  test(`dist/cdn/${language}/ holds ${language} texts and no text of another language`, () => {
    assert.ok(texts.length > 200, `${texts.length} texts found`);
    const foreign = texts
      .flatMap((t) => LANGUAGES.filter((other) => other !== language).map((other) => t[other]))
      .filter((text) => checkable(text) && !own.some((mine) => mine.includes(text)))
      .filter((text) => code.includes(text));
    assert.deepEqual(foreign, []);
    const present = own.filter(checkable).filter((text) => code.includes(text));
    assert.ok(present.length > 150, `${present.length} ${language} texts found in the bundles`);
  });

  // A dynamic import() in the sources becomes a chunk beside its bundle, <bundle>-<name>-<hash>.js,
  // which may import the runtime, its bundle and other chunks of the folder.
  const names = cdnEntries().map(([name]) => name);
  const allowed = (folder, file, runtime) => {
    const name = file.replace(/\.js$/, '');
    const chunk = names.includes(name) ? (spec) => spec.startsWith(`./${name}-`) && folder.includes(spec.slice(2)) : (spec) => folder.includes(spec.slice(2));
    return (spec) => (runtime && spec === './care-runtime.js') || chunk(spec);
  };

  test(`each bundle in dist/cdn/${language}/ imports the folder's runtime, and nothing else but its own lazily loaded chunks`, () => {
    for (const name of names) assert.ok(files.includes(`${name}.js`), `${name}.js`);
    for (const file of files) {
      const imports = importsIn(readFileSync(resolve(CDN_DIR, language, file), 'utf8'));
      if (file === 'care-runtime.js') {
        assert.deepEqual(imports, [], file);
        continue;
      }
      if (names.includes(file.replace(/\.js$/, ''))) assert.ok(imports.includes('./care-runtime.js'), `${file} imports the runtime`);
      assert.deepEqual(imports.filter((spec) => !allowed(files, file, true)(spec)), [], `${file} imports only the runtime and its own chunks`);
    }
  });

  test(`dist/cdn/${language}/${STANDALONE}/ holds the kit and each element, each one file that imports nothing but its own lazy chunks`, () => {
    for (const name of names) assert.ok(standalone.includes(`${name}.js`), `${STANDALONE}/${name}.js`);
    for (const file of standalone) {
      const source = readFileSync(resolve(CDN_DIR, language, STANDALONE, file), 'utf8');
      assert.deepEqual(importsIn(source).filter((spec) => !allowed(standalone, file, false)(spec)), [], `${file} imports nothing but its own chunks`);
      if (names.includes(file.replace(/\.js$/, ''))) assert.match(source, /customElements/, `${file} defines its elements`);
    }
  });

  test(`every name a bundle in dist/cdn/${language}/ imports from the runtime is one it exports`, () => {
    const { exported } = linkage(readFileSync(resolve(CDN_DIR, language, 'care-runtime.js'), 'utf8'));
    assert.ok(exported.includes('html') && exported.includes('CareElement'), 'the runtime exports Lit and the base element');
    for (const file of files.filter((f) => f !== 'care-runtime.js')) {
      const { imported } = linkage(readFileSync(resolve(CDN_DIR, language, file), 'utf8'), './care-runtime.js');
      assert.ok(imported.length > 0, `${file} imports from the runtime`);
      assert.deepEqual(imported.filter((name) => !exported.includes(name)), [], `${file}: names the runtime does not export`);
    }
  });
}
