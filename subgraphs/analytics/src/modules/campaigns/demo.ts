import { stableId, type EntityManager } from '@mentoring/platform/database';
import { DEMO_ORGANIZATIONS, demoRegionOf, organizationIdOf, regionIdOf } from '@mentoring/subgraph-registry/demo';
import type { CatalogueSource, DataOrigin } from '@mentoring/sources';
import { IndicatorSchema } from '../indicators/indicator.entity.js';
import { CampaignAnswerSchema } from './answer.entity.js';
import { MonitoringCampaignSchema, type MonitoringCampaign } from './campaign.entity.js';
import { CampaignQuestionSchema, type CampaignQuestion } from './question.entity.js';
import { CampaignSubmissionSchema, type SubmissionStatus } from './submission.entity.js';

/** Keys of the demo campaigns: their ids are stableId('monitoring-campaign', key). */
export const SMOLENSK_2021_CAMPAIGN = 'smolensk-2021-h1';
export const SMOLENSK_2022_START_CAMPAIGN = 'smolensk-2022-start';

export const campaignIdOf = (key: string) => stableId('monitoring-campaign', key);
export const submissionIdOf = (campaignKey: string, inn: string) =>
  stableId('campaign-submission', `${campaignKey}:${inn}`);

/** Seed 002: the 2021 monitoring found 112 of the 300 organizations implementing mentoring programmes. */
export const SMOLENSK_2021_PARTICIPANTS = 300;
export const SMOLENSK_2021_YES = 112;

const REPORT_2021 = (quote: string): CatalogueSource => ({
  document: 'SMOLENSK_REPORT_2021',
  clause: 'Справка о реализации … целевой модели наставничества педагогических работников в 2021 году, абзац 1',
  quote,
});

const ROADMAP_CLAUSE = 'Региональная «дорожная карта»: ключевые мероприятия';

/** The demo general-education schools of Смоленская область (300 in the demo registry, across its 27 municipalities). */
const smolenskSchools = () =>
  DEMO_ORGANIZATIONS.filter(
    (organization) => organization.kind === 'GENERAL_EDUCATION' && demoRegionOf(organization) === '67',
  );

/**
 * Which schools answer «yes» is synthetic: the seed gives only the count. The 112 are spread evenly over the list
 * (the i-th school says yes when ⌊(i+1)·112/300⌋ passes a whole number), so every run picks the same ones.
 */
export const answersYes2021 = (index: number, count: number) =>
  Math.floor(((index + 1) * SMOLENSK_2021_YES) / count) > Math.floor((index * SMOLENSK_2021_YES) / count);

/** The synthetic mix of statuses of the 2022 start monitoring, by a school's position in the list. */
function status2022(index: number): SubmissionStatus {
  const slot = index % 20;
  if (slot < 11) return 'ACCEPTED_BY_OPERATOR';
  if (slot < 14) return 'ACCEPTED_BY_COORDINATOR';
  if (slot < 16) return 'SUBMITTED';
  if (slot === 16) return 'RETURNED';
  if (slot === 17) return 'DRAFT';
  return 'NOT_STARTED';
}

const december2022 = (day: number) => `2022-12-${String(day).padStart(2, '0')}`;

function question(
  em: EntityManager,
  campaign: MonitoringCampaign,
  key: string,
  fields: Pick<CampaignQuestion, 'position' | 'code' | 'text' | 'kind' | 'required' | 'aggregation'> & {
    indicatorCode: string | null;
    dataOrigin: DataOrigin;
    source: CatalogueSource | null;
  },
): CampaignQuestion {
  const { indicatorCode, ...rest } = fields;
  return em.create(CampaignQuestionSchema, {
    ...rest,
    id: stableId('campaign-question', `${key}:${fields.code}`),
    campaign,
    options: [],
    maxLength: fields.kind === 'TEXT' ? 2000 : null,
    indicator: indicatorCode ? em.getReference(IndicatorSchema, indicatorCode) : null,
  });
}

