import { type Role, type TerritoryScope } from '@mentoring/platform/auth';
import {
  DEMO_MUNICIPALITIES,
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  organizationIdOf,
  personIdOf,
  type DemoPerson,
} from '../src/demo/index.js';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
});
afterAll(() => registry?.close());

const territoryOf = (person: DemoPerson) => {
  const organization = DEMO_ORGANIZATIONS.find((candidate) => candidate.inn === person.organizationInn)!;
  const municipality = DEMO_MUNICIPALITIES.find((candidate) => candidate.oktmo === organization.municipalityOktmo)!;
  return {
    regionCode: municipality.regionCode,
    municipalityOktmo: municipality.oktmo,
    organizationId: organizationIdOf(organization.inn),
  };
};
const published = DEMO_PEOPLE.find((person) => person.published.includes('fullName'))!;
const unpublished = DEMO_PEOPLE.find(
  (person) => person.published.length === 0 && person.organizationInn === published.organizationInn,
)!;
const elsewhere = DEMO_PEOPLE.find(
  (person) =>
    territoryOf(person).municipalityOktmo !== territoryOf(published).municipalityOktmo &&
    territoryOf(person).regionCode === territoryOf(published).regionCode,
)!;

const token = (role: Exclude<Role, 'PUBLIC'>, scope: TerritoryScope) => registry.tokenFor(role, scope);
const schoolScope = territoryOf(published);

async function readPerson(id: string, selection: string, viewerToken?: string) {
  return registry.query<{ person: Record<string, unknown> | null }>(
    `{ person(id: "${id}") { ${selection} } }`,
    undefined,
    viewerToken,
  );
}

