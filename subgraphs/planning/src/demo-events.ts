import { type CatalogueSource, type DataOrigin } from '@mentoring/sources';
import { stableId, type EntityManager } from '@mentoring/platform/database';
import { present } from '@mentoring/platform/graphql';
import {
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  demoRegionOf,
  organizationIdOf,
  personIdOf,
  regionIdOf,
} from '@mentoring/subgraph-registry/demo';
import { EventSchema, type EventKind } from './modules/events/event.entity.js';
import { EventParticipationSchema, type ParticipationStatus } from './modules/events/participation.entity.js';

/** Where a seed prints a roadmap row (the roadmaps' demo data uses the same clauses). */
const SMOLENSK_ROADMAP_TABLE =
  'Слайд «Региональная «дорожная карта»: ключевые мероприятия», таблица «Мероприятие / Сроки / Ответственные / Ожидаемый результат»';
const SPB_ROADMAP_TABLE =
  'Слайды «ДОРОЖНАЯ КАРТА НА 2021-2022 ГОД», таблица «Мероприятие / Дата проведения / Ответственный»';

const organizationNamed = (name: string) =>
  organizationIdOf(present(DEMO_ORGANIZATIONS.find((organization) => organization.name === name)?.inn, name));
const SOIRO = organizationNamed('ГАУ ДПО СОИРО (ЦНППМ)');
const SPB_CENTRE = organizationNamed('Центр развития наставничества СПб АППО');

export interface EventSeed {
  key: string;
  kind: EventKind;
  title: string;
  description: string | null;
  schedule: string | null;
  startDate: string | null;
  endDate: string | null;
  organizerOrganizationId: string;
  organizerName: string | null;
  format: 'ONLINE' | 'OFFLINE' | 'MIXED' | null;
  audienceRoles: ('HEADS' | 'CURATORS' | 'METHODISTS' | 'TEACHERS' | 'MENTORS')[];
  audienceLevels: 'GENERAL'[];
  hours: number | null;
  programme: string | null;
  /** The roadmap row the event fulfils, by the roadmaps' demo keys. */
  roadmapItemKey: string | null;
  regionCode: string;
  note: string | null;
  source: CatalogueSource;
}

/**
 * The events the seeds name, each as printed: the two 2021 courses of seed 002, the start session and the festival of
 * seed 000's roadmap, and seed 004's webinar and the two online seminars its roadmap dates. Dates are the system's
 * reading of the printed words (a month reads as its first to its last day); where a seed prints no date, none is
 * given, and no format, hours or audience the seed does not print.
 */
