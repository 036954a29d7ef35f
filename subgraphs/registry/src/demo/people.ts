import { createHash } from 'node:crypto';
import type { CatalogueSource } from '@mentoring/sources';
import { stableId } from '@mentoring/platform/database';
import { present } from '@mentoring/platform/graphql';
import { DEMO_ORGANIZATIONS } from './organizations.js';

export interface DemoEmployment {
  position: string;
  isPedagogical: boolean;
  startDate: string;
  teachingExperienceStart: string | null;
}

export interface DemoPerson {
  key: string;
  organizationInn: string;
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  email: string;
  phone: string;
  employment: DemoEmployment;
  /** Items of a publication consent (fullName, position, organization), or none. */
  published: string[];
}

export const personIdOf = (key: string) => stableId('person', key);

/** Obviously made-up surnames («Выдумкин», «Примеров»), so no demo teacher passes for a real person. */
const SURNAMES = [
  'Демов',
  'Примеров',
  'Выдумкин',
  'Вымыслов',
  'Придумов',
  'Макетов',
  'Образчиков',
  'Условнов',
  'Эскизов',
  'Черновиков',
  'Набросков',
  'Шаблонов',
  'Заготовкин',
  'Пробин',
  'Пустышкин',
  'Макетин',
  'Модельков',
  'Фантазиев',
  'Небылицын',
  'Сочинялов',
  'Примеркин',
  'Выдумов',
  'Демонстров',
  'Пробников',
  'Условкин',
];
const FEMALE_NAMES = [
  'Анна',
  'Елена',
  'Ольга',
  'Татьяна',
  'Наталья',
  'Ирина',
  'Светлана',
  'Мария',
  'Екатерина',
  'Юлия',
  'Людмила',
  'Галина',
];
const MALE_NAMES = ['Александр', 'Сергей', 'Андрей', 'Дмитрий', 'Алексей', 'Владимир', 'Игорь', 'Николай', 'Михаил'];
const FATHERS = [
  ['Александрович', 'Александровна'],
  ['Сергеевич', 'Сергеевна'],
  ['Андреевич', 'Андреевна'],
  ['Дмитриевич', 'Дмитриевна'],
  ['Алексеевич', 'Алексеевна'],
  ['Владимирович', 'Владимировна'],
  ['Игоревич', 'Игоревна'],
  ['Николаевич', 'Николаевна'],
  ['Михайлович', 'Михайловна'],
] as const;
const SUBJECTS = [
  'математики',
  'русского языка и литературы',
  'начальных классов',
  'истории и обществознания',
  'физики',
  'английского языка',
  'биологии',
  'информатики',
];

/** Deterministic "random" numbers from a key, so every start builds the same people. */
function numbers(key: string): number[] {
  return [...createHash('sha256').update(key).digest()];
}

/** The entry of a non-empty list that a seed picks, going round the list. */
const pick = <T>(list: readonly T[], seed: number, what: string): T => present(list[seed % list.length], what);

/** A Russian full name in the grammatical gender of the person, picked by three seeds. */
function russianName(female: boolean, surnameSeed: number, firstNameSeed: number, fatherSeed: number) {
  const surname = pick(SURNAMES, surnameSeed, 'demo surname');
  const father = pick(FATHERS, fatherSeed, 'demo patronymic');
  return {
    lastName: female ? `${surname}а` : surname,
    firstName: female
      ? pick(FEMALE_NAMES, firstNameSeed, 'demo female first name')
      : pick(MALE_NAMES, firstNameSeed, 'demo male first name'),
    middleName: female ? father[1] : father[0],
  };
}

const date = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Reference year of the demo: the 2026/27 school year. */
const SCHOOL_YEAR = 2026;

