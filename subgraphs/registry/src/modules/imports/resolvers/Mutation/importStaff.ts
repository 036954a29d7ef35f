import { runImport } from '@mentoring/platform/tabular';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { importStaffRows } from '../../staff.js';

export const importStaff: NonNullable<MutationResolvers['importStaff']> = (_, { file, ...options }, context) =>
  runImport(context.em, options, (tx, ledger) => importStaffRows(context, tx, file.format, file.contentBase64, ledger));
