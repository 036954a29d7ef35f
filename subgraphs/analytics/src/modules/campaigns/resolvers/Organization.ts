import type { OrganizationResolvers } from '../../../__generated__/types.generated.js';

/** A reference only (resolvable: false): the registry resolves organizations. */
export const Organization: OrganizationResolvers = {};
