import type { MentoringSystemResolvers } from '../../../__generated__/types.generated.js';
import { curatorInForce } from '../curator-in-force.js';

export const MentoringSystem: MentoringSystemResolvers = {
  curator: async (system, _, { loaders }) => {
    const personId = await curatorInForce(system, loaders);
    return personId ? { id: personId } : null;
  },
  implementsModel: async (system, _, { loaders }) =>
    Boolean(system.regulationOrderNumber && system.regulationOrderDate && (await curatorInForce(system, loaders))),
};
