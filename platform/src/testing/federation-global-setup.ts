import type { TestProject } from 'vitest/node';
import './provided-context.js';
import { startTestFederation } from '../launcher/test-federation.js';

/** The whole system on a fresh database with the seeds' demo data, shared by the end-to-end tests of the run. */
export default async function setup(project: TestProject) {
  const federation = await startTestFederation('e2e');
  project.provide('gatewayUrl', federation.system.gatewayUrl);
  project.provide('subgraphUrls', federation.system.subgraphUrls);
  project.provide('federationDatabaseUrl', federation.databaseUrl);
  project.provide('jwtSecret', federation.jwtSecret);
  project.provide('gatewaySecret', federation.gatewaySecret);
  return () => federation.stop();
}
