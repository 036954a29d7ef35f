import { DEMO_ORGANIZATIONS, organizationIdOf } from '../src/demo/index.js';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
let operator: string;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
  operator = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '78' });
});
afterAll(() => registry?.close());

const AS_OF = '2026-11-01';
const school = DEMO_ORGANIZATIONS.find(
  (organization) => organization.municipalityOktmo === '40303000' && organization.kind === 'GENERAL_EDUCATION',
)!;

interface Boundary {
  what: string;
  birthDate: string;
  position: string;
  isPedagogical?: boolean;
  experienceStart: string;
  /** Seed 000: «педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет». */
  under35: boolean;
  /** Seed 004: «учителей - молодых специалистов (с опытом работы от 0 до 3 лет)». */
  zeroToThree: boolean;
}

/** People on either side of each boundary, on 1 November 2026. */
const BOUNDARIES: Boundary[] = [
  {
    what: 'a teacher aged 34 with 2 years',
    birthDate: '1991-11-02',
    position: 'Учитель математики',
    experienceStart: '2024-09-01',
    under35: true,
    zeroToThree: true,
  },
  {
    what: 'a teacher turning 35 that day, 2 years',
    birthDate: '1991-11-01',
    position: 'Учитель математики',
    experienceStart: '2024-09-01',
    under35: false,
    zeroToThree: true,
  },
  {
    what: 'a teacher of 25 one day short of 3 years',
    birthDate: '2001-05-05',
    position: 'учитель физики',
    experienceStart: '2023-11-02',
    under35: true,
    zeroToThree: true,
  },
  {
    what: 'a teacher of 25 with exactly 3 years',
    birthDate: '2001-05-05',
    position: 'Учитель физики',
    experienceStart: '2023-11-01',
    under35: false,
    zeroToThree: false,
  },
  {
    what: 'a teacher of 25 with 3 years and a day',
    birthDate: '2001-05-05',
    position: 'УЧИТЕЛЬ ФИЗИКИ',
    experienceStart: '2023-10-31',
    under35: false,
    zeroToThree: false,
  },
  {
    what: 'a teacher starting today (0 years)',
    birthDate: '2003-02-10',
    position: 'Учитель начальных классов',
    experienceStart: AS_OF,
    under35: true,
    zeroToThree: true,
  },
  {
    what: 'a teacher of 52 in their first year',
    birthDate: '1974-03-03',
    position: 'Учитель истории',
    experienceStart: '2026-01-09',
    under35: false,
    zeroToThree: true,
  },
  {
    what: 'a педагог дополнительного образования of 24 with 1 year',
    birthDate: '2002-06-06',
    position: 'Педагог дополнительного образования',
    experienceStart: '2025-09-01',
    under35: true,
    zeroToThree: false,
  },
  {
    what: 'a pedagogical deputy head of 30 with 1 year',
    birthDate: '1996-06-06',
    position: 'Заместитель директора по учебно-воспитательной работе',
    experienceStart: '2025-09-01',
    under35: true,
    zeroToThree: false,
  },
  {
    what: 'a non-pedagogical «учитель» record of 25 with 1 year',
    birthDate: '2001-06-06',
    position: 'Учитель-логопед (совместитель, вне педагогического штата)',
    isPedagogical: false,
    experienceStart: '2025-09-01',
    under35: false,
    zeroToThree: false,
  },
];

const ids = new Map<string, string>();
beforeAll(async () => {
  for (const [index, person] of BOUNDARIES.entries()) {
    const response = await registry.query<{ createPerson: { id: string } }>(
      'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
      {
        input: {
          lastName: `Граничная${index}`,
          firstName: 'Анна',
          birthDate: person.birthDate,
          employment: {
            organizationId: organizationIdOf(school.inn),
            position: person.position,
            isPedagogical: person.isPedagogical ?? true,
            startDate: person.experienceStart,
            teachingExperienceStart: person.experienceStart,
          },
        },
      },
      operator,
    );
    expect(response.errors).toBeUndefined();
    ids.set(person.what, response.data!.createPerson.id);
  }
});

