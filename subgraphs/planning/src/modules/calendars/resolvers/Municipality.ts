import type { MunicipalityResolvers } from '../../../__generated__/types.generated.js';
import { calendarOf } from '../calendar-of.js';

export const Municipality: Pick<MunicipalityResolvers, 'calendar' | '__resolveReference'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  calendar: (municipality, { from, to, ...page }, context) =>
    calendarOf(context, { level: 'MUNICIPALITY', id: municipality.id }, { from, to }, page),
};
