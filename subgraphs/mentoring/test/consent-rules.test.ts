import { DEMO_ORGANIZATIONS, DEMO_PEOPLE, demoStudents, organizationIdOf, personIdOf } from '@mentoring/platform/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairSeeds } from '../src/demo-data.js';
import { isMinorOn } from '../src/modules/pairs/mutations.js';
import { mentoringSubgraph } from '../src/subgraph.js';

/** Seed 003: the head «издает приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников». */
let mentoring: TestSubgraph;
let curator: string;
let head: string;
let otherHead: string;
const znamensky = DEMO_ORGANIZATIONS.filter((organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION');
const school = znamensky[2]!;
const otherSchool = znamensky[3]!;
const orgId = organizationIdOf(school.inn);
const busy = new Set(pairSeeds().flatMap((pair) => [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)]));
const [older, ...younger] = demoStudents([school.inn]).filter((student) => !busy.has(student.key)).sort((a, b) => b.grade - a.grade);
const pupilMentee = younger[younger.length - 1]!;
const [teacher] = DEMO_PEOPLE.filter((person) => person.organizationInn === school.inn && person.employment.isPedagogical && !busy.has(person.key));
const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.['code'];

const CONSENT = 'mutation ($pairId: UUID!, $personId: UUID!, $givenOn: Date!, $givenBy: ConsentGiver!) { recordPairConsent(pairId: $pairId, personId: $personId, givenOn: $givenOn, givenBy: $givenBy) { mentorConsent { givenOn givenBy } mentees { consent { givenOn givenBy } } } }';
const ACTIVATE = 'mutation ($id: UUID!, $orderDate: Date!) { activatePair(id: $id, version: 1, orderNumber: "15-од", orderDate: $orderDate) { status orderNumber orderDate } }';

let pairId: string;
beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
  const scope = { regionCode: '57', municipalityOktmo: '54618000', organizationId: orgId };
  curator = await mentoring.tokenFor('SCHOOL_CURATOR', scope);
  head = await mentoring.tokenFor('SCHOOL_HEAD', scope);
  otherHead = await mentoring.tokenFor('SCHOOL_HEAD', { ...scope, organizationId: organizationIdOf(otherSchool.inn) });
  const profile = await mentoring.query(
    'mutation ($input: MentorProfileInput!) { createMentorProfile(input: $input) { id } }',
    { input: { personId: personIdOf(older!.key), organizationId: orgId, competencies: ['Подготовка к олимпиадам'], forms: ['PUPIL_PUPIL'], capacity: 2 } },
    curator,
  );
  if (profile.errors) throw new Error(JSON.stringify(profile.errors));
  const created = await mentoring.query<{ createPair: { id: string } }>(
    'mutation ($input: PairInput!) { createPair(input: $input) { id } }',
    { input: { form: 'PUPIL_PUPIL', formats: ['TRADITIONAL'], organizationId: orgId, mentorPersonId: personIdOf(older!.key), mentees: [{ personId: personIdOf(pupilMentee.key), organizationId: orgId }], startDate: '2026-11-10', plannedEndDate: '2027-05-31' } },
    curator,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  pairId = created.data!.createPair.id;
});
afterAll(() => mentoring?.close());

describe('age on a date (under 18: a parent or legal representative consents)', () => {
  it('turns 18 on the 18th birthday, and a 29 February birthday on 1 March', () => {
    expect(isMinorOn('2008-11-03', '2026-11-02')).toBe(true);
    expect(isMinorOn('2008-11-03', '2026-11-03')).toBe(false);
    expect(isMinorOn('2008-02-29', '2026-02-28')).toBe(true);
    expect(isMinorOn('2008-02-29', '2026-03-01')).toBe(false);
  });
});

