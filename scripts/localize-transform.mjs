// Runs lit-localize's own transform mode (lit-localize.transform.json) inside
// the Vite build of a one-language script-tag bundle: each source module is
// compiled by TypeScript with lit-localize's transformer for that language, which
// replaces every `msg()` with its translated text and drops the runtime
// (`localeTransformers` is the library's API for bundlers; this is the few
// lines that give its transformer to Vite instead of @rollup/plugin-typescript).
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
      return { code, map: null };
    },
  };
}
