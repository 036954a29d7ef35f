import type { RoadmapItemStatus } from '../../__generated__/types.generated.js';

/** What a status is derived from: the item's deadline, its roadmap's period, and whether a valid completion is recorded. */
export interface StatusFacts {
  dueDate: string | null;
  startYear: number;
  endYear: number;
  completed: boolean;
}

/**
 * Статус мероприятия, never stored. DONE only with a completion record.
 * Otherwise the dates speak, and only about what is recorded: before the
 * deadline PLANNED; after it NO_COMPLETION_RECORDED (not "not done" — the
 * system knows only what was recorded). An item without a deadline
 * («постоянно», «по запросу», a blank cell) is measured against its roadmap's
 * period: PLANNED before it begins, ONGOING while it runs,
 * NO_COMPLETION_RECORDED after it ends. Dates are ISO days, compared as text.
 */
export function deriveStatus(facts: StatusFacts, today: string): RoadmapItemStatus {
  if (facts.completed) return 'DONE';
  if (facts.dueDate) return today <= facts.dueDate ? 'PLANNED' : 'NO_COMPLETION_RECORDED';
  if (today < periodStart(facts.startYear)) return 'PLANNED';
  return today <= periodEnd(facts.endYear) ? 'ONGOING' : 'NO_COMPLETION_RECORDED';
}

export const periodStart = (year: number) => `${String(year).padStart(4, '0')}-01-01`;
export const periodEnd = (year: number) => `${String(year).padStart(4, '0')}-12-31`;