function demoPerson(inn: string, index: number): DemoPerson {
  const key = `${inn}-${index}`;
  const [n0, n1, n2, n3, n4, n5, n6, n7] = numbers(key) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const female = index === 0 ? n0 % 2 === 0 : n0 % 5 !== 0;
  // One teacher in six starts their career: under 35 with under 3 years, the seed 000 indicator's denominator.
  const young = index >= 2 && n4 % 6 === 0;
  const age = young ? 22 + (n5 % 10) : index < 2 ? 40 + (n5 % 22) : 26 + (n5 % 38);
  const experience = young ? n6 % 3 : Math.max(3, Math.min(age - 22, 3 + (n6 % 35)));
  const position =
    index === 0
      ? 'Директор'
      : index === 1
        ? 'Заместитель директора по учебно-воспитательной работе'
        : `Учитель ${SUBJECTS[(n2 + index) % SUBJECTS.length]}`;
  const pedagogical = index >= 2;
  const experienceStart = date(SCHOOL_YEAR - experience, young ? 9 : 8, young ? 1 : 15);
  return {
    key,
    organizationInn: inn,
    ...russianName(female, n1, n2, n3),
    birthDate: date(SCHOOL_YEAR - age, 1 + (n7 % 12), 1 + (n5 % 28)),
    // Fictional contacts: a reserved domain (RFC 2606) and the non-existent code 000.
    email: `staff${index + 1}.${inn}@demo.example`,
    phone: `+7 (000) ${String(100 + (n6 % 900))}-${String(10 + (n7 % 90))}-${String(10 + (n1 % 90))}`,
    employment: {
      position,
      isPedagogical: pedagogical,
      startDate: young ? experienceStart : date(SCHOOL_YEAR - Math.min(experience, 10), 8, 25),
      teachingExperienceStart: pedagogical ? experienceStart : null,
    },
    published: pedagogical && n7 % 5 < 2 ? ['fullName', 'position', 'organization', 'mentorProfile'] : [],
  };
}

/**
 * Eight fictional people in every (fictional) demo school: the head, a deputy (curator candidate) and six teachers.
 * All SYNTHETIC: generated names, dates and contacts; no fact about any real person.
 */
export const DEMO_PEOPLE: DemoPerson[] = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.kind === 'GENERAL_EDUCATION',
).flatMap((school) => Array.from({ length: 8 }, (_, index) => demoPerson(school.inn, index)));

/**
 * A real official named in the seeds, with only what the seeds print: the name as printed (initials where the seed
 * gives initials), the position, the organization, and the appointment with its order exactly as the seed gives it —
 * no order where the seed gives none. No birth date, e-mail, phone or start of employment: the seeds print none
 * (or, for Боброва Е. А. and the Центр развития наставничества, a contact the system has no need to repeat).
 */
export interface DemoOfficial {
  key: string;
  lastName: string;
  /** Null where the seed prints initials only. */
  firstName: string | null;
  middleName: string | null;
  /** Initials as printed («Т. А.»), where first and middle name are not printed. */
  initials: string | null;
  organizationInn: string;
  /** The position in the seed's words (in the nominative case where the seed inflects it). */
  position: string;
  /** The passage naming the person. */
  source: CatalogueSource;
  /** The appointment a seed makes of this person; null where no seed appoints the person (only their post is printed). */
  appointment: {
    kind: 'MUNICIPAL_COORDINATOR' | 'REGIONAL_OPERATOR';
    regionCode?: string;
    municipalityOktmo?: string;
    /** The order as the seed gives it; null where the seeds give no order making this appointment. */
    order: { number: string; date: string; issuedByInn: string } | null;
    /** The passage making or naming the appointment. */
    source: CatalogueSource;
  } | null;
}

const byShortName = (shortName: string) =>
  present(
    DEMO_ORGANIZATIONS.find((organization) => organization.shortName === shortName),
    `demo organization «${shortName}»`,
  ).inn;

