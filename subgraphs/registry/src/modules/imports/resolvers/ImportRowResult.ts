import type { ImportRowResultResolvers } from '../../../__generated__/types.generated.js';

// The import ledger records each row in its GraphQL shape: the default resolvers read it.
export const ImportRowResult: ImportRowResultResolvers = {};
