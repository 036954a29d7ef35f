import { runImport } from '@mentoring/platform/tabular';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { importOrganizationRows } from '../../organizations.js';

export const importOrganizations: NonNullable<MutationResolvers['importOrganizations']> = (
  _,
  { file, ...options },
  context,
) =>
  runImport(context.em, options, (tx, ledger) =>
    importOrganizationRows(context, tx, file.format, file.contentBase64, ledger),
  );
