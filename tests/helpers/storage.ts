/**
 * Makes every localStorage access throw, as in a sandboxed iframe or with site data blocked.
 * WebKit may keep handing a hot `window.localStorage` read in another module the real object
 * after the getter is replaced, so the Storage methods refuse too. Returns the restore function.
 */
export function refuseStorage(): () => void {
  const refuse = () => {
    throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
  };
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', { configurable: true, get: refuse });
  const methods = ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const;
  const originals = methods.map((name) => Storage.prototype[name]);
  for (const name of methods) Storage.prototype[name] = refuse;
  return () => {
    Object.defineProperty(window, 'localStorage', original);
    methods.forEach((name, i) => Object.assign(Storage.prototype, { [name]: originals[i] }));
  };
}
