// Each one-language folder of script-tag bundles (dist/cdn/<lang>/) holds the
// texts of its language and none of the other two: the UI messages (from the
// XLIFF files) and the domain's texts (text/say/paraphrase and { en, sv, nb }
// literals in src/). And each bundle there loads with one more request at most,
// the folder's shared runtime, and nothing lazily.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { CDN_DIR, LANGUAGES } from '../../scripts/build-cdn.mjs';
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

const texts = allTexts();
/** A text a bundle can hold verbatim: long enough to mean something, nothing a minifier escapes. */
const checkable = (text) => text.length >= 12 && !/["'`\\\n]|\$\{/.test(text);

for (const language of LANGUAGES) {
  const files = readdirSync(resolve(CDN_DIR, language)).filter((file) => file.endsWith('.js'));
  const code = files.map((file) => readFileSync(resolve(CDN_DIR, language, file), 'utf8')).join('\n');
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

  test(`each bundle in dist/cdn/${language}/ imports only the folder's runtime, and nothing lazily`, () => {
    for (const file of files) {
      const source = readFileSync(resolve(CDN_DIR, language, file), 'utf8');
      const imports = [...source.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)].map((m) => m[1]);
      assert.deepEqual([...new Set(imports)], file === 'care-runtime.js' ? [] : ['./care-runtime.js'], file);
      assert.doesNotMatch(source, /import\(/, `${file} loads nothing lazily`);
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
