import type { ImportRowResultResolvers } from '../../../__generated__/types.generated.js';

/** The import ledger writes each row result in its GraphQL shape. */
export const ImportRowResult: ImportRowResultResolvers = {};
