import { stableId, type DemoData, type EntityManager } from '@mentoring/platform';
import { DEMO_ORGANIZATIONS, DEMO_PEOPLE, demoRegionOf, demoStudents, organizationIdOf, personIdOf, type DemoPerson } from '@mentoring/platform/demo';
import { MentoringFormSchema } from './modules/forms/form.entity.js';
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

type Form = 'TEACHER_TEACHER' | 'HEAD_HEAD' | 'TEACHER_YOUNG_TEACHER' | 'PUPIL_PUPIL';

export interface PairSeed {
  key: string;
  form: Form;
  status: 'ACTIVE' | 'COMPLETED';
  inn: string;
  mentorKey: string;
  /** Mentee keys with the INN of their organization. */
  mentees: { key: string; inn: string }[];
  startDate: string;
  plannedEndDate: string;
  orderNumber: string;
}

const TEACHER_TRAINING = {
  programme: 'Наставничество в системе «учитель – учитель»: от модели к технологии реализации',
  provider: 'ЦНППМПР ГАУ ДПО СОИРО',
  hours: 24,
  completedOn: '2021-09-30',
};
const MANAGER_TRAINING = {
  programme: 'Управленческое наставничество в системе образования: skillbox руководителя-ментора',
  provider: 'ЦНППМПР ГАУ ДПО СОИРО',
  hours: 24,
  completedOn: '2021-10-22',
};

/** The youngest-career teacher of a school: a young specialist when the school has one. */
const menteeTeacherOf = (inn: string) =>
  [...teachersOf(inn)].sort((a, b) => (b.employment.teachingExperienceStart ?? '').localeCompare(a.employment.teachingExperienceStart ?? ''))[0]!;
const mentorTeacherOf = (inn: string) =>
  [...teachersOf(inn)].sort((a, b) => (a.employment.teachingExperienceStart ?? '').localeCompare(b.employment.teachingExperienceStart ?? ''))[0]!;

/**
 * Seed 002: 36 teachers trained as mentors in September 2021 in 18 schools
 * (учитель–учитель, completed), nine «500+» manager pairs — heads of other
 * schools mentoring the heads of the «500+» schools — and a current cohort in
 * 112 Smolensk schools and in the other regions' schools, some as groups.
 */
