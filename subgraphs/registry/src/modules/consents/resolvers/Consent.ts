import type { ConsentResolvers } from '../../../__generated__/types.generated.js';

// Every field of a consent is a column of the same name and GraphQL shape: the default resolvers read them.
export const Consent: ConsentResolvers = {};
