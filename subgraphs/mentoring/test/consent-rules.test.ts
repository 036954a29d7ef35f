import { todayIso } from '@mentoring/platform/validation';
import { isMinorOn } from '@mentoring/subgraph-registry/published';
import {
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  demoStudents,
  organizationIdOf,
  personIdOf,
} from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairSeeds } from '../src/demo-data.js';
import { mentoringSubgraph } from '../src/subgraph.js';

/** Seed 003: the head «издает приказ(ы) о закреплении наставнических пар/групп с письменного согласия их участников». */
let mentoring: TestSubgraph;
let curator: string;
let head: string;
let otherHead: string;
const znamensky = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION',
);
const school = znamensky[2]!;
const otherSchool = znamensky[3]!;
const orgId = organizationIdOf(school.inn);
const busy = new Set(pairSeeds().flatMap((pair) => [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)]));
const [older, ...younger] = demoStudents([school.inn])
  .filter((student) => !busy.has(student.key))
  .sort((a, b) => b.grade - a.grade);
const pupilMentee = younger[younger.length - 1]!;
const [teacher, teacherMentor, agreementTeacher] = DEMO_PEOPLE.filter(
  (person) => person.organizationInn === school.inn && person.employment.isPedagogical && !busy.has(person.key),
);
const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];
const sql = (text: string, params: unknown[] = []) => mentoring.orm.em.getConnection().execute(text, params);

/** Dates relative to today: a draft is formed today, so its consents are dated today at the earliest. */
const today = todayIso();
const daysFrom = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const yearsAfter = (iso: string, years: number) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;

const CONSENT =
  'mutation ($pairId: UUID!, $personId: UUID!, $givenOn: Date!, $givenBy: ConsentGiver!) { recordPairConsent(pairId: $pairId, personId: $personId, givenOn: $givenOn, givenBy: $givenBy) { version mentorConsent { givenOn givenBy } mentees { consent { givenOn givenBy } } } }';
const ACTIVATE =
  'mutation ($id: UUID!, $version: Int!, $orderDate: Date!) { activatePair(id: $id, version: $version, orderNumber: "15-од", orderDate: $orderDate) { status orderNumber orderDate } }';
const CREATE_PAIR = 'mutation ($input: PairInput!) { createPair(input: $input) { id version } }';
const VERSION = 'query ($id: UUID!) { mentoringPair(id: $id) { version } }';

let pupilProfileId: string;
let pairId: string;
beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
  const scope = { regionCode: '57', municipalityOktmo: '54618000', organizationId: orgId };
  curator = await mentoring.tokenFor('SCHOOL_CURATOR', scope);
  head = await mentoring.tokenFor('SCHOOL_HEAD', scope);
  otherHead = await mentoring.tokenFor('SCHOOL_HEAD', { ...scope, organizationId: organizationIdOf(otherSchool.inn) });
  const profile = await mentoring.query<{ createMentorProfile: { id: string } }>(
    'mutation ($input: MentorProfileInput!) { createMentorProfile(input: $input) { id } }',
    {
      input: {
        personId: personIdOf(older!.key),
        organizationId: orgId,
        competencies: ['Подготовка к олимпиадам'],
        forms: ['PUPIL_PUPIL'],
        capacity: 2,
      },
    },
    curator,
  );
  if (profile.errors) throw new Error(JSON.stringify(profile.errors));
  pupilProfileId = profile.data!.createMentorProfile.id;
  const created = await mentoring.query<{ createPair: { id: string } }>(
    CREATE_PAIR,
    {
      input: {
        form: 'PUPIL_PUPIL',
        formats: ['TRADITIONAL'],
        organizationId: orgId,
        mentorPersonId: personIdOf(older!.key),
        mentees: [{ personId: personIdOf(pupilMentee.key), organizationId: orgId }],
        startDate: '2026-11-10',
        plannedEndDate: '2027-05-31',
      },
    },
    curator,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  pairId = created.data!.createPair.id;
});
afterAll(() => mentoring?.close());

const versionOf = async (id: string) =>
  (await mentoring.query<{ mentoringPair: { version: number } }>(VERSION, { id }, curator)).data!.mentoringPair.version;

