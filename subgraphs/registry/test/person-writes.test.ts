import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '../src/subgraph.js';

/**
 * Writes that name a person go through the same person rule as reads: a
 * Smolensk operator cannot pull a St Petersburg teacher into a Smolensk
 * school, appoint them, change them or record their consent — and cannot
 * tell them apart from an id nobody has.
 */
let registry: TestSubgraph;
let operator67: string;
let elsewhere: string;
let smolenskSchool: string;
const NOBODY = '0f8fad5b-d9cb-469f-a165-70867728950e';

beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
  operator67 = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  const sql = registry.orm.em.getConnection();
  const [spb] = await sql.execute<{ person_id: string }[]>(
    "select person_id from registry_pub.person_territory where region_code = '78' order by person_id limit 1",
  );
  const [school] = await sql.execute<{ organization_id: string }[]>(
    "select organization_id from registry_pub.organization_territory where region_code = '67' order by organization_id limit 1",
  );
  elsewhere = spb!.person_id;
  smolenskSchool = school!.organization_id;
});
afterAll(() => registry?.close());

const rows = async () =>
  (
    await registry.orm.em
      .getConnection()
      .execute<{ n: string }[]>(
        'select (select count(*) from registry.employment) + (select count(*) from registry.consent) + (select count(*) from registry.appointment) + (select count(*) from registry.person) as n',
      )
  )[0]!.n;

const WRITES: Record<string, (person: string, school: string) => string> = {
  addEmployment: (person, school) =>
    `mutation { addEmployment(personId: "${person}", input: { organizationId: "${school}", position: "Лаборант", isPedagogical: false, startDate: "2026-01-10" }) { id } }`,
  updatePerson: (person) => `mutation { updatePerson(id: "${person}", version: 1, patch: { phone: "+7 000" }) { id } }`,
  recordConsent: (person) =>
    `mutation { recordConsent(personId: "${person}", input: { kind: PUBLICATION, fields: ["fullName"], textVersion: "1", givenOn: "2026-01-10", channel: PAPER }) { id } }`,
  appoint: (person) =>
    `mutation { appoint(input: { personId: "${person}", kind: RMA_CANDIDATE, regionCode: "67", orderNumber: "1", orderDate: "2026-01-10", startDate: "2026-01-10" }) { id } }`,
};

describe('writes that name a person outside the territory', () => {
  it.each(Object.keys(WRITES))(
    '%s answers NOT_FOUND, word for word as for an id nobody has, and writes nothing',
    async (name) => {
      const before = await rows();
      const hidden = await registry.query(WRITES[name]!(elsewhere, smolenskSchool), undefined, operator67);
      const unknown = await registry.query(WRITES[name]!(NOBODY, smolenskSchool), undefined, operator67);
      expect(hidden.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(hidden.errors?.[0]?.message.replaceAll(elsewhere, '<id>')).toBe(
        unknown.errors?.[0]?.message.replaceAll(NOBODY, '<id>'),
      );
      expect(await rows()).toBe(before);
    },
  );
});

describe('a person always has a surname and a name', () => {
  it.each(['lastName', 'firstName'])(
    'refuses an empty %s as BAD_USER_INPUT naming it, on create and on update',
    async (field) => {
      const names = { lastName: 'Пустова', firstName: 'Анна', [field]: '' };
      const created = await registry.query(
        `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`,
        {
          input: {
            ...names,
            birthDate: '1990-01-01',
            employment: {
              organizationId: smolenskSchool,
              position: 'Учитель',
              isPedagogical: true,
              startDate: '2020-09-01',
            },
          },
        },
        operator67,
      );
      expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const [ours] = await registry.orm.em
        .getConnection()
        .execute<{ id: string; version: number }[]>(
          "select p.id, p.version from registry.person p join registry_pub.person_territory t on t.person_id = p.id where t.region_code = '67' order by p.id limit 1",
        );
      const updated = await registry.query(
        `mutation { updatePerson(id: "${ours!.id}", version: ${ours!.version}, patch: { ${field}: "" }) { id } }`,
        undefined,
        operator67,
      );
      expect(updated.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    },
  );
});
