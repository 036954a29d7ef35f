import { type CatalogueSource } from '@mentoring/sources';
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
import {
  ContestApplicationSchema,
  type ContestApplication,
  type ContestResult,
} from './modules/contests/application.entity.js';
import { ContestSchema, type Contest } from './modules/contests/contest.entity.js';
import { ContestJurorSchema } from './modules/contests/juror.entity.js';
import { ContestNominationSchema } from './modules/contests/nomination.entity.js';
import { ContestScoreSchema } from './modules/contests/score.entity.js';

const SMOLENSK_ROADMAP_ROW_4: CatalogueSource = {
  document: 'SMOLENSK_ROADMAP_PRESENTATION',
  clause:
    'Слайд «Региональная «дорожная карта»: ключевые мероприятия», таблица «Мероприятие / Сроки / Ответственные / Ожидаемый результат», строка 4',
  quote:
    'Организационно-методические мероприятия: - Вебинары - ПК - Фестиваль «Наставник.fest67@» - Конкурс «Педагогический дуэт»\nВ течение календарного года\nЦНППМ',
};

const SPB_PILOT_CONTEST: CatalogueSource = {
  document: 'SPB_ROADMAP_WEBINAR',
  clause:
    'Слайды «РЕАЛИЗАЦИЯ ПИЛОТНОГО ПРОЕКТА ВНЕДРЕНИЯ НАСТАВНИЧЕСТВА В САНКТ-ПЕТЕРБУРГЕ» и «РЕАЛИЗАЦИЯ ПРОГРАММ НАСТАВНИЧЕСТВА В ГОУ САНКТ-ПЕТЕРБУРГА»',
  quote:
    'Проведение конкурса лучших практик наставничества (сентябрь-октябрь 2021 г.).\n- Создание банка эффективных практик ГОУ - участников пилотного проекта (октябрь 2021 г.). … Конкурс (ежегодно, сентябрь-октябрь).\n- Создание банка эффективных практик наставничества в ГОУ.',
};

const SPB_ROADMAP_ROW_20: CatalogueSource = {
  document: 'SPB_ROADMAP_WEBINAR',
  clause:
    'Слайды «ДОРОЖНАЯ КАРТА НА 2021-2022 ГОД», таблица «Мероприятие / Дата проведения / Ответственный», строка 20',
  quote:
    'Проведение заочного конкурса лучших практик реализации программ наставничества в общеобразовательных организациях Санкт-Петербурга\nиюнь 2022\nЦентр развития наставничества СПб АПО',
};

const smolenskSchools = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.kind === 'GENERAL_EDUCATION' && demoRegionOf(organization) === '67',
);
const school = (index: number) => present(smolenskSchools[index], `Smolensk demo school ${index}`);

/**
 * The 2026/27 «педагог — молодой педагог» pairs of the first three Smolensk demo schools, by mentoring's demo key
 * (`2026-young-<ИНН>`, stableId 'mentoring-pair'); a test holds them present in mentoring_pub.
 */
export const DUET_APPLICANTS = [0, 1, 2].map((index) => ({
  pairId: stableId('mentoring-pair', `2026-young-${school(index).inn}`),
  organizationId: organizationIdOf(school(index).inn),
}));

/** The demo jury: the heads (fictional) of three other Smolensk demo schools, so none scores their own school's pair. */
export const DUET_JURY = [5, 6, 7].map((index) =>
  personIdOf(present(DEMO_PEOPLE.find((person) => person.organizationInn === school(index).inn)?.key, 'a head')),
);

/** Synthetic scores per applicant (rows) and juror (columns) on the 0–10 scale, and the results they led to. */
const DUET_SCORES = [
  [9, 10, 9],
  [8, 7, 9],
  [6, 7, 6],
];
const DUET_RESULTS: ContestResult[] = ['WINNER', 'PRIZE_WINNER', 'PARTICIPANT'];

