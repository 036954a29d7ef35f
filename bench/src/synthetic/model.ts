import { isMinorOn } from '@mentoring/subgraph-registry/published';
import { innWithCheckDigit } from '@mentoring/subgraph-registry/demo';
import { copyLine, type CopyValue } from './copy-text.js';
import { Random } from './random.js';
import { ROSTER } from './scales.js';
import { TABLES, type TableName } from './tables.js';

/** Rows of every table in COPY text, gathered region by region and streamed table by table afterwards. */
export class TableRows {
  readonly chunks = new Map<TableName, string[]>();
  readonly counts = new Map<TableName, number>();

  add(table: TableName, values: readonly CopyValue[]): void {
    if (values.length !== TABLES[table].length)
      throw new Error(`${table}: ${values.length} values for ${TABLES[table].length} columns`);
    const chunk = this.chunks.get(table) ?? [];
    chunk.push(copyLine(values));
    this.chunks.set(table, chunk);
    this.counts.set(table, (this.counts.get(table) ?? 0) + 1);
  }
}

/** Fixed timestamps, so that no row depends on the day it was generated (byte-identical runs). */
const STAMP = '2026-09-01 09:00:00+00';
/** The day the generated state describes: the demo's 2026/27 school year, after the current cohort's orders. */
const AS_OF = '2026-11-01';

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const plusDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** Made-up surnames (male, female) that no one takes for a real person's, «Синтетический» first among them. */
const SURNAMES: readonly [string, string][] = [
  ['Синтетический', 'Синтетическая'],
  ['Синтетов', 'Синтетова'],
  ['Генераторов', 'Генераторова'],
  ['Случайнов', 'Случайнова'],
  ['Выборкин', 'Выборкина'],
  ['Псевдонимов', 'Псевдонимова'],
  ['Рандомов', 'Рандомова'],
  ['Алгоритмов', 'Алгоритмова'],
  ['Датасетов', 'Датасетова'],
  ['Нагрузкин', 'Нагрузкина'],
  ['Масштабов', 'Масштабова'],
  ['Бенчмарков', 'Бенчмаркова'],
];
const FEMALE_NAMES = ['Анна', 'Елена', 'Ольга', 'Татьяна', 'Наталья', 'Ирина', 'Светлана', 'Мария', 'Юлия', 'Дарья'];
const MALE_NAMES = ['Александр', 'Сергей', 'Андрей', 'Дмитрий', 'Алексей', 'Владимир', 'Игорь', 'Николай', 'Иван'];
const PATRONYMICS: readonly [string, string][] = [
  ['Александрович', 'Александровна'],
  ['Сергеевич', 'Сергеевна'],
  ['Андреевич', 'Андреевна'],
  ['Дмитриевич', 'Дмитриевна'],
  ['Николаевич', 'Николаевна'],
  ['Иванович', 'Ивановна'],
];
const SUBJECTS = ['математики', 'русского языка', 'начальных классов', 'истории', 'физики', 'биологии', 'информатики'];
const PUBLISHED_ITEMS = ['fullName', 'position', 'organization', 'mentorProfile'];
/** Share of adult pedagogical staff with a publication consent (the demo's is 40 %): public mentor lists are not empty. */
const PUBLICATION_SHARE = 0.4;

type OrgKind =
  | 'GENERAL_EDUCATION'
  | 'PRESCHOOL'
  | 'VOCATIONAL'
  | 'ADDITIONAL_EDUCATION'
  | 'EMPLOYER'
  | 'METHODICAL_CENTER'
  | 'EDUCATION_AUTHORITY';

type Form = 'TEACHER_TEACHER' | 'TEACHER_YOUNG_TEACHER' | 'PEDAGOGUE_PEDAGOGUE' | 'PUPIL_PUPIL' | 'EMPLOYER_STUDENT';

interface Staff {
  personId: string;
  organizationId: string;
  pedagogical: boolean;
  /** Years of teaching; young specialists have fewer than 3. */
  experience: number;
}

interface Learner {
  personId: string;
  organizationId: string;
  level: number;
  birthDate: string;
}

export interface Organization {
  id: string;
  kind: string;
  municipalityId: string;
}

