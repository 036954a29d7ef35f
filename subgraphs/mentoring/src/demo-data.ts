import { createHash } from 'node:crypto';
import { stableId, type EntityManager } from '@mentoring/platform/database';
import { present } from '@mentoring/platform/graphql';
import { type DemoData } from '@mentoring/platform/server';
import { isMinorOn } from '@mentoring/subgraph-registry/published';
import {
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  demoRegionOf,
  demoStudents,
  organizationIdOf,
  personIdOf,
  type DemoPerson,
} from '@mentoring/subgraph-registry/demo';
import { MentoringFormSchema } from './modules/catalogues/form.entity.js';
import { MentoringProjectSchema } from './modules/catalogues/project.entity.js';
import { PairConsentSchema } from './modules/pairs/pair-consent.entity.js';
import { MentorProfileSchema } from './modules/mentors/mentor-profile.entity.js';
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
const headOf = (inn: string) =>
  present(
    staffOf(inn).find((person) => person.key.endsWith('-0')),
    `head of school ${inn}`,
  );

/** Smolensk schools with a 2026/27 pair: every school whose index ends in 0, 1 or 2 — 90 of 300, a synthetic count (no seed counts 2026/27 pairs). */
const hasCurrentPair = (index: number) => index % 10 < 3;
/** Of these, the schools that also completed a 2025/26 pair: index ending in 0 — 30, synthetic too. */
const hasCompletedPair = (index: number) => index % 10 === 0;

type Form = 'TEACHER_TEACHER' | 'TEACHER_YOUNG_TEACHER' | 'PEDAGOGUE_PEDAGOGUE' | 'PUPIL_PUPIL';

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
  /** Null for the «500+» pairs: seed 002 gives them no end («В настоящее время … действует 9 менторских пар»). */
  plannedEndDate: string | null;
  /** A fictional order per pair (ДЕМО-…): the seeds give no pair order for any of these synthetic pairs. */
  orderNumber: string;
  orderDate: string;
  /** Written consents of every participant, dated before the order; a parent's for a participant under 18 on the order date. */
  consentDate: string;
  /** The day the draft was formed, before every consent. */
  createdOn: string;
}

/**
 * Seed 002: «…(24 часа) обучение по которой в период с 27 по 30 сентября 2021 года прошли 36 учителей – кандидатов в наставники…».
 * Planning records the completion (its course and the same synthetic people); here it only makes the mentor TRAINED.
 */
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

/** Teachers of a school by career start: the youngest-career first (a young specialist when the school has one). */
const byCareer = (inn: string) =>
  [...teachersOf(inn)].sort(
    (a, b) =>
      (b.employment.teachingExperienceStart ?? '').localeCompare(a.employment.teachingExperienceStart ?? '') ||
      a.key.localeCompare(b.key),
  );
const menteeTeacherOf = (inn: string) => present(byCareer(inn)[0], `youngest-career teacher of school ${inn}`);
const mentorTeacherOf = (inn: string) => present(byCareer(inn).at(-1), `longest-career teacher of school ${inn}`);

/** The n-th day after a date, ISO. */
function plusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A fictional order of the demo, one per pair: «ДЕМО-<n>» cannot be taken for a real order. */
const demoOrder = (sequence: number) => `ДЕМО-${String(sequence).padStart(3, '0')}`;

/** Dates of a synthetic pair counted back from its order: consents 4 days before, the draft 10 days before those. */
const datesBefore = (orderDate: string) => ({
  orderDate,
  consentDate: plusDays(orderDate, -4),
  createdOn: plusDays(orderDate, -14),
});

/** Smolensk schools that are in «500+» (mentees) or lend the region's curators (mentors) of the nine менторские пары. */
const projectSchools = smolenskSchools.filter((school) => school.tags.includes('500+'));
const curatorSchools = smolenskSchools
  .filter((school) => !school.tags.includes('500+') && !school.tags.includes('ШНОР'))
  .filter((_, index) => index % 3 === 0)
  .slice(0, projectSchools.length);

/**
 * Seed 002's 36 teachers «кандидатов в наставники по модели «учитель – учитель»» of 18 schools: two teachers each, none of
 * them a mentor of a demo pair — the seed trained them as candidates, it reports no pairs of theirs.
 */
export function trainedCandidates(): string[] {
  return smolenskSchools.slice(0, 18).flatMap((school) => {
    const busy = new Set([mentorTeacherOf(school.inn).key]);
    return [...teachersOf(school.inn)]
      .filter((person) => !busy.has(person.key))
      .sort((a, b) => a.key.localeCompare(b.key))
      .slice(0, 2)
      .map((person) => person.key);
  });
}

