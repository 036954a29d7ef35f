import { runMutation, type EntityManager } from '@mentoring/platform';
import type { ImportReportResolvers, MutationResolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { importOrganizationRows } from './organizations.js';
import { ImportLedger, ImportNotApplied } from './report.js';
import { importStaffRows } from './staff.js';

type RowImporter = (context: Context, tx: EntityManager, format: 'CSV' | 'XLSX', contentBase64: string, ledger: ImportLedger) => Promise<void>;

/**
 * One import is one transaction: every row is checked and applied to the unit
 * of work, then flushed at once — or rolled back whole for a dry run, or when
 * all-or-nothing meets a rejected row.
 */
async function runImport(context: Context, importer: RowImporter, file: { format: 'CSV' | 'XLSX'; contentBase64: string }, allOrNothing: boolean, dryRun: boolean) {
  const ledger = new ImportLedger();
  try {
    await runMutation(context.em, async (tx) => {
      await importer(context, tx, file.format, file.contentBase64, ledger);
      if (dryRun || (allOrNothing && ledger.rejected > 0)) throw new ImportNotApplied(ledger);
      await tx.flush();
    });
    return ledger.report(true);
  } catch (error) {
    if (error instanceof ImportNotApplied) return error.ledger.report(false);
    throw error;
  }
}

export const importMutations: Pick<MutationResolvers, 'importOrganizations' | 'importStaff'> = {
  importOrganizations: (_, { file, allOrNothing, dryRun }, context) => runImport(context, importOrganizationRows, file, allOrNothing ?? true, dryRun ?? false),
  importStaff: (_, { file, allOrNothing, dryRun }, context) => runImport(context, importStaffRows, file, allOrNothing ?? true, dryRun ?? false),
};

export const ImportReportType: ImportReportResolvers = {
  rows: (report, { status }) => (status ? report.rows.filter((row) => row.status === status) : report.rows),
};
