import { writeCsv } from '@mentoring/platform/tabular';
import { DEMO_ORGANIZATIONS, DEMO_PEOPLE, organizationIdOf, personIdOf } from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENTOR_BASE_HEADERS } from '../src/modules/mentor-base/layout.js';
import { mentoringSubgraph } from '../src/subgraph.js';

/**
 * Mentoring's writes and imports name people too: a Знаменский coordinator
 * can neither put a St Petersburg teacher into a pair, a practice or a
 * mentoring system, nor learn from an import report that they exist.
 */
let mentoring: TestSubgraph;
let coordinator: string;
const school = DEMO_ORGANIZATIONS.find(
  (organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION',
)!;
const schoolId = organizationIdOf(school.inn);
const ours = DEMO_PEOPLE.filter((person) => person.organizationInn === school.inn && person.employment.isPedagogical);
const stranger = DEMO_PEOPLE.find(
  (person) =>
    DEMO_ORGANIZATIONS.find(
      (organization) => organization.inn === person.organizationInn,
    )?.municipalityOktmo.startsWith('40') && person.employment.isPedagogical,
)!;
const strangerSchool = DEMO_ORGANIZATIONS.find((organization) => organization.inn === stranger.organizationInn)!;
const fullName = (person: (typeof DEMO_PEOPLE)[number]) =>
  [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ');

beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
  coordinator = await mentoring.tokenFor('MUNICIPAL_COORDINATOR', { regionCode: '57', municipalityOktmo: '54618000' });
});
afterAll(() => mentoring?.close());

const pair = (mentor: string, mentee: string, menteeOrganization = schoolId) => ({
  form: 'TEACHER_TEACHER',
  formats: ['TRADITIONAL'],
  organizationId: schoolId,
  mentorPersonId: mentor,
  mentees: [{ personId: mentee, organizationId: menteeOrganization }],
  startDate: '2026-12-01',
  plannedEndDate: '2027-06-30',
});

describe('writes that name a person outside the territory', () => {
  it.each([
    [
      'a pair with a mentor from another region',
      () => pair(personIdOf(stranger.key), personIdOf(ours[1]!.key)),
      'input.mentorPersonId',
    ],
    [
      'a pair with a mentee from another region',
      () => pair(personIdOf(ours[0]!.key), personIdOf(stranger.key), organizationIdOf(strangerSchool.inn)),
      'input.mentees[0].personId',
    ],
  ])('refuses %s as NOT_FOUND naming the argument', async (_, input, argument) => {
    const response = await mentoring.query(
      'mutation ($input: PairInput!) { createPair(input: $input) { id } }',
      { input: input() },
      coordinator,
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', argument });
  });

  it('refuses a practice whose author works in another region, and a mentoring system whose curator does', async () => {
    const practice = await mentoring.query(
      'mutation ($input: PracticeInput!) { createPractice(input: $input) { id } }',
      {
        input: {
          title: 'Практика',
          summary: 'Синтетическая',
          organizationId: schoolId,
          authorPersonIds: [personIdOf(ours[0]!.key), personIdOf(stranger.key)],
          year: 2026,
        },
      },
      coordinator,
    );
    expect(practice.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', argument: 'input.authorPersonIds[1]' });
    const system = await mentoring.query(
      'mutation ($input: MentoringSystemInput!) { saveMentoringSystem(organizationId: "' +
        schoolId +
        '", input: $input) { implementsModel } }',
      {
        input: {
          regulationOrderNumber: '1',
          hasMethodicalAssociation: false,
          curatorPersonId: personIdOf(stranger.key),
        },
      },
      coordinator,
    );
    expect(system.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', argument: 'input.curatorPersonId' });
  });
});

describe('«База наставников» import and people of other territories', () => {
  it('reports a mentee of another region exactly as one nobody has heard of: no existence oracle', async () => {
    const row = (mentee: string) => [
      '1',
      fullName(ours[0]!),
      school.shortName,
      'Методика',
      '',
      mentee,
      'учитель – учитель',
      strangerSchool.shortName,
    ];
    const file = writeCsv([[...MENTOR_BASE_HEADERS], row(fullName(stranger)), row('Несуществующая Анна Петровна')]);
    const response = await mentoring.query<{ importMentorBase: { rejected: number; rows: { messages: string[] }[] } }>(
      'mutation ($file: ImportFile!) { importMentorBase(file: $file, dryRun: true, allOrNothing: false) { rejected rows(status: REJECTED) { messages } } }',
      { file: { format: 'CSV', contentBase64: Buffer.from(file).toString('base64') } },
      coordinator,
    );
    expect(response.errors).toBeUndefined();
    const [existing, nobody] = response.data!.importMentorBase.rows.map((rejected) => rejected.messages.join(' | '));
    expect(response.data?.importMentorBase.rejected).toBe(2);
    expect(existing!.replace(fullName(stranger), '<ФИО>')).toBe(
      nobody!.replace('Несуществующая Анна Петровна', '<ФИО>'),
    );
  });
});
