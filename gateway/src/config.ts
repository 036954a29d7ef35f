import { envInt, envString } from '@mentoring/platform';
import { effectiveSubgraphUrl, readSubgraphList } from '@mentoring/platform';
import { SUPERGRAPH_FILE } from '@mentoring/platform';

export interface GatewaySubgraph {
  name: string;
  url: string;
  /** Only our own subgraphs receive the gateway secret. */
  ours: boolean;
}

export interface GatewayConfig {
  port: number;
  host: string;
  gatewaySecret: string;
  supergraphFile: string;
  subgraphs: GatewaySubgraph[];
  /** A subgraph that does not answer within this time fails its part of the plan. */
  subgraphTimeoutMs: number;
  maxBodyBytes: number;
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return {
    port: envInt('PORT', 4000),
    host: envString('HOST', '127.0.0.1'),
    gatewaySecret: envString('GATEWAY_SECRET'),
    supergraphFile: envString('SUPERGRAPH_FILE', SUPERGRAPH_FILE),
    subgraphs: readSubgraphList().map((entry) => ({ name: entry.name, url: effectiveSubgraphUrl(entry, env), ours: entry.ours })),
    subgraphTimeoutMs: envInt('SUBGRAPH_TIMEOUT_MS', 10_000),
    maxBodyBytes: envInt('MAX_BODY_BYTES', 100_000),
  };
}
