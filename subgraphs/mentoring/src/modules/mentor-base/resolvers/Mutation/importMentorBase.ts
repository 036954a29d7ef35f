import { runImport } from '@mentoring/platform/tabular';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { importRows } from '../../import-rows.js';

export const importMentorBase: NonNullable<MutationResolvers['importMentorBase']> = (
  _,
  { file, allOrNothing, dryRun },
  context,
) => {
  // A client may send an explicit null where the SDL gives a default; the generated argument types leave that out.
  const flags: { allOrNothing: boolean | null; dryRun: boolean | null } = { allOrNothing, dryRun };
  return runImport(
    context.em,
    { allOrNothing: flags.allOrNothing ?? true, dryRun: flags.dryRun ?? false },
    (tx, ledger) => importRows(context, tx, file.format, file.contentBase64, ledger),
  );
};
