// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * One lint for every package: typescript-eslint's strict type-checked rules
 * (no floating promises, no unsafe any, no needless conditions). Each package
 * runs `eslint .` from its own folder; this file is found from there.
 */
export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/__generated__/**', '**/.data/**', '**/dist/**', '.split/**'] },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Counts and flags read naturally in messages («3 rows»); objects and nullables still may not slip in.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // A test's `!` is an assertion: when it is wrong the test fails at that line, which is what a test is for.
    files: ['**/test/**/*.ts', '**/*.e2e.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Teardown runs even when setup failed before assigning: `started?.close()` guards what the types cannot see.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // vitest's asymmetric matchers (expect.any, objectContaining, stringMatching) are typed `any` by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
