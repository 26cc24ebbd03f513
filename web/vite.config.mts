// The explorer: a Preact page built by Vite into dist/web, which the service serves at /explorer.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/explorer/',
  // JSX for Preact without a plugin: Vite's own transformer, pointed at preact's JSX runtime.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // npm run dev:web: the page with hot reload; the API comes from the service (npm run dev, port 4000).
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Everything is bundled: the page works with no internet (no CDN, no remote fonts).
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
