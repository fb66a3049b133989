// Runs lit-localize's own transform mode (lit-localize.transform.json) inside
// the Vite build of a one-language script-tag bundle: each source module is
// compiled by TypeScript with lit-localize's transformer for that language, which
// replaces every `msg()` with its translated text and drops the runtime
// (`localeTransformers` is the library's API for bundlers; this is the few
// lines that give its transformer to Vite instead of @rollup/plugin-typescript).
// TypeScript's printer writes every non-ASCII letter of the texts the transformer
// puts in as an escape (`\u00E4` for ä), which terser leaves alone in templates:
// 86 of them in the Swedish kit. `unescapeText()` writes those letters and marks
// as themselves (the same strings to JavaScript; module scripts are UTF-8), which
// TypeScript has no option for (its printer's `neverAsciiEscape` is internal).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeTransformers } from '@lit/localize-tools/lib/rollup.js';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const SRC = resolve(root, 'src');

let program;
/** One TypeScript program over src/ for every language (type-checking it is the slow part). */
function sourceProgram() {
  if (program) return program;
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.build.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options = { ...config.options, noEmit: false, declaration: false, emitDeclarationOnly: false, sourceMap: false, outDir: resolve(root, 'dist/localized') };
  program = ts.createProgram(config.fileNames, options);
  return program;
}

/** The transformer factory of each locale, from the transform-mode config. */
export function localizeTransformers() {
  return new Map(localeTransformers(resolve(root, 'lit-localize.transform.json')).map(({ locale, localeTransformer }) => [locale, localeTransformer.factory]));
}

/** An escape preceded by an even number of backslashes (so itself an escape), of a letter, mark, punctuation or symbol. */
const TEXT_ESCAPE = /(?<=(?:^|[^\\])(?:\\\\)*)\\u([0-9A-Fa-f]{4})/g;
const WRITTEN_AS_ITSELF = /^[\p{L}\p{M}\p{P}\p{S}]$/u;

/** `code` with the escapes of non-ASCII text characters written as the characters. */
export function unescapeText(code) {
  return code.replace(TEXT_ESCAPE, (escape, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return char > '\x7f' && WRITTEN_AS_ITSELF.test(char) ? char : escape;
  });
}

/** A Vite plugin loading every src/ module compiled with `factory` (one locale's transformer). */
export function localizeTransform(factory) {
  return {
    name: 'care-lit-localize-transform',
    enforce: 'pre',
    load(id) {
      if (!id.startsWith(SRC) || !id.endsWith('.ts')) return null;
      const current = sourceProgram();
      const source = current.getSourceFile(id);
      if (!source) return null;
      let code = null;
      const { emitSkipped, diagnostics } = current.emit(source, (file, text) => {
        if (file.endsWith('.js')) code = text;
      }, undefined, false, { before: [factory(current)] });
      if (emitSkipped || code === null) throw new Error(`lit-localize transform emitted nothing for ${id}: ${ts.formatDiagnostics(diagnostics, ts.createCompilerHost({}))}`);
      return { code: unescapeText(code), map: null };
    },
  };
}