/** Seed 002's 17 people trained in «Управленческое наставничество…»: 17 synthetic school heads, none of them in a «500+» pair (the seed does not link them). */
export function managerTrainees(): string[] {
  const inProject = new Set([...projectSchools, ...curatorSchools].map((school) => school.inn));
  return smolenskSchools
    .filter((school) => !inProject.has(school.inn))
    .slice(0, 17)
    .map((school) => headOf(school.inn).key);
}

/**
 * All pairs are SYNTHETIC: fictional people in fictional schools, each with its own fictional order. What they echo from
 * the seeds: the nine «500+» менторские пары руководителей that seed 002 says work «В настоящее время» (2021) — project
 * pairs without a form, started in «1 полугодии 2021 года», still active, no end, no programme the seed describes (850-ОД
 * of 17.09.2021 launched pair-forming in 68 schools; it assigns no pair). The model activates a pair only by an order, so
 * they carry a fictional ДЕМО order too. Beside them: a synthetic 2025/26 cohort of completed pairs and a synthetic
 * 2026/27 cohort in Smolensk and the other regions' schools, some as groups, some of pupils.
 */
export function pairSeeds(): PairSeed[] {
  let sequence = 0;
  const managerPairs = projectSchools.map((school, index): PairSeed => {
    sequence += 1;
    // Started after the January–February selection, within the first half of 2021 (synthetic days).
    const startDate = plusDays('2021-03-09', index * 13);
    return {
      key: `500plus-${school.inn}`,
      form: null,
      project: 'PROJECT_500_PLUS',
      status: 'ACTIVE',
      inn: school.inn,
      mentorKey: headOf(present(curatorSchools[index], `curator school ${index}`).inn).key,
      mentees: [{ key: headOf(school.inn).key, inn: school.inn }],
      startDate,
      plannedEndDate: null,
      orderNumber: demoOrder(sequence),
      ...datesBefore(plusDays(startDate, -2)),
    };
  });
  const completedCohort = smolenskSchools
    .filter((_, index) => hasCompletedPair(index))
    .map((school, index): PairSeed => {
      sequence += 1;
      return {
        key: `2025-pedagogue-${school.inn}`,
        form: 'PEDAGOGUE_PEDAGOGUE',
        project: null,
        status: 'COMPLETED',
        inn: school.inn,
        mentorKey: mentorTeacherOf(school.inn).key,
        mentees: [
          { key: present(byCareer(school.inn)[1], `second teacher of school ${school.inn}`).key, inn: school.inn },
        ],
        startDate: '2025-10-01',
        plannedEndDate: '2026-05-29',
        orderNumber: demoOrder(sequence),
        ...datesBefore(plusDays('2025-09-08', index % 17)),
      };
    });
  const withCurrentPairs = [
    ...smolenskSchools.filter((_, index) => hasCurrentPair(index)),
    ...schools.filter((school) => demoRegionOf(school) !== '67'),
  ];
  const currentCohort = withCurrentPairs.map((school, index): PairSeed => {
    sequence += 1;
    const common = {
      project: null,
      status: 'ACTIVE' as const,
      inn: school.inn,
      startDate: '2026-10-01',
      plannedEndDate: '2027-05-31',
      orderNumber: demoOrder(sequence),
      ...datesBefore(plusDays('2026-09-01', index % 25)),
    };
    const pupils = demoRegionOf(school) !== '67' && index % 3 === 2;
    if (pupils) {
      const [mentor, ...mentees] = [...demoStudents([school.inn])].sort((a, b) => a.grade - b.grade).reverse();
      return {
        ...common,
        key: `2026-pupils-${school.inn}`,
        form: 'PUPIL_PUPIL',
        mentorKey: present(mentor, `oldest pupil of school ${school.inn}`).key,
        mentees: mentees.slice(-2).map((mentee) => ({ key: mentee.key, inn: school.inn })),
      };
    }
    const mentor = mentorTeacherOf(school.inn);
    const mentee = menteeTeacherOf(school.inn);
    // Every fifth school works as a group: the young teacher and one more colleague.
    const group =
      index % 5 === 4
        ? teachersOf(school.inn)
            .filter((person) => person.key !== mentor.key && person.key !== mentee.key)
            .slice(0, 1)
        : [];
    return {
      ...common,
      key: `2026-young-${school.inn}`,
      form: 'TEACHER_YOUNG_TEACHER',
      mentorKey: mentor.key,
      mentees: [mentee, ...group].map((person) => ({ key: person.key, inn: school.inn })),
    };
  });
  return [...managerPairs, ...completedCohort, ...currentCohort];
}

