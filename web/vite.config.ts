import { defineConfig } from 'vite';
import { registeredOperations } from './build/registered-operations.ts';

/**
 * The signed-in pages (sign-in and the regional dashboard) as one application under /dashboard/ (the analysts'
 * workbench is built apart, vite.workbench.config.ts); the embeddable
 * mentor list is built apart (vite.embed.config.ts) as one stable file portals can link to. `public/` holds the
 * iframe page of the embed, copied as it is.
 */
export default defineConfig({
  base: '/',
  plugins: [registeredOperations()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { dashboard: 'dashboard/index.html' } },
  },
});
