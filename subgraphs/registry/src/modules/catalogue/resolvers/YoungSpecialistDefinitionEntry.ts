import type { YoungSpecialistDefinitionEntryResolvers } from '../../../__generated__/types.generated.js';

// Query.youngSpecialistDefinitions answers each entry already in its GraphQL shape (catalogueEntryView): the default resolvers read it.
export const YoungSpecialistDefinitionEntry: YoungSpecialistDefinitionEntryResolvers = {};
