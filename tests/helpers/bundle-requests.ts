/** The paths under /dist/cdn/ (the built script-tag bundles and their chunks) this page has requested so far. */
export const bundleRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/'));
