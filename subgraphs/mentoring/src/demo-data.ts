import { stableId, type DemoData, type EntityManager } from '@mentoring/platform';
import { DEMO_ORGANIZATIONS, DEMO_PEOPLE, demoRegionOf, demoStudents, organizationIdOf, personIdOf, type DemoPerson } from '@mentoring/platform/demo';
import { MentoringFormSchema } from './modules/forms/form.entity.js';
import { MentoringProjectSchema } from './modules/forms/project.entity.js';
import { isMinorOn } from './modules/pairs/mutations.js';
import { PairConsentSchema } from './modules/pairs/pair-consent.entity.js';
import { MentorProfileSchema } from './modules/mentors/mentor-profile.entity.js';
import { TrainingRecordSchema } from './modules/mentors/training.entity.js';
import { PairMenteeSchema } from './modules/pairs/pair-mentee.entity.js';
import { MentoringPairSchema } from './modules/pairs/pair.entity.js';
import { PracticeSchema } from './modules/practices/practice.entity.js';
import { ProgrammeActivitySchema } from './modules/programmes/activity.entity.js';
import { ProgrammeSchema } from './modules/programmes/programme.entity.js';
import { OrganizationSystemSchema } from './modules/systems/organization-system.entity.js';

const schools = DEMO_ORGANIZATIONS.filter((organization) => organization.kind === 'GENERAL_EDUCATION');
const smolenskSchools = schools.filter((school) => demoRegionOf(school) === '67');
const staffOf = (inn: string) => DEMO_PEOPLE.filter((person) => person.organizationInn === inn);
const teachersOf = (inn: string) => staffOf(inn).filter((person) => person.employment.isPedagogical);

/** Smolensk schools where mentoring programmes run (seed 002: 112 of the 300 monitored). */
const SMOLENSK_SCHOOLS_WITH_PROGRAMMES = 112;

type Form = 'TEACHER_TEACHER' | 'TEACHER_YOUNG_TEACHER' | 'PUPIL_PUPIL';

export interface PairSeed {
  key: string;
  /** Null only for the «500+» project pairs: seed 002 calls them менторские пары руководителей, not a form of the положение. */
  form: Form | null;
  project: 'PROJECT_500_PLUS' | null;
  status: 'ACTIVE' | 'COMPLETED';
  inn: string;
  mentorKey: string;
  /** Mentee keys with the INN of their organization. */
  mentees: { key: string; inn: string }[];
  startDate: string;
  plannedEndDate: string;
  /** A fictional order per pair (ДЕМО-…): the seeds give no pair order for any of these synthetic pairs. */
  orderNumber: string;
  orderDate: string;
  /** Written consents of every participant, dated before the order; a parent's for a participant under 18. */
  consentDate: string;
}

/** Seed 002: «…(24 часа) обучение по которой в период с 27 по 30 сентября 2021 года прошли 36 учителей…». */
const TEACHER_TRAINING = {
  programme: 'Наставничество в системе «учитель – учитель»: от модели к технологии реализации',
  provider: 'ЦНППМПР ГАУ ДПО СОИРО',
  hours: 24,
  completedOn: '2021-09-30',
};
/** Seed 002: «…в период с 19 по 22 октября 2021 года… «Управленческое наставничество…», по которой прошли обучение 17 человек» — no hours given. */
const MANAGER_TRAINING = {
  programme: 'Управленческое наставничество в системе образования: skillbox руководителя-ментора',
  provider: 'ЦНППМПР ГАУ ДПО СОИРО',
  hours: null,
  completedOn: '2021-10-22',
};

/** The youngest-career teacher of a school: a young specialist when the school has one. */
const menteeTeacherOf = (inn: string) =>
  [...teachersOf(inn)].sort((a, b) => (b.employment.teachingExperienceStart ?? '').localeCompare(a.employment.teachingExperienceStart ?? ''))[0]!;
const mentorTeacherOf = (inn: string) =>
  [...teachersOf(inn)].sort((a, b) => (a.employment.teachingExperienceStart ?? '').localeCompare(b.employment.teachingExperienceStart ?? ''))[0]!;

/** The n-th day after a date, ISO. */
function plusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A fictional order of the demo, one per pair: «ДЕМО-<n>» cannot be taken for a real order. */
const demoOrder = (sequence: number) => `ДЕМО-${String(sequence).padStart(3, '0')}`;

