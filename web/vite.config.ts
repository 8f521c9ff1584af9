import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Three pages, one build: hashed assets under dist/assets (served immutable), pages revalidated
// (src/web/routes.ts). Everything a page needs is bundled: no CDN, nothing loaded from another host.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Small images and fonts become data: URIs (allowed by the pages' CSP); nothing else is inlined.
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      // graphiql's dependencies mark React Server Components boundaries ("use client"), meaningless in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        analyst: fileURLToPath(new URL('analyst.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
      },
    },
  },
});
