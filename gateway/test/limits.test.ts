import { postGraphQL, startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { getIntrospectionQuery, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/limits/limits.js';
import { operationHash } from '../src/persisted-operations.js';
import { startTestGateway } from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';

let registry: TestSubgraph;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
let analyst: string;
/** The gateway's request body limit in bytes (GatewayConfig.maxBodyBytes of the test harness). */
const DEFAULT_LIMITS_BODY = 100_000;
const registeredSelector = readFileSync(join(PERSISTED_OPERATIONS_DIR, 'municipalities-of-region.graphql'), 'utf8');

const LIMITS = {
  ...DEFAULT_LIMITS,
  maxDepth: 4,
  maxAliases: 3,
  maxDirectives: 2,
  maxTokens: 400,
  costBudget: { ...DEFAULT_LIMITS.costBudget, ANALYST: 101 },
  rateLimitPerMinuteIp: 1_000,
  rateLimitPerMinuteUser: 1_000,
};

beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
  gateway = await startTestGateway({
    gatewaySecret: registry.gatewaySecret,
    tokens: registry.tokens,
    urls: { registry: registry.url },
    overrides: { limits: LIMITS },
  });
  analyst = await registry.tokenFor('ANALYST');
});
afterAll(async () => {
  await gateway?.close();
  await registry?.close();
});

const asAnalyst = (query: string, variables?: Record<string, unknown>) =>
  postGraphQL(gateway.url, query, {
    headers: { authorization: `Bearer ${analyst}` },
    ...(variables ? { variables } : {}),
  });

const limitOf = (response: Awaited<ReturnType<typeof asAnalyst>>) => response.errors?.[0]?.extensions?.['limit'];

describe('depth limit', () => {
  it('passes at the limit and fails one level deeper', async () => {
    const atLimit = await asAnalyst('{ region(code: "67") { municipalities(first: 1) { edges { cursor } } } }');
    expect(atLimit.errors).toBeUndefined();
    const deeper = await asAnalyst('{ region(code: "67") { municipalities(first: 1) { edges { node { oktmo } } } } }');
    expect(limitOf(deeper)).toBe('depth');
  });

  it('counts fields reached through fragments', async () => {
    const response = await asAnalyst(
      '{ region(code: "67") { ...M } } fragment M on Region { municipalities(first: 1) { edges { node { ... on Municipality { oktmo } } } } }',
    );
    expect(limitOf(response)).toBe('depth');
  });
});

describe('alias limit', () => {
  it('passes at the limit and fails with one more, also inside a fragment', async () => {
    expect(
      (
        await asAnalyst(
          '{ a: region(code: "67") { name } b: region(code: "57") { name } c: region(code: "78") { name } }',
        )
      ).errors,
    ).toBeUndefined();
    const over = await asAnalyst(
      '{ a: region(code: "67") { ...F } b: region(code: "57") { name } c: region(code: "78") { name } } fragment F on Region { n: name }',
    );
    expect(limitOf(over)).toBe('aliases');
  });
});

describe('directive limit', () => {
  it('passes at the limit and fails with one more, with conditions from variables', async () => {
    const atLimit = await asAnalyst(
      'query ($yes: Boolean!) { region(code: "67") { name @include(if: $yes) code @skip(if: false) } }',
      { yes: true },
    );
    expect(atLimit.errors).toBeUndefined();
    const over = await asAnalyst(
      'query ($yes: Boolean!) { region(code: "67") @include(if: $yes) { name @include(if: $yes) code @skip(if: false) } }',
      { yes: true },
    );
    expect(limitOf(over)).toBe('directives');
  });
});

describe('cost budget per role', () => {
  it('counts `first` from variables: at the budget passes, one over fails', async () => {
    const atBudget = await asAnalyst('query ($n: Int) { regions(first: $n) { totalCount } }', { n: 100 });
    expect(atBudget.errors).toBeUndefined();
    const over = await asAnalyst('query ($n: Int) { regions(first: $n) { totalCount } __typename }', { n: 100 });
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'cost',
      max: 101,
      actual: 102,
    });
  });

  it('gives a regional operator a larger budget than an analyst', async () => {
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const response = await postGraphQL(
      gateway.url,
      'query ($n: Int) { regions(first: $n) { totalCount } __typename }',
      {
        headers: { authorization: `Bearer ${operator}` },
        variables: { n: 100 },
      },
    );
    expect(response.errors).toBeUndefined();
  });
});

