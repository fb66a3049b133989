import { defineConfig } from 'vite';

// Two pages: the whole kit, and one element's entry alone.
export default defineConfig({
  build: { rollupOptions: { input: ['index.html', 'single.html'] } },
});