const demoPeopleByKey = new Map(DEMO_PEOPLE.map((person) => [person.key, person]));
/** A demo staff member by key, which the demo data below names only from DEMO_PEOPLE. */
const demoStaff = (key: string) => present(demoPeopleByKey.get(key), `demo person ${key}`);

const studentBirthDates = new Map(
  demoStudents(schools.map((school) => school.inn)).map((student) => [student.key, student.birthDate]),
);
/** Birth date of a demo participant: staff from DEMO_PEOPLE, pupils from demoStudents. */
export const demoBirthDate = (key: string) => demoPeopleByKey.get(key)?.birthDate ?? studentBirthDates.get(key);

/** A deterministic number 0…span-1 from a key: synthetic values that differ from pair to pair. */
const spread = (key: string, salt: string, span: number) =>
  createHash('sha256').update(`${salt}:${key}`).digest().readUInt16BE(0) % span;

/**
 * The personalised programme of a teachers' or pupils' pair (the «500+» pairs get none: seed 002 describes none).
 * Monitoring and satisfaction are synthetic and vary from pair to pair: some programmes fall short of seed 004's targets,
 * some exceed them. ADAPTATION («адаптации молодого/менее опытного/сменившего место работы специалиста») is measured
 * only where the mentee is a teacher; pupils get ACADEMIC_PROGRESS only.
 */
function addProgramme(em: EntityManager, pair: PairSeed, created: object): void {
  if (!pair.plannedEndDate) return;
  const completed = pair.status === 'COMPLETED';
  const pupils = pair.form === 'PUPIL_PUPIL';
  const progressBefore = 3 + spread(pair.key, 'progress', 8) / 10;
  const adaptationBefore = 30 + spread(pair.key, 'adaptation', 31);
  const programme = em.create(ProgrammeSchema, {
    id: stableId('programme', pair.key),
    pair: created as never,
    deficits: pupils
      ? ['Подготовка к школьному этапу олимпиады']
      : ['Организация урока по ФГОС', 'Работа с родителями'],
    goals: pupils
      ? ['Участие в школьном этапе олимпиады']
      : ['Адаптация в коллективе', 'Самостоятельное проведение уроков'],
    directions: pupils ? ['SUBJECT_CONTENT'] : ['METHODOLOGY', 'CLASS_AND_EXTRACURRICULAR'],
    startDate: pair.startDate,
    endDate: pair.plannedEndDate,
    monitoringBefore: pupils
      ? { ACADEMIC_PROGRESS: progressBefore }
      : { ACADEMIC_PROGRESS: progressBefore, ADAPTATION: adaptationBefore },
    monitoringAfter: completed
      ? {
          ACADEMIC_PROGRESS: Math.round((progressBefore + (spread(pair.key, 'progress-after', 7) - 2) / 10) * 10) / 10,
          ADAPTATION: Math.min(100, adaptationBefore + spread(pair.key, 'adaptation-after', 46) - 5),
        }
      : null,
    // Seed 004's targets are 85 % (mentees) and 70 % (mentors): synthetic values from 55 to 96 and 45 to 94, below and above.
    menteeSatisfaction: completed ? 55 + spread(pair.key, 'mentee', 42) : null,
    mentorSatisfaction: completed ? 45 + spread(pair.key, 'mentor', 50) : null,
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
      title: pupils && index === 1 ? 'Разбор олимпиадных заданий' : title,
      dueDate,
      completedOn: completed || index === 0 ? dueDate : null,
    }),
  );
}

/** A few mentors, not all, have an achievement on file, and none claims a real contest's result. */
const demoAchievement = (key: string) =>
  stableId('demo-achievement', key).charCodeAt(0) % 4 === 0
    ? 'Открытые уроки для молодых коллег своей школы (демо-данные)'
    : null;

interface MentorSeed {
  inn: string;
  forms: Set<Form | 'HEAD_TEACHER'>;
  training?: typeof TEACHER_TRAINING | typeof MANAGER_TRAINING;
  active: boolean;
  head: boolean;
}

