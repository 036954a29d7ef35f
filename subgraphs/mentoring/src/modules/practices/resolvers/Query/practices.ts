import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { practicePage } from '../../practice-bank.js';

/** The bank: its own practices and the best-practice contests' winners (planning_pub.contest_practice), one statement a page. */
export const practices: NonNullable<QueryResolvers['practices']> = (_, { filter, ...page }, context) =>
  practicePage(context.em, filter, page);
