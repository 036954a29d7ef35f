import { federationClient } from '@mentoring/platform/testing';
import { auditServer } from 'graphql-http';
import { describe, expect, it } from 'vitest';

const federation = federationClient();

describe('GraphQL over HTTP conformance of the gateway (graphql-http audits)', () => {
  it('fails no MUST requirement', async () => {
    const token = await federation.tokenFor('ANALYST');
    const results = await auditServer({
      url: federation.gatewayUrl,
      fetchFn: (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
        fetch(input, {
          ...init,
          headers: { ...Object.fromEntries(new Headers(init?.headers).entries()), authorization: `Bearer ${token}` },
        }),
    });
    const mustFailures = results
      .filter((result) => result.status === 'error')
      .map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    const counts = { ok: 0, warn: 0, notice: 0, error: 0 };
    for (const result of results) counts[result.status] += 1;
    console.log('graphql-http audits', counts);
    expect(mustFailures).toEqual([]);
  });
});
