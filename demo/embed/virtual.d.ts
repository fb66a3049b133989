/** dist/cdn-integrity.json's files, served by vite.config.ts's care-cdn-integrity plugin; null before `npm run build:cdn`. */
declare module 'virtual:care-cdn-integrity' {
  const files: import('./cdn.js').IntegrityFiles | null;
  export default files;
}
