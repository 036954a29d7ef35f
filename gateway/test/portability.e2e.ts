import { freePort } from '@mentoring/platform/launcher';
import { federationClient, postGraphQL } from '@mentoring/platform/testing';
import { regionIdOf, SMOLENSK_CITY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { getOperationAST, parse } from 'graphql';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { accessLogRows } from './access-log.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startHiveGateway, supergraphFor, type HiveGateway } from '../hive/launch.js';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import { loadPersistedOperations } from '../src/persisted-operations.js';
import { readmeQueries } from './readme-query.js';
import { variableSets } from './registered-operations.js';

/**
 * The subgraphs are portable: @graphql-hive/gateway, run with the configuration a region would use
 * (gateway/hive/gateway.config.ts), serves the same supergraph from the same subgraph processes and gives the same
 * `data` as our gateway for every registered operation and every README query; and behind either gateway the
 * subgraphs log each client's read of people once.
 */
const federation = federationClient();
const database = new pg.Client({ connectionString: inject('federationDatabaseUrl') });
const operations = [...loadPersistedOperations(PERSISTED_OPERATIONS_DIR).values()];
/** A written file's bytes carry the moment it was written (XLSX keeps it): its name, type and rows are compared. */
const withoutFileBytes = (data: unknown) =>
  JSON.parse(
    JSON.stringify(data ?? null, (key, value: unknown) => (key === 'contentBase64' ? undefined : value)),
  ) as unknown;

let folder: string;
let hive: HiveGateway;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'hive-'));
  hive = await startHiveGateway({
    name: 'hive',
    supergraphFile: supergraphFor(inject('subgraphUrls'), folder),
    port: await freePort(),
    gatewaySecret: inject('gatewaySecret'),
    sharing: false,
    env: { JWT_SECRET: inject('jwtSecret') },
  });
  await database.connect();
}, 90_000);

afterAll(async () => {
  await hive.service.stop();
  await database.end();
  rmSync(folder, { recursive: true, force: true });
});

describe('the same subgraphs behind @graphql-hive/gateway', () => {
  it('give the same data for every registered operation, as portals and pages ask them', async () => {
    let compared = 0;
    for (const operation of operations) {
      for (const variables of variableSets(operation)) {
        // Ours by hash, as a portal sends it; Hive knows no hashes of ours, so it gets the text.
        const ours = await fetch(federation.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            variables,
            extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } },
          }),
        }).then((response) => response.json() as Promise<{ data?: unknown; errors?: unknown }>);
        const theirs = await postGraphQL(hive.url, operation.query, { variables });
        expect(ours.errors, `${operation.name} ${JSON.stringify(variables)} behind ours`).toBeUndefined();
        expect(theirs.errors, `${operation.name} ${JSON.stringify(variables)} behind Hive`).toBeUndefined();
        expect(withoutFileBytes(theirs.data), `${operation.name} ${JSON.stringify(variables)}`).toEqual(
          withoutFileBytes(ours.data),
        );
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(operations.length);
  });

  it('give the same data for every README query, for the regional operator it is written for', async () => {
    const token = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const queries = readmeQueries();
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      // The values the README gives beside its queries: Смоленская область by code, and by id for the report.
      const values: Record<string, unknown> = { regionCode: '67', regionId: regionIdOf('67') };
      const declared = getOperationAST(parse(query))?.variableDefinitions ?? [];
      const variables = Object.fromEntries(
        declared.map((definition) => [definition.variable.name.value, values[definition.variable.name.value]]),
      );
      const ours = await federation.query(query, { token, variables });
      const theirs = await postGraphQL(hive.url, query, { variables, headers: { authorization: `Bearer ${token}` } });
      expect(ours.errors).toBeUndefined();
      expect(theirs.errors).toBeUndefined();
      expect(withoutFileBytes(theirs.data)).toEqual(withoutFileBytes(ours.data));
    }
  });

  it('publish the viewer assertion keys for other regions’ subgraphs, as ours does', async () => {
    const keys = (await fetch(new URL('/.well-known/jwks.json', hive.url)).then((response) => response.json())) as {
      keys: { kty: string; alg: string }[];
    };
    expect(keys.keys).toEqual([expect.objectContaining({ kty: 'RSA', alg: 'RS256' })]);
  });

  it('log every client read of people once behind either gateway, concurrent identical requests included', async () => {
    const publicMentors = readFileSync(join(PERSISTED_OPERATIONS_DIR, 'public-mentors.graphql'), 'utf8');
    const rowsFor = (subject: string) => accessLogRows(database, subject);
    for (const url of [federation.gatewayUrl, hive.url]) {
      const subject = `e2e-portability-${randomUUID()}`;
      const token = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }, subject);
      const read = () =>
        postGraphQL(url, publicMentors, {
          variables: { oktmo: SMOLENSK_CITY_OKTMO },
          headers: { authorization: `Bearer ${token}` },
        });
      expect((await read()).errors).toBeUndefined();
      const perRead = await rowsFor(subject);
      expect(perRead, url).toBeGreaterThan(0);
      const answers = await Promise.all(Array.from({ length: 5 }, read));
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      expect(await rowsFor(subject), url).toBe(perRead * 6);
    }
  });
});
