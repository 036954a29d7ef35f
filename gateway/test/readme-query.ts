import { REPO_ROOT } from '@mentoring/platform/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The README's ```graphql blocks in order: the queries a newcomer pastes, so tests keep them working. */
export function readmeQueries(): string[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** The README's first ```graphql block: the query a newcomer pastes first. */
export function readmeFirstQuery(): string {
  const [first] = readmeQueries();
  if (!first) throw new Error('README.md has no ```graphql block');
  return first;
}

/** The README's second ```graphql block: the regional dashboard in one request. */
export function readmeDashboardQuery(): string {
  const second = readmeQueries()[1];
  if (!second) throw new Error('README.md has no second ```graphql block');
  return second;
}