/**
 * All pairs are SYNTHETIC: fictional people in fictional schools. What they echo from the seeds: seed 002's
 * 36 teachers of 18 schools trained in September 2021 (учитель – учитель, completed), the nine «500+»
 * менторские пары руководителей of 2021 (the project, no form; the seed gives no order for them — 850-ОД
 * of 17.09.2021 launched pair-forming in 68 schools, it assigns no pair), and a current cohort in 112
 * Smolensk schools and in the other regions' schools, some as groups. Each pair has its own fictional order.
 */
export function pairSeeds(): PairSeed[] {
  let sequence = 0;
  const trainedCohort = smolenskSchools.slice(0, 18).flatMap((school) => {
    const [first, second, third, fourth] = [...teachersOf(school.inn)].sort((a, b) => a.key.localeCompare(b.key));
    const couples: [DemoPerson, DemoPerson][] = [
      [first!, third!],
      [second!, fourth!],
    ];
    return couples.map(([mentor, mentee], number) => {
      sequence += 1;
      const orderDate = plusDays('2021-10-01', sequence);
      return {
        key: `2021-teacher-${school.inn}-${number + 1}`,
        form: 'TEACHER_TEACHER' as const,
        project: null,
        status: 'COMPLETED' as const,
        inn: school.inn,
        mentorKey: mentor.key,
        mentees: [{ key: mentee.key, inn: school.inn }],
        startDate: '2021-11-15',
        plannedEndDate: '2022-05-31',
        orderNumber: demoOrder(sequence),
        orderDate,
        consentDate: plusDays(orderDate, -3),
      };
    });
  });
  const managerMentors = smolenskSchools.filter((school) => !school.tags.includes('500+') && !school.tags.includes('ШНОР'));
  const managerPairs = smolenskSchools
    .filter((school) => school.tags.includes('500+'))
    .map((school, index) => {
      sequence += 1;
      const orderDate = plusDays('2021-03-01', index);
      return {
        key: `500plus-${school.inn}`,
        form: null,
        project: 'PROJECT_500_PLUS' as const,
        status: 'COMPLETED' as const,
        inn: school.inn,
        mentorKey: staffOf(managerMentors[index * 3]!.inn)[0]!.key,
        mentees: [{ key: staffOf(school.inn)[0]!.key, inn: school.inn }],
        startDate: '2021-03-15',
        plannedEndDate: '2021-12-30',
        orderNumber: demoOrder(sequence),
        orderDate,
        consentDate: plusDays(orderDate, -5),
      };
    });
  const withProgrammes = [
    ...smolenskSchools.filter((_, index) => index % 8 < 3).slice(0, SMOLENSK_SCHOOLS_WITH_PROGRAMMES),
    ...schools.filter((school) => demoRegionOf(school) !== '67'),
  ];
  const currentCohort = withProgrammes.map((school, index): PairSeed => {
    sequence += 1;
    const orderDate = plusDays('2026-09-01', index % 25);
    const common = { project: null, status: 'ACTIVE' as const, inn: school.inn, startDate: '2026-10-01', plannedEndDate: '2027-05-31', orderNumber: demoOrder(sequence), orderDate, consentDate: plusDays(orderDate, -4) };
    const pupils = demoRegionOf(school) !== '67' && index % 3 === 2;
    if (pupils) {
      const [mentor, ...mentees] = [...demoStudents([school.inn])].sort((a, b) => a.grade - b.grade).reverse();
      return { ...common, key: `2026-pupils-${school.inn}`, form: 'PUPIL_PUPIL', mentorKey: mentor!.key, mentees: mentees.slice(-2).map((mentee) => ({ key: mentee.key, inn: school.inn })) };
    }
    const mentor = mentorTeacherOf(school.inn);
    const mentee = menteeTeacherOf(school.inn);
    // Every fifth school works as a group: the young teacher and one more colleague.
    const group = index % 5 === 4 ? teachersOf(school.inn).filter((person) => person.key !== mentor.key && person.key !== mentee.key).slice(0, 1) : [];
    return { ...common, key: `2026-young-${school.inn}`, form: 'TEACHER_YOUNG_TEACHER', mentorKey: mentor.key, mentees: [mentee, ...group].map((person) => ({ key: person.key, inn: school.inn })) };
  });
  return [...trainedCohort, ...managerPairs, ...currentCohort];
}

const studentBirthDates = new Map(demoStudents(schools.map((school) => school.inn)).map((student) => [student.key, student.birthDate]));
/** Birth date of a demo participant: staff from DEMO_PEOPLE, pupils from demoStudents. */
export const demoBirthDate = (key: string) => DEMO_PEOPLE.find((person) => person.key === key)?.birthDate ?? studentBirthDates.get(key);

