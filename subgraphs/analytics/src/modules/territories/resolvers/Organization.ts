import type { OrganizationResolvers } from '../../../__generated__/types.generated.js';
import { territoryIndicators } from '../../values/territory-indicators.js';

export const Organization: OrganizationResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  indicators: (organization, args, context) =>
    territoryIndicators({ level: 'ORGANIZATION', id: organization.id }, args, context),
};
