import type { PersonResolvers } from '../../../__generated__/types.generated.js';

/** Not resolvable here (`resolvable: false`): planning only hands out references, and the id resolves by default. */
export const Person: PersonResolvers = {};
