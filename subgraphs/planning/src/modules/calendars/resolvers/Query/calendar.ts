import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { calendarOf } from '../../calendar-of.js';
import { checkedPeriod } from '../../calendar-page.js';
import { resolveScope } from '../../calendar-scope.js';

export const calendar: NonNullable<QueryResolvers['calendar']> = async (_, { scope, from, to, ...page }, context) => {
  // The period is checked before the territory is looked up: bad input costs no statement.
  checkedPeriod(from, to);
  return calendarOf(context, await resolveScope(context.em, scope), { from, to }, page);
};
