import { REPO_ROOT } from '@mentoring/platform/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Read from the installed package itself: some packages do not export their package.json. */
const installed = (name: string) =>
  (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

function atLeast(version: string, minimum: string): boolean {
  const parts = (value: string) => value.split('-')[0]!.split('.').map(Number);
  const [a, b] = [parts(version), parts(minimum)];
  for (let index = 0; index < 3; index += 1) {
    if ((a[index] ?? 0) !== (b[index] ?? 0)) return (a[index] ?? 0) > (b[index] ?? 0);
  }
  return true;
}

/**
 * Versions below these carry published vulnerabilities of the GraphQL stack:
 * the query planner's exponential plans and denial of service (@apollo/gateway,
 * @apollo/query-planner, fixed by 2.10.1), Apollo Server's CSRF and
 * cache-control issues (fixed in 4.x), and graphql-js' OverlappingFieldsCanBeMerged
 * denial of service (CVE-2023-26144, fixed in 16.8.1).
 */
const MINIMUM_VERSIONS: Record<string, string> = {
  '@apollo/gateway': '2.10.1',
  '@apollo/query-planner': '2.10.1',
  '@apollo/server': '4.11.3',
  '@apollo/subgraph': '2.10.1',
  graphql: '16.8.1',
};

describe('installed GraphQL packages', () => {
  it.each(Object.entries(MINIMUM_VERSIONS))('%s is at least %s', (name, minimum) => {
    expect(atLeast(installed(name), minimum), `${name} ${installed(name)} < ${minimum}`).toBe(true);
  });
});
