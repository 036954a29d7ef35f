import { REPO_ROOT } from '@mentoring/platform/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The README's first ```graphql block: the query a newcomer pastes first, so tests keep it working. */
export function readmeFirstQuery(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const match = /```graphql\n([\s\S]*?)```/.exec(readme);
  if (!match?.[1]) throw new Error('README.md has no ```graphql block');
  return match[1];
}
