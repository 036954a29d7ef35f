import type { MentoringPairResolvers } from '../../../__generated__/types.generated.js';

/** Not resolvable here (`resolvable: false`): planning only hands out references, and the id resolves by default. */
export const MentoringPair: MentoringPairResolvers = {};
