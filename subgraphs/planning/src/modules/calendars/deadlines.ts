import { occurrencesBetween } from '../roadmaps/schedule.js';
import type { CalendarEntry } from './calendar-entry.js';

/** A roadmap item as the deadline query reads it: its schedule's structured reading and its valid completions. */
export interface DeadlineRow {
  id: string;
  activity: string;
  expected_result: string | null;
  responsible: string | null;
  due_date: string | null;
  period_start: string | null;
  period_end: string | null;
  /** RFC 5545 RRULE body; null for an item that does not recur. */
  recurrence: string | null;
  start_year: number;
  end_year: number;
  /** Whether the valid completion record of an item that does not recur exists (one not tied to an occurrence), as the roadmap's status counts it. */
  completed: boolean;
  /** The occurrences (ISO days) of a recurring item that have a valid completion record. */
  completed_occurrences: string[];
  /** When a completion record of the item was last recorded or withdrawn (ISO 8601); null when it has none. */
  last_modified: string | null;
  region_id: string | null;
  municipality_id: string | null;
  organization_id: string | null;
}

/**
 * The deadlines of roadmap items that fall in [from, to] (ISO days, inclusive), read with the roadmaps' own schedule
 * reading (`occurrencesBetween`): a one-off item's deadline (its due date, else its period's end), and every occurrence
 * of a recurring item's RFC 5545 rule inside its period and its roadmap's. This is the one place that turns an item
 * into dated deadlines. A deadline is completed when the item (one-off) or that occurrence (recurring) has a valid
 * completion record, and overdue when it passed before today without one.
 * A one-off deadline's id is `deadline:<item id>` (its UID in the feed, so moving the due date updates the same entry);
 * occurrences of a recurring item add their date: `deadline:<item id>:<date>`.
 */
export function deadlinesOf(rows: readonly DeadlineRow[], from: string, to: string, today: string): CalendarEntry[] {
  return rows.flatMap((row) => {
    const recurring = row.recurrence !== null;
    const facts = {
      dueDate: row.due_date,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      recurrence: row.recurrence,
      roadmapStartYear: row.start_year,
      roadmapEndYear: row.end_year,
    };
    return occurrencesBetween(facts, from, to).map((date) => {
      const completed = recurring ? row.completed_occurrences.includes(date) : row.completed;
      return {
        id: recurring ? `deadline:${row.id}:${date}` : `deadline:${row.id}`,
        kind: 'DEADLINE' as const,
        startDate: date,
        endDate: date,
        title: row.activity,
        description: row.expected_result,
        responsible: row.responsible,
        format: null,
        public: false,
        overdue: !completed && date < today,
        completed,
        eventId: null,
        roadmapItemId: row.id,
        reportingObligationId: null,
        regionId: row.region_id,
        municipalityId: row.municipality_id,
        organizationId: row.organization_id,
        lastModified: row.last_modified,
      };
    });
  });
}
