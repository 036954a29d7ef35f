export type { Contest as ContestMapper } from './contest.entity.js';
export type { ContestNomination as ContestNominationMapper } from './nomination.entity.js';
export type { ContestJuror as ContestJurorMapper } from './juror.entity.js';
export type { ContestApplication as ContestApplicationMapper } from './application.entity.js';
export type { ContestScore as ContestScoreMapper } from './score.entity.js';
export type { ContestStage as ContestStageMapper } from './contest-view.js';
export type { EntityReference as MentoringPairMapper } from '@mentoring/platform/graphql';
export type { EntityReference as PracticeMapper } from '@mentoring/platform/graphql';
