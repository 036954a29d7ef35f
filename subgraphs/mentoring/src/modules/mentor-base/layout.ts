import type { ColumnSpec } from '@mentoring/platform/tabular';

/** The columns of the form «База наставников», приложение 3 к приказу отдела образования Знаменского района № 96-Д (seed 003). */
export const MENTOR_BASE_HEADERS = [
  '№ п/п',
  'Ф.И.О наставника',
  'Место работы',
  'Основные компетенции наставника',
  'Важные для программы достижения наставника',
  'Ф.И.О наставляемого (наставляемых)',
  'Форма наставничества',
  'Место работы наставляемого',
] as const;

export type MentorBaseField =
  | 'number'
  | 'mentorName'
  | 'mentorWorkplace'
  | 'competencies'
  | 'achievements'
  | 'menteeNames'
  | 'form'
  | 'menteeWorkplaces';

export const MENTOR_BASE_COLUMNS: ColumnSpec<MentorBaseField>[] = [
  { field: 'number', headers: [MENTOR_BASE_HEADERS[0]], required: false },
  { field: 'mentorName', headers: [MENTOR_BASE_HEADERS[1], 'ФИО наставника'], required: true },
  { field: 'mentorWorkplace', headers: [MENTOR_BASE_HEADERS[2]], required: true },
  { field: 'competencies', headers: [MENTOR_BASE_HEADERS[3]], required: true },
  { field: 'achievements', headers: [MENTOR_BASE_HEADERS[4]], required: false, maxLength: 2000 },
  { field: 'menteeNames', headers: [MENTOR_BASE_HEADERS[5], 'ФИО наставляемого'], required: false },
  { field: 'form', headers: [MENTOR_BASE_HEADERS[6]], required: false },
  { field: 'menteeWorkplaces', headers: [MENTOR_BASE_HEADERS[7]], required: false },
];

/** Cells listing several values (mentees, competencies, forms) separate them with semicolons. */
export const LIST_SEPARATOR = '; ';
export const splitList = (cell: string | undefined) =>
  (cell ?? '')
    .split(/\s*;\s*/)
    .map((value) => value.trim())
    .filter(Boolean);

/** Form names compared without case, with any dash and any spacing around it («Учитель-учитель» is «учитель — учитель»). */
export const normaliseFormName = (name: string) =>
  name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s*[‐-―-]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The «Форма наставничества» cell of a project pair without a form: the project, not an invented form
 * (the «500+» менторские пары руководителей of seed 002 are pairs of a project).
 */
export const projectLabel = (projectName: string) => `проект «${projectName}»`;
