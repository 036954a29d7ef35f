import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The pages are tested as built, the way the gateway serves them (`npm run build -w web`). */
export function buildPages(): void {
  execFileSync('npm', ['run', 'build'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'inherit' });
}