describe('young specialists as the seeds word them, on the boundaries', () => {
  it.each(BOUNDARIES)(
    '$what: seed 000 $under35, seed 004 $zeroToThree — in GraphQL and in registry_pub.staff_as_of alike',
    async (person) => {
      const id = ids.get(person.what)!;
      const response = await registry.query<{ person: { under35: boolean; zeroToThree: boolean } }>(
        `{ person(id: "${id}") { under35: isYoungSpecialist(asOf: "${AS_OF}", definition: UNDER_35_UNDER_3_YEARS) zeroToThree: isYoungSpecialist(asOf: "${AS_OF}", definition: EXPERIENCE_0_3_YEARS) } }`,
        undefined,
        operator,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.person).toEqual({ under35: person.under35, zeroToThree: person.zeroToThree });
      const rows = await registry.orm.em
        .getConnection()
        .execute<{ young_under_35_under_3: boolean; young_0_3: boolean }[]>(
          'select young_under_35_under_3, young_0_3 from registry_pub.staff_as_of(?) where person_id = ?',
          [AS_OF, id],
        );
      expect(rows).toEqual([{ young_under_35_under_3: person.under35, young_0_3: person.zeroToThree }]);
    },
  );

  it('nobody counts before their experience starts (and has no experience yet: null years), and an official the seeds name, with no birth date or working history, is unknown (null), not false', async () => {
    const id = ids.get('a teacher starting today (0 years)')!;
    const before = await registry.query<{ person: { under35: boolean; zeroToThree: boolean; years: number | null } }>(
      `{ person(id: "${id}") { under35: isYoungSpecialist(asOf: "2026-10-31") zeroToThree: isYoungSpecialist(asOf: "2026-10-31", definition: EXPERIENCE_0_3_YEARS) years: teachingExperienceYears(asOf: "2026-10-31") } }`,
      undefined,
      operator,
    );
    expect(before.data?.person).toEqual({ under35: false, zeroToThree: false, years: null });
    const official = await registry.query<{
      person: { age: number | null; under35: boolean | null; zeroToThree: boolean | null };
    }>(
      `{ person(id: "${(await registry.orm.em.getConnection().execute<{ id: string }[]>("select id from registry.person where data_origin = 'SEED' and last_name = 'Зайцева'"))[0]!.id}") { age under35: isYoungSpecialist zeroToThree: isYoungSpecialist(definition: EXPERIENCE_0_3_YEARS) } }`,
      undefined,
      operator,
    );
    expect(official.errors).toBeUndefined();
    expect(official.data?.person).toEqual({ age: null, under35: null, zeroToThree: null });
  });

  it('a teacher whose birth date is unknown: seed 000 unknown (null), seed 004 answered — in GraphQL and registry_pub.staff_as_of alike', async () => {
    const created = await registry.query<{ createPerson: { id: string } }>(
      'mutation ($input: PersonInput!) { createPerson(input: $input) { id } }',
      {
        input: {
          lastName: 'Безданная',
          firstName: 'Анна',
          birthDate: '1999-01-01',
          employment: {
            organizationId: organizationIdOf(school.inn),
            position: 'Учитель химии',
            isPedagogical: true,
            startDate: '2025-09-01',
            teachingExperienceStart: '2025-09-01',
          },
        },
      },
      operator,
    );
    expect(created.errors).toBeUndefined();
    // New people need a birth date; a record without one (as the seeds' officials are) is made directly.
    await registry.orm.em
      .getConnection()
      .execute('update registry.person set birth_date = null where id = ?', [created.data!.createPerson.id]);
    const id = created.data!.createPerson.id;
    const response = await registry.query<{ person: { under35: boolean | null; zeroToThree: boolean | null } }>(
      `{ person(id: "${id}") { under35: isYoungSpecialist(asOf: "${AS_OF}") zeroToThree: isYoungSpecialist(asOf: "${AS_OF}", definition: EXPERIENCE_0_3_YEARS) } }`,
      undefined,
      operator,
    );
    expect(response.data?.person).toEqual({ under35: null, zeroToThree: true });
    const rows = await registry.orm.em
      .getConnection()
      .execute('select young_under_35_under_3, young_0_3 from registry_pub.staff_as_of(?) where person_id = ?', [
        AS_OF,
        id,
      ]);
    expect(rows).toEqual([{ young_under_35_under_3: null, young_0_3: true }]);
  });
});
