import { DEMO_PEOPLE } from '../src/demo/index.js';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isYoungSpecialist } from '../src/modules/people/derived.js';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
});
afterAll(() => registry?.close());

const AS_OF = '2026-11-01';
const rows = <T>(sql: string, params: unknown[] = []) => registry.orm.em.getConnection().execute<T[]>(sql, params);

describe('registry_pub: what other domains count by', () => {
  it('staff_as_of gives both young-specialist definitions, matching the GraphQL rule', async () => {
    const [counts] = await rows<{ under35: string; zero3: string; pedagogical: string }>(
      `select count(*) filter (where young_under_35_under_3) as under35, count(*) filter (where young_0_3) as zero3, count(*) filter (where is_pedagogical) as pedagogical
       from registry_pub.staff_as_of(?) where organization_kind = 'GENERAL_EDUCATION'`,
      [AS_OF],
    );
    const teachers = DEMO_PEOPLE.filter((person) => person.employment.isPedagogical);
    const expected = (definition: 'UNDER_35_UNDER_3_YEARS' | 'EXPERIENCE_0_3_YEARS') =>
      teachers.filter((person) =>
        isYoungSpecialist(
          definition,
          {
            birthDate: person.birthDate,
            teachingExperienceStart: person.employment.teachingExperienceStart,
            currentEmployments: [person.employment],
            experienceKnown: true,
          },
          AS_OF,
        ),
      ).length;
    expect(Number(counts!.pedagogical)).toBe(teachers.length);
    expect(Number(counts!.under35)).toBe(expected('UNDER_35_UNDER_3_YEARS'));
    expect(Number(counts!.zero3)).toBe(expected('EXPERIENCE_0_3_YEARS'));
  });

  it('students_as_of gives pupils with their age, by territory', async () => {
    const [spb] = await rows<{ pupils: string; aged10to19: string }>(
      `select count(*) as pupils, count(*) filter (where age between 10 and 19) as aged10to19 from registry_pub.students_as_of(?) where region_code = '78'`,
      [AS_OF],
    );
    expect(Number(spb!.pupils)).toBe(36 * 6);
    expect(Number(spb!.aged10to19)).toBeGreaterThan(0);
  });

  it('person_workplace names a person the seeds print with initials as printed, like Person.fullName', async () => {
    const rows = await registry.orm.em
      .getConnection()
      .execute<{ full_name: string }[]>(
        "select full_name from registry_pub.person_workplace where last_name in ('Пехтерева', 'Боброва') order by last_name",
      );
    expect(rows.map((row) => row.full_name)).toEqual(['Боброва Елена Анатольевна', 'Пехтерева Т. А.']);
  });

  it('person_territory places every person where they work or study now, and once with no territory when nowhere', async () => {
    // What the view must mean, read from the tables directly: its readers test membership (in, exists).
    const [result] = await rows<{ misplaced: string; unplaced: string; persons: string; covered: string }>(
      `with expected as (
         select p.id as person_id, o.id as organization_id, m.oktmo as municipality_oktmo, r.code as region_code
         from registry.person p
         left join (select person_id, organization_id from registry.employment where end_date is null
                    union select person_id, organization_id from registry.enrollment where end_date is null) cp
           on cp.person_id = p.id
         left join registry.organization o on o.id = cp.organization_id
         left join registry.municipality m on m.id = o.municipality_id
         left join registry.region r on r.id = m.region_id),
       actual as (select distinct person_id, organization_id, municipality_oktmo, region_code from registry_pub.person_territory)
       select (select count(*) from (select * from actual except select * from expected) x) as misplaced,
              (select count(*) from (select * from expected except select * from actual) x) as unplaced,
              (select count(*) from registry.person) as persons,
              (select count(distinct person_id) from registry_pub.person_territory) as covered`,
    );
    expect(Number(result!.misplaced)).toBe(0);
    expect(Number(result!.unplaced)).toBe(0);
    expect(Number(result!.covered)).toBe(Number(result!.persons));
  });

  it('publication_consent has a person publishing a field exactly when publication merges it in', async () => {
    const [result] = await rows<{ differ: string; published: string }>(
      `with merged as (select person_id, unnest(items) as field from registry_pub.publication),
            single as (select distinct person_id, unnest(fields) as field from registry_pub.publication_consent)
       select (select count(*) from ((select * from merged except select * from single)
                                     union all (select * from single except select * from merged)) x) as differ,
              (select count(*) from merged) as published`,
    );
    expect(Number(result!.differ)).toBe(0);
    expect(Number(result!.published)).toBeGreaterThan(0);
  });

  it('organization_territory maps every organization to its municipality and region', async () => {
    const [result] = await rows<{ missing: string }>(
      'select count(*) as missing from registry.organization o left join registry_pub.organization_territory t on t.organization_id = o.id where t.organization_id is null',
    );
    expect(Number(result!.missing)).toBe(0);
  });

  it('organization_territory and municipality_territory name each territory as the registry keeps it, for report titles', async () => {
    const [named] = await rows<{ wrong: string }>(
      `select count(*) as wrong from registry_pub.organization_territory t
       join registry.organization o on o.id = t.organization_id
       join registry.municipality m on m.id = t.municipality_id
       join registry.region r on r.id = t.region_id
       where t.organization_short_name is distinct from o.short_name or t.municipality_name is distinct from m.name
          or t.region_name is distinct from r.name`,
    );
    expect(Number(named!.wrong)).toBe(0);
    const [smolensk] = await rows<{ region_name: string }>(
      "select distinct region_name from registry_pub.municipality_territory where region_code = '67'",
    );
    expect(smolensk!.region_name).toBe('Смоленская область');
  });
});

describe('registry_pub.appointment: who holds which appointment', () => {
  it('has one row per appointment with its territory, and in_force as GraphQL reads it', async () => {
    const view = await rows<{
      appointment_id: string;
      kind: string;
      municipality_oktmo: string | null;
      region_code: string | null;
      start_date: string | null;
      end_date: string | null;
      in_force: boolean;
    }>('select * from registry_pub.appointment');
    const [table] = await rows<{ count: string }>('select count(*) from registry.appointment');
    expect(view).toHaveLength(Number(table!.count));
    expect(view.filter((row) => row.region_code === null)).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    const iso = (value: unknown) =>
      value === null
        ? null
        : typeof value === 'string'
          ? value.slice(0, 10)
          : (value as Date).toISOString().slice(0, 10);
    for (const row of view) {
      const start = iso(row.start_date);
      const end = iso(row.end_date);
      expect(row.in_force, row.appointment_id).toBe(
        (start === null || start <= today) && (end === null || end >= today),
      );
    }
    const heads = view.filter((row) => row.kind === 'SCHOOL_HEAD' && row.in_force);
    expect(heads.length).toBeGreaterThan(0);
    expect(heads.every((row) => row.municipality_oktmo !== null)).toBe(true);
  });
});
