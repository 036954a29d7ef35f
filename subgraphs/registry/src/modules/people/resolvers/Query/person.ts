import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { visiblePerson } from '../../visible-person.js';

export const person: NonNullable<QueryResolvers['person']> = (_, { id }, context) => visiblePerson(id, context);