describe('age on a date (under 18: a parent or legal representative consents)', () => {
  it('turns 18 on the 18th birthday, and a 29 February birthday on 1 March', () => {
    expect(isMinorOn('2008-11-03', '2026-11-02')).toBe(true);
    expect(isMinorOn('2008-11-03', '2026-11-03')).toBe(false);
    expect(isMinorOn('2008-02-29', '2026-02-28')).toBe(true);
    expect(isMinorOn('2008-02-29', '2026-03-01')).toBe(false);
  });
});

describe('written consent of every participant «с письменного согласия их участников»', () => {
  it('refuses a minor’s own consent without naming a date, an adult’s by a parent, a stranger and a future date; records a parent’s for a pupil', async () => {
    const minorOwn = await mentoring.query(
      CONSENT,
      { pairId, personId: personIdOf(pupilMentee.key), givenOn: today, givenBy: 'PARTICIPANT' },
      curator,
    );
    expect(minorOwn.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'givenBy' });
    expect(minorOwn.errors?.[0]?.message).toContain('родитель или иной законный представитель');
    expect(minorOwn.errors?.[0]?.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(
      (
        await mentoring.query(
          CONSENT,
          { pairId, personId: personIdOf(teacher!.key), givenOn: today, givenBy: 'PARTICIPANT' },
          curator,
        )
      ).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(
      (
        await mentoring.query(
          CONSENT,
          { pairId, personId: personIdOf(pupilMentee.key), givenOn: '2099-01-01', givenBy: 'PARENT' },
          curator,
        )
      ).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'givenOn' });
    const versionBefore = await versionOf(pairId);
    const recorded = await mentoring.query<{
      recordPairConsent: { version: number; mentorConsent: unknown; mentees: { consent: { givenBy: string } }[] };
    }>(CONSENT, { pairId, personId: personIdOf(pupilMentee.key), givenOn: today, givenBy: 'PARENT' }, curator);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordPairConsent).toEqual({
      version: versionBefore + 1,
      mentorConsent: null,
      mentees: [{ consent: { givenOn: today, givenBy: 'PARENT' } }],
    });
  });

  it('refuses a consent dated before the pair was formed', async () => {
    const early = await mentoring.query(
      CONSENT,
      { pairId, personId: personIdOf(pupilMentee.key), givenOn: daysFrom(today, -1), givenBy: 'PARENT' },
      curator,
    );
    expect(early.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'givenOn' });
    expect(early.errors?.[0]?.message).toContain('раньше формирования пары');
  });

  it('activates only by the head of the pair’s school, after every consent, with consents dated before the order, against the version read after the consents', async () => {
    const version = await versionOf(pairId);
    const missing = await mentoring.query(ACTIVATE, { id: pairId, version, orderDate: today }, head);
    expect(missing.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'consents' });
    expect(missing.errors?.[0]?.message).toContain('Нет письменного согласия наставника');
    expect(
      (
        await mentoring.query(
          CONSENT,
          { pairId, personId: personIdOf(older!.key), givenOn: today, givenBy: 'LEGAL_REPRESENTATIVE' },
          curator,
        )
      ).errors,
    ).toBeUndefined();
    // The consents changed after `version` was read: the head's order must rest on what is on file now.
    expect(codeOf(await mentoring.query(ACTIVATE, { id: pairId, version, orderDate: today }, head))).toBe('CONFLICT');
    const current = await versionOf(pairId);
    const byCurator = await mentoring.query(ACTIVATE, { id: pairId, version: current, orderDate: today }, curator);
    expect(codeOf(byCurator)).toBe('FORBIDDEN');
    expect(byCurator.errors?.[0]?.message).toContain('издает приказ(ы) о закреплении наставнических пар/групп');
    expect(codeOf(await mentoring.query(ACTIVATE, { id: pairId, version: current, orderDate: today }, otherHead))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await mentoring.query(ACTIVATE, { id: pairId, version: current, orderDate: daysFrom(today, -1) }, head))
        .errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'orderDate' });
    const activated = await mentoring.query<{ activatePair: { status: string } }>(
      ACTIVATE,
      { id: pairId, version: current, orderDate: today },
      head,
    );
    expect(activated.errors).toBeUndefined();
    expect(activated.data?.activatePair).toEqual({ status: 'ACTIVE', orderNumber: '15-од', orderDate: today });
    expect(
      codeOf(
        await mentoring.query(
          CONSENT,
          { pairId, personId: personIdOf(older!.key), givenOn: today, givenBy: 'PARENT' },
          curator,
        ),
      ),
    ).toBe('CONFLICT');
  });
});

