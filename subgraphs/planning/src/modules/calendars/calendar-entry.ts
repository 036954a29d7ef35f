/** Whose calendar: a region, a municipality or an organization, by its registry id. */
export type CalendarLevel = 'REGION' | 'MUNICIPALITY' | 'ORGANIZATION';

/**
 * Запись календаря: an event on its dates, one deadline of a roadmap item, or a reporting obligation's due date (срок
 * сдачи документа). Built from SQL rows, never stored.
 */
export interface CalendarEntry {
  /**
   * `event:<event id>`, `deadline:<item id>`, (a recurrence's occurrence) `deadline:<item id>:<date>`, (an obligation
   * in a region's calendar) `obligation:<obligation id>` or (in a municipality's) `obligation:<obligation id>:<municipality id>`:
   * stable, so calendars and the iCalendar feed agree.
   */
  id: string;
  kind: 'EVENT' | 'DEADLINE' | 'REPORT_DUE';
  startDate: string;
  endDate: string;
  title: string;
  description: string | null;
  responsible: string | null;
  format: 'ONLINE' | 'OFFLINE' | 'MIXED' | null;
  public: boolean;
  overdue: boolean;
  completed: boolean;
  eventId: string | null;
  roadmapItemId: string | null;
  reportingObligationId: string | null;
  regionId: string | null;
  municipalityId: string | null;
  organizationId: string | null;
  /** ISO 8601 timestamp of the last known change (a deadline's completion recorded or withdrawn); null when unknown. */
  lastModified: string | null;
}
