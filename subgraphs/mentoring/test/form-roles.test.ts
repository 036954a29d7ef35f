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

/** Each form's name says who mentors whom: «педагог — педагог», «Ученик-ученик», «руководитель образовательной организации — педагог» … */
let mentoring: TestSubgraph;
let curator: string;
const school = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION',
)[0]!;
const orgId = organizationIdOf(school.inn);
const busy = new Set(pairSeeds().flatMap((pair) => [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)]));
const [olderPupil, ...pupils] = demoStudents([school.inn])
  .filter((student) => !busy.has(student.key))
  .sort((a, b) => b.grade - a.grade);
const [teacher, otherTeacher, leavingMentor, leavingMentee] = DEMO_PEOPLE.filter(
  (person) => person.organizationInn === school.inn && person.employment.isPedagogical && !busy.has(person.key),
);
const head = DEMO_PEOPLE.find(
  (person) => person.organizationInn === school.inn && person.employment.position === 'Директор',
)!;
const id = (person: { key: string }) => personIdOf(person.key);

const CREATE_PROFILE = 'mutation ($input: MentorProfileInput!) { createMentorProfile(input: $input) { id version } }';
const CREATE_PAIR = 'mutation ($input: PairInput!) { createPair(input: $input) { id } }';
const profileInput = (person: { key: string }, forms: string[]) => ({
  personId: id(person),
  organizationId: orgId,
  competencies: ['Наставничество'],
  forms,
  capacity: 2,
});
const pairInput = (form: string, mentor: { key: string }, mentee: { key: string }) => ({
  form,
  formats: ['TRADITIONAL'],
  organizationId: orgId,
  mentorPersonId: id(mentor),
  mentees: [{ personId: id(mentee), organizationId: orgId }],
  startDate: '2026-11-10',
  plannedEndDate: '2027-05-31',
});

beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
  curator = await mentoring.tokenFor('SCHOOL_CURATOR', {
    regionCode: '57',
    municipalityOktmo: '54618000',
    organizationId: orgId,
  });
});
afterAll(() => mentoring?.close());

describe('the form catalogue says who mentors whom, as each name states', () => {
  it('lists the mentor’s and the mentee’s kind of every form', async () => {
    const response = await mentoring.query<{
      mentoringForms: { code: string; name: string; mentorKind: string; menteeKind: string }[];
    }>('{ mentoringForms { code name mentorKind menteeKind } }');
    expect(
      Object.fromEntries(
        response.data!.mentoringForms.map((form) => [form.name, `${form.mentorKind} → ${form.menteeKind}`]),
      ),
    ).toEqual({
      'педагог — педагог': 'PEDAGOGICAL_STAFF → PEDAGOGICAL_STAFF',
      'руководитель образовательной организации — педагог': 'SCHOOL_HEAD → PEDAGOGICAL_STAFF',
      'работодатель — студент': 'EMPLOYER_STAFF → STUDENT',
      'педагог — молодой педагог образовательной организации': 'PEDAGOGICAL_STAFF → PEDAGOGICAL_STAFF',
      'учитель — учитель': 'PEDAGOGICAL_STAFF → PEDAGOGICAL_STAFF',
      'Ученик-ученик': 'PUPIL → PUPIL',
      'Студент-ученик': 'STUDENT → PUPIL',
      'Работодатель-ученик': 'EMPLOYER_STAFF → PUPIL',
    });
  });
});