export const DUET_CONTEST_ID = stableId('contest', 'smolensk-2026-pedagogical-duet');
export const SMOLENSK_PRACTICE_CONTEST_ID = stableId('contest', 'smolensk-2026-best-practice-demo');

/** Teachers (fictional) of a Smolensk demo school: the school's demo people after its head and deputy. */
const teachersOf = (index: number) =>
  DEMO_PEOPLE.filter((person) => person.organizationInn === school(index).inn)
    .slice(2)
    .map((person) => person.key);

/**
 * Two synthetic practice proposals of the synthetic Smolensk best-practice contest: the first wins and so enters the
 * bank of practices (mentoring's Query.practices reads planning_pub.contest_practice); the second takes part. Their
 * authors are fictional teachers of the applying schools; the jurors are the duet's, heads of other schools.
 */
export const PRACTICE_PROPOSALS = [
  {
    key: 'smolensk-2026-best-practice-demo-0',
    schoolIndex: 3,
    title: 'Адаптация молодого педагога через совместное планирование уроков (ДЕМО)',
    summary:
      'СИНТЕТИЧЕСКИЙ пример для демонстрации: наставник и молодой педагог еженедельно вместе планируют уроки и разбирают их после посещения.',
    formCode: 'TEACHER_YOUNG_TEACHER',
    authorKeys: teachersOf(3).slice(0, 2),
    result: 'WINNER' as ContestResult,
    scores: [9, 9, 10],
  },
  {
    key: 'smolensk-2026-best-practice-demo-1',
    schoolIndex: 4,
    title: 'Методический клуб «педагог — педагог» (ДЕМО)',
    summary:
      'СИНТЕТИЧЕСКИЙ пример для демонстрации: ежемесячные встречи педагогов школы для обмена опытом по программе наставничества.',
    formCode: 'PEDAGOGUE_PEDAGOGUE',
    authorKeys: teachersOf(4).slice(0, 1),
    result: 'PARTICIPANT' as ContestResult,
    scores: [6, 7, 6],
  },
];
export const SPB_BEST_PRACTICE_CONTEST_ID = stableId('contest', 'spb-2021-best-practice');
export const SPB_2022_CORRESPONDENCE_CONTEST_ID = stableId('contest', 'spb-2022-correspondence-best-practice');

/** The demo jury (DUET_JURY) seated on a contest, and each application's synthetic scores by juror, in jury order. */
function seatJuryAndScore(
  em: EntityManager,
  contest: Contest,
  key: string,
  scored: { application: ContestApplication; scores: readonly number[]; key: string }[],
): void {
  const jurors = DUET_JURY.map((personId, index) =>
    em.create(ContestJurorSchema, {
      id: stableId('contest-juror', `${key}-${index}`),
      contest,
      personId,
      dataOrigin: 'SYNTHETIC',
    }),
  );
  for (const { application, scores, key: applicationKey } of scored)
    jurors.forEach((juror, column) =>
      em.create(ContestScoreSchema, {
        id: stableId('contest-score', `${applicationKey}-${column}`),
        application,
        juror,
        score: present(scores[column], `score ${applicationKey}/${column}`),
        enteredBy: null,
        dataOrigin: 'SYNTHETIC',
      }),
    );
}

/**
 * Four contests. A SYNTHETIC Smolensk best-practice contest of 2026 whose winning proposal enters the bank of
 * practices (no seed describes a Smolensk best-practice contest). The Smolensk «Педагогический дуэт» of 2026: seed 000 names the contest among the 2022–2024 roadmap's
 * organisational-methodical events «В течение календарного года» and gives it no year of its own, so its year, stages,
 * scale, nominations, jury, applications, scores and results are SYNTHETIC (the contest is marked so); it stays in
 * 2026 because its synthetic applicants are mentoring's 2026/27 demo pairs, which did not exist in 2022–2024. The St
 * Petersburg contest of best practices 2021 as seed 004 prints it (сентябрь-октябрь 2021 г.), and seed 004's
 * «заочный конкурс лучших практик» of June 2022 from the 2021–2022 roadmap table: no stages, scale, participants or
 * winners, because the seed reports none.
 */