export const EVENTS: EventSeed[] = [
  {
    key: 'smolensk-2021-teacher-course',
    kind: 'COURSE',
    title: 'Наставничество в системе «учитель – учитель»: от модели к технологии реализации',
    description: null,
    schedule: 'в период с 27 по 30 сентября 2021 года',
    startDate: '2021-09-27',
    endDate: '2021-09-30',
    organizerOrganizationId: SOIRO,
    organizerName: 'ЦНППМПР',
    format: null,
    audienceRoles: ['TEACHERS', 'MENTORS'],
    audienceLevels: ['GENERAL'],
    hours: 24,
    programme: 'Наставничество в системе «учитель – учитель»: от модели к технологии реализации',
    roadmapItemKey: null,
    regionCode: '67',
    note: 'Справка называет 36 учителей – кандидатов в наставники из 18 общеобразовательных организаций, но не называет ни учителей, ни организаций: участники в демо-данных — синтетические (SYNTHETIC).',
    source: {
      document: 'SMOLENSK_REPORT_2021',
      clause: 'Справка, последний абзац',
      quote:
        'ЦНППМПР разработал дополнительную профессиональную программу по теме «Наставничество в системе «учитель – учитель»: от модели к технологии реализации» (24 часа) обучение по которой в период с 27 по 30 сентября 2021 года прошли 36 учителей – кандидатов в наставники по модели «учитель – учитель» из 18 общеобразовательных организаций.',
    },
  },
  {
    key: 'smolensk-2021-manager-course',
    kind: 'COURSE',
    title: 'Управленческое наставничество в системе образования: skillbox руководителя-ментора',
    description: null,
    schedule: 'в период с 19 по 22 октября 2021 года',
    startDate: '2021-10-19',
    endDate: '2021-10-22',
    organizerOrganizationId: SOIRO,
    organizerName: 'ЦНППМПР',
    format: null,
    audienceRoles: ['HEADS'],
    audienceLevels: [],
    // The seed gives no hours for this programme.
    hours: null,
    programme: 'Управленческое наставничество в системе образования: skillbox руководителя-ментора',
    roadmapItemKey: null,
    regionCode: '67',
    note: 'Справка называет 17 прошедших обучение, но не называет ни их, ни их организаций, ни объёма программы в часах: участники в демо-данных — синтетические руководители демонстрационных школ (SYNTHETIC).',
    source: {
      document: 'SMOLENSK_REPORT_2021',
      clause: 'Справка, последний абзац',
      quote:
        'Также центром в период с 19 по 22 октября 2021 года была разработана и реализована дополнительная профессиональная программа «Управленческое наставничество в системе образования: skillbox руководителя-ментора», по которой прошли обучение 17 человек.',
    },
  },
  {
    key: 'smolensk-2023-start-session',
    kind: 'START_SESSION',
    title: 'Старт-сессия для руководителей ОО',
    description: 'Координационные мероприятия',
    schedule: 'Январь 2023',
    startDate: '2023-01-01',
    endDate: '2023-01-31',
    organizerOrganizationId: SOIRO,
    organizerName: 'ЦНППМ',
    format: null,
    audienceRoles: ['HEADS'],
    audienceLevels: [],
    hours: null,
    programme: null,
    roadmapItemKey: 'smolensk-2022-2024-3',
    regionCode: '67',
    note: 'Дорожная карта планирует старт-сессию на январь 2023 года с ожидаемым результатом «Не менее 50% ОО приняли участие»; день, формат и участников она не называет: участие демонстрационных школ — синтетическое (SYNTHETIC).',
    source: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause: `${SMOLENSK_ROADMAP_TABLE}, строка 3`,
      quote:
        'Координационные мероприятия: - Старт-сессия для руководителей ОО\nЯнварь 2023\nЦНППМ\nНе менее 50% ОО приняли участие',
    },
  },
  {
    key: 'smolensk-fest67',
    kind: 'FESTIVAL',
    title: 'Фестиваль «Наставник.fest67@»',
    description: 'Организационно-методические мероприятия',
    schedule: 'В течение календарного года',
    startDate: null,
    endDate: null,
    organizerOrganizationId: SOIRO,
    organizerName: 'ЦНППМ',
    format: null,
    audienceRoles: [],
    audienceLevels: [],
    hours: null,
    programme: null,
    roadmapItemKey: 'smolensk-2022-2024-4',
    regionCode: '67',
    note: 'Дорожная карта на 2022-2024 годы называет фестиваль среди организационно-методических мероприятий «В течение календарного года»; дат проведения она не приводит, поэтому их нет и здесь.',
    source: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause: `${SMOLENSK_ROADMAP_TABLE}, строка 4`,
      quote:
        'Организационно-методические мероприятия: - Вебинары - ПК - Фестиваль «Наставник.fest67@» - Конкурс «Педагогический дуэт»\nВ течение календарного года\nЦНППМ\nНе менее 50% ОО приняли участие',
    },
  },
  {
    key: 'spb-imc-webinar',
    kind: 'WEBINAR',
    title: '«ДОРОЖНАЯ КАРТА» ВНЕДРЕНИЯ ЕДИНОЙ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА В ОУ',
    description: 'вебинар для специалистов ИМЦ',
    schedule: null,
    startDate: null,
    endDate: null,
    organizerOrganizationId: SPB_CENTRE,
    organizerName: 'Центр развития наставничества СПб АППО',
    format: 'ONLINE',
    audienceRoles: ['METHODISTS'],
    audienceLevels: [],
    hours: null,
    programme: null,
    roadmapItemKey: null,
    regionCode: '78',
    note: 'Дата вебинара в документе не указана.',
    source: {
      document: 'SPB_ROADMAP_WEBINAR',
      clause: 'Титульный слайд',
      quote: '«ДОРОЖНАЯ КАРТА» ВНЕДРЕНИЯ ЕДИНОЙ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА В ОУ\nвебинар для специалистов ИМЦ',
    },
  },
  {
    key: 'spb-2021-imc-curators-seminar',
    kind: 'ONLINE_SEMINAR',
    title:
      'Внедрение целевой модели наставничества в общеобразовательных организациях Санкт-Петербурга: методология, опыт и перспективы',
    description:
      'Проведение онлайн-семинара для кураторов ИМЦ «Внедрение целевой модели наставничества в общеобразовательных организациях Санкт-Петербурга: методология, опыт и перспективы»',
    schedule: '16 сентября 2021',
    startDate: '2021-09-16',
    endDate: '2021-09-16',
    organizerOrganizationId: SPB_CENTRE,
    organizerName: 'Центр развития наставничества СПб АППО',
    format: 'ONLINE',
    audienceRoles: ['CURATORS', 'METHODISTS'],
    audienceLevels: [],
    hours: null,
    programme: null,
    roadmapItemKey: 'spb-2021-2022-1',
    regionCode: '78',
    note: null,
    source: {
      document: 'SPB_ROADMAP_WEBINAR',
      clause: `${SPB_ROADMAP_TABLE}, строка 1`,
      quote:
        'Проведение онлайн-семинара для кураторов ИМЦ «Внедрение целевой модели наставничества в общеобразовательных организациях Санкт-Петербурга: методология, опыт и перспективы»\n16 сентября 2021\nЦентр развития наставничества СПб АППО',
    },
  },
  {
    key: 'spb-2022-interregional-seminar',
    kind: 'SEMINAR',
    title: 'Корреляция программ воспитания и ЕЦМН в ОУ',
    description: 'Проведение межрегионального семинара в режиме онлайн «Корреляция программ воспитания и ЕЦМН в ОУ»',
    schedule: 'февраль 2022',
    startDate: '2022-02-01',
    endDate: '2022-02-28',
    organizerOrganizationId: SPB_CENTRE,
    organizerName: 'Центр развития наставничества СПб АППО',
    format: 'ONLINE',
    audienceRoles: [],
    audienceLevels: [],
    hours: null,
    programme: null,
    roadmapItemKey: 'spb-2021-2022-15',
    regionCode: '78',
    note: 'Ответственным дорожная карта называет специалиста по УМР Центра развития наставничества СПб АППО; день семинара и его участников она не называет.',
    source: {
      document: 'SPB_ROADMAP_WEBINAR',
      clause: `${SPB_ROADMAP_TABLE}, строка 15`,
      quote:
        'Проведение межрегионального семинара в режиме онлайн «Корреляция программ воспитания и ЕЦМН в ОУ»\nфевраль 2022\nМиусов В.А., специалист по УМР Центра развития наставничества СПб АППО',
    },
  },
];