describe('createMentorProfile and updateMentorProfile hold the mentor to the forms', () => {
  it('refuses a pupil as mentor in «педагог — педагог» and in «руководитель образовательной организации — педагог»', async () => {
    for (const form of ['PEDAGOGUE_PEDAGOGUE', 'HEAD_TEACHER']) {
      const refused = await mentoring.query(
        CREATE_PROFILE,
        { input: profileInput(olderPupil!, ['PUPIL_PUPIL', form]) },
        curator,
      );
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'forms' });
      expect(refused.errors?.[0]?.message).toContain('обучающийся школы (ученик)');
    }
  });

  it('refuses a teacher as mentor in «Ученик-ученик» and in the head’s form; accepts the head in it', async () => {
    const pupilForm = await mentoring.query(
      CREATE_PROFILE,
      { input: profileInput(teacher!, ['PUPIL_PUPIL']) },
      curator,
    );
    expect(pupilForm.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'forms' });
    expect(pupilForm.errors?.[0]?.message).toContain(
      'В форме «Ученик-ученик» наставник — обучающийся школы (ученик), а это лицо в указанной организации — педагогический работник',
    );
    expect(
      (await mentoring.query(CREATE_PROFILE, { input: profileInput(teacher!, ['HEAD_TEACHER']) }, curator)).errors?.[0]
        ?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'forms' });
    expect(
      (await mentoring.query(CREATE_PROFILE, { input: profileInput(head, ['HEAD_TEACHER']) }, curator)).errors,
    ).toBeUndefined();
  });

  it('refuses adding a pupil’s form to a teacher’s profile', async () => {
    const created = await mentoring.query<{ createMentorProfile: { id: string; version: number } }>(
      CREATE_PROFILE,
      { input: profileInput(teacher!, ['PEDAGOGUE_PEDAGOGUE']) },
      curator,
    );
    expect(created.errors).toBeUndefined();
    const { id: profileId, version } = created.data!.createMentorProfile;
    const patched = await mentoring.query(
      'mutation ($id: UUID!, $version: Int!) { updateMentorProfile(id: $id, version: $version, patch: { forms: [PEDAGOGUE_PEDAGOGUE, PUPIL_PUPIL] }) { id } }',
      { id: profileId, version },
      curator,
    );
    expect(patched.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'forms' });
  });
});

describe('activatePair holds mentor and mentees to the form on the order date', () => {
  const CONSENT =
    'mutation ($pairId: UUID!, $personId: UUID!, $givenOn: Date!) { recordPairConsent(pairId: $pairId, personId: $personId, givenOn: $givenOn, givenBy: PARTICIPANT) { version } }';
  const ACTIVATE =
    'mutation ($id: UUID!, $version: Int!, $orderDate: Date!) { activatePair(id: $id, version: $version, orderNumber: "21-од", orderDate: $orderDate) { status } }';
  const sql = (text: string, params: unknown[]) => mentoring.orm.em.getConnection().execute(text, params);

  it('refuses the order when the mentor or the mentee no longer works at the school, naming who; activates once both do again', async () => {
    const head = await mentoring.tokenFor('SCHOOL_HEAD', {
      regionCode: '57',
      municipalityOktmo: '54618000',
      organizationId: orgId,
    });
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (await mentoring.query(CREATE_PROFILE, { input: profileInput(leavingMentor!, ['PEDAGOGUE_PEDAGOGUE']) }, curator))
        .errors,
    ).toBeUndefined();
    const created = await mentoring.query<{ createPair: { id: string } }>(
      CREATE_PAIR,
      { input: pairInput('PEDAGOGUE_PEDAGOGUE', leavingMentor!, leavingMentee!) },
      curator,
    );
    expect(created.errors).toBeUndefined();
    const pairId = created.data!.createPair.id;
    let version = 0;
    for (const person of [leavingMentor!, leavingMentee!]) {
      const recorded = await mentoring.query<{ recordPairConsent: { version: number } }>(
        CONSENT,
        { pairId, personId: id(person), givenOn: today },
        curator,
      );
      expect(recorded.errors).toBeUndefined();
      version = recorded.data!.recordPairConsent.version;
    }
    const statusNow = async () =>
      (await sql('select status from mentoring.mentoring_pair where id = ?', [pairId]))[0]!.status as string;

    await sql('update registry.employment set end_date = current_date - 1 where person_id = ? and end_date is null', [
      id(leavingMentee!),
    ]);
    const menteeLeft = await mentoring.query(ACTIVATE, { id: pairId, version, orderDate: today }, head);
    expect(menteeLeft.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'orderDate' });
    expect(menteeLeft.errors?.[0]?.message).toContain(
      `На дату приказа (${today}) форме «педагог — педагог» не соответствуют:`,
    );
    expect(menteeLeft.errors?.[0]?.message).toContain(
      `наставляемый — педагогический работник, а наставляемый № 1 на ${today} в указанной организации — ни работником, ни обучающимся`,
    );
    expect(menteeLeft.errors?.[0]?.message).not.toContain('а наставник');

    await sql('update registry.employment set end_date = current_date - 1 where person_id = ? and end_date is null', [
      id(leavingMentor!),
    ]);
    const bothLeft = await mentoring.query(ACTIVATE, { id: pairId, version, orderDate: today }, head);
    expect(bothLeft.errors?.[0]?.message).toContain(
      `наставник — педагогический работник, а наставник на ${today} в указанной организации — ни работником, ни обучающимся`,
    );
    expect(bothLeft.errors?.[0]?.message).toContain('а наставляемый № 1');
    expect(await statusNow()).toBe('DRAFT');

    await sql(
      'update registry.employment set end_date = null where person_id in (?, ?) and end_date = current_date - 1',
      [id(leavingMentor!), id(leavingMentee!)],
    );
    const activated = await mentoring.query(ACTIVATE, { id: pairId, version, orderDate: today }, head);
    expect(activated.errors).toBeUndefined();
    expect(await statusNow()).toBe('ACTIVE');
  });
});

