import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dist');

/**
 * Builds the SPA into `apps/web/dist`, which the server serves (apps/server/src/app.ts, registerWebApp).
 * In development, `vite` proxies the API and the WebSocket to the server on :8080 so that cookies stay
 * same-origin exactly as in production.
 */
export default defineConfig({
  plugins: [react(), precompress(outDir)],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Budget check: the Home page's initial JS must stay under 120 KB gzipped (issue 7); the build prints sizes.
    reportCompressedSize: true,
    // Read by the e2e budget check (e2e/bundle-budget.ts) to know which chunks a first visit needs.
    manifest: true,
    // three.js (the Constellation's own chunk, ≈ 250 KB gzipped) is expected to be large.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // The contracts only declare schemas and constants: importing `ApiPath` must not drag every schema
      // (and zod, ~30 KB gzipped) into the initial chunk. Pages that parse replies import them themselves.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/contracts/') },
      output: {
        codeSplitting: {
          // One cacheable chunk for the libraries every page needs; zod, TanStack Query, three.js and the
          // rest stay with the pages that use them.
          groups: [{ name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next)[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/media': 'http://localhost:8080',
      '/ws': { target: 'ws://localhost:8080', ws: true },
    },
  },
});