const smolenskSchools = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.kind === 'GENERAL_EDUCATION' && demoRegionOf(organization) === '67',
);
const staffOf = (inn: string) => DEMO_PEOPLE.filter((person) => person.organizationInn === inn);
const teachersOf = (inn: string) => staffOf(inn).filter((person) => person.employment.isPedagogical);
const headOf = (inn: string) =>
  present(
    staffOf(inn).find((person) => person.key.endsWith('-0')),
    `head of ${inn}`,
  );
const longestCareerTeacherOf = (inn: string) =>
  present(
    [...teachersOf(inn)]
      .sort(
        (a, b) =>
          (b.employment.teachingExperienceStart ?? '').localeCompare(a.employment.teachingExperienceStart ?? '') ||
          a.key.localeCompare(b.key),
      )
      .at(-1),
    `longest-career teacher of ${inn}`,
  );

/** One synthetic participation: a person of a demo school (or the school itself when person is null). */
interface ParticipationSeed {
  eventKey: string;
  organizationInn: string;
  personKey: string | null;
  status: ParticipationStatus;
}

/**
 * Who took part, all SYNTHETIC (fictional people of fictional schools): the same 36 teachers of 18 schools and 17
 * heads whom mentoring's demo data gives the two 2021 courses as trainings (chosen the same way: two teachers per
 * school who mentor no demo pair; heads of schools outside «500+»), and the heads of 60% of the Smolensk demo schools
 * at the January 2023 start session (another 20% registered only).
 */
