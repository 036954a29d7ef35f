import { inject } from 'vitest';
import './provided-context.js';
import { issueToken } from '../auth/tokens.js';
import type { Role, TerritoryScope } from '../auth/viewer.js';
import { postGraphQL, type GraphQLResponse } from './graphql-client.js';
import { testTokenConfig } from './subgraph-harness.js';

/** The gateway of the end-to-end run, as clients with or without a token use it. */
export function federationClient() {
  const gatewayUrl = inject('gatewayUrl');
  const tokens = testTokenConfig(inject('jwtSecret'));
  return {
    gatewayUrl,
    tokenFor: (role: Exclude<Role, 'PUBLIC'>, scope: TerritoryScope = {}, subject = `e2e-${role.toLowerCase()}`) =>
      issueToken(tokens, { subject, role, scope }),
    query: <TData = Record<string, unknown>>(
      query: string,
      options: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
    ): Promise<GraphQLResponse<TData>> =>
      postGraphQL<TData>(gatewayUrl, query, {
        ...(options.variables ? { variables: options.variables } : {}),
        headers: { ...options.headers, ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      }),
  };
}