describe('no consent bypass by backdating: who consents is judged on the order date', () => {
  let adultPairId: string;
  beforeAll(async () => {
    const profile = await mentoring.query(
      'mutation ($input: MentorProfileInput!) { createMentorProfile(input: $input) { id } }',
      {
        input: {
          personId: personIdOf(teacherMentor!.key),
          organizationId: orgId,
          competencies: ['Методика'],
          forms: ['TEACHER_TEACHER'],
          capacity: 2,
        },
      },
      curator,
    );
    if (profile.errors) throw new Error(JSON.stringify(profile.errors));
    const created = await mentoring.query<{ createPair: { id: string } }>(
      CREATE_PAIR,
      {
        input: {
          form: 'TEACHER_TEACHER',
          formats: ['TRADITIONAL'],
          organizationId: orgId,
          mentorPersonId: personIdOf(teacherMentor!.key),
          mentees: [{ personId: personIdOf(teacher!.key), organizationId: orgId }],
          startDate: '2026-11-10',
          plannedEndDate: '2027-05-31',
        },
      },
      curator,
    );
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    adultPairId = created.data!.createPair.id;
  });

  it('refuses a representative’s consent for an adult teacher dated 1950, before her birth, and one dated today', async () => {
    const backdated = await mentoring.query(
      CONSENT,
      {
        pairId: adultPairId,
        personId: personIdOf(teacher!.key),
        givenOn: '1950-01-01',
        givenBy: 'LEGAL_REPRESENTATIVE',
      },
      curator,
    );
    expect(backdated.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'givenOn' });
    const adult = await mentoring.query(
      CONSENT,
      { pairId: adultPairId, personId: personIdOf(teacher!.key), givenOn: today, givenBy: 'LEGAL_REPRESENTATIVE' },
      curator,
    );
    expect(adult.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'givenBy' });
    expect(adult.errors?.[0]?.message).toContain('Наставляемый № 1 совершеннолетний');
    expect(adult.errors?.[0]?.message).not.toContain('Участник (');
  });

  it('refuses at activation a representative’s consent of an adult dated in her childhood, on a pair that recorded no creation', async () => {
    // A pair from before creation dates were recorded: the consent's date has only the birth date below it.
    await sql('update mentoring.mentoring_pair set created_at = null where id = ?', [adultPairId]);
    const childhood = yearsAfter(teacher!.birthDate, 10);
    expect(
      (
        await mentoring.query(
          CONSENT,
          {
            pairId: adultPairId,
            personId: personIdOf(teacher!.key),
            givenOn: childhood,
            givenBy: 'LEGAL_REPRESENTATIVE',
          },
          curator,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await mentoring.query(
          CONSENT,
          { pairId: adultPairId, personId: personIdOf(teacherMentor!.key), givenOn: today, givenBy: 'PARTICIPANT' },
          curator,
        )
      ).errors,
    ).toBeUndefined();
    const refused = await mentoring.query(
      ACTIVATE,
      { id: adultPairId, version: await versionOf(adultPairId), orderDate: today },
      head,
    );
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'consents' });
    expect(refused.errors?.[0]?.message).toContain(
      'Наставляемый № 1 совершеннолетний: письменное согласие даёт сам участник',
    );
    const [status] = await sql('select status from mentoring.mentoring_pair where id = ?', [adultPairId]);
    expect(status).toEqual({ status: 'DRAFT' });
  });

  it('refuses at activation a minor’s own consent, without suggesting another date', async () => {
    const created = await mentoring.query<{ createPair: { id: string } }>(
      CREATE_PAIR,
      {
        input: {
          form: 'PUPIL_PUPIL',
          formats: ['TRADITIONAL'],
          organizationId: orgId,
          mentorPersonId: personIdOf(older!.key),
          mentees: [{ personId: personIdOf(younger[0]!.key), organizationId: orgId }],
          startDate: '2026-11-10',
          plannedEndDate: '2027-05-31',
        },
      },
      curator,
    );
    const id = created.data!.createPair.id;
    // Consents as an older installation may hold them: the pupils' own.
    for (const person of [older!, younger[0]!]) {
      await sql(
        `insert into mentoring.pair_consent (id, pair_id, person_id, given_on, given_by) values (gen_random_uuid(), ?, ?, ?, 'PARTICIPANT')`,
        [id, personIdOf(person.key), today],
      );
    }
    const refused = await mentoring.query(ACTIVATE, { id, version: await versionOf(id), orderDate: today }, head);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'consents' });
    expect(refused.errors?.[0]?.message).toContain(
      'Наставник несовершеннолетний: письменное согласие на участие даёт родитель или иной законный представитель',
    );
    expect(refused.errors?.[0]?.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('the additional agreement to the mentor’s employment contract (seed 003 §4)', () => {
  const AGREEMENT =
    'mutation ($id: UUID!, $number: String!, $date: Date!) { recordMentorAgreement(mentorId: $id, number: $number, date: $date) { employmentAgreementNumber employmentAgreementDate employmentAgreements { number date } } }';
  it('records number and date for an employed mentor, keeps every agreement, and refuses a pupil, a date before the employment or in the future', async () => {
    const created = await mentoring.query<{ createMentorProfile: { id: string } }>(
      'mutation ($input: MentorProfileInput!) { createMentorProfile(input: $input) { id } }',
      {
        input: {
          personId: personIdOf(agreementTeacher!.key),
          organizationId: orgId,
          competencies: ['Методика'],
          forms: ['PEDAGOGUE_PEDAGOGUE'],
          capacity: 2,
        },
      },
      curator,
    );
    const profile = created.data!.createMentorProfile.id;
    const started = agreementTeacher!.employment.startDate;
    expect(
      (await mentoring.query(AGREEMENT, { id: profile, number: '  ', date: today }, curator)).errors?.[0]?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'number' });
    expect(
      (await mentoring.query(AGREEMENT, { id: profile, number: '7', date: '2099-09-01' }, curator)).errors?.[0]
        ?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'date' });
    const early = await mentoring.query(AGREEMENT, { id: profile, number: '7', date: daysFrom(started, -1) }, curator);
    expect(early.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(early.errors?.[0]?.message).toContain('раньше начала работы наставника');
    expect(
      codeOf(await mentoring.query(AGREEMENT, { id: profile, number: 'x'.repeat(256), date: today }, curator)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await mentoring.query(
          AGREEMENT,
          { id: '00000000-0000-4000-8000-000000000000', number: '7', date: today },
          curator,
        ),
      ),
    ).toBe('NOT_FOUND');
    const pupil = await mentoring.query(AGREEMENT, { id: pupilProfileId, number: '8', date: today }, curator);
    expect(pupil.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'mentorId' });
    expect(pupil.errors?.[0]?.message).toContain('трудовому договору');
    const first = await mentoring.query(AGREEMENT, { id: profile, number: ' 7/2026 ', date: started }, curator);
    expect(first.data).toEqual({
      recordMentorAgreement: {
        employmentAgreementNumber: '7/2026',
        employmentAgreementDate: started,
        employmentAgreements: [{ number: '7/2026', date: started }],
      },
    });
    const second = await mentoring.query(AGREEMENT, { id: profile, number: '9/2026', date: today }, curator);
    expect(second.data).toEqual({
      recordMentorAgreement: {
        employmentAgreementNumber: '9/2026',
        employmentAgreementDate: today,
        employmentAgreements: [
          { number: '9/2026', date: today },
          { number: '7/2026', date: started },
        ],
      },
    });
    expect(codeOf(await mentoring.query(AGREEMENT, { id: profile, number: '9/2026', date: today }, curator))).toBe(
      'CONFLICT',
    );
  });
});
