import { rowsWithStatus, runImport } from '@mentoring/platform';
import type { ImportReportResolvers, MutationResolvers } from '../../__generated__/resolvers-types.js';
import { importOrganizationRows } from './organizations.js';
import { importStaffRows } from './staff.js';

export const importMutations: Pick<MutationResolvers, 'importOrganizations' | 'importStaff'> = {
  importOrganizations: (_, { file, allOrNothing, dryRun }, context) =>
    runImport(context.em, { allOrNothing: allOrNothing ?? true, dryRun: dryRun ?? false }, (tx, ledger) => importOrganizationRows(context, tx, file.format, file.contentBase64, ledger)),
  importStaff: (_, { file, allOrNothing, dryRun }, context) =>
    runImport(context.em, { allOrNothing: allOrNothing ?? true, dryRun: dryRun ?? false }, (tx, ledger) => importStaffRows(context, tx, file.format, file.contentBase64, ledger)),
};

export const ImportReportType: ImportReportResolvers = {
  rows: (report, { status }) => rowsWithStatus(report, status),
};