describe('personal fields by role', () => {
  it('a school curator reads the full record of their own staff', async () => {
    const response = await readPerson(
      personIdOf(unpublished.key),
      'fullName birthDate email employments { position startDate }',
      await token('SCHOOL_CURATOR', schoolScope),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.person).toMatchObject({ birthDate: unpublished.birthDate, email: unpublished.email });
  });

  it('a school curator cannot see another municipality’s teacher at all (IDOR)', async () => {
    const response = await readPerson(
      personIdOf(elsewhere.key),
      'fullName',
      await token('SCHOOL_CURATOR', schoolScope),
    );
    expect(response.data?.person).toBeNull();
  });

  it('an analyst gets age and young-specialist status, never names, birth dates or contacts', async () => {
    const analyst = await token('ANALYST', {});
    const allowed = await readPerson(
      personIdOf(unpublished.key),
      'id age isYoungSpecialist(definition: EXPERIENCE_0_3_YEARS) teachingExperienceYears',
      analyst,
    );
    expect(allowed.errors).toBeUndefined();
    for (const field of ['fullName', 'lastName', 'birthDate', 'email', 'phone', 'employments { position }']) {
      const refused = await readPerson(personIdOf(unpublished.key), field, analyst);
      expect(refused.errors?.[0]?.extensions?.['code'], field).toBe('FORBIDDEN');
    }
  });

  it('an anonymous reader sees only people who consented to publication, and only the consented items', async () => {
    const shown = await readPerson(
      personIdOf(published.key),
      'fullName employments { position organization { shortName } }',
    );
    expect(shown.errors).toBeUndefined();
    expect(shown.data?.person?.['fullName']).toBe(
      `${published.lastName} ${published.firstName} ${published.middleName}`,
    );
    const birthDate = await readPerson(personIdOf(published.key), 'birthDate');
    expect(birthDate.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const hidden = await readPerson(personIdOf(unpublished.key), 'fullName');
    expect(hidden.data?.person).toBeNull();
    const list = await registry.query<{ people: { totalCount: number } }>('{ people { totalCount } }');
    expect(list.data?.people.totalCount).toBe(DEMO_PEOPLE.filter((person) => person.published.length > 0).length);
  });

  it('a forged _entities reference to a person outside the territory resolves to nothing', async () => {
    const response = await registry.entities(
      [{ __typename: 'Person', id: personIdOf(elsewhere.key) }],
      '... on Person { fullName birthDate }',
      await token('MUNICIPAL_COORDINATOR', {
        regionCode: schoolScope.regionCode,
        municipalityOktmo: schoolScope.municipalityOktmo,
      }),
    );
    expect(response.data?._entities).toEqual([null]);
  });

  it('withdrawal of the publication consent hides the person at once', async () => {
    const connection = registry.orm.em.getConnection();
    await connection.execute(
      `update registry.consent set withdrawn_on = current_date where person_id = ? and kind = 'PUBLICATION'`,
      [personIdOf(published.key)],
    );
    try {
      const response = await readPerson(personIdOf(published.key), 'fullName');
      expect(response.data?.person).toBeNull();
    } finally {
      await connection.execute(
        `update registry.consent set withdrawn_on = null where person_id = ? and kind = 'PUBLICATION'`,
        [personIdOf(published.key)],
      );
    }
  });
});

describe('the personal-data access log', () => {
  it('records who read which fields of whom, and lets the region’s operator read it', async () => {
    const coordinator = await token('MUNICIPAL_COORDINATOR', {
      regionCode: schoolScope.regionCode,
      municipalityOktmo: schoolScope.municipalityOktmo,
    });
    await readPerson(personIdOf(unpublished.key), 'fullName birthDate phone', coordinator);
    const operator = await token('REGIONAL_OPERATOR', { regionCode: schoolScope.regionCode });
    const log = await registry.query<{
      personalDataReads: { edges: { node: { viewerRole: string; fields: string[] } }[] };
    }>(
      `{ personalDataReads(filter: { subjectId: "${personIdOf(unpublished.key)}", viewerSubject: "test-municipal_coordinator" }) { edges { node { viewerRole fields } } } }`,
      undefined,
      operator,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data?.personalDataReads.edges[0]?.node).toEqual({
      viewerRole: 'MUNICIPAL_COORDINATOR',
      fields: ['Person.birthDate', 'Person.fullName', 'Person.phone'],
    });
  });

  it('does not log public, consented reads or reads of non-personal fields', async () => {
    const before = await registry.orm.em
      .getConnection()
      .execute<{ count: string }[]>('select count(*) from registry.personal_data_read');
    await readPerson(personIdOf(published.key), 'id fullName');
    await readPerson(
      personIdOf(unpublished.key),
      'id',
      await token('REGIONAL_OPERATOR', { regionCode: schoolScope.regionCode }),
    );
    const after = await registry.orm.em
      .getConnection()
      .execute<{ count: string }[]>('select count(*) from registry.personal_data_read');
    expect(after[0]!.count).toBe(before[0]!.count);
  });

  it('can be appended to, never changed, deleted or emptied', async () => {
    const connection = registry.orm.em.getConnection();
    await expect(connection.execute(`update registry.personal_data_read set viewer_role = 'X'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(connection.execute('delete from registry.personal_data_read')).rejects.toThrow(/append-only/);
    await expect(connection.execute('truncate registry.personal_data_read')).rejects.toThrow(/append-only/);
  });

  it('is for regional operators only', async () => {
    const response = await registry.query(
      '{ personalDataReads { totalCount } }',
      undefined,
      await token('ANALYST', {}),
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('batching of people', () => {
  it('resolves N Person references with a constant number of statements', async () => {
    const operator = await token('REGIONAL_OPERATOR', { regionCode: '67' });
    const statementsFor = async (count: number) =>
      (
        await registry.sql.during(() =>
          registry.entities(
            DEMO_PEOPLE.slice(0, count).map((person) => ({ __typename: 'Person', id: personIdOf(person.key) })),
            '... on Person { fullName age employments { position organization { shortName } } }',
            operator,
          ),
        )
      ).length;
    expect(await statementsFor(40)).toBe(await statementsFor(5));
  });
});
