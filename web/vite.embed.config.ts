import { defineConfig } from 'vite';
import { registeredOperations } from './build/registered-operations.ts';

/**
 * The mentor list for municipal portals: a single ES module at a stable address (/embed/mentor-list.js), Lit
 * inlined, no hashed chunks, so the two lines a portal pastes never change.
 */
export default defineConfig({
  plugins: [registeredOperations()],
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: 'src/embed/mentor-list.ts', formats: ['es'], fileName: () => 'mentor-list.js' },
  },
});
