import { type CatalogueSource } from '@mentoring/sources';
import { stableId, type EntityManager } from '@mentoring/platform/database';
import { DEMO_MUNICIPALITIES, municipalityIdOf, regionIdOf } from '@mentoring/subgraph-registry/demo';
import { ReportingObligationSchema, type ReportingDocumentKind } from './modules/submissions/obligation.entity.js';
import { ReportSubmissionSchema } from './modules/submissions/submission.entity.js';

/**
 * Seed 000's roadmap row «Муниципальный план / отчет — До 25 декабря 2022 / до 15 июня 2023 — ОМСУ»: one printed row,
 * two documents every municipality (ОМСУ) owes the region. The title is the row's activity as printed, for both: the
 * seed names the plan and the report in one cell and no other words for either.
 */
const ROW: CatalogueSource = {
  document: 'SMOLENSK_ROADMAP_PRESENTATION',
  clause:
    'Слайд «Региональная «дорожная карта»: ключевые мероприятия», таблица «Мероприятие / Сроки / Ответственные / Ожидаемый результат», строка 1',
  quote:
    'Муниципальный план / отчет\nДо 25 декабря 2022 / до 15 июня 2023\nОМСУ\nРазработаны муниципальные планы / предоставлены отчеты',
};

export interface ObligationSeed {
  key: string;
  kind: ReportingDocumentKind;
  title: string;
  dueDate: string;
  /** Which synthetic submissions the demo records: on time, late, or none (a municipality's index, cycled). */
  pattern: ('ON_TIME' | 'LATE' | 'MISSING')[];
  onTime: string;
  late: string;
}

export const OBLIGATIONS: ObligationSeed[] = [
  {
    key: 'smolensk-2022-municipal-plan',
    kind: 'PLAN',
    title: 'Муниципальный план / отчет',
    dueDate: '2022-12-25',
    pattern: ['ON_TIME', 'ON_TIME', 'LATE', 'MISSING'],
    onTime: '2022-12-23',
    late: '2023-01-16',
  },
  {
    key: 'smolensk-2023-municipal-report',
    kind: 'REPORT',
    title: 'Муниципальный план / отчет',
    dueDate: '2023-06-15',
    pattern: ['ON_TIME', 'LATE', 'MISSING'],
    onTime: '2023-06-14',
    late: '2023-06-29',
  },
];

/** Smolensk's demo municipalities in a stable order: the synthetic submissions cycle through them. */
export const smolenskMunicipalities = () =>
  DEMO_MUNICIPALITIES.filter((municipality) => municipality.regionCode === '67').sort((a, b) =>
    a.oktmo.localeCompare(b.oktmo),
  );

/** The synthetic submissions, per obligation: which municipality, on which day, or none. */
export function submissionSeeds() {
  return OBLIGATIONS.flatMap((obligation) =>
    smolenskMunicipalities().flatMap((municipality, index) => {
      const outcome = obligation.pattern[index % obligation.pattern.length];
      if (outcome === 'MISSING' || outcome === undefined) return [];
      return [
        {
          obligation,
          municipality,
          outcome,
          submittedOn: outcome === 'ON_TIME' ? obligation.onTime : obligation.late,
        },
      ];
    }),
  );
}

/** The two obligations of seed 000, quoted, and synthetic submissions of Smolensk's municipalities (some on time, some late, some missing). */
export async function loadDemoSubmissions(em: EntityManager): Promise<void> {
  for (const seed of OBLIGATIONS)
    em.create(ReportingObligationSchema, {
      id: stableId('reporting-obligation', seed.key),
      regionId: regionIdOf('67'),
      kind: seed.kind,
      title: seed.title,
      dueDate: seed.dueDate,
      roadmapItem: stableId('roadmap-item', 'smolensk-2022-2024-1'),
      source: ROW,
      dataOrigin: 'SEED',
      createdBy: null,
    });
  for (const { obligation, municipality, submittedOn } of submissionSeeds())
    em.create(ReportSubmissionSchema, {
      id: stableId('report-submission', `${obligation.key}-${municipality.oktmo}`),
      obligation: stableId('reporting-obligation', obligation.key),
      municipalityId: municipalityIdOf(municipality.oktmo),
      submittedOn,
      documentTitle: `${obligation.kind === 'PLAN' ? 'Муниципальный план' : 'Отчёт'}: ${municipality.name} (демо-данные, SYNTHETIC)`,
      documentUrl: null,
      documentNumber: null,
      documentDate: null,
      submittedBy: null,
      submittedByRole: null,
      onBehalf: false,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalReason: null,
      dataOrigin: 'SYNTHETIC',
    });
  await em.flush();
}
