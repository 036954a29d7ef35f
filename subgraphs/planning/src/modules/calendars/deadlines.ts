import type { CalendarEntry } from './calendar-entry.js';

/** A roadmap item as the deadline query reads it. */
export interface DeadlineRow {
  id: string;
  activity: string;
  expected_result: string | null;
  responsible: string | null;
  due_date: string;
  completed: boolean;
  /** When a completion record of the item was last recorded or withdrawn (ISO 8601); null when it has none. */
  last_modified: string | null;
  region_id: string | null;
  municipality_id: string | null;
  organization_id: string | null;
}

/**
 * The deadlines of roadmap items that fall in [from, to] (ISO days, inclusive): today one per item, its due date.
 * This is the one place that turns an item into dated deadlines, so a recurrence rule (RFC 5545) plugs in here.
 * A deadline is overdue when it passed before today and the item has no valid completion record.
 * A one-off deadline's id is `deadline:<item id>` (its UID in the feed, so moving the due date updates the same entry);
 * occurrences of a recurring item add their date: `deadline:<item id>:<date>`.
 */
export function deadlinesOf(rows: readonly DeadlineRow[], from: string, to: string, today: string): CalendarEntry[] {
  return rows
    .filter((row) => row.due_date >= from && row.due_date <= to)
    .map((row) => ({
      id: `deadline:${row.id}`,
      kind: 'DEADLINE' as const,
      startDate: row.due_date,
      endDate: row.due_date,
      title: row.activity,
      description: row.expected_result,
      responsible: row.responsible,
      format: null,
      public: false,
      overdue: !row.completed && row.due_date < today,
      completed: row.completed,
      eventId: null,
      roadmapItemId: row.id,
      regionId: row.region_id,
      municipalityId: row.municipality_id,
      organizationId: row.organization_id,
      lastModified: row.last_modified,
    }));
}
