import { DEMO_ORGANIZATIONS, DEMO_PEOPLE, organizationIdOf, personIdOf } from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { stableId } from '@mentoring/platform/database';
import { planningSubgraph } from '@mentoring/subgraph-planning/subgraph';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { managerTrainees, pairSeeds, trainedCandidates } from '../src/demo-data.js';
import { mentoringSubgraph } from '../src/subgraph.js';

let mentoring: TestSubgraph;
let curator: string;
const school = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION',
)[1]!;
const orgId = organizationIdOf(school.inn);
const busy = new Set(pairSeeds().flatMap((pair) => [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)]));
// A teacher with no demo pair, so the profile and its trainings are this test's alone.
const teacher = DEMO_PEOPLE.find(
  (person) => person.organizationInn === school.inn && person.employment.isPedagogical && !busy.has(person.key),
)!;

beforeAll(async () => {
  // Trainings read planning's published course completions at query time: planning's schema stands alongside.
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph, planningSubgraph] });
  curator = await mentoring.tokenFor('SCHOOL_CURATOR', {
    regionCode: '57',
    municipalityOktmo: '54618000',
    organizationId: orgId,
  });
});
afterAll(() => mentoring?.close());

const CREATE_PROFILE = 'mutation ($input: MentorProfileInput!) { createMentorProfile(input: $input) { id } }';
const ADD_TRAINING =
  'mutation ($mentorId: UUID!, $input: TrainingInput!) { addTraining(mentorId: $mentorId, input: $input) { id } }';
const TRAININGS =
  'query ($organizationId: UUID!) { mentors(filter: { organizationId: $organizationId }, first: 100) { edges { node { id trainings { programme completedOn } } } } }';

describe('MentorProfile.trainings', () => {
  it('lists a mentor’s trainings newest first, whatever order they were recorded in', async () => {
    const input = {
      personId: personIdOf(teacher.key),
      organizationId: orgId,
      competencies: ['Методика преподавания истории'],
      forms: ['TEACHER_TEACHER'],
      capacity: 1,
    };
    const created = await mentoring.query<{ createMentorProfile: { id: string } }>(CREATE_PROFILE, { input }, curator);
    expect(created.errors).toBeUndefined();
    const mentorId = created.data!.createMentorProfile.id;
    // Recorded neither oldest first nor newest first, so neither insertion order nor an ascending sort passes.
    const recorded = [
      { programme: 'ДПО «Наставничество: основы»', hours: 24, completedOn: '2024-03-15' },
      { programme: 'ДПО «Наставничество в системе „учитель – учитель“»', hours: 36, completedOn: '2025-11-20' },
      { programme: 'Семинар ЦНППМ для наставников', hours: 8, completedOn: '2023-06-01' },
    ];
    for (const training of recorded) {
      const added = await mentoring.query(ADD_TRAINING, { mentorId, input: training }, curator);
      expect(added.errors).toBeUndefined();
    }

    const response = await mentoring.query<{
      mentors: { edges: { node: { id: string; trainings: { programme: string; completedOn: string }[] } }[] };
    }>(TRAININGS, { organizationId: orgId }, curator);
    expect(response.errors).toBeUndefined();
    const mentor = response.data!.mentors.edges.find((edge) => edge.node.id === mentorId)!.node;
    expect(mentor.trainings.map((training) => training.completedOn)).toEqual([
      '2025-11-20',
      '2024-03-15',
      '2023-06-01',
    ]);
    expect(mentor.trainings.map((training) => training.programme)).toEqual([
      recorded[1]!.programme,
      recorded[0]!.programme,
      recorded[2]!.programme,
    ]);
  });
});

describe('courses completed in planning (planning_pub.course_completion)', () => {
  const TEACHER_COURSE = stableId('event', 'smolensk-2021-teacher-course');
  const MANAGER_COURSE = stableId('event', 'smolensk-2021-manager-course');
  const BY_PERSON =
    'query ($ids: [_Any!]!) { _entities(representations: $ids) { ... on MentorProfile { id trainings { id source event { id } programme provider hours completedOn } } } }';
  const operator = () => mentoring.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });

  it('appear on the mentor profile as trainings of source COURSE with their event, the same fact as planning holds, once', async () => {
    const teachers = trainedCandidates().slice(0, 3);
    const managers = managerTrainees().slice(0, 2);
    const response = await mentoring.query<{
      _entities: { trainings: Record<string, unknown>[] }[];
    }>(
      BY_PERSON,
      {
        ids: [...teachers, ...managers].map((key) => ({
          __typename: 'MentorProfile',
          id: stableId('mentor-profile', key),
        })),
      },
      await operator(),
    );
    expect(response.errors).toBeUndefined();
    const [first, , , manager] = response.data!._entities;
    expect(first!.trainings).toEqual([
      {
        id: expect.any(String),
        source: 'COURSE',
        event: { id: TEACHER_COURSE },
        programme: 'Наставничество в системе «учитель – учитель»: от модели к технологии реализации',
        provider: 'ЦНППМПР',
        hours: 24,
        completedOn: '2021-09-30',
      },
    ]);
    expect(manager!.trainings).toMatchObject([{ source: 'COURSE', event: { id: MANAGER_COURSE }, hours: null }]);
  });

  it('are read with the entered records in one statement for N mentors', async () => {
    const keys = trainedCandidates().slice(0, 6);
    const token = await operator();
    const statements = await mentoring.sql.during(() =>
      mentoring.query(
        BY_PERSON,
        { ids: keys.map((key) => ({ __typename: 'MentorProfile', id: stableId('mentor-profile', key) })) },
        token,
      ),
    );
    expect(statements.filter((sql) => sql.includes('course_completion'))).toHaveLength(1);
  });

  it('keep entered records beside them, marked ENTERED without an event', async () => {
    const response = await mentoring.query<{
      mentors: { edges: { node: { trainings: { source: string; event: { id: string } | null }[] } }[] };
    }>(
      'query ($organizationId: UUID!) { mentors(filter: { organizationId: $organizationId }, first: 100) { edges { node { trainings { source event { id } } } } } }',
      { organizationId: orgId },
      curator,
    );
    expect(response.errors).toBeUndefined();
    const entered = response.data!.mentors.edges.flatMap((edge) => edge.node.trainings);
    expect(entered.length).toBeGreaterThan(0);
    expect(entered.every((training) => training.source === 'ENTERED' && training.event === null)).toBe(true);
  });
});
