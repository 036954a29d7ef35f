import { createScratchDatabase, type ScratchDatabase } from '@mentoring/platform/database';
import { createLogger } from '@mentoring/platform/logging';
import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentHash, operationHash } from '../src/persisted-operations.js';
import {
  coalescedReads,
  DATA_VERSION_SLOTS,
  openDataVersion,
  type DataVersion,
} from '../src/shared-answers/data-version.js';
import { canonicalJson, uniqueRepresentations } from '../src/subgraph-data-source.js';

const logger = createLogger({ service: 'gateway', settings: { level: 'error' } });
let database: ScratchDatabase;
let version: DataVersion;
const clients: pg.Client[] = [];

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  clients.push(client);
  return client;
}

/** The version, installed by now. */
async function current(): Promise<string> {
  const read = await version.read();
  if (read === undefined) throw new Error('the data version is not installed');
  return read;
}

const until = async (condition: () => Promise<boolean>) => {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not met within 5 s');
};

beforeAll(async () => {
  database = await createScratchDatabase(inject('postgresAdminUrl'), 'test_data_version');
  const setup = await connect();
  await setup.query(`create schema registry; create schema mentoring; create schema elsewhere;
    create table registry.person (id serial primary key, name text);
    create table registry.personal_data_read (id serial primary key, subject text);
    create table mentoring.pair (id serial primary key);
    create table elsewhere.job (id serial primary key);`);
  version = await openDataVersion({
    databaseUrl: database.url,
    schemas: ['registry', 'mentoring'],
    logger,
    coverageCheckMs: 100,
  });
});

afterAll(async () => {
  await version.close();
  await Promise.all(clients.map((client) => client.end()));
  await database.drop();
});

describe('the data version', () => {
  it('moves when a write commits, never before, and once per transaction', async () => {
    const writer = await connect();
    const before = await current();
    await writer.query('begin');
    await writer.query(`insert into registry.person (name) values ('a')`);
    await writer.query(`update registry.person set name = 'b'`);
    await writer.query(`insert into mentoring.pair default values`);
    // Not committed: a reader keeping an answer now keeps it under the old version, which is right for what it read.
    expect(await current()).toBe(before);
    await writer.query('commit');
    // One bump per schema the transaction wrote to.
    expect(BigInt(await current())).toBe(BigInt(before) + 2n);
    await writer.query('begin');
    await writer.query(`delete from registry.person`);
    await writer.query('rollback');
    expect(BigInt(await current())).toBe(BigInt(before) + 2n);
    await writer.query('truncate registry.person');
    expect(BigInt(await current())).toBe(BigInt(before) + 3n);
  });

  it('ignores the access log and schemas that are no domain of ours', async () => {
    const writer = await connect();
    const before = await current();
    await writer.query(`insert into registry.personal_data_read (subject) values ('x')`);
    await writer.query(`insert into elsewhere.job default values`);
    expect(await current()).toBe(before);
  });

  it('lets concurrent writers of one schema commit without waiting for each other', async () => {
    // Two connections whose backends write different slots (as concurrent connections of a pool mostly do).
    const first = await connect();
    const pidOf = async (client: pg.Client) =>
      (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    const firstSlot = (await pidOf(first)) % DATA_VERSION_SLOTS;
    let second = await connect();
    while ((await pidOf(second)) % DATA_VERSION_SLOTS === firstSlot) second = await connect();
    const before = await current();
    await first.query('begin');
    await first.query(`insert into registry.person (name) values ('first')`);
    await second.query(`set lock_timeout = '1s'`);
    // Would fail on the lock timeout if both bumped one row: the first transaction holds it until it ends.
    await second.query(`insert into registry.person (name) values ('second')`);
    expect(BigInt(await current())).toBe(BigInt(before) + 1n);
    await first.query('commit');
    expect(BigInt(await current())).toBe(BigInt(before) + 2n);
  });

  it('gives a table created after the start its trigger, and retires what was kept before', async () => {
    const writer = await connect();
    await writer.query('create table mentoring.practice (id serial primary key)');
    const before = await current();
    await until(async () => (await current()) !== before);
    const covered = await current();
    await writer.query('insert into mentoring.practice default values');
    expect(BigInt(await current())).toBe(BigInt(covered) + 1n);
  });

  it('gives up a read that waits on the database, so that request runs unshared instead of waiting', async () => {
    const blocker = await connect();
    await blocker.query('begin');
    await blocker.query('lock table gateway.data_version in access exclusive mode');
    try {
      // Read timeout (1 s), not the install's 5 s: the read fails while the lock is still held, well before the test's own limit.
      await expect(version.read()).rejects.toThrow(/timeout/i);
    } finally {
      await blocker.query('rollback');
    }
    await expect(current()).resolves.toMatch(/^\d+$/);
  }, 3_000);

  it('shares nothing while the domain tables are not there, and counts from when they are', async () => {
    const late = await openDataVersion({
      databaseUrl: database.url,
      schemas: ['planning'],
      logger,
      coverageCheckMs: 200,
      retryMs: 20,
    });
    try {
      // The gateway started before the planning subgraph migrated: no version, so no request is answered from another.
      expect(await late.read()).toBeUndefined();
      const writer = await connect();
      await writer.query('create schema planning; create table planning.event (id serial primary key)');
      await until(async () => (await late.read()) !== undefined);
      const installed = BigInt((await late.read())!);
      await writer.query('insert into planning.event default values');
      expect(BigInt((await late.read())!)).toBe(installed + 1n);
    } finally {
      await late.close();
    }
  });
});

describe('coalesced version reads', () => {
  it('shares a read only among callers that arrived before it started', async () => {
    let started = 0;
    const releases: (() => void)[] = [];
    const read = coalescedReads(
      () =>
        new Promise<string>((resolve) => {
          const number = ++started;
          releases.push(() => {
            resolve(String(number));
          });
        }),
    );
    const first = read();
    // Arrived while the first read is under way: they wait for the next one, which they share.
    const second = read();
    const third = read();
    expect(started).toBe(1);
    releases[0]!();
    expect(await first).toBe('1');
    await until(() => Promise.resolve(started === 2));
    releases[1]!();
    expect([await second, await third]).toEqual(['2', '2']);
  });
});

describe('entity representations', () => {
  it('are sent once each, equal ones compared with their keys in any order', () => {
    const { unique, indexOf } = uniqueRepresentations([
      { __typename: 'Organization', id: 'a' },
      { id: 'b', __typename: 'Organization' },
      { id: 'a', __typename: 'Organization' },
      { __typename: 'Person', id: 'a' },
    ]);
    expect(unique).toEqual([
      { __typename: 'Organization', id: 'a' },
      { id: 'b', __typename: 'Organization' },
      { __typename: 'Person', id: 'a' },
    ]);
    expect(indexOf).toEqual([0, 1, 0, 2]);
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });
});

describe('the operation hash', () => {
  it('is the registered hash, computed once per parsed document', () => {
    const document = parse('query Regions { regions { code } }');
    expect(documentHash(document)).toBe(operationHash(document));
    expect(documentHash(document)).toBe(documentHash(document));
  });
});
