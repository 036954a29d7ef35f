import { SMOLENSK_CITY_OKTMO, DEMO_ORGANIZATIONS, organizationIdOf } from '@mentoring/subgraph-registry/demo';
import { federationClient } from '@mentoring/platform/testing';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { accessLogRows } from './access-log.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PERSISTED_OPERATIONS_DIR } from '../src/config.js';
import { SHARED_ANSWER_HEADER } from '../src/shared-answers/shared-answers.js';
import { gatewayBehindProxies, subgraphProxy } from './harness.js';

/**
 * Shared public answers through the real federation: registered operations run anonymously share one execution
 * and are kept until the data version moves; signed-in requests never share. Some cases run an in-process gateway
 * whose subgraph calls go through counting proxies to the federation's subgraphs.
 */
const federation = federationClient();
const subgraphUrls = inject('subgraphUrls');
const database = new pg.Client({ connectionString: inject('federationDatabaseUrl') });
const publicMentors = readFileSync(join(PERSISTED_OPERATIONS_DIR, 'public-mentors.graphql'), 'utf8');

interface Answer {
  status: number;
  shared: string | null;
  data?: { mentors: { totalCount: number; edges: { node: { person: { fullName: string } | null } }[] } } | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

async function ask(url: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: publicMentors, variables }),
  });
  const body = (await response.json()) as Omit<Answer, 'status' | 'shared'>;
  return { status: response.status, shared: response.headers.get(SHARED_ANSWER_HEADER), ...body };
}

const dataVersion = async () =>
  (
    await database.query<{ version: string }>(
      'select coalesce(sum(version), 0)::text as version from gateway.data_version',
    )
  ).rows[0]!.version;

/** Two requests in a row with no write committed between them (other test files write meanwhile: tried again then). */
async function twoInARow(send: () => Promise<Answer>): Promise<[Answer, Answer]> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const before = await dataVersion();
    const pair: [Answer, Answer] = [await send(), await send()];
    if ((await dataVersion()) === before) return pair;
  }
  throw new Error('the data version moved during every attempt');
}

