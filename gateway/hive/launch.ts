import { SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { spawnService, waitForHealth, type ServiceProcess } from '@mentoring/platform/launcher';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The committed supergraph names the subgraphs at their configured ports; the bench and the tests run them on free
 * ones, so Hive gets a copy whose `@join__graph` URLs are the running processes' (the schema itself unchanged).
 */
export function supergraphFor(subgraphUrls: Record<string, string>, folder: string): string {
  let text = readFileSync(SUPERGRAPH_FILE, 'utf8');
  for (const [name, url] of Object.entries(subgraphUrls)) {
    const pattern = new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`);
    if (!pattern.test(text)) throw new Error(`the supergraph has no subgraph named ${name}`);
    text = text.replace(pattern, `$1${url}$2`);
  }
  const file = join(folder, 'supergraph.graphql');
  writeFileSync(file, text);
  return file;
}

export interface HiveGateway {
  url: string;
  service: ServiceProcess;
}

/** Starts Hive Gateway's own CLI as one process (one worker, as our gateway is one process). */
export async function startHiveGateway(options: {
  name: string;
  supergraphFile: string;
  port: number;
  gatewaySecret: string;
  sharing: boolean;
  /** More of the gateway's environment: JWT_SECRET to verify tokens for another region's subgraph, PUBLIC_URL … */
  env?: Record<string, string>;
}): Promise<HiveGateway> {
  const require = createRequire(import.meta.url);
  const bin = join(require.resolve('@graphql-hive/gateway/package.json'), '..', 'dist', 'bin.js');
  const config = fileURLToPath(new URL('./gateway.config.ts', import.meta.url));
  const service = spawnService(
    options.name,
    bin,
    {
      GATEWAY_SECRET: options.gatewaySecret,
      HIVE_SHARING: options.sharing ? 'on' : 'off',
      ...options.env,
      NODE_ENV: 'production',
    },
    true,
    [
      'supergraph',
      options.supergraphFile,
      '--config-path',
      config,
      '--port',
      String(options.port),
      '--host',
      '127.0.0.1',
      '--fork',
      '1',
    ],
    // Its configuration imports our packages: from their sources, as the tests and the bench run everything else.
    true,
  );
  const url = `http://127.0.0.1:${options.port}/graphql`;
  await waitForHealth(service, url, 60_000, undefined, '/readiness');
  return { url, service };
}
