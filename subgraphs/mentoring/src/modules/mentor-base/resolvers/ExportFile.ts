import type { ExportFileResolvers } from '../../../__generated__/types.generated.js';

/** `mentorBase` answers the file in its GraphQL shape. */
export const ExportFile: ExportFileResolvers = {};
