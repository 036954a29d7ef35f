import type { RegionResolvers } from '../../../__generated__/types.generated.js';
import { checkedObligationsPage } from '../obligations-by-region.js';

export const Region: Pick<RegionResolvers, 'reportingObligations' | '__resolveReference'> = {
  /** One statement for the obligations of every region of the response (see obligationsByRegionLoader). */
  reportingObligations: (region, page, { em, loaders }) =>
    loaders.reportingObligationsByRegion.load(checkedObligationsPage(em, region.id, page)),
};
