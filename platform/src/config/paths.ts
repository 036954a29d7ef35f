import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, extname, join, relative, sep } from 'node:path';

/**
 * The package condition that makes Node resolve our workspace packages to their compiled `dist/` files. Without
 * it `exports` point at the TypeScript sources, so tsx, vitest, vite, tsc and eslint read sources and need no
 * build; production processes run `node --conditions=@mentoring/compiled <dist entry>`.
 */
export const COMPILED_CONDITION = '@mentoring/compiled';

/** Where `tsc -p tsconfig.build.json` writes a package: `src/` and `migrations/` keep their places under it. */
export const COMPILED_DIR = 'dist';

/**
 * The folder of the package a module belongs to (the nearest `package.json` above it). Files a package reads at
 * run time (schema modules, migrations, operations) are named from here, so one path works from `src/` under tsx
 * and from `dist/src/` when compiled.
 */
export function packageRoot(moduleUrl: string): string {
  return packageRootOfFile(fileURLToPath(moduleUrl));
}

function packageRootOfFile(file: string): string {
  let folder = dirname(file);
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no package.json above ${file}`);
    folder = parent;
  }
  return folder;
}

/** A path inside the package of `moduleUrl`, e.g. `packagePath(import.meta.url, 'operations')`. */
export function packagePath(moduleUrl: string, ...segments: string[]): string {
  return join(packageRoot(moduleUrl), ...segments);
}

/** Whether a module runs as compiled JavaScript (from `dist/`) rather than as TypeScript under tsx or vitest. */
export function isCompiled(moduleUrl: string): boolean {
  return extname(fileURLToPath(moduleUrl)) === '.js';
}

/**
 * A package's own folder as the running code has it: `migrations/` for sources, `dist/migrations/` when compiled
 * (MikroORM imports the migrations, so production must import JavaScript ones).
 */
export function compiledOrSourcePath(moduleUrl: string, folder: string): string {
  return isCompiled(moduleUrl) ? packagePath(moduleUrl, COMPILED_DIR, folder) : packagePath(moduleUrl, folder);
}

/** The repository root: the folder holding the platform package. */
export const REPO_ROOT = dirname(packageRoot(import.meta.url));

/** The compiled twin of a TypeScript entry of this repository: `gateway/src/index.ts` → `gateway/dist/src/index.js`. */
export function compiledEntry(sourceEntry: string): string {
  const absolute = join(REPO_ROOT, sourceEntry);
  const root = packageRootOfFile(absolute);
  const inPackage = relative(root, absolute).split(sep).join('/');
  return join(root, COMPILED_DIR, inPackage.replace(/\.ts$/, '.js'));
}

/** Git-ignored folder for the embedded database and generated secrets of `npm start`. */
export const DATA_DIR = process.env['MENTORING_DATA_DIR'] ?? join(REPO_ROOT, '.data');

export const SUPERGRAPH_FILE = join(REPO_ROOT, 'schema', 'supergraph.graphql');
export const SUBGRAPH_LIST_FILE = join(REPO_ROOT, 'schema', 'subgraphs.json');
