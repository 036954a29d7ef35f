import type { EventResolvers } from '../../../__generated__/types.generated.js';

/** Not resolvable here (`resolvable: false`): mentoring only hands out references to planning's events, and the id resolves by default. */
export const Event: EventResolvers = {};
