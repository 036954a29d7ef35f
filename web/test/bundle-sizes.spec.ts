import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Size budgets of what a browser downloads, gzipped (level 9, as a server compresses static files). The build is
 * deterministic, so the sizes are asserted: a budget that no longer holds fails here, not in a portal's page.
 * The budgets are the README's («Pages»): change both together.
 */
const BUDGETS = {
  /** Everything a portal loads for the mentor list: one file (the limit is 30 kB). */
  embed: 30_000,
  /** What the dashboard loads before its first view: its HTML entry's scripts and styles with their static imports. */
  dashboardInitial: 320_000,
  /** Loaded on the export button only (exceljs). */
  dashboardLazy: 420_000,
  /** The analysts' workbench, everything but its editor's workers: GraphiQL, Monaco, the formatter, their styles. */
  workbench: 1_900_000,
  /** The editor's web workers (editor, JSON, GraphQL), started as the editor needs them. */
  workbenchWorkers: 400_000,
} as const;

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const gzipped = (path: string) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;

/** The assets the dashboard's HTML names (script, modulepreload, stylesheet): what loads before anything is clicked. */
function initialAssets(): string[] {
  const html = readFileSync(join(DIST, 'dashboard', 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
}

test.describe('bundle sizes (gzip -9)', () => {
  test('the workbench is built apart from the dashboard, within its budgets', () => {
    const assets = readdirSync(join(DIST, 'workbench', 'assets'))
      .map((name) => `workbench/assets/${name}`)
      .filter((path) => /\.(js|css)$/.test(path));
    const sum = (paths: string[]) => paths.reduce((total, path) => total + gzipped(path), 0);
    const workers = assets.filter((path) => path.includes('.worker-'));
    const rest = assets.filter((path) => !workers.includes(path));
    const [restSize, workerSize] = [sum(rest), sum(workers)];
    console.log(
      `workbench: ${restSize} B gzipped in ${rest.length} files (budget ${BUDGETS.workbench}); ` +
        `workers: ${workerSize} B in ${workers.length} files (budget ${BUDGETS.workbenchWorkers})`,
    );
    expect(workers).toHaveLength(3);
    expect(restSize).toBeLessThan(BUDGETS.workbench);
    expect(workerSize).toBeLessThan(BUDGETS.workbenchWorkers);
  });

  test('the embeddable mentor list is one file within its budget', () => {
    const size = gzipped('embed/mentor-list.js');
    console.log(`embed/mentor-list.js: ${size} B gzipped (budget ${BUDGETS.embed})`);
    expect(size).toBeLessThan(BUDGETS.embed);
  });

  test('the dashboard loads within its budget before the first view, the spreadsheet code only on export', () => {
    const initial = initialAssets();
    expect(initial.length).toBeGreaterThan(0);
    const initialSize = initial.reduce((sum, path) => sum + gzipped(path), 0);
    const lazy = readdirSync(join(DIST, 'assets'))
      .map((name) => `assets/${name}`)
      .filter((path) => !initial.includes(path) && /\.(js|css)$/.test(path));
    const lazySize = lazy.reduce((sum, path) => sum + gzipped(path), 0);
    console.log(
      `dashboard initial: ${initialSize} B gzipped in ${initial.length} files (budget ${BUDGETS.dashboardInitial}); ` +
        `loaded later: ${lazySize} B in ${lazy.length} files (budget ${BUDGETS.dashboardLazy})`,
    );
    expect(initialSize).toBeLessThan(BUDGETS.dashboardInitial);
    expect(lazySize).toBeLessThan(BUDGETS.dashboardLazy);
  });
});