export interface Municipality {
  id: string;
}

/** What a region's generator starts from: its id and code, and the organizer of its events. */
export interface RegionContext {
  code: string;
  regionId: string;
  /** The organizer of the region's events: its methodical centre (the demo's ЦНППМ in region 67). */
  methodicalCenterId: string | null;
}

/**
 * Generates one region's synthetic rows from its own random stream: organizations and their people, appointments and
 * consents, mentors, pairs with consents and programmes, events with participation, and a monitoring campaign. Every
 * rule the subgraphs enforce on these rows holds: pairs join people of the kind their form names, employed or enrolled
 * in the pair's organization before the order; every participant consented before the order (a parent for a minor);
 * no mentor above capacity, no mentee in two pairs; programmes last 3 to 12 months; minors are never published.
 */
export class RegionGenerator {
  readonly random: Random;
  #organizationSerial = 0;
  #personSerial = 0;
  #pairSerial = 0;
  #eventStaff: Staff[] = [];
  #targets: Organization[] = [];
  #mentorProfiles = new Map<string, { organizationId: string; forms: Set<Form>; active: boolean; minor: boolean }>();

  constructor(
    readonly rows: TableRows,
    readonly context: RegionContext,
  ) {
    this.random = new Random(`region:${context.code}`);
  }

  // ——— registry ———

  region(name: string): void {
    this.rows.add('registry.region', [this.context.regionId, this.context.code, name, STAMP, STAMP]);
  }

  /** A synthetic municipality; its ОКТМО begins with «00», which no real one does. */
  municipality(serial: number, kind: 'URBAN_OKRUG' | 'MUNICIPAL_DISTRICT'): Municipality {
    const id = this.random.uuid();
    this.rows.add('registry.municipality', [
      id,
      `00${this.context.code}${String(serial).padStart(4, '0')}`,
      `${kind === 'URBAN_OKRUG' ? 'Синтетический городской округ' : 'Синтетический район'} № ${serial} (субъект ${this.context.code})`,
      kind,
      this.context.regionId,
      1,
      STAMP,
      STAMP,
    ]);
    return { id };
  }

  organization(kind: OrgKind, municipalityId: string, label: string): Organization {
    this.#organizationSerial += 1;
    const serial = this.#organizationSerial;
    const id = this.random.uuid();
    // Synthetic ИНН as the demo builds them: tax office «00» + region code (no real office has it), serials from 50000.
    const inn = innWithCheckDigit(`00${this.context.code}${String(50_000 + serial).padStart(5, '0')}`);
    const name = `${label} № ${serial}`;
    this.rows.add('registry.organization', [
      id,
      inn,
      `${name}, субъект ${this.context.code} (синтетические данные)`,
      name,
      kind,
      municipalityId,
      null,
      null,
      [],
      1,
      'SYNTHETIC',
      null,
      STAMP,
      STAMP,
    ]);
    const organization = { id, kind, municipalityId };
    if (
      kind === 'GENERAL_EDUCATION' ||
      kind === 'VOCATIONAL' ||
      kind === 'PRESCHOOL' ||
      kind === 'ADDITIONAL_EDUCATION'
    )
      this.#targets.push(organization);
    return organization;
  }

