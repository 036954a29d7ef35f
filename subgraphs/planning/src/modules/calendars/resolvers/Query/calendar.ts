import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { calendarOf } from '../../calendar-of.js';
import { checkedPage, checkedPeriod } from '../../calendar-page.js';
import { resolveScope } from '../../calendar-scope.js';

export const calendar: NonNullable<QueryResolvers['calendar']> = async (_, { scope, from, to, ...page }, context) => {
  // Page and period are checked before the territory is looked up: bad input costs no statement and is named.
  checkedPage(page);
  checkedPeriod(from, to);
  return calendarOf(context, await resolveScope(context.em, scope), { from, to }, page);
};