describe('cost before running (dry run)', () => {
  const dryRun = (query: string, token = analyst, variables: Record<string, unknown> = {}) =>
    postGraphQL(gateway.url, query, {
      headers: { authorization: `Bearer ${token}` },
      variables,
      extensions: { dryRun: true },
    });

  it("answers the report instead of data: cost against the role's budget, depth, aliases, directives", async () => {
    const response = await dryRun('query ($n: Int) { regions(first: $n) { totalCount } }', analyst, { n: 7 });
    expect(response.status).toBe(200);
    expect(response.data).toBeUndefined();
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.['cost']).toEqual({
      cost: 8,
      budget: 101,
      role: 'ANALYST',
      withinLimits: true,
      costliest: { path: 'regions', cost: 8 },
      depth: { actual: 2, max: LIMITS.maxDepth },
      aliases: { actual: 0, max: LIMITS.maxAliases },
      directives: { actual: 0, max: LIMITS.maxDirectives },
      refusal: null,
    });
  });

  it('reports an operation over the budget with the refusal it would get, naming the costliest part', async () => {
    const query =
      '{ a: regions(first: 60) { totalCount } b: region(code: "67") { municipalities(first: 40) { edges { cursor } } } }';
    const report = (await dryRun(query)).extensions?.['cost'] as Record<string, unknown>;
    expect(report).toMatchObject({ withinLimits: false, costliest: { path: 'b.municipalities.edges', cost: 80 } });
    const refusal = report['refusal'] as { message: string; code: string; limit: string };
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    expect(refusal.message).toContain('b.municipalities.edges: 80 из 143');
    // The same operation run for real is refused with the same words.
    const run = await asAnalyst(query);
    expect(run.errors?.[0]?.message).toBe(refusal.message);
    expect(run.errors?.[0]?.extensions).toMatchObject({ costliestPath: 'b.municipalities.edges', costliestCost: 80 });
  });

  it('reports a shape over the limits and never runs the operation, a mutation included', async () => {
    const deep = await dryRun('{ region(code: "67") { municipalities(first: 1) { edges { node { oktmo } } } } }');
    expect(deep.extensions?.['cost']).toMatchObject({ withinLimits: false, depth: { actual: 5, max: 4 } });
    const operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const count = '{ organizations(first: 1, filter: { nameContains: "Пробная" }) { totalCount } }';
    const before = await postGraphQL(gateway.url, count, { headers: { authorization: `Bearer ${operator}` } });
    const mutation = await dryRun(
      `mutation { createOrganization(input: { inn: "6732000017", name: "Пробная", shortName: "Пробная",
        kind: GENERAL_EDUCATION, municipalityOktmo: "66701000" }) { id } }`,
      operator,
    );
    expect(mutation.data).toBeUndefined();
    expect(mutation.extensions?.['cost']).toMatchObject({ role: 'REGIONAL_OPERATOR', withinLimits: true });
    const after = await postGraphQL(gateway.url, count, { headers: { authorization: `Bearer ${operator}` } });
    expect(before.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
  });

  it('answers an operation name the document does not hold as the client’s mistake, not an internal error', async () => {
    for (const extensions of [{ dryRun: true }, undefined]) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
        body: JSON.stringify({ query: '{ regions { totalCount } }', operationName: 'Elsewhere', extensions }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    }
  });

  it('is no way around the access rules: an anonymous dry run of an ad-hoc operation is refused as its run would be', async () => {
    const response = await postGraphQL(gateway.url, '{ regions(first: 1) { totalCount } }', {
      extensions: { dryRun: true },
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

/**
 * Selections priced at exactly `cost` under the README's model, from literal
 * pages only: `regions(first: k) { totalCount }` costs 1 + k, and
 * `regions(first: 100) { edges { node { municipalities(first: m) { totalCount } } } }`
 * costs 1 + 100 × (3 + m).
 */
function selectionsCosting(cost: number): string {
  const parts: string[] = [];
  let rest = cost;
  while (rest > 101) {
    const perRegion = Math.min(100, Math.floor((rest - 301) / 100));
    if (perRegion < 0) {
      parts.push('regions(first: 100) { totalCount }');
      rest -= 101;
    } else {
      parts.push(`regions(first: 100) { edges { node { municipalities(first: ${perRegion}) { totalCount } } } }`);
      rest -= 301 + 100 * perRegion;
    }
  }
  if (rest > 0) parts.push(`regions(first: ${rest - 1}) { totalCount }`);
  return parts.map((part, index) => `pad${index}: ${part}`).join(' ');
}

/** Each way a client may pass `first = 100` to the connection under test. */
const WAYS_OF_PASSING_FIRST = [
  { way: 'a literal', definitions: '', argument: '100', variables: {} },
  { way: 'a variable', definitions: '($n: Int)', argument: '$n', variables: { n: 100 } },
  { way: "a variable's default value", definitions: '($n: Int = 100)', argument: '$n', variables: {} },
  { way: 'a variable overriding its default', definitions: '($n: Int = 1)', argument: '$n', variables: { n: 100 } },
];

describe.each([
  { role: 'ANALYST' as const, budget: DEFAULT_LIMITS.costBudget.ANALYST },
  { role: 'REGIONAL_OPERATOR' as const, budget: DEFAULT_LIMITS.costBudget.REGIONAL_OPERATOR },
])('cost budget of $role ($budget)', ({ role, budget }) => {
  let defaults: Awaited<ReturnType<typeof startTestGateway>>;
  let token: string;
  beforeAll(async () => {
    defaults = await startTestGateway({
      gatewaySecret: registry.gatewaySecret,
      tokens: registry.tokens,
      urls: { registry: registry.url },
      overrides: { limits: { ...DEFAULT_LIMITS, rateLimitPerMinuteIp: 1_000, rateLimitPerMinuteUser: 1_000 } },
    });
    token = await registry.tokenFor(role, role === 'REGIONAL_OPERATOR' ? { regionCode: '67' } : {});
  });
  afterAll(async () => {
    await defaults?.close();
  });

  // `regions(first: <100>) { totalCount }` is 101 of the budget; literal pages make up the rest.
  const operation = (definitions: string, argument: string, extra = '') =>
    `query Priced${definitions} { regions(first: ${argument}) { totalCount } ${selectionsCosting(budget - 101)} ${extra} }`;
  const send = (query: string, variables: Record<string, unknown>) =>
    postGraphQL(defaults.url, query, { headers: { authorization: `Bearer ${token}` }, variables });

  it.each(WAYS_OF_PASSING_FIRST)(
    'prices `first` from $way: at the budget passes, one object over is refused',
    async ({ definitions, argument, variables }) => {
      const atBudget = await send(operation(definitions, argument), variables);
      expect(atBudget.errors).toBeUndefined();
      const over = await send(operation(definitions, argument, '__typename'), variables);
      expect(over.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        limit: 'cost',
        max: budget,
        actual: budget + 1,
      });
    },
  );

  it('lets the introspection query of GraphQL tools through: schema metadata is neither deep data nor costly', async () => {
    const response = await send(getIntrospectionQuery(), {});
    expect(response.errors).toBeUndefined();
  });
});

describe('document size and shape', () => {
  it('parses a document of exactly the token limit and refuses one token more', async () => {
    // `{ region(code: "67") { … } }` is 10 tokens around the repeated field names.
    const document = (names: number) =>
      `{ region(code: "67") { ${Array.from({ length: names }, () => 'name').join(' ')} } }`;
    // An operator's cost budget leaves only the token limit to bite.
    const operator = {
      headers: { authorization: `Bearer ${await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' })}` },
    };
    const atLimit = await postGraphQL(gateway.url, document(LIMITS.maxTokens - 10), operator);
    expect(atLimit.errors).toBeUndefined();
    const over = await postGraphQL(gateway.url, document(LIMITS.maxTokens - 9), operator);
    expect(over.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a query of many overlapping fields with an error, not a long validation', async () => {
    const aliases = Array.from({ length: 100 }, (_, index) => `a${index}: name`).join(' ');
    const response = await asAnalyst(`{ region(code: "67") { ${aliases} } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'aliases' });
  });

  it('accepts a page of exactly the maximum size and a body just under the limit', async () => {
    const page = await asAnalyst('{ regions(first: 100) { totalCount } }');
    expect(page.errors).toBeUndefined();
    const padded = JSON.stringify({ query: '{ __typename }' });
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
      body: padded.replace('}"}', `}${' '.repeat(DEFAULT_LIMITS_BODY - padded.length)}"}`),
    });
    expect(response.status).toBe(200);
  });

  it('refuses fragments that multiply beyond what can be priced, quickly', async () => {
    // F24 expands to 2^24 selections of `name` in a document of about 300 tokens.
    const fragments = Array.from(
      { length: 24 },
      (_, index) => `fragment F${index + 1} on Region { ...F${index} ...F${index} }`,
    ).join(' ');
    const started = performance.now();
    const response = await asAnalyst(`{ region(code: "67") { ...F24 } } fragment F0 on Region { name } ${fragments}`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses circular fragments in validation', async () => {
    const response = await asAnalyst(
      '{ region(code: "67") { ...A } } fragment A on Region { ...B } fragment B on Region { ...A }',
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a batch of operations in one request', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('does not suggest field names to a client that guesses', async () => {
    const response = await asAnalyst('{ region(code: "67") { nam } }');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('body size by role', () => {
  const bigBody = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(150_000) } });
  const post = async (token: string) =>
    (
      await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: bigBody,
      })
    ).status;

  it('lets staff roles send import files larger than the ordinary limit, but not analysts', async () => {
    expect(await post(analyst)).toBe(413);
    expect(await post(await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }))).toBe(200);
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET without a preflight-forcing header', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('refuses a POST with a content type a form can send', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(400);
  });
});

describe('anonymous clients', () => {
  it('may not run an ad-hoc operation', async () => {
    const response = await postGraphQL(gateway.url, '{ regions { totalCount } }');
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('may run a registered operation by its text, however it is formatted', async () => {
    const response = await postGraphQL<{ municipalities: { totalCount: number } }>(
      gateway.url,
      registeredSelector.replace(/#.*$/gm, '').replace(/\s+/g, ' '),
      {
        variables: { regionCode: '67' },
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.municipalities.totalCount).toBe(27);
  });

  it('may run a registered operation by its hash alone', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        variables: { regionCode: '78' },
        extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(parse(registeredSelector)) } },
      }),
    });
    const body = (await response.json()) as { data?: { municipalities: { totalCount: number } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data?.municipalities.totalCount).toBe(18);
  });
});

describe('introspection', () => {
  it('is open to anonymous clients outside production', async () => {
    const response = await postGraphQL(gateway.url, '{ __schema { queryType { name } } }');
    expect(response.errors).toBeUndefined();
  });

  it('is closed to anonymous clients in production and open with a token', async () => {
    const production = await startTestGateway({
      gatewaySecret: registry.gatewaySecret,
      tokens: registry.tokens,
      urls: { registry: registry.url },
      overrides: { production: true },
    });
    try {
      const anonymous = await postGraphQL(production.url, '{ __schema { queryType { name } } }');
      expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const withToken = await postGraphQL(production.url, '{ __schema { queryType { name } } }', {
        headers: { authorization: `Bearer ${analyst}` },
      });
      expect(withToken.errors).toBeUndefined();
    } finally {
      await production.close();
    }
  });
});

describe('rate limits', () => {
  it('allows the limit per user and answers RATE_LIMITED with Retry-After after it', async () => {
    const limited = await startTestGateway({
      gatewaySecret: registry.gatewaySecret,
      tokens: registry.tokens,
      urls: { registry: registry.url },
      overrides: { limits: { ...DEFAULT_LIMITS, rateLimitPerMinuteUser: 3, rateLimitPerMinuteIp: 1_000 } },
    });
    try {
      const send = () =>
        fetch(limited.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
      for (let index = 0; index < 3; index += 1) expect((await send()).status).toBe(200);
      const refused = await send();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('limits anonymous clients per IP address', async () => {
    const limited = await startTestGateway({
      gatewaySecret: registry.gatewaySecret,
      tokens: registry.tokens,
      urls: { registry: registry.url },
      overrides: { limits: { ...DEFAULT_LIMITS, rateLimitPerMinuteIp: 2 } },
    });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 3; index += 1)
        statuses.push((await postGraphQL(limited.url, '{ __schema { queryType { name } } }')).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