export function pairSeeds(): PairSeed[] {
  const trainedCohort = smolenskSchools.slice(0, 18).flatMap((school) => {
    const [first, second, third, fourth] = [...teachersOf(school.inn)].sort((a, b) => a.key.localeCompare(b.key));
    const couples: [DemoPerson, DemoPerson][] = [
      [first!, third!],
      [second!, fourth!],
    ];
    return couples.map(([mentor, mentee], number) => ({
      key: `2021-teacher-${school.inn}-${number + 1}`,
      form: 'TEACHER_TEACHER' as const,
      status: 'COMPLETED' as const,
      inn: school.inn,
      mentorKey: mentor.key,
      mentees: [{ key: mentee.key, inn: school.inn }],
      startDate: '2021-11-01',
      plannedEndDate: '2022-05-31',
      orderNumber: `${112 + number}-од`,
    }));
  });
  const managerMentors = smolenskSchools.filter((school) => !school.tags.includes('500+') && !school.tags.includes('ШНОР'));
  const managerPairs = smolenskSchools
    .filter((school) => school.tags.includes('500+'))
    .map((school, index) => ({
      key: `500plus-${school.inn}`,
      form: 'HEAD_HEAD' as const,
      status: 'ACTIVE' as const,
      inn: school.inn,
      mentorKey: staffOf(managerMentors[index * 3]!.inn)[0]!.key,
      mentees: [{ key: staffOf(school.inn)[0]!.key, inn: school.inn }],
      startDate: '2026-09-01',
      plannedEndDate: '2027-06-30',
      orderNumber: '850-ОД',
    }));
  const withProgrammes = [
    ...smolenskSchools.filter((_, index) => index % 8 < 3).slice(0, SMOLENSK_SCHOOLS_WITH_PROGRAMMES),
    ...schools.filter((school) => demoRegionOf(school) !== '67'),
  ];
  const currentCohort = withProgrammes.map((school, index) => {
    const pupils = demoRegionOf(school) !== '67' && index % 3 === 2;
    if (pupils) {
      const [mentor, ...mentees] = [...demoStudents([school.inn])].sort((a, b) => a.grade - b.grade).reverse();
      return {
        key: `2026-pupils-${school.inn}`,
        form: 'PUPIL_PUPIL' as const,
        status: 'ACTIVE' as const,
        inn: school.inn,
        mentorKey: mentor!.key,
        mentees: mentees.slice(-2).map((mentee) => ({ key: mentee.key, inn: school.inn })),
        startDate: '2026-10-01',
        plannedEndDate: '2027-05-31',
        orderNumber: `${200 + index}-од`,
      };
    }
    const mentor = mentorTeacherOf(school.inn);
    const mentee = menteeTeacherOf(school.inn);
    // Every fifth school works as a group: the young teacher and one more colleague.
    const group = index % 5 === 4 ? teachersOf(school.inn).filter((person) => person.key !== mentor.key && person.key !== mentee.key).slice(0, 1) : [];
    return {
      key: `2026-young-${school.inn}`,
      form: 'TEACHER_YOUNG_TEACHER' as const,
      status: 'ACTIVE' as const,
      inn: school.inn,
      mentorKey: mentor.key,
      mentees: [mentee, ...group].map((person) => ({ key: person.key, inn: school.inn })),
      startDate: '2026-10-01',
      plannedEndDate: '2027-05-31',
      orderNumber: `${200 + index}-од`,
    };
  });
  return [...trainedCohort, ...managerPairs, ...currentCohort];
}

