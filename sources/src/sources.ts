/**
 * The documents catalogue entries are quoted from. The seeds are the
 * regulation users will check the system against, so every catalogue entry
 * (form, format, measure, appointment kind, definition, roadmap item) names
 * its document, clause and the document's own words instead of a paraphrase.
 */
export type SourceDocumentCode =
  'SMOLENSK_ROADMAP_PRESENTATION' | 'SMOLENSK_REPORT_2021' | 'ZNAMENSKY_ORDER_96D' | 'SPB_ROADMAP_WEBINAR' | 'R145';

export interface SourceDocument {
  /** The title as the document prints it (what `Source.document` shows). */
  title: string;
  /** Number of the seed file that holds the text (`../shared/seeds/<seed>_*.txt`); null for a document not among the seeds. */
  seed: '000' | '002' | '003' | '004' | null;
}

export const SOURCE_DOCUMENTS: Record<SourceDocumentCode, SourceDocument> = {
  SMOLENSK_ROADMAP_PRESENTATION: {
    title:
      'ЦНППМ (ГАУ ДПО СОИРО), Смоленская область: «Реализация регионального плана мероприятий по внедрению и развитию системы наставничества педагогических работников образовательных организаций»',
    seed: '000',
  },
  SMOLENSK_REPORT_2021: {
    title:
      'Справка о реализации на базе центра непрерывного повышения профессионального мастерства педагогических работников ГАУ ДПО СОИРО целевой модели наставничества педагогических работников в 2021 году',
    seed: '002',
  },
  ZNAMENSKY_ORDER_96D: {
    title:
      'Приказ отдела образования администрации Знаменского района Орловской области от 29 апреля 2022 года № 96-Д «Об организации работы по внедрению целевой модели наставничества педагогических работников в образовательных организациях Знаменского района»',
    seed: '003',
  },
  SPB_ROADMAP_WEBINAR: {
    title:
      'Центр развития наставничества СПб АППО: «"Дорожная карта" внедрения единой целевой модели наставничества в ОУ» (вебинар для специалистов ИМЦ)',
    seed: '004',
  },
  R145: {
    title:
      'Распоряжение Министерства просвещения Российской Федерации от 25 декабря 2019 года № Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся…»',
    seed: null,
  },
};

/** A catalogue entry's source as stored in code and migrations. */
export interface CatalogueSource {
  document: SourceDocumentCode;
  /** Section, clause, table or slide, e.g. «Приложение 1 (Положение), 3. Формы наставничества». */
  clause: string;
  /** The document's own words; «…» marks an omission (a table cell split across lines, words left out). */
  quote: string;
}

/** The GraphQL `Source` object: the document by its printed title. */
export interface SourceView {
  document: string;
  clause: string;
  quote: string;
}

export const sourceView = (source: CatalogueSource): SourceView => ({
  document: SOURCE_DOCUMENTS[source.document].title,
  clause: source.clause,
  quote: source.quote,
});

export const documentByTitle = (title: string): SourceDocument | undefined =>
  Object.values(SOURCE_DOCUMENTS).find((document) => document.title === title);

/**
 * Whether a record states what a seed prints (SEED), is made up for the
 * demonstration (SYNTHETIC), or was entered by the system's users (ENTERED).
 */
export const DATA_ORIGINS = ['SEED', 'SYNTHETIC', 'ENTERED'] as const;
export type DataOrigin = (typeof DATA_ORIGINS)[number];
