import type { Contest } from './contest.entity.js';

/** Contest.stages: one of the three stages with its dates. */
export interface ContestStage {
  kind: 'APPLICATIONS' | 'EVALUATION' | 'RESULTS';
  startDate: string | null;
  endDate: string | null;
}

/** The three stages of a contest, from its dates; the results stage is a day (the day results are due). */
export const contestStages = (contest: Contest): ContestStage[] => [
  { kind: 'APPLICATIONS', startDate: contest.applicationsFrom ?? null, endDate: contest.applicationsUntil ?? null },
  { kind: 'EVALUATION', startDate: contest.evaluationFrom ?? null, endDate: contest.evaluationUntil ?? null },
  { kind: 'RESULTS', startDate: contest.resultsOn ?? null, endDate: contest.resultsOn ?? null },
];
