import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBirthDate, pairSeeds } from '../src/demo-data.js';
import { isMinorOn } from '../src/modules/pairs/mutations.js';
import { mentoringSubgraph } from '../src/subgraph.js';

let mentoring: TestSubgraph;
const sql = <T>(text: string) => mentoring.orm.em.getConnection().execute<T[]>(text);
beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
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
    const minorsOwn = pairSeeds().filter((pair) => [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)].some((key) => isMinorOn(demoBirthDate(key), pair.consentDate)));
    expect(minorsOwn.length).toBeGreaterThan(0);
    const [parents] = await sql<{ count: string }>(`select count(*) from mentoring.pair_consent where given_by = 'PARENT'`);
    expect(Number(parents!.count)).toBeGreaterThan(0);
  });

  it('gives each synthetic pair its own fictional order: no two pairs of one organization share a number, and numbers say ДЕМО', async () => {
    expect(await sql(`select organization_id, order_number from mentoring.mentoring_pair where data_origin = 'SYNTHETIC' group by 1, 2 having count(*) > 1`)).toEqual([]);
    expect(await sql(`select order_number from mentoring.mentoring_pair where data_origin = 'SYNTHETIC' and order_number not like 'ДЕМО-%'`)).toEqual([]);
    expect(await sql(`select order_number from mentoring.mentoring_pair where order_number ilike '%850%'`)).toEqual([]);
    const [dates] = await sql<{ count: string }>(`select count(distinct order_date) from mentoring.mentoring_pair where data_origin = 'SYNTHETIC'`);
    expect(Number(dates!.count)).toBeGreaterThan(20);
  });

  it('marks every demo record SYNTHETIC', async () => {
    for (const table of ['mentoring_pair', 'mentor_profile', 'practice', 'organization_system']) {
      expect(await sql(`select data_origin, count(*) from mentoring.${table} where data_origin <> 'SYNTHETIC' group by 1`), table).toEqual([]);
    }
  });

  it('keeps seed 002’s facts exactly: the «500+» pairs of 2021 without a form, 36 teachers trained 27–30 September 2021 for 24 hours, the managers’ course without hours', async () => {
    const projectPairs = await sql<{ form_code: string | null; start_date: string }>(`select form_code, to_char(start_date, 'YYYY') as start_date from mentoring.mentoring_pair where project_code = 'PROJECT_500_PLUS'`);
    expect(projectPairs).toHaveLength(9);
    expect(projectPairs.every((pair) => pair.form_code === null && pair.start_date === '2021')).toBe(true);
    const trainings = await sql<{ programme: string; hours: number | null; completed_on: string; count: string }>(
      `select programme, hours, to_char(completed_on, 'YYYY-MM-DD') as completed_on, count(*) from mentoring.training_record group by 1, 2, 3 order by 1`,
    );
    expect(trainings).toEqual([
      { programme: 'Наставничество в системе «учитель – учитель»: от модели к технологии реализации', hours: 24, completed_on: '2021-09-30', count: '36' },
      { programme: 'Управленческое наставничество в системе образования: skillbox руководителя-ментора', hours: null, completed_on: '2021-10-22', count: '9' },
    ]);
  });

  it('gives no blanket achievements and claims no real contest’s result', async () => {
    const [profiles] = await sql<{ total: string; with_achievements: string }>(`select count(*) as total, count(achievements) as with_achievements from mentoring.mentor_profile`);
    expect(Number(profiles!.with_achievements)).toBeLessThan(Number(profiles!.total) / 2);
    expect(await sql(`select id from mentoring.mentor_profile where achievements ilike '%конкурс%'`)).toEqual([]);
    expect(await sql(`select id from mentoring.practice where cardinality(awards) > 0`)).toEqual([]);
  });
});