function addProgramme(em: EntityManager, pair: PairSeed, created: object): void {
  const completed = pair.status === 'COMPLETED';
  const programme = em.create(ProgrammeSchema, {
    id: stableId('programme', pair.key),
    pair: created as never,
    deficits: pair.project === 'PROJECT_500_PLUS' ? ['Управление качеством образования в школе с низкими результатами'] : ['Организация урока по ФГОС', 'Работа с родителями'],
    goals: pair.project === 'PROJECT_500_PLUS' ? ['Программа выхода школы из кризисной ситуации'] : ['Адаптация в коллективе', 'Самостоятельное проведение уроков'],
    directions: pair.project === 'PROJECT_500_PLUS' ? ['METHODOLOGY'] : ['METHODOLOGY', 'CLASS_AND_EXTRACURRICULAR'],
    startDate: pair.startDate,
    endDate: pair.plannedEndDate,
    monitoringBefore: { ACADEMIC_PROGRESS: 3.6, ADAPTATION: 40 },
    monitoringAfter: completed ? { ACADEMIC_PROGRESS: 3.9, ADAPTATION: 85 } : null,
    menteeSatisfaction: completed ? 88 : null,
    mentorSatisfaction: completed ? 74 : null,
  });
  const activities: [string, string][] = [
    ['Диагностика профессиональных затруднений', pair.startDate],
    ['Взаимопосещение уроков', `${pair.startDate.slice(0, 4)}-12-15`],
    ['Итоговая рефлексия и отчёт', pair.plannedEndDate],
  ];
  activities.forEach(([title, dueDate], index) =>
    em.create(ProgrammeActivitySchema, {
      id: stableId('programme-activity', `${pair.key}-${index}`),
      programme,
      title,
      dueDate,
      completedOn: completed || index === 0 ? dueDate : null,
    }),
  );
}

/** A few mentors, not all, have an achievement on file, and none claims a real contest's result. */
const demoAchievement = (key: string) => (stableId('demo-achievement', key).charCodeAt(0) % 4 === 0 ? 'Открытые уроки для молодых коллег своей школы (демо-данные)' : null);

function loadMentorsAndPairs(em: EntityManager): void {
  const pairs = pairSeeds();
  const mentors = new Map<string, { inn: string; forms: Set<Form>; training?: typeof TEACHER_TRAINING | typeof MANAGER_TRAINING; active: boolean; manager: boolean }>();
  for (const pair of pairs) {
    const entry = mentors.get(pair.mentorKey) ?? { inn: pair.inn, forms: new Set<Form>(), active: false, manager: false };
    if (pair.form) entry.forms.add(pair.form);
    entry.active ||= pair.status === 'ACTIVE';
    if (pair.form === 'TEACHER_TEACHER') entry.training = TEACHER_TRAINING;
    if (pair.project === 'PROJECT_500_PLUS') {
      entry.training = MANAGER_TRAINING;
      entry.manager = true;
      entry.inn = DEMO_PEOPLE.find((person) => person.key === pair.mentorKey)!.organizationInn;
    }
    mentors.set(pair.mentorKey, entry);
  }
  for (const [key, mentor] of mentors) {
    const person: DemoPerson | undefined = DEMO_PEOPLE.find((candidate) => candidate.key === key);
    const profile = em.create(MentorProfileSchema, {
      id: stableId('mentor-profile', key),
      personId: personIdOf(key),
      organizationId: organizationIdOf(mentor.inn),
      competencies: person ? [person.employment.position.replace('Учитель ', 'Преподавание '), 'Адаптация молодых педагогов'] : ['Проектная деятельность', 'Помощь в учёбе'],
      achievements: person ? demoAchievement(key) : null,
      forms: [...mentor.forms],
      capacity: mentor.manager ? 1 : 3,
      status: mentor.active ? 'ACTIVE' : mentor.training ? 'TRAINED' : 'CANDIDATE',
      dataOrigin: 'SYNTHETIC',
    });
    if (mentor.training) em.create(TrainingRecordSchema, { id: stableId('training', key), mentor: profile, ...mentor.training });
  }
  for (const pair of pairs) {
    const created = em.create(MentoringPairSchema, {
      id: stableId('mentoring-pair', pair.key),
      form: pair.form ? em.getReference(MentoringFormSchema, pair.form) : null,
      project: pair.project ? em.getReference(MentoringProjectSchema, pair.project) : null,
      formats: pair.mentees.length > 1 ? ['GROUP'] : ['TRADITIONAL'],
      status: pair.status,
      organizationId: organizationIdOf(pair.inn),
      mentorPersonId: personIdOf(pair.mentorKey),
      startDate: pair.startDate,
      plannedEndDate: pair.plannedEndDate,
      endedOn: pair.status === 'COMPLETED' ? pair.plannedEndDate : null,
      terminationReason: null,
      orderNumber: pair.orderNumber,
      orderDate: pair.orderDate,
      dataOrigin: 'SYNTHETIC',
    });
    for (const mentee of pair.mentees) {
      em.create(PairMenteeSchema, { id: stableId('pair-mentee', `${pair.key}-${mentee.key}`), pair: created, personId: personIdOf(mentee.key), organizationId: organizationIdOf(mentee.inn) });
    }
    for (const participant of [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)]) {
      em.create(PairConsentSchema, {
        id: stableId('pair-consent', `${pair.key}-${participant}`),
        pair: created,
        personId: personIdOf(participant),
        givenOn: pair.consentDate,
        givenBy: isMinorOn(demoBirthDate(participant), pair.consentDate) ? 'PARENT' : 'PARTICIPANT',
      });
    }
    addProgramme(em, pair, created);
  }
}

