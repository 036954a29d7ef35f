import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBirthDate, pairSeeds } from '../src/demo-data.js';
import { isMinorOn } from '@mentoring/subgraph-registry/published';
import { kindsAt } from '../src/modules/catalogues/participant-kinds.js';
import { mentoringSubgraph } from '../src/subgraph.js';

let mentoring: TestSubgraph;
/** A mentor's trainings as MentorProfile.trainings reads them: entered on the profile, and courses completed in planning. */
const TRAININGS = `(select t.mentor_id, t.programme, t.hours, t.completed_on from mentoring.training_record t
  union all
  select m.id, coalesce(c.programme, c.title), c.hours, c.completed_on
  from planning_pub.course_completion c join mentoring.mentor_profile m on m.person_id = c.person_id)`;
const sql = <T>(text: string) => mentoring.orm.em.getConnection().execute<T[]>(text);
beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph, planningSubgraph] });
});
afterAll(() => mentoring?.close());

describe('honest mentoring demo data', () => {
  it('every active or completed pair has an order and the written consent of all its participants, a parent’s for a minor', async () => {
    const lacking = await sql<{ id: string }>(`
      select p.id from mentoring.mentoring_pair p
      where p.status in ('ACTIVE', 'COMPLETED') and (p.order_number is null or p.order_date is null
        or exists (select 1 from (select p.mentor_person_id as person_id union all select m.person_id from mentoring.pair_mentee m where m.pair_id = p.id) participant
                   where not exists (select 1 from mentoring.pair_consent c where c.pair_id = p.id and c.person_id = participant.person_id and c.given_on <= p.order_date)))`);
    expect(lacking).toEqual([]);
    for (const pair of pairSeeds()) {
      for (const key of [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)]) {
        expect(demoBirthDate(key), `birth date of ${key}`).toBeTruthy();
      }
    }
    const minorsOwn = pairSeeds().filter((pair) =>
      [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)].some((key) =>
        isMinorOn(demoBirthDate(key), pair.orderDate),
      ),
    );
    expect(minorsOwn.length).toBeGreaterThan(0);
    const [parents] = await sql<{ count: string }>(
      `select count(*) from mentoring.pair_consent where given_by = 'PARENT'`,
    );
    expect(Number(parents!.count)).toBeGreaterThan(0);
  });

  it('gives each synthetic pair its own fictional order: no two pairs of one organization share a number, and numbers say ДЕМО', async () => {
    expect(
      await sql(
        `select organization_id, order_number from mentoring.mentoring_pair where data_origin = 'SYNTHETIC' group by 1, 2 having count(*) > 1`,
      ),
    ).toEqual([]);
    expect(
      await sql(
        `select order_number from mentoring.mentoring_pair where data_origin = 'SYNTHETIC' and order_number not like 'ДЕМО-%'`,
      ),
    ).toEqual([]);
    expect(await sql(`select order_number from mentoring.mentoring_pair where order_number ilike '%850%'`)).toEqual([]);
    const [dates] = await sql<{ count: string }>(
      `select count(distinct order_date) from mentoring.mentoring_pair where data_origin = 'SYNTHETIC'`,
    );
    expect(Number(dates!.count)).toBeGreaterThan(20);
  });

  it('marks every demo record SYNTHETIC', async () => {
    for (const table of ['mentoring_pair', 'mentor_profile', 'practice', 'organization_system']) {
      expect(
        await sql(`select data_origin, count(*) from mentoring.${table} where data_origin <> 'SYNTHETIC' group by 1`),
        table,
      ).toEqual([]);
    }
  });

  it('keeps seed 002’s «500+» pairs as it says them: nine active project pairs of the first half of 2021, no form, no end, no programme, mentors without the managers’ course', async () => {
    const projectPairs = await sql<{
      form_code: string | null;
      status: string;
      start_date: string;
      planned_end_date: string | null;
      ended_on: string | null;
      programmes: string;
      trainings: string;
    }>(`
      select p.form_code, p.status, to_char(p.start_date, 'YYYY-MM-DD') as start_date, p.planned_end_date, p.ended_on,
             (select count(*) from mentoring.programme pr where pr.pair_id = p.id) as programmes,
             (select count(*) from ${TRAININGS} t join mentoring.mentor_profile m on m.id = t.mentor_id where m.person_id = p.mentor_person_id) as trainings
      from mentoring.mentoring_pair p where p.project_code = 'PROJECT_500_PLUS'`);
    expect(projectPairs).toHaveLength(9);
    for (const pair of projectPairs) {
      expect(pair).toMatchObject({
        form_code: null,
        status: 'ACTIVE',
        planned_end_date: null,
        ended_on: null,
        programmes: '0',
        trainings: '0',
      });
      expect(pair.start_date >= '2021-01-01' && pair.start_date <= '2021-06-30', pair.start_date).toBe(true);
    }
  });

  it('keeps seed 002’s trainings as it says them: 36 teacher candidates of 18 schools (24 hours, 30 September 2021) with no invented pairs; 17 people on the managers’ course without hours, none in «500+»', async () => {
    const trainings = await sql<{
      programme: string;
      hours: number | null;
      completed_on: string;
      count: string;
      schools: string;
      statuses: string[];
    }>(
      `select t.programme, t.hours, to_char(t.completed_on, 'YYYY-MM-DD') as completed_on, count(*), count(distinct m.organization_id) as schools, array_agg(distinct m.status) as statuses
       from ${TRAININGS} t join mentoring.mentor_profile m on m.id = t.mentor_id group by 1, 2, 3 order by 1`,
    );
    expect(trainings).toEqual([
      {
        programme: 'Наставничество в системе «учитель – учитель»: от модели к технологии реализации',
        hours: 24,
        completed_on: '2021-09-30',
        count: '36',
        schools: '18',
        statuses: ['TRAINED'],
      },
      {
        programme: 'Управленческое наставничество в системе образования: skillbox руководителя-ментора',
        hours: null,
        completed_on: '2021-10-22',
        count: '17',
        schools: '17',
        statuses: ['TRAINED'],
      },
    ]);
    const trainedInPairs = await sql(`
      select m.person_id from mentoring.mentor_profile m join ${TRAININGS} t on t.mentor_id = m.id
      where exists (select 1 from mentoring.mentoring_pair p where p.mentor_person_id = m.person_id)
         or exists (select 1 from mentoring.pair_mentee pm join mentoring.mentoring_pair p on p.id = pm.pair_id where pm.person_id = m.person_id and p.project_code is not null)`);
    expect(trainedInPairs).toEqual([]);
  });

  it('varies the outcomes of completed programmes: not one success for all, not all above seed 004’s targets (85 and 70), no adaptation measured for anyone but teachers', async () => {
    const [outcomes] = await sql<{
      total: string;
      mentee_values: string;
      mentor_values: string;
      adaptation_values: string;
      above: string;
    }>(`
      select count(*) as total, count(distinct mentee_satisfaction) as mentee_values, count(distinct mentor_satisfaction) as mentor_values,
             count(distinct monitoring_after->>'ADAPTATION') as adaptation_values,
             count(*) filter (where mentee_satisfaction >= 85 and mentor_satisfaction >= 70) as above
      from mentoring.programme where monitoring_after is not null`);
    expect(Number(outcomes!.total)).toBeGreaterThan(0);
    expect(Number(outcomes!.mentee_values)).toBeGreaterThan(5);
    expect(Number(outcomes!.mentor_values)).toBeGreaterThan(5);
    expect(Number(outcomes!.adaptation_values)).toBeGreaterThan(5);
    expect(Number(outcomes!.above)).toBeLessThan(Number(outcomes!.total));
    const adaptationOfNonTeachers = await sql(`
      select pr.id from mentoring.programme pr join mentoring.pair_mentee pm on pm.pair_id = pr.pair_id
      where (pr.monitoring_before ? 'ADAPTATION' or pr.monitoring_after ? 'ADAPTATION')
        and not exists (select 1 from registry_pub.staff s where s.person_id = pm.person_id and s.is_pedagogical)`);
    expect(adaptationOfNonTeachers).toEqual([]);
  });

  it('pairs people as each form’s name says: every demo pair’s mentor and mentees are of the form’s kinds', async () => {
    const wrong: string[] = [];
    const pairs = await sql<{
      id: string;
      mentor_person_id: string;
      mentor_org: string;
      mentor_kind: string;
      mentee_kind: string;
    }>(`
      select p.id, p.mentor_person_id, m.organization_id as mentor_org, f.mentor_kind, f.mentee_kind
      from mentoring.mentoring_pair p join mentoring.mentoring_form f on f.code = p.form_code join mentoring.mentor_profile m on m.person_id = p.mentor_person_id`);
    expect(pairs.length).toBeGreaterThan(100);
    for (const pair of pairs) {
      if (
        !(await kindsAt(mentoring.orm.em.fork(), pair.mentor_person_id, pair.mentor_org)).has(pair.mentor_kind as never)
      )
        wrong.push(`${pair.id} mentor`);
      for (const mentee of await sql<{ person_id: string; organization_id: string }>(
        `select person_id, organization_id from mentoring.pair_mentee where pair_id = '${pair.id}'`,
      )) {
        if (
          !(await kindsAt(mentoring.orm.em.fork(), mentee.person_id, mentee.organization_id)).has(
            pair.mentee_kind as never,
          )
        )
          wrong.push(`${pair.id} mentee`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives no blanket achievements and claims no real contest’s result', async () => {
    const [profiles] = await sql<{ total: string; with_achievements: string }>(
      `select count(*) as total, count(achievements) as with_achievements from mentoring.mentor_profile`,
    );
    expect(Number(profiles!.with_achievements)).toBeLessThan(Number(profiles!.total) / 2);
    expect(await sql(`select id from mentoring.mentor_profile where achievements ilike '%конкурс%'`)).toEqual([]);
    expect(await sql(`select id from mentoring.practice where cardinality(awards) > 0`)).toEqual([]);
  });
});