/**
 * (a) The 2021 monitoring of seed 002 in Смоленская область: 300 accepted forms of the demo schools, 112 answering
 * yes to the question bound to ORGS_IMPLEMENTING_TEACHER_MENTORING (SHARE_YES); which schools is synthetic.
 * (b) The start monitoring of seed 000 (15–25 December 2022), its questions from the expected results, with a
 * synthetic mix of statuses. The campaigns and seed questions are SEED with their source; forms and answers SYNTHETIC.
 */
export async function loadCampaignDemo(em: EntityManager): Promise<void> {
  const schools = smolenskSchools();
  const regionId = regionIdOf('67');

  const campaign2021 = em.create(MonitoringCampaignSchema, {
    id: campaignIdOf(SMOLENSK_2021_CAMPAIGN),
    title:
      'Мониторинг «Доля школ, реализующих целевую модель наставничества педагогических работников» (1 полугодие 2021 года)',
    regionId,
    regionCode: '67',
    status: 'CLOSED',
    // «в 1 полугодии»: the seed gives the half-year, not the days; every deadline is its last day.
    periodStart: '2021-01-01',
    periodEnd: '2021-06-30',
    opensOn: '2021-01-01',
    organizationDeadline: '2021-06-30',
    coordinatorDeadline: '2021-06-30',
    operatorDeadline: '2021-06-30',
    targetKinds: ['GENERAL_EDUCATION'],
    participationIndicator: null,
    dataOrigin: 'SEED',
    source: REPORT_2021(
      'В рамках достижения целевого показателя «Доля школ, реализующих целевую модель наставничества педагогических работников» центр непрерывного повышения профессионального мастерства педагогических работников (далее – ЦНППМПР) в 1 полугодии провел мониторинг.',
    ),
  });
  const implementing = question(em, campaign2021, SMOLENSK_2021_CAMPAIGN, {
    position: 1,
    code: 'IMPLEMENTS_MENTORING_PROGRAMMES',
    text: 'В организации реализуются программы наставничества, либо присутствуют элементы наставнической деятельности в рамках общего плана работы по развитию кадрового потенциала',
    kind: 'YES_NO',
    required: true,
    indicatorCode: 'ORGS_IMPLEMENTING_TEACHER_MENTORING',
    aggregation: 'SHARE_YES',
    dataOrigin: 'SEED',
    source: REPORT_2021(
      'По данным мониторинга было выявлено 112 общеобразовательных организаций, в которых реализуются программы наставничества, либо присутствуют элементы наставнической деятельности в рамках общего плана работы по развитию кадрового потенциала.',
    ),
  });
  for (const [index, school] of schools.slice(0, SMOLENSK_2021_PARTICIPANTS).entries()) {
    const submission = em.create(CampaignSubmissionSchema, {
      id: submissionIdOf(SMOLENSK_2021_CAMPAIGN, school.inn),
      campaign: campaign2021,
      organizationId: organizationIdOf(school.inn),
      // Accepted, as the ЦНППМПР reported the results; the days are not in the seed and are left empty.
      status: 'ACCEPTED_BY_OPERATOR',
      returnReason: null,
      submittedOn: null,
      returnedOn: null,
      coordinatorAcceptedOn: null,
      operatorAcceptedOn: null,
      dataOrigin: 'SYNTHETIC',
    });
    em.create(CampaignAnswerSchema, {
      id: stableId('campaign-answer', `${SMOLENSK_2021_CAMPAIGN}:${school.inn}:${implementing.code}`),
      submission,
      question: implementing,
      yesValue: answersYes2021(index, SMOLENSK_2021_PARTICIPANTS),
      numberValue: null,
      choiceValue: null,
      textValue: null,
      dataOrigin: 'SYNTHETIC',
    });
  }

  const start2022 = em.create(MonitoringCampaignSchema, {
    id: campaignIdOf(SMOLENSK_2022_START_CAMPAIGN),
    title: 'Стартовый мониторинг (сбор информации) по внедрению системы наставничества',
    regionId,
    regionCode: '67',
    status: 'CLOSED',
    // «15-25 декабря 2022» for the whole chain ЦНППМ – оператор ОМСУ – координатор ОО: every level by the 25th.
    periodStart: null,
    periodEnd: '2022-12-25',
    opensOn: '2022-12-15',
    organizationDeadline: '2022-12-25',
    coordinatorDeadline: '2022-12-25',
    operatorDeadline: '2022-12-25',
    targetKinds: ['GENERAL_EDUCATION'],
    // The roadmap's own expected result of this campaign: «100% ОО приняли участие».
    participationIndicator: em.getReference(IndicatorSchema, 'START_MONITORING_PARTICIPATION'),
    dataOrigin: 'SEED',
    source: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause: ROADMAP_CLAUSE,
      quote:
        'Стартовый мониторинг (сбор информации) по внедрению системы наставничества 15-25 декабря 2022 ЦНППМ – оператор ОМСУ – координатор ОО – заполнение форм',
    },
  });
  const regulation = question(em, start2022, SMOLENSK_2022_START_CAMPAIGN, {
    position: 1,
    code: 'HAS_LOCAL_REGULATION',
    text: 'ОО имеет локальное положение о наставничестве',
    kind: 'YES_NO',
    required: true,
    indicatorCode: null,
    aggregation: null,
    dataOrigin: 'SEED',
    source: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause: `${ROADMAP_CLAUSE}, ожидаемый результат`,
      quote: '100% ОО имеют локальное положение о наставничестве',
    },
  });
  const regulationUrl = question(em, start2022, SMOLENSK_2022_START_CAMPAIGN, {
    position: 2,
    code: 'REGULATION_URL',
    text: 'Ссылка на положение о наставничестве на сайте ОО',
    kind: 'URL',
    required: false,
    indicatorCode: null,
    aggregation: null,
    dataOrigin: 'SYNTHETIC',
    source: null,
  });
  for (const [index, school] of schools.entries()) {
    const status = status2022(index);
    const sent = status !== 'NOT_STARTED' && status !== 'DRAFT';
    const submittedDay = 15 + (index % 11);
    const coordinatorDay = Math.min(25, submittedDay + 1);
    const submission = em.create(CampaignSubmissionSchema, {
      id: submissionIdOf(SMOLENSK_2022_START_CAMPAIGN, school.inn),
      campaign: start2022,
      organizationId: organizationIdOf(school.inn),
      status,
      returnReason: status === 'RETURNED' ? 'Не приложена ссылка на положение о наставничестве (демо-данные)' : null,
      submittedOn: sent ? december2022(submittedDay) : null,
      returnedOn: status === 'RETURNED' ? december2022(coordinatorDay) : null,
      coordinatorAcceptedOn:
        status === 'ACCEPTED_BY_COORDINATOR' || status === 'ACCEPTED_BY_OPERATOR' ? december2022(coordinatorDay) : null,
      operatorAcceptedOn: status === 'ACCEPTED_BY_OPERATOR' ? december2022(25) : null,
      dataOrigin: 'SYNTHETIC',
    });
    if (status === 'NOT_STARTED') continue;
    const hasRegulation = index % 5 !== 4;
    em.create(CampaignAnswerSchema, {
      id: stableId('campaign-answer', `${SMOLENSK_2022_START_CAMPAIGN}:${school.inn}:${regulation.code}`),
      submission,
      question: regulation,
      yesValue: hasRegulation,
      numberValue: null,
      choiceValue: null,
      textValue: null,
      dataOrigin: 'SYNTHETIC',
    });
    if (hasRegulation && status !== 'RETURNED')
      em.create(CampaignAnswerSchema, {
        id: stableId('campaign-answer', `${SMOLENSK_2022_START_CAMPAIGN}:${school.inn}:${regulationUrl.code}`),
        submission,
        question: regulationUrl,
        yesValue: null,
        numberValue: null,
        choiceValue: null,
        // example.org is reserved for examples: no real school's site.
        textValue: `https://demo-school-${index + 1}.example.org/nastavnichestvo/polozhenie.pdf`,
        dataOrigin: 'SYNTHETIC',
      });
  }
  await em.flush();
}