/** Schools with programmes, every school of Знаменский район and of St Petersburg: a fictional положение order each, the deputy head as curator. */
function loadSystems(em: EntityManager): void {
  const adopted = new Set(pairSeeds().map((pair) => pair.inn));
  schools
    .filter((school) => adopted.has(school.inn) || demoRegionOf(school) !== '67')
    .forEach((school, index) => {
      // The deputy head: seed 003 — the curator «назначается руководителем образовательной организации из числа заместителей руководителя (методистов)».
      const curator = staffOf(school.inn)[1]!;
      em.create(OrganizationSystemSchema, {
        organizationId: organizationIdOf(school.inn),
        regulationOrderNumber: `ДЕМО-П-${String(index + 1).padStart(3, '0')}`,
        regulationOrderDate: plusDays(demoRegionOf(school) === '57' ? '2022-05-04' : '2022-08-20', index % 9),
        regulationUrl: null,
        curatorPersonId: personIdOf(curator.key),
        hasMethodicalAssociation: school.inn.endsWith('1') || school.inn.endsWith('5'),
        websiteSectionUrl: `https://school-${school.inn}.edu.example/nastavnichestvo`,
        dataOrigin: 'SYNTHETIC',
      });
    });
}

/** A few practices for the regional banks (seed 000: «Банк эффективных практик»): fictional, at fictional schools, claiming no award. */
function loadPractices(em: EntityManager): void {
  const practices: { title: string; summary: string; inn: string; form: Form | null; year: number }[] = [
    { title: 'Педагогический дуэт: наставник и молодой учитель математики', summary: 'Взаимопосещение уроков и совместная разработка заданий формата ОГЭ в паре «педагог — молодой педагог». Демо-данные.', inn: smolenskSchools[0]!.inn, form: 'TEACHER_YOUNG_TEACHER', year: 2023 },
    { title: 'Менторская пара руководителей: выход из зоны низких результатов', summary: 'Опыт сопровождения директора школы проекта «500+» региональным куратором. Демо-данные.', inn: smolenskSchools[3]!.inn, form: null, year: 2022 },
    { title: 'Учитель — учитель: взаимопосещение уроков в школе', summary: 'График взаимопосещений и разбор уроков наставником и коллегой. Демо-данные.', inn: smolenskSchools[5]!.inn, form: 'TEACHER_TEACHER', year: 2023 },
    { title: 'Ученик – ученик: подготовка к олимпиадам в разновозрастных группах', summary: 'Старшеклассники сопровождают учеников 5–7 классов при подготовке к школьному этапу олимпиады. Демо-данные.', inn: schools.find((school) => demoRegionOf(school) === '78')!.inn, form: 'PUPIL_PUPIL', year: 2021 },
  ];
  practices.forEach((practice, index) => {
    const author = staffOf(practice.inn)[2];
    em.create(PracticeSchema, {
      id: stableId('practice', String(index)),
      title: practice.title,
      summary: practice.summary,
      organizationId: organizationIdOf(practice.inn),
      authorPersonIds: author ? [personIdOf(author.key)] : [],
      form: practice.form ? em.getReference(MentoringFormSchema, practice.form) : null,
      year: practice.year,
      materialsUrl: null,
      awards: [],
      dataOrigin: 'SYNTHETIC',
    });
  });
}

export const mentoringDemoData: DemoData = {
  isLoaded: async (em) => (await em.count(MentoringPairSchema, {})) > 0,
  load: async (em) => {
    loadMentorsAndPairs(em);
    loadSystems(em);
    loadPractices(em);
    await em.flush();
  },
};
