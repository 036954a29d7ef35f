import type { TestProject } from 'vitest/node';
import './provided-context.js';
import { startScratchServer } from '../database/scratch-database.js';

/**
 * One PostgreSQL server per test run: DATABASE_URL's server when given,
 * otherwise a fresh embedded cluster in a temporary folder, removed at the end.
 */
export default async function setup(project: TestProject) {
  const server = await startScratchServer();
  project.provide('postgresAdminUrl', server.adminUrl);
  return () => server.stop();
}
