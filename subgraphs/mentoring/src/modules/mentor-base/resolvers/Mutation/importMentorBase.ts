import { runImport } from '@mentoring/platform/tabular';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { importRows } from '../../import-rows.js';

export const importMentorBase: NonNullable<MutationResolvers['importMentorBase']> = (
  _,
  { file, allOrNothing, dryRun },
  context,
) =>
  runImport(context.em, { allOrNothing, dryRun }, (tx, ledger) =>
    importRows(context, tx, file.format, file.contentBase64, ledger),
  );
