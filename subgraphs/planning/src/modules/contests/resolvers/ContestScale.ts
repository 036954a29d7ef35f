import type { ContestScaleResolvers } from '../../../__generated__/types.generated.js';

/** Plain fields: the defaults read them from the object. */
export const ContestScale: ContestScaleResolvers = {};