export const DEMO_OFFICIALS: DemoOfficial[] = [
  {
    key: 'znamensky-coordinator',
    lastName: 'Пехтерева',
    firstName: null,
    middleName: null,
    initials: 'Т. А.',
    organizationInn: byShortName('Отдел образования Знаменского района'),
    position: 'Главный специалист отдела образования администрации Знаменского района',
    source: {
      document: 'ZNAMENSKY_ORDER_96D',
      clause: 'Приказ, п. 2',
      quote:
        'Назначить Пехтереву Т. А., главного специалиста отдела образования администрации Знаменского района, муниципальным координатором',
    },
    appointment: {
      kind: 'MUNICIPAL_COORDINATOR',
      municipalityOktmo: '54618000',
      // The seed prints «№ 96 -Д» of «29 апреля 2022 года»; the number is kept without the stray space (quotes are compared without whitespace).
      order: { number: '96-Д', date: '2022-04-29', issuedByInn: byShortName('Отдел образования Знаменского района') },
      source: {
        document: 'ZNAMENSKY_ORDER_96D',
        clause: 'Приказ, п. 2',
        quote:
          'Назначить Пехтереву Т. А., главного специалиста отдела образования администрации Знаменского района, муниципальным координатором по организации работы по внедрению муниципальной целевой модели наставничества педагогических работников в образовательных организациях Знаменского района.',
      },
    },
  },
  {
    key: 'smolensk-cnppm-head',
    lastName: 'Боброва',
    firstName: 'Елена',
    middleName: 'Анатольевна',
    initials: null,
    organizationInn: byShortName('ГАУ ДПО СОИРО (ЦНППМ)'),
    position: 'начальник ЦНППМ',
    source: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause: 'Титульный слайд',
      quote: 'Боброва Елена Анатольевна, к.п.н., … начальник ЦНППМ',
    },
    // No appointment: «ЦНППМ – оператор» (seed 000) makes the centre the operator, not its head, and приказ № 235-Од
    // of 15.03.2022 approves the Положение, appointing nobody. She stays with her printed position at the centre.
    appointment: null,
  },
  {
    key: 'spb-centre-head',
    lastName: 'Зайцева',
    firstName: 'Кристина',
    middleName: 'Сергеевна',
    initials: null,
    organizationInn: byShortName('СПб АППО (Центр развития наставничества)'),
    position: 'руководитель Центра развития наставничества',
    source: {
      document: 'SPB_ROADMAP_WEBINAR',
      clause: 'Контакты Центра развития наставничества',
      quote: 'Зайцева Кристина Сергеевна, руководитель Центра развития наставничества',
    },
    // No appointment: распоряжение № 1457-р of 27.07.2020 creates the centre on the base of СПб АППО (the organization),
    // appointing nobody. She stays with her printed position at the centre.
    appointment: null,
  },
];

/** Candidates for the regional methodical association: about 1.3 % of Smolensk's pedagogical workers (seed 000: «1,3%»). */
export const RMA_CANDIDATE_SHARE = 0.013;

export interface DemoStudent extends Pick<
  DemoPerson,
  'key' | 'organizationInn' | 'lastName' | 'firstName' | 'middleName' | 'birthDate'
> {
  grade: number;
}

/** Six pupils of grades 5–11 in each school of St Petersburg and Знаменский район (seed 004's indicators count children of 10–19). */
export function demoStudents(schoolInns: string[]): DemoStudent[] {
  return schoolInns.flatMap((inn) =>
    Array.from({ length: 6 }, (_, index) => {
      const key = `${inn}-student-${index}`;
      const [n0, n1, n2, n3] = numbers(key) as [number, number, number, number];
      const grade = 5 + (n0 % 7);
      return {
        key,
        organizationInn: inn,
        ...russianName(n1 % 2 === 0, n2, n3, n3),
        birthDate: date(SCHOOL_YEAR - grade - 6, 1 + (n1 % 12), 1 + (n2 % 28)),
        grade,
      };
    }),
  );
}
