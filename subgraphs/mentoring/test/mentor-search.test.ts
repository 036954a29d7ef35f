import { randomUUID } from 'node:crypto';
import { accessDeclarations, startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { SMOLENSK_CITY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES_READING_NAMES } from '../src/modules/mentors/mentor-search.js';
import { mentoringSubgraph } from '../src/subgraph.js';

/** A mentor of the demo data with what the registry publishes of them. */
interface DemoMentor {
  id: string;
  person_id: string;
  full_name: string;
  municipality_oktmo: string;
  region_code: string;
  organization_id: string;
  items: string[] | null;
  forms: string[];
  competencies: string[];
}

let mentoring: TestSubgraph;
let mentors: DemoMentor[];
beforeAll(async () => {
  // The registry's published views (publication, person_workplace, person_territory) are what the search joins on.
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
  mentors = await readMentors();
});
afterAll(() => mentoring?.close());

const execute = <T>(sql: string, params: unknown[] = []) => mentoring.orm.em.fork().execute<T[]>(sql, params);

/** Every mentor with a workplace, read straight from the tables behind the views: the oracle of these tests. */
const readMentors = () =>
  execute<DemoMentor>(
    `select mp.id, mp.person_id, w.full_name, w.municipality_oktmo, w.region_code, mp.organization_id, mp.forms, mp.competencies,
            (select array_agg(distinct item) from registry.consent c cross join lateral unnest(c.fields) item
             where c.person_id = mp.person_id and c.kind = 'PUBLICATION' and c.withdrawn_on is null) as items
     from mentoring.mentor_profile mp
     join registry_pub.person_workplace w on w.person_id = mp.person_id and w.organization_id = mp.organization_id
     order by mp.id`,
  );

const publishes = (mentor: DemoMentor, item: string) => mentor.items?.includes(item) ?? false;

const SEARCH = `query ($filter: MentorFilter, $after: String) {
  mentors(filter: $filter, first: 100, after: $after) { totalCount edges { node { id } } }
}`;

async function search(filter: Record<string, unknown>, token?: string) {
  const response = await mentoring.query<{ mentors: { totalCount: number; edges: { node: { id: string } }[] } }>(
    SEARCH,
    { filter },
    token,
  );
  expect(response.errors).toBeUndefined();
  const { totalCount, edges } = response.data!.mentors;
  return { totalCount, ids: edges.map((edge) => edge.node.id).sort() };
}

const idsOf = (list: DemoMentor[]) => list.map((mentor) => mentor.id).sort();

/** A fragment of the patronymic in another case: the search ignores case and matches inside the name. */
const fragmentOf = (fullName: string) => fullName.split(' ')[2]!.slice(1, 6).toUpperCase();

describe('mentors by part of the name (nameContains)', () => {
  it('finds, for anonymous viewers, exactly the mentors whose consent publishes the profile and the full name', async () => {
    const someone = mentors.find(
      (mentor) =>
        mentor.municipality_oktmo === SMOLENSK_CITY_OKTMO &&
        publishes(mentor, 'mentorProfile') &&
        publishes(mentor, 'fullName'),
    )!;
    const phrase = fragmentOf(someone.full_name);
    const expected = mentors.filter(
      (mentor) =>
        publishes(mentor, 'mentorProfile') &&
        publishes(mentor, 'fullName') &&
        mentor.full_name.toLowerCase().includes(phrase.toLowerCase()),
    );
    const found = await search({ nameContains: `  ${phrase} ` });
    expect(found.ids).toContain(someone.id);
    expect(found).toEqual({ totalCount: expected.length, ids: idsOf(expected) });
  });

  it('narrows together with the municipality, the competency and the form', async () => {
    const someone = mentors.find(
      (mentor) =>
        mentor.municipality_oktmo === SMOLENSK_CITY_OKTMO &&
        publishes(mentor, 'mentorProfile') &&
        publishes(mentor, 'fullName') &&
        mentor.forms.length > 0,
    )!;
    const filter = {
      municipalityOktmo: SMOLENSK_CITY_OKTMO,
      nameContains: someone.full_name.split(' ')[0],
      competencyContains: someone.competencies[0]!.slice(2, 12).toLowerCase(),
      form: someone.forms[0],
    };
    const expected = mentors.filter(
      (mentor) =>
        mentor.municipality_oktmo === SMOLENSK_CITY_OKTMO &&
        publishes(mentor, 'mentorProfile') &&
        publishes(mentor, 'fullName') &&
        mentor.full_name.includes(filter.nameContains!) &&
        mentor.competencies.some((competency) =>
          competency.toLowerCase().includes(filter.competencyContains.toLowerCase()),
        ) &&
        mentor.forms.includes(filter.form!),
    );
    expect(await search(filter)).toEqual({ totalCount: expected.length, ids: idsOf(expected) });
  });

  it('takes % and _ literally', async () => {
    expect(await search({ nameContains: '%%' })).toEqual({ totalCount: 0, ids: [] });
    expect(await search({ nameContains: '__' })).toEqual({ totalCount: 0, ids: [] });
  });

  it('costs one statement for a first page that holds every match (its length is the count), whatever the filter', async () => {
    const statements = await mentoring.sql.during(() =>
      search({
        municipalityOktmo: SMOLENSK_CITY_OKTMO,
        regionCode: '67',
        nameContains: 'ов',
        competencyContains: 'Преподавание',
        form: 'TEACHER_TEACHER',
      }),
    );
    expect(statements).toHaveLength(1);
    // The territory, the consent and the name are joins on published views, never a list of ids.
    for (const statement of statements) expect(statement).not.toMatch(/in \('[0-9a-f-]{36}'/);
  });

  describe('never tells that a mentor whose name the viewer may not see bears it', () => {
    let hidden: DemoMentor;
    beforeAll(async () => {
      // A mentor who publishes the profile but not the name: listed publicly, yet nameless to the public.
      hidden = mentors.find(
        (mentor) => mentor.municipality_oktmo === SMOLENSK_CITY_OKTMO && !publishes(mentor, 'fullName'),
      )!;
      await execute(
        `insert into registry.consent (id, person_id, kind, fields, text_version, given_on, channel, withdrawn_on)
         values (?, ?, 'PUBLICATION', '{mentorProfile}', '2022-1', '2022-09-01', 'ELECTRONIC', null)`,
        [randomUUID(), hidden.person_id],
      );
    });

    it('to anonymous viewers and other regions’ systems', async () => {
      const external = await mentoring.tokenFor('EXTERNAL_SYSTEM', { regionCode: '67' });
      for (const token of [undefined, external]) {
        const listed = await search({ municipalityOktmo: SMOLENSK_CITY_OKTMO }, token);
        expect(listed.ids).toContain(hidden.id);
        const byName = await search({ nameContains: hidden.full_name }, token);
        expect(byName).toEqual({ totalCount: 0, ids: [] });
      }
    });

    it('to analysts, who read no names at all', async () => {
      const analyst = await mentoring.tokenFor('ANALYST', { regionCode: '67' });
      expect((await search({}, analyst)).totalCount).toBeGreaterThan(0);
      expect(await search({ nameContains: hidden.full_name }, analyst)).toEqual({ totalCount: 0, ids: [] });
    });

    it('to staff, by the person rule: found in the territory, not once the person works elsewhere', async () => {
      const coordinator = await mentoring.tokenFor('MUNICIPAL_COORDINATOR', {
        regionCode: '67',
        municipalityOktmo: SMOLENSK_CITY_OKTMO,
      });
      const operator = await mentoring.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
      expect((await search({ nameContains: hidden.full_name }, coordinator)).ids).toContain(hidden.id);
      const elsewhere = mentors.find(
        (mentor) => mentor.region_code === '67' && mentor.municipality_oktmo !== SMOLENSK_CITY_OKTMO,
      )!;
      // The mentor moves to a school of another municipality: the profile stays with the old school (the coordinator
      // still lists it), the person is out of the coordinator's territory, so their name is no longer theirs to search.
      await execute(`update registry.employment set end_date = '2026-09-01' where person_id = ? and end_date is null`, [
        hidden.person_id,
      ]);
      await execute(
        `insert into registry.employment (id, person_id, organization_id, position, is_pedagogical, start_date, teaching_experience_start, end_date)
         values (?, ?, ?, 'Учитель', true, '2026-09-02', null, null)`,
        [randomUUID(), hidden.person_id, elsewhere.organization_id],
      );
      expect((await search({ municipalityOktmo: SMOLENSK_CITY_OKTMO }, coordinator)).ids).toContain(hidden.id);
      expect(await search({ nameContains: hidden.full_name }, coordinator)).toEqual({ totalCount: 0, ids: [] });
      // The region's operator still sees the person (the new school is in the region).
      expect((await search({ nameContains: hidden.full_name }, operator)).ids).toContain(hidden.id);
    });
  });

  it('is open to the roles that read Person.fullName, as the registry declares them', () => {
    const fullName = accessDeclarations().find((declaration) => declaration.coordinate === 'Person.fullName')!;
    expect([...ROLES_READING_NAMES].sort()).toEqual([...(fullName.roles ?? [])].sort());
  });
});

describe('search phrases are validated', () => {
  it.each([
    ['one letter after trimming', ' я '],
    ['only spaces', '   '],
    ['invisible characters', '\u200b\u200b\u200b'],
    ['101 characters', 'я'.repeat(101)],
    ['a tab', 'Ив\tанов'],
    ['a line break', 'Иванов\n'],
    ['an escape', 'Ив\u001bанов'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_label, phrase) => {
    for (const argument of ['nameContains', 'competencyContains']) {
      const response = await mentoring.query(SEARCH, { filter: { [argument]: phrase } });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: `filter.${argument}`,
      });
    }
  });

  it('accepts 2 and 100 characters', async () => {
    for (const phrase of ['ов', 'о'.repeat(100)]) {
      const response = await mentoring.query(SEARCH, { filter: { nameContains: phrase } });
      expect(response.errors).toBeUndefined();
    }
  });
});

it('answers an empty page for a name no one bears', async () => {
  expect(await search({ nameContains: `Нет-такого-${randomUUID().slice(0, 8)}` })).toEqual({ totalCount: 0, ids: [] });
});