export function participationSeeds(): ParticipationSeed[] {
  const teachers = smolenskSchools.slice(0, 18).flatMap((school) =>
    teachersOf(school.inn)
      .filter((person) => person.key !== longestCareerTeacherOf(school.inn).key)
      .sort((a, b) => a.key.localeCompare(b.key))
      .slice(0, 2)
      .map((person) => ({
        eventKey: 'smolensk-2021-teacher-course',
        organizationInn: school.inn,
        personKey: person.key,
        status: 'COMPLETED' as const,
      })),
  );
  const projectSchools = smolenskSchools.filter((school) => school.tags.includes('500+'));
  const curatorSchools = smolenskSchools
    .filter((school) => !school.tags.includes('500+') && !school.tags.includes('ШНОР'))
    .filter((_, index) => index % 3 === 0)
    .slice(0, projectSchools.length);
  const inProject = new Set([...projectSchools, ...curatorSchools].map((school) => school.inn));
  const managers = smolenskSchools
    .filter((school) => !inProject.has(school.inn))
    .slice(0, 17)
    .map((school) => ({
      eventKey: 'smolensk-2021-manager-course',
      organizationInn: school.inn,
      personKey: headOf(school.inn).key,
      status: 'COMPLETED' as const,
    }));
  const startSession = smolenskSchools.flatMap((school, index) =>
    index % 5 < 4
      ? [
          {
            eventKey: 'smolensk-2023-start-session',
            organizationInn: school.inn,
            personKey: headOf(school.inn).key,
            status: index % 5 < 3 ? ('ATTENDED' as const) : ('REGISTERED' as const),
          },
        ]
      : [],
  );
  return [...teachers, ...managers, ...startSession];
}

export async function loadDemoEvents(em: EntityManager): Promise<void> {
  for (const seed of EVENTS) {
    em.create(EventSchema, {
      id: stableId('event', seed.key),
      kind: seed.kind,
      title: seed.title,
      description: seed.description,
      schedule: seed.schedule,
      startDate: seed.startDate,
      endDate: seed.endDate,
      organizerOrganizationId: seed.organizerOrganizationId,
      organizerName: seed.organizerName,
      format: seed.format,
      audienceRoles: seed.audienceRoles,
      audienceLevels: seed.audienceLevels,
      hours: seed.hours,
      programme: seed.programme,
      roadmapItem: seed.roadmapItemKey ? stableId('roadmap-item', seed.roadmapItemKey) : null,
      regionId: regionIdOf(seed.regionCode),
      municipalityId: null,
      organizationId: null,
      note: seed.note,
      source: seed.source,
      dataOrigin: 'SEED',
      createdBy: null,
    });
  }
  const origin: DataOrigin = 'SYNTHETIC';
  for (const seed of participationSeeds()) {
    em.create(EventParticipationSchema, {
      id: stableId(
        'event-participation',
        `${seed.eventKey}-${seed.organizationInn}-${seed.personKey ?? 'organization'}`,
      ),
      event: stableId('event', seed.eventKey),
      organizationId: organizationIdOf(seed.organizationInn),
      personId: seed.personKey ? personIdOf(seed.personKey) : null,
      status: seed.status,
      registeredBy: null,
      attendanceRecordedBy: null,
      attendanceRecordedAt: null,
      dataOrigin: origin,
    });
  }
  await em.flush();
}