describe('createPair holds mentor and mentees to the form', () => {
  it('refuses a pupil as the mentee of a teacher in «педагог — педагог» and a teacher as the mentee of a pupil in «Ученик-ученик»', async () => {
    const pupilMentee = await mentoring.query(
      CREATE_PAIR,
      { input: pairInput('PEDAGOGUE_PEDAGOGUE', teacher!, pupils[0]!) },
      curator,
    );
    expect(pupilMentee.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'mentees' });
    expect(pupilMentee.errors?.[0]?.message).toContain('наставляемый — педагогический работник');
    expect(
      (await mentoring.query(CREATE_PROFILE, { input: profileInput(olderPupil!, ['PUPIL_PUPIL']) }, curator)).errors,
    ).toBeUndefined();
    const teacherMentee = await mentoring.query(
      CREATE_PAIR,
      { input: pairInput('PUPIL_PUPIL', olderPupil!, otherTeacher!) },
      curator,
    );
    expect(teacherMentee.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'mentees' });
    expect(teacherMentee.errors?.[0]?.message).toContain('наставляемый — обучающийся школы (ученик)');
    expect(
      (await mentoring.query(CREATE_PAIR, { input: pairInput('PUPIL_PUPIL', olderPupil!, pupils[0]!) }, curator))
        .errors,
    ).toBeUndefined();
    expect(
      (
        await mentoring.query(
          CREATE_PAIR,
          { input: pairInput('PEDAGOGUE_PEDAGOGUE', teacher!, otherTeacher!) },
          curator,
        )
      ).errors,
    ).toBeUndefined();
  });

  it('refuses a head’s form to a mentor who is no longer the head: the kind is read from the registry on the day', async () => {
    const ended = await mentoring.orm.em
      .getConnection()
      .execute(
        `update registry.employment set position = 'Учитель истории', is_pedagogical = true where person_id = ? returning id`,
        [id(head)],
      );
    expect(ended).toHaveLength(1);
    await mentoring.orm.em
      .getConnection()
      .execute(
        `update registry.appointment set end_date = current_date - 1 where person_id = ? and kind = 'SCHOOL_HEAD'`,
        [id(head)],
      );
    const refused = await mentoring.query(
      CREATE_PAIR,
      { input: pairInput('HEAD_TEACHER', head, otherTeacher!) },
      curator,
    );
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'mentorPersonId' });
    expect(refused.errors?.[0]?.message).toContain('наставник — руководитель образовательной организации');
  });
});