  #person(birthDate: string, adult: boolean): string {
    this.#personSerial += 1;
    const id = this.random.uuid();
    const female = this.random.chance(0.75);
    const surname = this.random.pick(SURNAMES);
    const patronymic = this.random.pick(PATRONYMICS);
    this.rows.add('registry.person', [
      id,
      female ? surname[1] : surname[0],
      this.random.pick(female ? FEMALE_NAMES : MALE_NAMES),
      female ? patronymic[1] : patronymic[0],
      birthDate,
      adult ? `synthetic.${this.context.code}.${this.#personSerial}@synthetic.example` : null,
      // The code 000 exists nowhere: a fictional number.
      adult ? `+7 (000) ${this.random.int(100, 999)}-${this.random.int(10, 99)}-${this.random.int(10, 99)}` : null,
      1,
      null,
      'SYNTHETIC',
      null,
      STAMP,
      STAMP,
    ]);
    return id;
  }

  /** An adult employee; pedagogical staff may have a publication consent, everyone a processing consent. */
  staff(organization: Organization, position: string, pedagogical: boolean, young = false): Staff {
    const experience = young ? this.random.int(1, 2) : this.random.int(3, 35);
    const age = young ? this.random.int(22, 30) : Math.min(64, 22 + experience + this.random.int(0, 8));
    const personId = this.#person(iso(2026 - age, this.random.int(1, 12), this.random.int(1, 28)), true);
    // Everyone joined by 25 August 2025: in place for the 2025/26 cohort's orders and every later one.
    const experienceStart = iso(2025 - experience, 8, 25);
    const startDate = iso(2025 - Math.min(experience, this.random.int(0, 10)), 8, 25);
    this.rows.add('registry.employment', [
      this.random.uuid(),
      personId,
      organization.id,
      position,
      pedagogical,
      startDate,
      pedagogical ? experienceStart : null,
      null,
      STAMP,
      STAMP,
    ]);
    this.rows.add('registry.consent', [
      this.random.uuid(),
      personId,
      'PROCESSING',
      [],
      'synthetic-1',
      startDate,
      'PAPER',
      null,
      STAMP,
      STAMP,
    ]);
    if (pedagogical && this.random.chance(PUBLICATION_SHARE))
      this.rows.add('registry.consent', [
        this.random.uuid(),
        personId,
        'PUBLICATION',
        PUBLISHED_ITEMS,
        'synthetic-1',
        startDate,
        'ELECTRONIC',
        null,
        STAMP,
        STAMP,
      ]);
    const member = { personId, organizationId: organization.id, pedagogical, experience };
    if (organization.kind !== 'EMPLOYER') this.#eventStaff.push(member);
    return member;
  }

  /** A pupil of grade 1–11 (enrolled since grade 1) or a college student of course 1–4: minors get no consent to publish. */
  learner(organization: Organization, levelKind: 'SCHOOL_GRADE' | 'SPO_COURSE', level: number): Learner {
    const age = levelKind === 'SCHOOL_GRADE' ? level + 6 : level + 15;
    const birthDate = iso(2026 - age - 1, this.random.int(9, 12), this.random.int(1, 28));
    const personId = this.#person(birthDate, false);
    this.rows.add('registry.enrollment', [
      this.random.uuid(),
      personId,
      organization.id,
      levelKind,
      level,
      iso(2026 - level + 1, 9, 1),
      null,
      STAMP,
      STAMP,
    ]);
    return { personId, organizationId: organization.id, level, birthDate };
  }

  appointment(
    personId: string,
    kind: 'SCHOOL_HEAD' | 'SCHOOL_CURATOR' | 'MUNICIPAL_COORDINATOR' | 'REGIONAL_OPERATOR',
    place: { organizationId?: string; municipalityId?: string; regionId?: string },
  ): void {
    const orderDate = iso(2025, 8, this.random.int(1, 28));
    this.rows.add('registry.appointment', [
      this.random.uuid(),
      personId,
      kind,
      place.organizationId ?? null,
      place.municipalityId ?? null,
      place.regionId ?? null,
      `СИНТ-${this.context.code}-${this.rows.counts.get('registry.appointment') ?? 0}`,
      orderDate,
      orderDate,
      null,
      kind === 'SCHOOL_CURATOR' ? (place.organizationId ?? null) : null,
      'SYNTHETIC',
      null,
      STAMP,
      STAMP,
    ]);
  }

  // ——— whole organizations ———

  school(municipalityId: string): void {
    const school = this.organization('GENERAL_EDUCATION', municipalityId, 'Синтетическая школа');
    const head = this.staff(school, 'Директор', false);
    const deputy = this.staff(school, 'Заместитель директора по учебно-воспитательной работе', false);
    this.appointment(head.personId, 'SCHOOL_HEAD', { organizationId: school.id });
    this.appointment(deputy.personId, 'SCHOOL_CURATOR', { organizationId: school.id });
    const teachers = Array.from({ length: ROSTER.school.teachers }, (_, index) =>
      this.staff(school, `Учитель ${this.random.pick(SUBJECTS)}`, true, index % 5 === 4),
    );
    const pupils = Array.from({ length: ROSTER.school.pupils }, () =>
      this.learner(school, 'SCHOOL_GRADE', this.random.int(1, 11)),
    );
    const pairs = this.teacherPairs(school, teachers, ROSTER.school.teacherPairs, [
      'TEACHER_TEACHER',
      'PEDAGOGUE_PEDAGOGUE',
    ]);
    this.pupilPairs(school, pupils, ROSTER.school.pupilPairs);
    this.system(school, pairs > 0 ? deputy.personId : null);
  }

  /** Pupils in a demo school of region 67 and their pupil pairs: new people only, the demo's own rows untouched. */
  demoSchoolPupils(school: Organization, count: number): void {
    const pupils = Array.from({ length: count }, () => this.learner(school, 'SCHOOL_GRADE', this.random.int(5, 11)));
    this.pupilPairs(school, pupils, ROSTER.demoSchoolPupilPairs);
  }

  preschool(municipalityId: string): void {
    const kindergarten = this.organization('PRESCHOOL', municipalityId, 'Синтетический детский сад');
    const head = this.staff(kindergarten, 'Заведующий', false);
    const educators = Array.from({ length: ROSTER.preschool.educators }, (_, index) =>
      this.staff(kindergarten, 'Воспитатель', true, index % 4 === 3),
    );
    const pairs = this.teacherPairs(kindergarten, educators, ROSTER.preschool.pairs, ['PEDAGOGUE_PEDAGOGUE']);
    this.system(kindergarten, pairs > 0 ? head.personId : null);
  }

  vocational(municipalityId: string): void {
    const college = this.organization('VOCATIONAL', municipalityId, 'Синтетический колледж');
    this.staff(college, 'Директор', false);
    const deputy = this.staff(college, 'Заместитель директора по учебной работе', false);
    const teachers = Array.from({ length: ROSTER.vocational.teachers }, (_, index) =>
      this.staff(college, 'Преподаватель', true, index % 6 === 5),
    );
    const students = Array.from({ length: ROSTER.vocational.students }, () =>
      this.learner(college, 'SPO_COURSE', this.random.int(1, 4)),
    );
    const employer = this.organization('EMPLOYER', municipalityId, 'Синтетическое предприятие-партнёр');
    const employees = Array.from({ length: ROSTER.employer.staff }, () => this.staff(employer, 'Инженер', false));
    let pairs = this.teacherPairs(college, teachers, ROSTER.vocational.teacherPairs, ['PEDAGOGUE_PEDAGOGUE']);
    // «Работодатель – студент»: an employee of the partner employer mentors students of the college — from the second
    // course, enrolled before the 2025/26 orders too.
    const mentees = students.filter((student) => student.level >= 2);
    for (const mentor of employees.slice(0, ROSTER.vocational.employerPairs)) {
      const mentee = mentees.shift();
      if (!mentee) break;
      this.pair(college.id, 'EMPLOYER_STUDENT', { id: mentor.personId, organizationId: employer.id }, [
        { id: mentee.personId, organizationId: college.id, birthDate: mentee.birthDate },
      ]);
      pairs += 1;
    }
    this.system(college, pairs > 0 ? deputy.personId : null);
  }

  additional(municipalityId: string): void {
    const centre = this.organization(
      'ADDITIONAL_EDUCATION',
      municipalityId,
      'Синтетический центр дополнительного образования',
    );
    const head = this.staff(centre, 'Директор', false);
    const teachers = Array.from({ length: ROSTER.additional.teachers }, (_, index) =>
      this.staff(centre, 'Педагог дополнительного образования', true, index === 0),
    );
    const pairs = this.teacherPairs(centre, teachers, ROSTER.additional.pairs, ['PEDAGOGUE_PEDAGOGUE']);
    this.system(centre, pairs > 0 ? head.personId : null);
  }

  authority(municipalityId: string, label: string, staff: number): Organization {
    const authority = this.organization('EDUCATION_AUTHORITY', municipalityId, label);
    const people = Array.from({ length: staff }, (_, index) =>
      this.staff(authority, index === 0 ? 'Начальник' : 'Главный специалист', false),
    );
    const coordinator = people[1];
    if (coordinator && label.includes('отдел'))
      this.appointment(coordinator.personId, 'MUNICIPAL_COORDINATOR', { municipalityId });
    return authority;
  }

  methodicalCenter(municipalityId: string): Organization {
    const centre = this.organization('METHODICAL_CENTER', municipalityId, 'Синтетический центр наставничества');
    const people = Array.from({ length: ROSTER.methodicalCenter.staff }, (_, index) =>
      this.staff(centre, index === 0 ? 'Руководитель центра' : 'Методист', index > 0),
    );
    const operator = people[1];
    if (operator) this.appointment(operator.personId, 'REGIONAL_OPERATOR', { regionId: this.context.regionId });
    return centre;
  }

  // ——— mentoring ———

  /** Teachers' pairs: the most experienced mentor the others, young specialists first, now and then two at once. */
  teacherPairs(organization: Organization, teachers: Staff[], count: number, forms: readonly Form[]): number {
    const byExperience = [...teachers].sort((a, b) => b.experience - a.experience);
    const mentors = byExperience.slice(0, count);
    const mentees = byExperience.slice(count).reverse();
    let made = 0;
    for (const mentor of mentors) {
      const first = mentees.shift();
      if (!first) break;
      const group = this.random.chance(0.2) && mentees.length > mentors.length - made ? mentees.shift() : undefined;
      const form: Form =
        first.experience < 3 && forms.includes('TEACHER_TEACHER') ? 'TEACHER_YOUNG_TEACHER' : this.random.pick(forms);
      this.pair(
        organization.id,
        form,
        { id: mentor.personId, organizationId: organization.id },
        [first, ...(group ? [group] : [])].map((mentee) => ({
          id: mentee.personId,
          organizationId: organization.id,
          birthDate: null,
        })),
      );
      made += 1;
    }
    // Some of the others are mentor candidates in the base without a pair yet.
    for (const candidate of mentees.filter((teacher) => teacher.experience >= 10 && this.random.chance(0.15)))
      this.#profile(candidate.personId, organization.id, forms[0] ?? 'PEDAGOGUE_PEDAGOGUE', false, false);
    return made;
  }

  /** «Ученик – ученик»: pupils of grades 9–11 mentor pupils of grades 5–8. */
  pupilPairs(organization: Organization, pupils: Learner[], count: number): void {
    const mentors = pupils.filter((pupil) => pupil.level >= 9).slice(0, count);
    const mentees = pupils.filter((pupil) => pupil.level >= 5 && pupil.level <= 8);
    for (const mentor of mentors) {
      const mentee = mentees.shift();
      if (!mentee) break;
      this.pair(
        organization.id,
        'PUPIL_PUPIL',
        { id: mentor.personId, organizationId: organization.id, birthDate: mentor.birthDate },
        [{ id: mentee.personId, organizationId: organization.id, birthDate: mentee.birthDate }],
      );
    }
  }

  #profile(personId: string, organizationId: string, form: Form, active: boolean, minor: boolean): void {
    const known = this.#mentorProfiles.get(personId);
    if (known) {
      known.forms.add(form);
      known.active ||= active;
      return;
    }
    this.#mentorProfiles.set(personId, { organizationId, forms: new Set([form]), active, minor });
  }

  /**
   * A pair with its mentees, participants' consents and programme. Statuses: 55 % active (2026/27, ordered in
   * September 2026), 30 % completed and 8 % terminated (2025/26), 7 % drafts for December 2026 without order or consents.
   */
  pair(
    organizationId: string,
    form: Form,
    mentor: { id: string; organizationId: string; birthDate?: string | null },
    mentees: { id: string; organizationId: string; birthDate: string | null }[],
  ): void {
    this.#pairSerial += 1;
    const roll = this.random.next();
    const status = roll < 0.55 ? 'ACTIVE' : roll < 0.85 ? 'COMPLETED' : roll < 0.93 ? 'TERMINATED' : 'DRAFT';
    const current = status === 'ACTIVE';
    const draft = status === 'DRAFT';
    const startDate = draft ? '2026-12-01' : current ? '2026-10-01' : '2025-10-01';
    const plannedEnd = draft ? '2027-06-30' : current ? '2027-05-31' : '2026-05-29';
    const orderDate = draft ? null : iso(current ? 2026 : 2025, 9, this.random.int(1, 25));
    const consentDate = orderDate ? plusDays(orderDate, -4) : null;
    const createdOn = orderDate ? plusDays(orderDate, -14) : iso(2026, 10, this.random.int(1, 31));
    const endedOn =
      status === 'COMPLETED' ? plannedEnd : status === 'TERMINATED' ? iso(2026, this.random.int(1, 4), 15) : null;
    const pairId = this.random.uuid();
    const formats =
      mentees.length > 1 ? ['GROUP'] : [this.random.pick(['TRADITIONAL', 'TRADITIONAL', 'VIRTUAL', 'SITUATIONAL'])];
    this.rows.add('mentoring.mentoring_pair', [
      pairId,
      form,
      status,
      organizationId,
      startDate,
      plannedEnd,
      formats,
      mentor.id,
      endedOn,
      status === 'TERMINATED' ? 'Расторгнута по соглашению сторон (синтетические данные)' : null,
      orderDate ? `СИНТ-ПАРА-${this.context.code}-${this.#pairSerial}` : null,
      orderDate,
      1,
      null,
      'SYNTHETIC',
      `${createdOn} 09:00:00+00`,
      STAMP,
    ]);
    for (const mentee of mentees)
      this.rows.add('mentoring.pair_mentee', [
        this.random.uuid(),
        pairId,
        mentee.id,
        mentee.organizationId,
        STAMP,
        STAMP,
      ]);
    if (orderDate && consentDate)
      for (const participant of [mentor, ...mentees]) {
        // Who consents is judged on the order date, as activatePair judges it.
        const minor = isMinorOn(participant.birthDate ?? null, orderDate);
        this.rows.add('mentoring.pair_consent', [
          this.random.uuid(),
          pairId,
          participant.id,
          consentDate,
          minor ? 'PARENT' : 'PARTICIPANT',
          STAMP,
          STAMP,
        ]);
      }
    this.#profile(mentor.id, mentor.organizationId, form, current, isMinorOn(mentor.birthDate ?? null, AS_OF));
    if (!draft) this.#programme(pairId, form, status, startDate, plannedEnd);
  }

  #programme(pairId: string, form: Form, status: string, startDate: string, endDate: string): void {
    const pupils = form === 'PUPIL_PUPIL';
    const completed = status === 'COMPLETED';
    const progress = 3 + this.random.int(0, 8) / 10;
    const adaptation = 30 + this.random.int(0, 30);
    const programmeId = this.random.uuid();
    this.rows.add('mentoring.programme', [
      programmeId,
      pairId,
      pupils ? ['Подготовка к олимпиаде (синтетические данные)'] : ['Организация урока (синтетические данные)'],
      pupils ? ['Участие в школьном этапе олимпиады'] : ['Адаптация в коллективе'],
      pupils ? ['SUBJECT_CONTENT'] : ['METHODOLOGY', 'CLASS_AND_EXTRACURRICULAR'],
      startDate,
      endDate,
      { json: pupils ? { ACADEMIC_PROGRESS: progress } : { ACADEMIC_PROGRESS: progress, ADAPTATION: adaptation } },
      completed
        ? {
            json: pupils
              ? { ACADEMIC_PROGRESS: Math.round((progress + this.random.int(-2, 5) / 10) * 10) / 10 }
              : {
                  ACADEMIC_PROGRESS: Math.round((progress + this.random.int(-2, 5) / 10) * 10) / 10,
                  ADAPTATION: Math.min(100, adaptation + this.random.int(-5, 40)),
                },
          }
        : null,
      completed ? this.random.int(55, 96) : null,
      completed ? this.random.int(45, 94) : null,
      1,
      STAMP,
      STAMP,
    ]);
    const activities: [string, string][] = [
      ['Диагностика затруднений', startDate],
      [pupils ? 'Разбор олимпиадных заданий' : 'Взаимопосещение уроков', `${startDate.slice(0, 4)}-12-15`],
      ['Итоговая рефлексия и отчёт', endDate],
    ];
    activities.forEach(([title, dueDate], index) => {
      this.rows.add('mentoring.programme_activity', [
        this.random.uuid(),
        programmeId,
        title,
        dueDate,
        completed || (index === 0 && status !== 'DRAFT') ? dueDate : null,
        STAMP,
        STAMP,
      ]);
    });
  }

  /** The organization's mentoring system: a synthetic regulation order and, where there is one, its curator. */
  system(organization: Organization, curatorPersonId: string | null): void {
    if (!curatorPersonId) return;
    this.rows.add('mentoring.organization_system', [
      organization.id,
      `СИНТ-П-${this.context.code}-${this.#organizationSerial}`,
      iso(2025, 8, this.random.int(1, 28)),
      null,
      curatorPersonId,
      this.random.chance(0.4),
      `https://synthetic-${organization.id.slice(0, 8)}.example.org/nastavnichestvo`,
      1,
      'SYNTHETIC',
    ]);
  }

  /** Mentor profiles of everyone gathered as mentor or candidate: active with an active pair, trained after one. */
  flushMentorProfiles(): void {
    for (const [personId, profile] of this.#mentorProfiles) {
      this.rows.add('mentoring.mentor_profile', [
        this.random.uuid(),
        personId,
        profile.organizationId,
        profile.minor ? ['Помощь в учёбе'] : ['Адаптация молодых педагогов', 'Методика преподавания'],
        null,
        [...profile.forms],
        profile.minor ? 2 : 3,
        profile.active ? 'ACTIVE' : profile.forms.size > 0 && this.random.chance(0.5) ? 'TRAINED' : 'CANDIDATE',
        1,
        'SYNTHETIC',
        STAMP,
        STAMP,
      ]);
    }
  }

  // ——— planning and analytics ———

  /** The region's calendar: webinars, seminars, courses… by its methodical centre, with staff of the region taking part. */
  events(count: number, participants: number): void {
    const kinds = ['WEBINAR', 'SEMINAR', 'ONLINE_SEMINAR', 'COURSE', 'CONFERENCE', 'ROUND_TABLE', 'MASTER_CLASS'];
    const names: Record<string, string> = {
      WEBINAR: 'Синтетический вебинар',
      SEMINAR: 'Синтетический семинар',
      ONLINE_SEMINAR: 'Синтетический онлайн-семинар',
      COURSE: 'Синтетические курсы',
      CONFERENCE: 'Синтетическая конференция',
      ROUND_TABLE: 'Синтетический круглый стол',
      MASTER_CLASS: 'Синтетический мастер-класс',
    };
    for (let index = 0; index < count; index += 1) {
      const kind = kinds[index % kinds.length] ?? 'WEBINAR';
      const startDate = plusDays('2025-09-15', Math.floor((index * 420) / Math.max(1, count)));
      const endDate = plusDays(startDate, kind === 'COURSE' ? 3 : 0);
      const eventId = this.random.uuid();
      this.rows.add('planning.event', [
        eventId,
        STAMP,
        STAMP,
        1,
        kind,
        `${names[kind] ?? 'Синтетическое мероприятие'} № ${index + 1} по наставничеству`,
        'Синтетические данные для нагрузочных измерений.',
        null,
        startDate,
        endDate,
        this.context.methodicalCenterId,
        this.context.methodicalCenterId ? null : 'Синтетический организатор',
        this.random.pick(['ONLINE', 'OFFLINE', 'MIXED']),
        { json: ['TEACHERS', 'MENTORS'] },
        { json: ['GENERAL'] },
        kind === 'COURSE' ? 24 : null,
        kind === 'COURSE' ? 'Синтетическая программа курсов' : null,
        null,
        this.context.regionId,
        null,
        null,
        null,
        null,
        'SYNTHETIC',
        null,
        index % 2 === 0,
      ]);
      const ended = endDate < AS_OF;
      const chosen = new Set<number>();
      const wanted = Math.min(participants, this.#eventStaff.length);
      while (chosen.size < wanted) chosen.add(this.random.int(0, this.#eventStaff.length - 1));
      for (const position of [...chosen].sort((a, b) => a - b)) {
        const member = this.#eventStaff[position];
        if (!member) continue;
        const status = !ended
          ? 'REGISTERED'
          : kind === 'COURSE'
            ? 'COMPLETED'
            : this.random.chance(0.8)
              ? 'ATTENDED'
              : 'REGISTERED';
        this.rows.add('planning.event_participation', [
          this.random.uuid(),
          STAMP,
          STAMP,
          1,
          eventId,
          member.organizationId,
          member.personId,
          status,
          null,
          null,
          status === 'REGISTERED' ? null : `${endDate} 18:00:00+00`,
          'SYNTHETIC',
        ]);
      }
    }
  }

  /** One closed synthetic monitoring of 2025/26, answered by the synthetic organizations of the region. */
  monitoring(): void {
    const campaignId = this.random.uuid();
    this.rows.add('analytics.monitoring_campaign', [
      campaignId,
      STAMP,
      STAMP,
      1,
      'Синтетический мониторинг реализации целевой модели наставничества (2025/26 учебный год)',
      this.context.regionId,
      this.context.code,
      'CLOSED',
      '2025-09-01',
      '2026-05-31',
      '2026-05-15',
      '2026-06-05',
      '2026-06-15',
      '2026-06-25',
      ['GENERAL_EDUCATION', 'VOCATIONAL', 'PRESCHOOL', 'ADDITIONAL_EDUCATION'],
      'SYNTHETIC',
      null,
      null,
    ]);
    const regulation = this.random.uuid();
    const pairsCount = this.random.uuid();
    const question = (id: string, position: number, code: string, text: string, kind: string) => {
      this.rows.add('analytics.campaign_question', [
        id,
        STAMP,
        STAMP,
        campaignId,
        position,
        code,
        text,
        kind,
        [],
        true,
        null,
        null,
        null,
        'SYNTHETIC',
        null,
      ]);
    };
    question(regulation, 1, 'HAS_LOCAL_REGULATION', 'ОО имеет локальное положение о наставничестве', 'YES_NO');
    question(pairsCount, 2, 'PAIRS_COUNT', 'Число наставнических пар в ОО', 'NUMBER');
    for (const organization of this.#targets) {
      const slot = this.random.int(0, 19);
      const status =
        slot < 11
          ? 'ACCEPTED_BY_OPERATOR'
          : slot < 14
            ? 'ACCEPTED_BY_COORDINATOR'
            : slot < 16
              ? 'SUBMITTED'
              : slot === 16
                ? 'RETURNED'
                : slot === 17
                  ? 'DRAFT'
                  : 'NOT_STARTED';
      const sent = status !== 'NOT_STARTED' && status !== 'DRAFT';
      const submitted = iso(2026, 6, this.random.int(1, 5));
      const accepted = status === 'ACCEPTED_BY_COORDINATOR' || status === 'ACCEPTED_BY_OPERATOR';
      const submissionId = this.random.uuid();
      this.rows.add('analytics.campaign_submission', [
        submissionId,
        STAMP,
        STAMP,
        1,
        campaignId,
        organization.id,
        status,
        status === 'RETURNED' ? 'Не приложено положение (синтетические данные)' : null,
        sent ? submitted : null,
        status === 'RETURNED' ? '2026-06-10' : null,
        accepted ? '2026-06-12' : null,
        status === 'ACCEPTED_BY_OPERATOR' ? '2026-06-20' : null,
        'SYNTHETIC',
      ]);
      if (status === 'NOT_STARTED') continue;
      const answer = (questionId: string, yes: boolean | null, number: number | null) => {
        this.rows.add('analytics.campaign_answer', [
          this.random.uuid(),
          STAMP,
          STAMP,
          submissionId,
          questionId,
          yes,
          number,
          null,
          null,
          'SYNTHETIC',
        ]);
      };
      answer(regulation, this.random.chance(0.85), null);
      answer(pairsCount, null, this.random.int(0, 12));
    }
  }
}