export async function loadDemoContests(em: EntityManager): Promise<void> {
  const duet = em.create(ContestSchema, {
    id: DUET_CONTEST_ID,
    kind: 'PEDAGOGICAL_DUET',
    title: 'Педагогический дуэт',
    year: 2026,
    regionId: regionIdOf('67'),
    municipalityId: null,
    event: null,
    schedule: null,
    applicationsFrom: '2026-10-05',
    applicationsUntil: '2026-10-30',
    evaluationFrom: '2026-11-02',
    evaluationUntil: '2026-11-13',
    resultsOn: '2026-11-20',
    scoreMin: 0,
    scoreMax: 10,
    scoreStep: 1,
    scoringClosedAt: new Date('2026-11-13T15:00:00Z'),
    resultsPublishedAt: new Date('2026-11-20T09:00:00Z'),
    note: 'СИНТЕТИЧЕСКИЕ демо-данные: дорожная карта (seed 000) называет Конкурс «Педагогический дуэт» среди организационно-методических мероприятий «В течение календарного года»; год, этапы, шкала, номинация, жюри, заявки, оценки и итоги придуманы для демонстрации. Дорожная карта рассчитана на 2022-2024 годы, но год конкурса она не называет; демо-конкурс оставлен в 2026 году, потому что его заявители — демо-пары 2026/27 учебного года.',
    source: SMOLENSK_ROADMAP_ROW_4,
    dataOrigin: 'SYNTHETIC',
    createdBy: null,
  });
  const nomination = em.create(ContestNominationSchema, {
    id: stableId('contest-nomination', 'smolensk-2026-duet-young'),
    contest: duet,
    title: 'Наставник и молодой педагог (ДЕМО)',
    position: 1,
  });
  seatJuryAndScore(
    em,
    duet,
    'smolensk-2026-duet',
    DUET_APPLICANTS.map((applicant, row) => ({
      key: `smolensk-2026-duet-${row}`,
      scores: present(DUET_SCORES[row], `scores ${row}`),
      application: em.create(ContestApplicationSchema, {
        id: stableId('contest-application', `smolensk-2026-duet-${row}`),
        contest: duet,
        nomination,
        pairId: applicant.pairId,
        practiceId: null,
        organizationId: applicant.organizationId,
        result: present(DUET_RESULTS[row], `result ${row}`),
        dataOrigin: 'SYNTHETIC',
        createdBy: null,
      }),
    })),
  );
  const practiceContest = em.create(ContestSchema, {
    id: SMOLENSK_PRACTICE_CONTEST_ID,
    kind: 'BEST_PRACTICE',
    title: 'Конкурс лучших практик наставничества (ДЕМО)',
    year: 2026,
    regionId: regionIdOf('67'),
    municipalityId: null,
    event: null,
    schedule: null,
    applicationsFrom: '2026-09-01',
    applicationsUntil: '2026-09-30',
    evaluationFrom: '2026-10-01',
    evaluationUntil: '2026-10-20',
    resultsOn: '2026-10-30',
    scoreMin: 0,
    scoreMax: 10,
    scoreStep: 1,
    scoringClosedAt: new Date('2026-10-20T15:00:00Z'),
    resultsPublishedAt: new Date('2026-10-30T09:00:00Z'),
    note: 'СИНТЕТИЧЕСКИЕ демо-данные: ни один источник не описывает конкурс лучших практик в Смоленской области; конкурс, его этапы, шкала, заявки, авторы, оценки и итоги придуманы, чтобы показать, как победитель конкурса попадает в банк практик.',
    source: null,
    dataOrigin: 'SYNTHETIC',
    createdBy: null,
  });
  seatJuryAndScore(
    em,
    practiceContest,
    'smolensk-2026-best-practice-demo',
    PRACTICE_PROPOSALS.map((proposal) => ({
      key: proposal.key,
      scores: proposal.scores,
      application: em.create(ContestApplicationSchema, {
        id: stableId('contest-application', proposal.key),
        contest: practiceContest,
        nomination: null,
        pairId: null,
        practiceId: null,
        proposalTitle: proposal.title,
        proposalSummary: proposal.summary,
        proposalFormCode: proposal.formCode,
        proposalAuthorPersonIds: proposal.authorKeys.map(personIdOf),
        proposalMaterialsUrl: null,
        organizationId: organizationIdOf(school(proposal.schoolIndex).inn),
        result: proposal.result,
        dataOrigin: 'SYNTHETIC',
        createdBy: null,
      }),
    })),
  );
  em.create(ContestSchema, {
    id: SPB_BEST_PRACTICE_CONTEST_ID,
    kind: 'BEST_PRACTICE',
    title: 'Конкурс лучших практик наставничества',
    year: 2021,
    regionId: regionIdOf('78'),
    municipalityId: null,
    event: null,
    schedule: 'сентябрь-октябрь 2021 г.',
    applicationsFrom: null,
    applicationsUntil: null,
    evaluationFrom: null,
    evaluationUntil: null,
    resultsOn: null,
    scoreMin: null,
    scoreMax: null,
    scoreStep: 1,
    scoringClosedAt: null,
    resultsPublishedAt: null,
    note: 'Вебинар (seed 004) на слайде «РЕАЛИЗАЦИЯ ПИЛОТНОГО ПРОЕКТА ВНЕДРЕНИЯ НАСТАВНИЧЕСТВА В САНКТ-ПЕТЕРБУРГЕ» называет проведение конкурса лучших практик наставничества (сентябрь-октябрь 2021 г.) и следом — создание банка эффективных практик. «Конкурс (ежегодно, сентябрь-октябрь)» напечатан на другом слайде («РЕАЛИЗАЦИЯ ПРОГРАММ НАСТАВНИЧЕСТВА В ГОУ САНКТ-ПЕТЕРБУРГА») без названия конкурса; что это тот же конкурс лучших практик, проводимый ежегодно, — прочтение системы, а не слова источника. Этапов, шкалы оценок, участников и победителей вебинар не приводит, поэтому их нет и здесь.',
    source: SPB_PILOT_CONTEST,
    dataOrigin: 'SEED',
    createdBy: null,
  });
  em.create(ContestSchema, {
    id: SPB_2022_CORRESPONDENCE_CONTEST_ID,
    kind: 'BEST_PRACTICE',
    title:
      'Заочный конкурс лучших практик реализации программ наставничества в общеобразовательных организациях Санкт-Петербурга',
    year: 2022,
    regionId: regionIdOf('78'),
    municipalityId: null,
    event: null,
    schedule: 'июнь 2022',
    applicationsFrom: null,
    applicationsUntil: null,
    evaluationFrom: null,
    evaluationUntil: null,
    resultsOn: null,
    scoreMin: null,
    scoreMax: null,
    scoreStep: 1,
    scoringClosedAt: null,
    resultsPublishedAt: null,
    note: 'Строка таблицы «ДОРОЖНАЯ КАРТА НА 2021-2022 ГОД» вебинара (seed 004): «Проведение заочного конкурса лучших практик реализации программ наставничества в общеобразовательных организациях Санкт-Петербурга», июнь 2022, ответственный — Центр развития наставничества СПб АПО. Этапов, шкалы оценок, участников и победителей таблица не приводит, поэтому их нет и здесь.',
    source: SPB_ROADMAP_ROW_20,
    dataOrigin: 'SEED',
    createdBy: null,
  });
  await em.flush();
}
