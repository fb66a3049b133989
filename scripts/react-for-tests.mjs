// React ships CommonJS only. For the React wrapper test, this dev-server plugin
// serves React and ReactDOM as one ES module, bundled by esbuild on request,
// and points the bare imports 'react', 'react-dom' and 'react-dom/client' at it.
import { build } from 'esbuild';

const BUNDLE = '/__react-bundle.js';
const SPECIFIERS = new Set(['react', 'react-dom', 'react-dom/client']);

const ENTRY = `
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
export default React;
export const { createElement } = React;
export const { flushSync } = ReactDOM;
export const { createRoot } = ReactDOMClient;
`;

export function reactForTests() {
  let code;
  return {
    name: 'react-for-tests',
    resolveImport({ source }) {
      return SPECIFIERS.has(source) ? BUNDLE : undefined;
    },
    async serve(context) {
      if (context.path !== BUNDLE) return undefined;
      code ??= (
        await build({
          stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'js' },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"production"' },
        })
      ).outputFiles[0].text;
      return { body: code, type: 'js' };
    },
  };
}