beforeAll(async () => {
  await database.connect();
  // The federation's gateway started beside the subgraphs and installs the data version once their tables exist,
  // trying again every few seconds: this file may be the first to run after the start.
  for (let attempt = 0; attempt < 60; attempt++) {
    if ((await ask(federation.gatewayUrl, { oktmo: SMOLENSK_CITY_OKTMO })).shared !== null) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the gateway did not start sharing answers within 30 s');
}, 60_000);

/** People this file created: the end-to-end files share one federation, and later ones count the demo schools' staff and mentors. */
const createdPeople: string[] = [];

afterAll(async () => {
  try {
    await database.query('begin');
    await database.query('delete from mentoring.mentor_profile where person_id = any($1::uuid[])', [createdPeople]);
    for (const table of ['registry.consent', 'registry.employment'])
      await database.query(`delete from ${table} where person_id = any($1::uuid[])`, [createdPeople]);
    await database.query('delete from registry.person where id = any($1::uuid[])', [createdPeople]);
    await database.query('commit');
  } finally {
    await database.end();
  }
});

describe('shared public answers', () => {
  it('answers the second identical anonymous request from what the first kept', async () => {
    const [first, second] = await twoInARow(() => ask(federation.gatewayUrl, { oktmo: SMOLENSK_CITY_OKTMO }));
    expect(first.errors).toBeUndefined();
    expect(['miss', 'hit']).toContain(first.shared);
    expect(second.shared).toBe('hit');
    expect(second.data).toEqual(first.data);
  });

  it('never shares a signed-in request, and the subgraphs log its reads of people every time', async () => {
    const subject = `e2e-shared-${randomUUID()}`;
    const token = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }, subject);
    const logged = () => accessLogRows(database, subject);
    const counts = [await logged()];
    for (let round = 0; round < 3; round++) {
      const answer = await ask(federation.gatewayUrl, { oktmo: SMOLENSK_CITY_OKTMO }, token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.mentors.totalCount).toBeGreaterThan(0);
      expect(answer.shared).toBeNull();
      counts.push(await logged());
    }
    // Each round adds rows to the access log: nothing of it was served from another request.
    const added = counts.slice(1).map((count, index) => count - counts[index]!);
    for (const rows of added) expect(rows).toBeGreaterThan(0);
  });

  it('runs concurrent identical anonymous requests as one round of subgraph calls', async () => {
    const bodies: Record<string, unknown[]> = { registry: [], mentoring: [] };
    // Slow subgraphs keep the first execution running while the other nine arrive, however busy the machine: a request
    // arriving after it ended would be answered from the kept answer instead ('hit'), which is also no second round.
    const delayMs = 1_000;
    const gateway = await gatewayBehindProxies({
      registry: subgraphProxy(subgraphUrls['registry']!, { bodies: bodies['registry']!, delayMs }),
      mentoring: subgraphProxy(subgraphUrls['mentoring']!, { bodies: bodies['mentoring']!, delayMs }),
    });
    try {
      const calls = () => bodies['registry']!.length + bodies['mentoring']!.length;
      const alone = await ask(gateway.url, { oktmo: SMOLENSK_CITY_OKTMO });
      expect(alone.errors).toBeUndefined();
      expect(alone.shared).toBe('miss');
      const oneRound = calls();
      expect(oneRound).toBeGreaterThanOrEqual(2);
      // Keys of their own that run the same plan: the optional variables given as null, in another combination on
      // each attempt (a write committed by another test file between the requests would split them in two groups).
      const optional = ['after', 'search', 'competency', 'form'];
      for (let attempt = 1; attempt < 2 ** optional.length; attempt++) {
        const variables: Record<string, unknown> = { oktmo: SMOLENSK_CITY_OKTMO };
        optional.forEach((name, bit) => {
          if (attempt & (1 << bit)) variables[name] = null;
        });
        const before = await dataVersion();
        const callsBefore = calls();
        const answers = await Promise.all(Array.from({ length: 10 }, () => ask(gateway.url, variables)));
        if ((await dataVersion()) !== before) continue;
        for (const answer of answers) expect(answer.errors).toBeUndefined();
        expect(answers.filter((answer) => answer.shared === 'miss')).toHaveLength(1);
        expect(answers.filter((answer) => answer.shared === 'shared' || answer.shared === 'hit')).toHaveLength(9);
        expect(answers.some((answer) => answer.shared === 'shared')).toBe(true);
        expect(calls() - callsBefore).toBe(oneRound);
        for (const answer of answers) expect(answer.data).toEqual(alone.data);
        return;
      }
      throw new Error('the data version moved during every attempt');
    } finally {
      await gateway.close();
    }
  });

  it('never keeps a partial answer of a failing subgraph', async () => {
    let registryDown = true;
    const gateway = await gatewayBehindProxies({
      registry: subgraphProxy(subgraphUrls['registry']!, { failing: () => registryDown }),
    });
    try {
      const variables = { oktmo: SMOLENSK_CITY_OKTMO, search: 'ин' };
      const partial = await ask(gateway.url, variables);
      expect(partial.errors?.some((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE')).toBe(true);
      expect(partial.shared).toBe('miss');
      const again = await ask(gateway.url, variables);
      expect(again.errors?.length).toBeGreaterThan(0);
      expect(again.shared).toBe('miss');
      registryDown = false;
      const [whole, kept] = await twoInARow(() => ask(gateway.url, variables));
      expect(whole.errors).toBeUndefined();
      expect(whole.data!.mentors.edges.every(({ node }) => node.person !== null)).toBe(true);
      expect(kept.shared).toBe('hit');
      expect(kept.data).toEqual(whole.data);
    } finally {
      await gateway.close();
    }
  });

  it('drops a person from the public mentor list on the very next request after the publication consent is withdrawn', async () => {
    const operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const school = DEMO_ORGANIZATIONS.find(
      (organization) =>
        organization.municipalityOktmo === SMOLENSK_CITY_OKTMO && organization.kind === 'GENERAL_EDUCATION',
    )!;
    const organizationId = organizationIdOf(school.inn);
    // A surname no other record has, so the search finds this mentor alone.
    const surname = `Кэшева${randomUUID().replaceAll('-', '').replace(/\d/g, '').slice(0, 8)}`;
    const created = await federation.query<{ createPerson: { id: string } }>(
      `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`,
      {
        token: operator,
        variables: {
          input: {
            lastName: surname,
            firstName: 'Анна',
            birthDate: '1980-01-01',
            employment: { organizationId, position: 'Учитель', isPedagogical: true, startDate: '2020-09-01' },
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const personId = created.data!.createPerson.id;
    createdPeople.push(personId);
    const consent = await federation.query<{ recordConsent: { id: string } }>(
      `mutation ($personId: UUID!) { recordConsent(personId: $personId, input: { kind: PUBLICATION,
        fields: ["fullName", "position", "organization", "mentorProfile"], textVersion: "e2e", givenOn: "2026-01-01",
        channel: PAPER }) { id } }`,
      { token: operator, variables: { personId } },
    );
    expect(consent.errors).toBeUndefined();
    const profile = await federation.query(
      `mutation ($input: MentorProfileInput!) { createMentorProfile(input: $input) { id } }`,
      {
        token: operator,
        variables: {
          input: {
            personId,
            organizationId,
            competencies: ['Кэширование ответов'],
            forms: ['TEACHER_TEACHER'],
            capacity: 2,
            status: 'ACTIVE',
          },
        },
      },
    );
    expect(profile.errors).toBeUndefined();
    const variables = { oktmo: SMOLENSK_CITY_OKTMO, search: surname };
    const names = (answer: Answer) => answer.data!.mentors.edges.map(({ node }) => node.person?.fullName);
    const [shown, kept] = await twoInARow(() => ask(federation.gatewayUrl, variables));
    expect(names(shown)).toEqual([`${surname} Анна`]);
    expect(kept.shared).toBe('hit');

    const withdrawn = await federation.query(
      `mutation ($id: UUID!) { withdrawConsent(id: $id, date: "2026-02-01") { id } }`,
      {
        token: operator,
        variables: { id: consent.data!.recordConsent.id },
      },
    );
    expect(withdrawn.errors).toBeUndefined();
    const next = await ask(federation.gatewayUrl, variables);
    expect(next.errors).toBeUndefined();
    expect(next.shared).not.toBe('hit');
    expect(next.data!.mentors.totalCount).toBe(0);
    expect(names(next)).toEqual([]);
  });
});
