export type { MentoringPair as MentoringPairMapper } from './pair.entity.js';
export type { PairMentee as PairMenteeMapper } from './pair-mentee.entity.js';
