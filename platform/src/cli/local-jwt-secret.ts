import { join } from 'node:path';
import { envOptional } from '../config/env.js';
import { readOrCreateSecret } from '../config/local-secret.js';
import { DATA_DIR } from '../config/paths.js';

/** JWT_SECRET, or for the embedded set-up the one generated into the data folder on first start. */
export function localJwtSecret(): string {
  return envOptional('JWT_SECRET') ?? readOrCreateSecret(join(DATA_DIR, 'jwt-secret'));
}
