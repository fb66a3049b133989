// A Vite plugin for one script-tag bundle: keeps in the lazily loaded sv and nb
// UI-message modules (src/generated/locales/*.ts) only the messages the
// bundle's own code asks for, so a Swedish page with one element does not
// download every other element's translations. Messages are found by their
// explicit ids (`msg('…', { id: 'timer.start' })`) in the bundle's sources.
// Only the language-following bundles need it: the one-language bundles get
// their messages from lit-localize's transform mode, which inlines just the
// `msg()` calls a bundle has.
//
// Why no library does it: lit-localize's runtime mode generates one module per
// language with every message of the project, and has no option to split it by
// entry point; a bundler cannot tree-shake the entries of one object literal.
// Tested by tests/node/cdn-messages.test.mjs (no message missing, none foreign).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { applyEdits } from './source-edits.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const GENERATED_LOCALE = /\/src\/generated\/locales\/[\w-]+\.ts$/;

/** Every `id: '…'` in the given sources: a superset of the message ids they use. */
function messageIdsIn(sources) {
  return new Set(sources.flatMap((code) => [...code.matchAll(/\bid:\s*['"`]([\w.-]+)['"`]/g)].map((match) => match[1])));
}

/** The source files an entry bundles, the generated translations left out. */
async function sourcesOf(entry) {
  const { metafile } = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent', absWorkingDir: root });
  return Object.keys(metafile.inputs)
    .filter((file) => file.startsWith('src/') && !GENERATED_LOCALE.test(`/${file}`))
    .map((file) => readFileSync(resolve(root, file), 'utf8'));
}

/** The generated module's code with only the `templates` entries whose id is kept. */
function keepMessages(code, fileName, keep) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const removals = [];
  // A removed entry takes its trailing comma along; a trailing comma before `}` is valid.
  const withComma = (end) => end + (code.slice(end).match(/^\s*,/)?.[0].length ?? 0);
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'templates' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        const id = property.name && ts.isStringLiteral(property.name) ? property.name.text : property.name?.getText();
        if (!keep.has(id)) removals.push({ start: property.getFullStart(), end: withComma(property.getEnd()), text: '' });
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return applyEdits(code, removals);
}

export function pruneUiMessages(entry) {
  let keep;
  return {
    name: 'care-prune-ui-messages',
    enforce: 'pre',
    async buildStart() {
      keep = messageIdsIn(await sourcesOf(entry));
    },
    transform(code, id) {
      return GENERATED_LOCALE.test(id) ? { code: keepMessages(code, id, keep), map: null } : null;
    },
  };
}
