import { defineConfig } from 'vite';
import { registeredOperations } from './build/registered-operations.ts';

/**
 * The mentor list for municipal portals: a single ES module at a stable address (/embed/mentor-list.js), Lit
 * inlined, no hashed chunks, so the two lines a portal pastes never change. Nothing else may go in: the file stays
 * under 30 kB gzipped (no echarts, oidc-client-ts, exceljs or graphql).
 */
export default defineConfig({
  plugins: [registeredOperations()],
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    target: 'es2022',
    // A library build keeps whitespace for the bundlers that import it; portals' visitors download this file as it
    // is, so rolldown minifies it whole.
    rolldownOptions: { output: { minify: true } },
    lib: { entry: 'src/embed/mentor-list.ts', formats: ['es'], fileName: () => 'mentor-list.js' },
  },
});
