import { organizationIdOf } from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairSeeds } from '../src/demo-data.js';
import { mentoringSubgraph } from '../src/subgraph.js';

let mentoring: TestSubgraph;
beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
});
afterAll(() => mentoring?.close());

const rows = <T>(sql: string, params: unknown[] = []) => mentoring.orm.em.getConnection().execute<T[]>(sql, params);

describe('mentoring_pub: what analytics counts by', () => {
  it('participation_as_of lists every mentor and mentee of the pairs running on the date', async () => {
    const asOf = '2026-11-15';
    const running = pairSeeds().filter(
      (pair) => pair.startDate <= asOf && (pair.plannedEndDate ?? '9999-12-31') >= asOf,
    );
    const [counts] = await rows<{ mentees: string; mentors: string }>(
      `select count(*) filter (where role = 'MENTEE') as mentees, count(distinct person_id) filter (where role = 'MENTOR') as mentors from mentoring_pub.participation_as_of(?)`,
      [asOf],
    );
    expect(Number(counts!.mentees)).toBe(running.reduce((total, pair) => total + pair.mentees.length, 0));
    expect(Number(counts!.mentors)).toBe(new Set(running.map((pair) => pair.mentorKey)).size);
  });

  it('joins with registry_pub to count covered young specialists of a municipality (the seed 000 indicator)', async () => {
    const [result] = await rows<{ young: string; covered: string }>(
      `select count(*) filter (where s.young_under_35_under_3) as young,
              count(*) filter (where s.young_under_35_under_3 and exists (select 1 from mentoring_pub.participation_as_of(?) p where p.person_id = s.person_id and p.role = 'MENTEE')) as covered
       from registry_pub.staff_as_of(?) s where s.region_code = '67'`,
      ['2026-11-15', '2026-11-15'],
    );
    expect(Number(result!.young)).toBeGreaterThan(0);
    expect(Number(result!.covered)).toBeGreaterThan(0);
    expect(Number(result!.covered)).toBeLessThanOrEqual(Number(result!.young));
  });

  it('programme_outcome carries satisfaction of completed programmes', async () => {
    const [result] = await rows<{ completed: string; mentee: string; satisfied: string }>(
      `select count(*) as completed, avg(mentee_satisfaction) as mentee, count(*) filter (where mentee_satisfaction is not null) as satisfied
       from mentoring_pub.programme_outcome where status = 'COMPLETED'`,
    );
    expect(Number(result!.completed)).toBe(pairSeeds().filter((pair) => pair.status === 'COMPLETED').length);
    expect(Number(result!.satisfied)).toBe(Number(result!.completed));
    expect(Number(result!.mentee)).toBeGreaterThan(0);
    expect(Number(result!.mentee)).toBeLessThanOrEqual(100);
  });

  it('organization_system tells which organizations implement the model', async () => {
    const school = pairSeeds()[0]!.inn;
    const [result] = await rows<{ implements_model: boolean }>(
      'select implements_model from mentoring_pub.organization_system where organization_id = ?',
      [organizationIdOf(school)],
    );
    expect(result?.implements_model).toBe(true);
  });
});