function loadMentorsAndPairs(em: EntityManager): void {
  const pairs = pairSeeds();
  const mentors = new Map<string, MentorSeed>();
  const mentorOf = (key: string, inn: string) => {
    const known = mentors.get(key);
    if (known) return known;
    const added: MentorSeed = { inn, forms: new Set(), active: false, head: false };
    mentors.set(key, added);
    return added;
  };
  for (const pair of pairs) {
    const mentor = mentorOf(pair.mentorKey, demoPeopleByKey.get(pair.mentorKey)?.organizationInn ?? pair.inn);
    if (pair.form) mentor.forms.add(pair.form);
    mentor.active ||= pair.status === 'ACTIVE';
    mentor.head ||= pair.project === 'PROJECT_500_PLUS';
  }
  for (const key of trainedCandidates()) {
    const mentor = mentorOf(key, demoStaff(key).organizationInn);
    mentor.forms.add('TEACHER_TEACHER');
    mentor.training = TEACHER_TRAINING;
  }
  for (const key of managerTrainees()) {
    const mentor = mentorOf(key, demoStaff(key).organizationInn);
    // A school head mentors in «руководитель образовательной организации — педагог».
    mentor.forms.add('HEAD_TEACHER');
    mentor.training = MANAGER_TRAINING;
    mentor.head = true;
  }
  for (const [key, mentor] of mentors) {
    const person: DemoPerson | undefined = demoPeopleByKey.get(key);
    // Their trainings are seed 002's courses completed in planning (planning_pub.course_completion), not copied here.
    em.create(MentorProfileSchema, {
      id: stableId('mentor-profile', key),
      personId: personIdOf(key),
      organizationId: organizationIdOf(mentor.inn),
      competencies: mentor.head
        ? ['Управление образовательной организацией']
        : person
          ? [person.employment.position.replace('Учитель ', 'Преподавание '), 'Адаптация молодых педагогов']
          : ['Проектная деятельность', 'Помощь в учёбе'],
      achievements: person ? demoAchievement(key) : null,
      forms: [...mentor.forms],
      capacity: mentor.head ? 1 : 3,
      status: mentor.active ? 'ACTIVE' : mentor.training ? 'TRAINED' : 'CANDIDATE',
      dataOrigin: 'SYNTHETIC',
    });
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
      createdAt: new Date(`${pair.createdOn}T09:00:00Z`),
      dataOrigin: 'SYNTHETIC',
    });
    for (const mentee of pair.mentees) {
      em.create(PairMenteeSchema, {
        id: stableId('pair-mentee', `${pair.key}-${mentee.key}`),
        pair: created,
        personId: personIdOf(mentee.key),
        organizationId: organizationIdOf(mentee.inn),
      });
    }
    for (const participant of [pair.mentorKey, ...pair.mentees.map((mentee) => mentee.key)]) {
      em.create(PairConsentSchema, {
        id: stableId('pair-consent', `${pair.key}-${participant}`),
        pair: created,
        personId: personIdOf(participant),
        givenOn: pair.consentDate,
        // Judged on the order date, as activatePair judges it.
        givenBy: isMinorOn(demoBirthDate(participant), pair.orderDate) ? 'PARENT' : 'PARTICIPANT',
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
      const curator = present(staffOf(school.inn)[1], `deputy head of school ${school.inn}`);
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
    {
      title: 'Педагогический дуэт: наставник и молодой учитель математики',
      summary:
        'Взаимопосещение уроков и совместная разработка заданий формата ОГЭ в паре «педагог — молодой педагог». Демо-данные.',
      inn: present(smolenskSchools[0], 'first Smolensk school').inn,
      form: 'TEACHER_YOUNG_TEACHER',
      year: 2023,
    },
    {
      title: 'Менторская пара руководителей: выход из зоны низких результатов',
      summary: 'Опыт сопровождения директора школы проекта «500+» региональным куратором. Демо-данные.',
      inn: present(smolenskSchools[3], 'fourth Smolensk school').inn,
      form: null,
      year: 2022,
    },
    {
      title: 'Учитель — учитель: взаимопосещение уроков в школе',
      summary: 'График взаимопосещений и разбор уроков наставником и коллегой. Демо-данные.',
      inn: present(smolenskSchools[5], 'sixth Smolensk school').inn,
      form: 'TEACHER_TEACHER',
      year: 2023,
    },
    {
      title: 'Ученик – ученик: подготовка к олимпиадам в разновозрастных группах',
      summary:
        'Старшеклассники сопровождают учеников 5–7 классов при подготовке к школьному этапу олимпиады. Демо-данные.',
      inn: present(
        schools.find((school) => demoRegionOf(school) === '78'),
        'a Saint Petersburg school',
      ).inn,
      form: 'PUPIL_PUPIL',
      year: 2021,
    },
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
