import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import './provided-context.js';
import { createScratchDatabase, startScratchServer } from '../database/scratch-database.js';
import { launchSystem } from '../launcher/system.js';

/**
 * The whole system as `npm start` runs it (each service its own process, real
 * HTTP between them), on a fresh database with the seeds' demo data.
 */
export default async function setup(project: TestProject) {
  const server = await startScratchServer();
  const database = await createScratchDatabase(server.adminUrl, 'e2e');
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
      // All end-to-end requests come from one address; the limits themselves are tested on an in-process gateway.
      extraEnv: { RATE_LIMIT_PER_MINUTE_IP: '1000000', RATE_LIMIT_PER_MINUTE_USER: '1000000' },
    });
    project.provide('gatewayUrl', system.gatewayUrl);
    project.provide('subgraphUrls', system.subgraphUrls);
    project.provide('federationDatabaseUrl', database.url);
    project.provide('jwtSecret', jwtSecret);
    project.provide('gatewaySecret', gatewaySecret);
    return async () => {
      await system.stop();
      await database.drop();
      await server.stop();
    };
  } catch (error) {
    await database.drop();
    await server.stop();
    throw error;
  }
}
