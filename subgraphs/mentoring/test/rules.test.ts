import { todayIso } from '@mentoring/platform/validation';
import { DEMO_ORGANIZATIONS, DEMO_PEOPLE, organizationIdOf, personIdOf } from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairSeeds } from '../src/demo-data.js';
import { mentoringSubgraph } from '../src/subgraph.js';

let mentoring: TestSubgraph;
let curator: string;
let head: string;
const school = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION',
)[1]!;
const elsewhere = DEMO_ORGANIZATIONS.find(
  (organization) => organization.municipalityOktmo === '66701000' && organization.kind === 'GENERAL_EDUCATION',
)!;
const busy = new Set(pairSeeds().flatMap((pair) => [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)]));
// Teachers with no demo pair: the forms used here («учитель — учитель») pair pedagogical staff.
const [mentorPerson, menteeA, menteeB, menteeC] = DEMO_PEOPLE.filter(
  (person) => person.organizationInn === school.inn && person.employment.isPedagogical && !busy.has(person.key),
);
const id = (person: { key: string }) => personIdOf(person.key);
const orgId = organizationIdOf(school.inn);
const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
  curator = await mentoring.tokenFor('SCHOOL_CURATOR', {
    regionCode: '57',
    municipalityOktmo: '54618000',
    organizationId: orgId,
  });
  head = await mentoring.tokenFor('SCHOOL_HEAD', {
    regionCode: '57',
    municipalityOktmo: '54618000',
    organizationId: orgId,
  });
});
afterAll(() => mentoring?.close());

const CREATE_PROFILE =
  'mutation ($input: MentorProfileInput!) { createMentorProfile(input: $input) { id status capacity forms { code } } }';
const CREATE_PAIR =
  'mutation ($input: PairInput!) { createPair(input: $input) { id status version isGroup formats { code } } }';
const ACTIVATE =
  `mutation ($id: UUID!, $version: Int!, $order: String!, $orderDate: Date! = "%today") { activatePair(id: $id, version: $version, orderNumber: $order, orderDate: $orderDate) { status version } }`.replace(
    '%today',
    todayIso(),
  );
const CONSENT =
  `mutation ($pairId: UUID!, $personId: UUID!) { recordPairConsent(pairId: $pairId, personId: $personId, givenOn: "%today", givenBy: PARTICIPANT) { id } }`.replace(
    '%today',
    todayIso(),
  );
/** The current version of a pair: recording a consent raises it. */
const versionOf = async (id: string) =>
  (
    await mentoring.query<{ mentoringPair: { version: number } }>(
      'query ($id: UUID!) { mentoringPair(id: $id) { version } }',
      { id },
      curator,
    )
  ).data!.mentoringPair.version;
/** The written consent of every participant (all adults here), as seed 003 requires before the order. */
async function consentAll(pairId: string, people: string[]): Promise<void> {
  for (const personId of people) {
    const response = await mentoring.query(CONSENT, { pairId, personId }, curator);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  }
}
const pairInput = (mentees: { key: string }[], overrides: Record<string, unknown> = {}) => ({
  form: 'TEACHER_TEACHER',
  formats: ['TRADITIONAL'],
  organizationId: orgId,
  mentorPersonId: id(mentorPerson!),
  mentees: mentees.map((mentee) => ({ personId: id(mentee), organizationId: orgId })),
  startDate: '2026-11-10',
  plannedEndDate: '2027-05-31',
  ...overrides,
});

