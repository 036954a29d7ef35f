import type { RegionResolvers } from '../../../__generated__/types.generated.js';
import { calendarOf } from '../calendar-of.js';

export const Region: Pick<RegionResolvers, 'calendar' | '__resolveReference'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  calendar: (region, { from, to, ...page }, context) =>
    calendarOf(context, { level: 'REGION', id: region.id }, { from, to }, page),
};
