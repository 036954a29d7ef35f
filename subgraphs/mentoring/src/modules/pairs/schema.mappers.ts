export type { MentoringPair as MentoringPairMapper } from '../pairs/pair.entity.js';
export type { PairMentee as PairMenteeMapper } from '../pairs/pair-mentee.entity.js';
