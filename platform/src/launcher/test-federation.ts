import { randomBytes } from 'node:crypto';
import { createScratchDatabase, startScratchServer } from '../database/scratch-database.js';
import { launchSystem, type RunningSystem } from './system.js';

export interface TestFederation {
  system: RunningSystem;
  databaseUrl: string;
  jwtSecret: string;
  gatewaySecret: string;
  stop(): Promise<void>;
}

/**
 * The whole system as `npm start` runs it (each service its own process, real HTTP between them), on a fresh scratch
 * database with the seeds' demo data and secrets of its own: what the end-to-end tests (vitest) and the pages' browser
 * tests (Playwright) run against. All requests come from one address, so the rate limits are lifted; the limits
 * themselves are tested on an in-process gateway.
 */
export async function startTestFederation(name: string): Promise<TestFederation> {
  const server = await startScratchServer();
  const database = await createScratchDatabase(server.adminUrl, name);
  const jwtSecret = randomBytes(32).toString('base64url');
  const gatewaySecret = randomBytes(24).toString('base64url');
  try {
    const system = await launchSystem({
      databaseUrl: database.url,
      gatewaySecret,
      jwtSecret,
      demoData: true,
      ports: 'free',
      quiet: true,
      extraEnv: { RATE_LIMIT_PER_MINUTE_IP: '1000000', RATE_LIMIT_PER_MINUTE_USER: '1000000' },
    });
    return {
      system,
      databaseUrl: database.url,
      jwtSecret,
      gatewaySecret,
      stop: async () => {
        await system.stop();
        await database.drop();
        await server.stop();
      },
    };
  } catch (error) {
    await database.drop();
    await server.stop();
    throw error;
  }
}