function addProgramme(em: EntityManager, pair: PairSeed, created: object): void {
  const completed = pair.status === 'COMPLETED';
  const programme = em.create(ProgrammeSchema, {
    id: stableId('programme', pair.key),
    pair: created as never,
    deficits: pair.form === 'HEAD_HEAD' ? ['Управление качеством образования в школе с низкими результатами'] : ['Организация урока по ФГОС', 'Работа с родителями'],
    goals: pair.form === 'HEAD_HEAD' ? ['Программа выхода школы из кризисной ситуации'] : ['Адаптация в коллективе', 'Самостоятельное проведение уроков'],
    directions: pair.form === 'HEAD_HEAD' ? ['METHODOLOGY'] : ['METHODOLOGY', 'CLASS_AND_EXTRACURRICULAR'],
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

function loadMentorsAndPairs(em: EntityManager): void {
  const pairs = pairSeeds();
  const mentors = new Map<string, { inn: string; forms: Set<Form>; training?: typeof TEACHER_TRAINING; active: boolean }>();
  for (const pair of pairs) {
    const entry = mentors.get(pair.mentorKey) ?? { inn: pair.inn, forms: new Set<Form>(), active: false };
    entry.forms.add(pair.form);
    entry.active ||= pair.status === 'ACTIVE';
    if (pair.form === 'TEACHER_TEACHER') entry.training = TEACHER_TRAINING;
    if (pair.form === 'HEAD_HEAD') {
      entry.training = MANAGER_TRAINING;
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
      achievements: person ? 'Участник конкурса «Педагогический дуэт»' : null,
      forms: [...mentor.forms],
      capacity: mentor.forms.has('HEAD_HEAD') ? 1 : 3,
      status: mentor.active ? 'ACTIVE' : mentor.training ? 'TRAINED' : 'CANDIDATE',
    });
    if (mentor.training) em.create(TrainingRecordSchema, { id: stableId('training', key), mentor: profile, ...mentor.training });
  }
  for (const pair of pairs) {
    const created = em.create(MentoringPairSchema, {
      id: stableId('mentoring-pair', pair.key),
      form: em.getReference(MentoringFormSchema, pair.form),
      formats: pair.mentees.length > 1 ? ['GROUP'] : ['TRADITIONAL'],
      status: pair.status,
      organizationId: organizationIdOf(pair.inn),
      mentorPersonId: personIdOf(pair.mentorKey),
      startDate: pair.startDate,
      plannedEndDate: pair.plannedEndDate,
      endedOn: pair.status === 'COMPLETED' ? pair.plannedEndDate : null,
      terminationReason: null,
      mentorConsentDate: pair.startDate,
      orderNumber: pair.orderNumber,
      orderDate: pair.startDate,
    });
    for (const mentee of pair.mentees) {
      em.create(PairMenteeSchema, { id: stableId('pair-mentee', `${pair.key}-${mentee.key}`), pair: created, personId: personIdOf(mentee.key), organizationId: organizationIdOf(mentee.inn) });
    }
    addProgramme(em, pair, created);
  }
}

/** Schools with programmes, every school of Знаменский район (100 %, seed 003) and of St Petersburg have adopted the положение. */
function loadSystems(em: EntityManager): void {
  const adopted = new Set(pairSeeds().map((pair) => pair.inn));
  for (const school of schools) {
    const region = demoRegionOf(school);
    if (!adopted.has(school.inn) && region === '67') continue;
    const curator = staffOf(school.inn)[1]!;
    em.create(OrganizationSystemSchema, {
      organizationId: organizationIdOf(school.inn),
      regulationOrderNumber: region === '57' ? '45-од' : '61-од',
      regulationOrderDate: region === '57' ? '2022-05-13' : '2022-09-01',
      regulationUrl: null,
      curatorPersonId: personIdOf(curator.key),
      hasMethodicalAssociation: school.inn.endsWith('1') || school.inn.endsWith('5'),
      websiteSectionUrl: `https://school-${school.inn}.edu.example/nastavnichestvo`,
    });
  }
}

const byShortName = (shortName: string) => DEMO_ORGANIZATIONS.find((organization) => organization.shortName === shortName)!.inn;

/** A few practices of the regional banks (seed 000: банк эффективных практик; seed 004: конкурс лучших практик 2021). */
function loadPractices(em: EntityManager): void {
  const practices = [
    { title: 'Педагогический дуэт: наставник и молодой учитель математики', summary: 'Взаимопосещение уроков и совместная разработка заданий формата ОГЭ в паре «учитель – молодой учитель».', inn: smolenskSchools[0]!.inn, form: 'TEACHER_YOUNG_TEACHER', year: 2023, awards: ['Победитель регионального конкурса «Педагогический дуэт»'] },
    { title: 'Менторская пара руководителей: выход из зоны низких результатов', summary: 'Опыт сопровождения директора школы проекта «500+» региональным куратором.', inn: smolenskSchools[3]!.inn, form: 'HEAD_HEAD', year: 2022, awards: [] },
    { title: 'Наставник.fest67: фестиваль как форма обмена опытом', summary: 'Организация муниципального этапа фестиваля наставнических практик.', inn: byShortName('ГАУ ДПО СОИРО (ЦНППМ)'), form: null, year: 2023, awards: [] },
    { title: 'Ученик – ученик: подготовка к олимпиадам в разновозрастных группах', summary: 'Старшеклассники сопровождают учеников 5–7 классов при подготовке к школьному этапу олимпиады.', inn: schools.find((school) => demoRegionOf(school) === '78')!.inn, form: 'PUPIL_PUPIL', year: 2021, awards: ['Лауреат городского конкурса лучших практик наставничества 2021'] },
  ];
  practices.forEach((practice, index) => {
    const author = staffOf(practice.inn)[2];
    em.create(PracticeSchema, {
      id: stableId('practice', String(index)),
      title: practice.title,
      summary: practice.summary,
      organizationId: organizationIdOf(practice.inn),
      authorPersonIds: author ? [personIdOf(author.key)] : [],
      form: practice.form ? em.getReference(MentoringFormSchema, practice.form as Form) : null,
      year: practice.year,
      materialsUrl: null,
      awards: practice.awards,
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
