import type { CalendarEntry, CalendarLevel } from './calendar-entry.js';

/**
 * A reporting obligation as the calendar reads it for one scope: its due date and how many of the municipalities that
 * owe it have a valid (not withdrawn) submission. In a municipality's calendar `owed` is 1 (that municipality); in a
 * region's it is the number of the region's municipalities in the registry's published territory view.
 */
export interface ReportDueRow {
  scope_id: string;
  id: string;
  title: string;
  due_date: string;
  region_id: string;
  /** The municipality whose own state this is; null for a region's entry. */
  municipality_id: string | null;
  /** int4 in SQL (count()::int), so a number here. */
  owed: number;
  submitted: number;
  /** ISO day of the municipality's valid submission (a municipality's entry only); null when it has none. */
  submitted_on: string | null;
  /** When the obligation was last edited or a submission of it recorded or withdrawn (ISO 8601). */
  last_modified: string | null;
}

/** Obligations are owed by municipalities: an organization's calendar has none, and costs no statement for them. */
export const levelsWithReportDues: readonly CalendarLevel[] = ['REGION', 'MUNICIPALITY'];

/**
 * The calendar entry of an obligation's due date (срок сдачи документа), kept simple:
 * - in a municipality's calendar, the municipality's own state: completed when it has a valid submission (on time or
 *   late), overdue when the due date passed before today without one; id `obligation:<id>:<municipality id>`;
 * - in a region's calendar, one entry for all its municipalities: completed when every one of them has a valid
 *   submission, overdue when the due date passed before today and some have none; the description says how many
 *   submitted; id `obligation:<id>`.
 */
export function reportDueEntry(row: ReportDueRow, today: string): CalendarEntry {
  const { owed, submitted } = row;
  const completed = owed > 0 && submitted >= owed;
  const overdue = !completed && owed > 0 && row.due_date < today;
  const description =
    row.municipality_id === null
      ? `Сдали ${submitted} из ${owed} муниципальных образований` +
        (completed
          ? '.'
          : overdue
            ? `; не сдали к сроку: ${owed - submitted}.`
            : `; ещё не сдали: ${owed - submitted}.`)
      : row.submitted_on
        ? `Документ представлен ${row.submitted_on}${row.submitted_on > row.due_date ? ' (с опозданием)' : ''}.`
        : overdue
          ? 'Документ не представлен к сроку.'
          : 'Документ ещё не представлен.';
  return {
    id: row.municipality_id === null ? `obligation:${row.id}` : `obligation:${row.id}:${row.municipality_id}`,
    kind: 'REPORT_DUE',
    startDate: row.due_date,
    endDate: row.due_date,
    title: row.title,
    description,
    responsible: null,
    format: null,
    public: false,
    overdue,
    completed,
    eventId: null,
    roadmapItemId: null,
    reportingObligationId: row.id,
    regionId: row.region_id,
    municipalityId: row.municipality_id,
    organizationId: null,
    lastModified: row.last_modified,
  };
}