describe('written consent of every participant «с письменного согласия их участников»', () => {
  it('refuses a minor’s own consent, an adult’s by a parent, a stranger and a future date; records a parent’s for a pupil', async () => {
    const minorOwn = await mentoring.query(CONSENT, { pairId, personId: personIdOf(pupilMentee.key), givenOn: '2026-11-01', givenBy: 'PARTICIPANT' }, curator);
    expect(minorOwn.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'givenBy' });
    expect(minorOwn.errors?.[0]?.message).toContain('родитель или иной законный представитель');
    expect((await mentoring.query(CONSENT, { pairId, personId: personIdOf(teacher!.key), givenOn: '2026-11-01', givenBy: 'PARTICIPANT' }, curator)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(codeOf(await mentoring.query(CONSENT, { pairId, personId: personIdOf(pupilMentee.key), givenOn: '2099-01-01', givenBy: 'PARENT' }, curator))).toBe('BAD_USER_INPUT');
    const recorded = await mentoring.query<{ recordPairConsent: { mentorConsent: unknown; mentees: { consent: { givenBy: string } }[] } }>(CONSENT, { pairId, personId: personIdOf(pupilMentee.key), givenOn: '2026-11-01', givenBy: 'PARENT' }, curator);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordPairConsent).toEqual({ mentorConsent: null, mentees: [{ consent: { givenOn: '2026-11-01', givenBy: 'PARENT' } }] });
  });

  it('activates only by the head of the pair’s school, after every consent, with consents dated before the order', async () => {
    const missing = await mentoring.query(ACTIVATE, { id: pairId, orderDate: '2026-11-05' }, head);
    expect(missing.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'consents' });
    expect(missing.errors?.[0]?.message).toContain('наставника');
    expect((await mentoring.query(CONSENT, { pairId, personId: personIdOf(older!.key), givenOn: '2026-11-02', givenBy: 'LEGAL_REPRESENTATIVE' }, curator)).errors).toBeUndefined();
    const byCurator = await mentoring.query(ACTIVATE, { id: pairId, orderDate: '2026-11-05' }, curator);
    expect(codeOf(byCurator)).toBe('FORBIDDEN');
    expect(byCurator.errors?.[0]?.message).toContain('издает приказ(ы) о закреплении наставнических пар/групп');
    expect(codeOf(await mentoring.query(ACTIVATE, { id: pairId, orderDate: '2026-11-05' }, otherHead))).toBe('FORBIDDEN');
    expect((await mentoring.query(ACTIVATE, { id: pairId, orderDate: '2026-11-01' }, head)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'orderDate' });
    const activated = await mentoring.query<{ activatePair: { status: string } }>(ACTIVATE, { id: pairId, orderDate: '2026-11-05' }, head);
    expect(activated.errors).toBeUndefined();
    expect(activated.data?.activatePair).toEqual({ status: 'ACTIVE', orderNumber: '15-од', orderDate: '2026-11-05' });
    expect(codeOf(await mentoring.query(CONSENT, { pairId, personId: personIdOf(older!.key), givenOn: '2026-11-02', givenBy: 'PARENT' }, curator))).toBe('CONFLICT');
  });
});

describe('the additional agreement to the mentor’s employment contract (seed 003 §4)', () => {
  const AGREEMENT = 'mutation ($id: UUID!, $number: String!, $date: Date!) { recordMentorAgreement(mentorId: $id, number: $number, date: $date) { employmentAgreementNumber employmentAgreementDate } }';
  it('records its number and date, refusing an empty number, a future date and an over-long number', async () => {
    const profile = (await mentoring.query<{ mentors: { edges: { node: { id: string } }[] } }>(`{ mentors(filter: { organizationId: "${orgId}" }, first: 1) { edges { node { id } } } }`, undefined, curator)).data!.mentors.edges[0]!.node.id;
    expect((await mentoring.query(AGREEMENT, { id: profile, number: '  ', date: '2026-09-01' }, curator)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'number' });
    expect(codeOf(await mentoring.query(AGREEMENT, { id: profile, number: '7', date: '2099-09-01' }, curator))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mentoring.query(AGREEMENT, { id: profile, number: 'x'.repeat(256), date: '2026-09-01' }, curator))).toBe('BAD_USER_INPUT');
    expect(codeOf(await mentoring.query(AGREEMENT, { id: '00000000-0000-4000-8000-000000000000', number: '7', date: '2026-09-01' }, curator))).toBe('NOT_FOUND');
    const recorded = await mentoring.query(AGREEMENT, { id: profile, number: ' 7/2026 ', date: '2026-09-01' }, curator);
    expect(recorded.data).toEqual({ recordMentorAgreement: { employmentAgreementNumber: '7/2026', employmentAgreementDate: '2026-09-01' } });
  });
});
