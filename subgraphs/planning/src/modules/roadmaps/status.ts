import type { RoadmapItemStatus } from '../../__generated__/types.generated.js';
import { allOccurrences, periodEndOf, periodStartOf, type ScheduleFacts } from './schedule.js';

/** What a status is derived from: the item's schedule reading, its roadmap's period, and its valid completion records. */
export interface StatusFacts extends ScheduleFacts {
  /**
   * Occurrences (deadlines) with a valid completion record; for an item that does not recur, `null` stands for its
   * one record.
   */
  completed: ReadonlySet<string | null>;
}

/**
 * Статус мероприятия, never stored. DONE only with completion records; otherwise the dates speak, and only about what
 * is recorded (OVERDUE: the date passed and no completion is recorded — not "not done"). Dates are ISO days, compared
 * as text; a deadline's own day is still in time.
 *
 * Only records on the item's current schedule count: for an item that does not recur, its record without an occurrence;
 * for a recurring one, records on its current occurrences (a record left from an earlier schedule proves nothing).
 *
 * An item that does not recur has one record at most: DONE with it; otherwise OVERDUE after its deadline (dueDate,
 * else its period's end, else its roadmap's end); IN_PROGRESS from its period's start (for an item without a deadline,
 * the roadmap's start: «постоянно», «по запросу», a blank cell) until then; PLANNED before.
 *
 * A recurring item («ежеквартально», «до 12 ноября 2021, далее – ежегодно») is answered per occurrence: each deadline
 * gets its own completion record. OVERDUE when the latest deadline already passed has none (an earlier missed one
 * does not keep it OVERDUE once a later one is recorded); DONE when every deadline of the roadmap's period has its
 * record; otherwise IN_PROGRESS from its start (period start, else first deadline's period, else the roadmap's start)
 * and PLANNED before it.
 */
export function deriveStatus(facts: StatusFacts, today: string): RoadmapItemStatus {
  if (facts.recurrence) return recurringStatus(facts, today);
  if (facts.completed.has(null)) return 'DONE';
  const deadline = facts.dueDate ?? facts.periodEnd ?? periodEndOf(facts.roadmapEndYear);
  if (today > deadline) return 'OVERDUE';
  const start = facts.periodStart ?? (facts.dueDate ? null : periodStartOf(facts.roadmapStartYear));
  return start !== null && today >= start ? 'IN_PROGRESS' : 'PLANNED';
}

function recurringStatus(facts: StatusFacts, today: string): RoadmapItemStatus {
  const occurrences = allOccurrences(facts);
  if (occurrences.length > 0 && occurrences.every((date) => facts.completed.has(date))) return 'DONE';
  const passed = occurrences.filter((date) => date < today);
  const latest = passed[passed.length - 1];
  if (latest !== undefined && !facts.completed.has(latest)) return 'OVERDUE';
  if (occurrences.length === 0 && today > (facts.periodEnd ?? periodEndOf(facts.roadmapEndYear))) return 'OVERDUE';
  const start = facts.periodStart ?? periodStartOf(facts.roadmapStartYear);
  return today >= start ? 'IN_PROGRESS' : 'PLANNED';
}
