import { defineConfig } from 'vite';

/**
 * The analysts' workbench (GraphiQL with its Monaco editor and the editor's web workers) under /workbench/, its
 * assets in /workbench/assets/ apart from the dashboard's: the dashboard's budgets count none of it, and nothing of
 * it comes from anywhere but the gateway's origin.
 */
export default defineConfig({
  base: '/',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    assetsDir: 'workbench/assets',
    // Monaco is one module of 2.8 MB by design; it loads on this page only (README «Pages» gives its size).
    chunkSizeWarningLimit: 3_000,
    // GraphiQL's dependencies mark their React modules "use client" (a server-components directive): nothing to keep
    // in a page bundle, and rolldown says so once per module.
    rolldownOptions: {
      input: { workbench: 'workbench/index.html' },
      onwarn: (warning, warn) => {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