describe('the mentor base', () => {
  it('adds a mentor of the school and refuses duplicates, strangers and nonsense capacity', async () => {
    const input = {
      personId: id(mentorPerson!),
      organizationId: orgId,
      competencies: ['Методика преподавания математики'],
      forms: ['TEACHER_TEACHER'],
      capacity: 1,
    };
    const created = await mentoring.query<{ createMentorProfile: { status: string } }>(
      CREATE_PROFILE,
      { input },
      curator,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createMentorProfile.status).toBe('CANDIDATE');
    expect(codeOf(await mentoring.query(CREATE_PROFILE, { input }, curator))).toBe('CONFLICT');
    expect(
      codeOf(
        await mentoring.query(
          CREATE_PROFILE,
          {
            input: {
              ...input,
              personId: personIdOf(DEMO_PEOPLE.find((person) => person.organizationInn === elsewhere.inn)!.key),
            },
          },
          curator,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await mentoring.query(CREATE_PROFILE, { input: { ...input, personId: id(menteeC!), capacity: 0 } }, curator),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await mentoring.query(
          CREATE_PROFILE,
          { input: { ...input, organizationId: organizationIdOf(elsewhere.inn) } },
          curator,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('pairs and groups', () => {
  it('refuses the mentor as their own mentee, programmes outside 3–12 months and a form the mentor does not practise', async () => {
    expect(
      (await mentoring.query(CREATE_PAIR, { input: pairInput([mentorPerson!]) }, curator)).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'mentees' });
    expect(
      (await mentoring.query(CREATE_PAIR, { input: pairInput([menteeA!], { plannedEndDate: '2027-01-31' }) }, curator))
        .errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'plannedEndDate' });
    expect(
      (await mentoring.query(CREATE_PAIR, { input: pairInput([menteeA!], { plannedEndDate: '2028-01-31' }) }, curator))
        .errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'plannedEndDate' });
    expect(
      (await mentoring.query(CREATE_PAIR, { input: pairInput([menteeA!], { form: 'EMPLOYER_STUDENT' }) }, curator))
        .errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'form' });
  });

  it('is ordered by the head only, needs every participant’s consent and the order, and never exceeds the mentor’s capacity', async () => {
    const group = await mentoring.query<{
      createPair: { id: string; version: number; isGroup: boolean; formats: { code: string }[] };
    }>(CREATE_PAIR, { input: pairInput([menteeA!, menteeB!]) }, curator);
    expect(group.data?.createPair).toMatchObject({
      isGroup: true,
      formats: [{ code: 'TRADITIONAL' }, { code: 'GROUP' }],
    });
    const pair = group.data!.createPair;
    expect(
      codeOf(
        await mentoring.query(ACTIVATE, { id: pair.id, version: await versionOf(pair.id), order: '77-од' }, curator),
      ),
    ).toBe('FORBIDDEN');
    const unconsented = await mentoring.query(
      ACTIVATE,
      { id: pair.id, version: await versionOf(pair.id), order: '77-од' },
      head,
    );
    expect(unconsented.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'consents' });
    expect(unconsented.errors?.[0]?.message).toContain('с письменного согласия их участников');
    await consentAll(pair.id, [id(mentorPerson!), id(menteeA!)]);
    expect(
      (await mentoring.query(ACTIVATE, { id: pair.id, version: await versionOf(pair.id), order: '77-од' }, head))
        .errors?.[0]?.message,
    ).toContain('наставляемого № 2');
    await consentAll(pair.id, [id(menteeB!)]);
    expect(
      (await mentoring.query(ACTIVATE, { id: pair.id, version: await versionOf(pair.id), order: ' ' }, head))
        .errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'orderNumber' });
    expect(
      (await mentoring.query(ACTIVATE, { id: pair.id, version: await versionOf(pair.id), order: '77-од' }, head))
        .errors?.[0]?.extensions,
    ).toEqual({ code: 'CONFLICT', field: 'capacity' });
  });

  it('activates one of two racing pairs when the mentor has room for one', async () => {
    const drafts = await Promise.all(
      [menteeA!, menteeB!].map((mentee) =>
        mentoring.query<{ createPair: { id: string; version: number } }>(
          CREATE_PAIR,
          { input: pairInput([mentee]) },
          curator,
        ),
      ),
    );
    await consentAll(drafts[0]!.data!.createPair.id, [id(mentorPerson!), id(menteeA!)]);
    await consentAll(drafts[1]!.data!.createPair.id, [id(mentorPerson!), id(menteeB!)]);
    const versions = await Promise.all(drafts.map((draft) => versionOf(draft.data!.createPair.id)));
    const results = await Promise.all(
      drafts.map((draft, index) =>
        mentoring.query(
          ACTIVATE,
          { id: draft.data!.createPair.id, version: versions[index], order: `78-${index}-од` },
          head,
        ),
      ),
    );
    const outcomes = results.map((result) => (result.errors ? String(codeOf(result)) : 'ACTIVE')).sort();
    expect(outcomes).toEqual(['ACTIVE', 'CONFLICT']);
  });

  it('keeps a mentee in one active pair of a form, and refuses a stale version', async () => {
    const second = await mentoring.query<{ createMentorProfile: { id: string } }>(
      CREATE_PROFILE,
      {
        input: {
          personId: id(menteeC!),
          organizationId: orgId,
          competencies: ['Воспитательная работа'],
          forms: ['TEACHER_TEACHER'],
          capacity: 3,
        },
      },
      curator,
    );
    expect(second.errors).toBeUndefined();
    const activeMentee = (
      await mentoring.query<{ mentoringPairs: { edges: { node: { mentees: { person: { id: string } }[] } }[] } }>(
        `{ mentoringPairs(filter: { status: ACTIVE, organizationId: "${orgId}", form: TEACHER_TEACHER }) { edges { node { mentees { person { id } } } } } }`,
        undefined,
        curator,
      )
    ).data!.mentoringPairs.edges[0]!.node.mentees[0]!.person.id;
    const clash = await mentoring.query<{ createPair: { id: string; version: number } }>(
      CREATE_PAIR,
      {
        input: {
          ...pairInput([]),
          mentorPersonId: id(menteeC!),
          mentees: [{ personId: activeMentee, organizationId: orgId }],
        },
      },
      curator,
    );
    await consentAll(clash.data!.createPair.id, [id(menteeC!), activeMentee]);
    expect(
      (
        await mentoring.query(
          ACTIVATE,
          { id: clash.data!.createPair.id, version: await versionOf(clash.data!.createPair.id), order: '79-од' },
          head,
        )
      ).errors?.[0]?.extensions,
    ).toEqual({ code: 'CONFLICT', field: 'mentees' });
    expect(
      codeOf(await mentoring.query(ACTIVATE, { id: clash.data!.createPair.id, version: 99, order: '79-од' }, head)),
    ).toBe('CONFLICT');
    const terminated = await mentoring.query(
      'mutation ($id: UUID!, $version: Int!) { terminatePair(id: $id, version: $version, endedOn: "2026-11-20", reason: "  ") { status } }',
      { id: clash.data!.createPair.id, version: await versionOf(clash.data!.createPair.id) },
      curator,
    );
    expect(terminated.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
  });
});

describe('personalised programmes', () => {
  it('draws up a programme with activities, monitoring and satisfaction, checking ranges', async () => {
    const pair = pairSeeds().find((seed) => seed.inn === school.inn)!;
    const pairId = (
      await mentoring.query<{ mentoringPairs: { edges: { node: { id: string } }[] } }>(
        `{ mentoringPairs(filter: { organizationId: "${orgId}", mentorPersonId: "${personIdOf(pair.mentorKey)}" }) { edges { node { id } } } }`,
        undefined,
        curator,
      )
    ).data!.mentoringPairs.edges[0]!.node.id;
    const saved = await mentoring.query<{ saveProgramme: { id: string; goals: string[] } }>(
      'mutation ($pairId: UUID!, $input: ProgrammeInput!) { saveProgramme(pairId: $pairId, input: $input) { id goals } }',
      {
        pairId,
        input: {
          deficits: ['Дисциплина на уроке'],
          goals: ['Уверенное ведение урока'],
          directions: ['METHODOLOGY'],
          startDate: '2026-10-01',
          endDate: '2027-05-31',
        },
      },
      curator,
    );
    expect(saved.errors).toBeUndefined();
    const programmeId = saved.data!.saveProgramme.id;
    const ADD =
      'mutation ($id: UUID!, $due: Date!) { addProgrammeActivity(programmeId: $id, title: "Открытый урок", dueDate: $due) { id } }';
    expect(
      (await mentoring.query(ADD, { id: programmeId, due: '2027-09-01' }, curator)).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    expect((await mentoring.query(ADD, { id: programmeId, due: '2027-03-01' }, curator)).errors).toBeUndefined();
    const SATISFACTION =
      'mutation ($id: UUID!, $mentee: Int!) { recordSatisfaction(programmeId: $id, mentee: $mentee, mentor: 70) { menteeSatisfaction } }';
    expect(
      (await mentoring.query(SATISFACTION, { id: programmeId, mentee: 101 }, curator)).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'mentee' });
    const monitored = await mentoring.query<{
      recordMonitoring: { monitoringAfter: { measure: string; value: number }[] };
    }>(
      'mutation ($id: UUID!) { recordMonitoring(programmeId: $id, stage: AFTER, measures: [{ measure: ADAPTATION, value: 90 }]) { monitoringAfter { measure value } } }',
      { id: programmeId },
      curator,
    );
    expect(monitored.data?.recordMonitoring.monitoringAfter).toEqual([{ measure: 'ADAPTATION', value: 90 }]);
    for (const value of [-1, 1e308]) {
      const refused = await mentoring.query(
        'mutation ($id: UUID!, $value: Float!) { recordMonitoring(programmeId: $id, stage: AFTER, measures: [{ measure: ADAPTATION, value: $value }]) { id } }',
        { id: programmeId, value },
        curator,
      );
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'measures' });
    }
  });
});

describe('the organization’s mentoring system and the bank of practices', () => {
  it('records the положение and the curator the head appointed (seed 003); implementsModel follows; a save is a patch', async () => {
    const SAVE =
      'mutation ($input: MentoringSystemInput!) { saveMentoringSystem(organizationId: "%s", input: $input) { implementsModel regulationOrderNumber regulationOrderDate hasMethodicalAssociation curator { id } } }'.replace(
        '%s',
        orgId,
      );
    const stranger = personIdOf(DEMO_PEOPLE.find((person) => person.organizationInn === elsewhere.inn)!.key);
    expect(
      codeOf(
        await mentoring.query(
          SAVE,
          {
            input: {
              regulationOrderNumber: '12-од',
              regulationOrderDate: '2022-05-13',
              curatorPersonId: stranger,
              hasMethodicalAssociation: true,
            },
          },
          curator,
        ),
      ),
    ).toBe('NOT_FOUND');
    // Seed 003: the curator «назначается … из числа заместителей руководителя (методистов)»; a teacher is refused.
    const aTeacher = DEMO_PEOPLE.find(
      (person) => person.organizationInn === school.inn && /^учитель/i.test(person.employment.position),
    )!;
    const teacher = await mentoring.query(
      SAVE,
      {
        input: {
          regulationOrderNumber: '12-од',
          regulationOrderDate: '2022-05-13',
          curatorPersonId: id(aTeacher),
          hasMethodicalAssociation: true,
        },
      },
      curator,
    );
    expect(teacher.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'curatorPersonId' });
    expect(teacher.errors?.[0]?.message).toContain('из числа заместителей руководителя (методистов)');
    const deputy = DEMO_PEOPLE.find(
      (person) => person.organizationInn === school.inn && /заместител/i.test(person.employment.position),
    )!;
    const saved = await mentoring.query<{ saveMentoringSystem: { implementsModel: boolean } }>(
      SAVE,
      {
        input: {
          regulationOrderNumber: '12-од',
          regulationOrderDate: '2022-05-13',
          curatorPersonId: id(deputy),
          hasMethodicalAssociation: true,
          websiteSectionUrl: 'https://school.example/nastavnichestvo',
        },
      },
      curator,
    );
    expect(saved.data?.saveMentoringSystem.implementsModel).toBe(true);
    // A patch: saving one field keeps the others (the regulation order stays).
    const patched = await mentoring.query(SAVE, { input: { hasMethodicalAssociation: false } }, curator);
    expect(patched.data).toEqual({
      saveMentoringSystem: {
        implementsModel: true,
        regulationOrderNumber: '12-од',
        regulationOrderDate: '2022-05-13',
        hasMethodicalAssociation: false,
        curator: { id: id(deputy) },
      },
    });
    expect(
      (await mentoring.query(SAVE, { input: { regulationOrderDate: null } }, curator)).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'regulationOrderDate' });
    expect(
      (await mentoring.query(SAVE, { input: { regulationOrderDate: '2099-01-01' } }, curator)).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'regulationOrderDate' });
  });

  it('finds practices by words, form and region, publicly', async () => {
    const response = await mentoring.query<{ practices: { edges: { node: { title: string } }[] } }>(
      '{ practices(filter: { search: "ДУЭТ", regionCode: "67" }) { edges { node { title } } } }',
    );
    expect(response.data?.practices.edges.map((edge) => edge.node.title)).toEqual([
      'Педагогический дуэт: наставник и молодой учитель математики',
    ]);
  });
});
