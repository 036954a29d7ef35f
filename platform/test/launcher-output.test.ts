import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnService } from '../src/launcher/processes.js';

const CHATTY = fileURLToPath(new URL('./fixtures/chatty-service.ts', import.meta.url));

describe('a service started quietly', () => {
  it('is not held up by its own log output: 4 MiB written, and it exits', async () => {
    const service = spawnService('chatty', CHATTY, {}, true);
    const code = await new Promise<number | null>((resolve) => service.child.once('exit', resolve));
    expect(code).toBe(0);
  }, 20_000);
});
