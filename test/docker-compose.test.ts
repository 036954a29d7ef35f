import { readSubgraphList, REPO_ROOT } from '@mentoring/platform';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Debian's docker-compose (v1) validates a file without a Docker engine; CI installs it (.ci/run). */
const dockerCompose = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
if (!dockerCompose) console.warn('docker-compose is not installed: skipping the compose file checks (apt-get install docker-compose)');

const compose = (...args: string[]) =>
  execFileSync('docker-compose', ['-f', 'docker-compose.yml', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, GATEWAY_SECRET: 'validation-only', JWT_SECRET: 'validation-only' },
    encoding: 'utf8',
  });

describe.skipIf(!dockerCompose)('docker-compose.yml', () => {
  it('is valid for docker-compose', () => {
    expect(() => compose('config', '-q')).not.toThrow();
  });

  it('runs PostgreSQL, every subgraph of schema/subgraphs.json and the gateway', () => {
    const services = compose('config', '--services').trim().split('\n').sort();
    const expected = ['postgres', 'gateway', ...readSubgraphList().filter((entry) => entry.entry).map((entry) => entry.name)].sort();
    expect(services).toEqual(expected);
  });

  it('points the gateway at each subgraph by its compose service name', () => {
    const resolved = compose('config');
    for (const entry of readSubgraphList().filter((subgraph) => subgraph.entry)) {
      expect(resolved).toMatch(new RegExp(`SUBGRAPH_URL_${entry.name.toUpperCase()}: http://${entry.name}:\\d+/graphql`));
    }
  });
});
