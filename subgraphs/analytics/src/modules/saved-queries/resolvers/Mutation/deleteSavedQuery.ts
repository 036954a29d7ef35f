import { runMutation } from '@mentoring/platform/database';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { recordRevision } from '../../revisions.js';
import { savedQueryToWrite } from '../../saved-query-to-write.js';

/** The query leaves every list; a DELETED revision with its last values stays, numbered after its last version. */
export const deleteSavedQuery: NonNullable<MutationResolvers['deleteSavedQuery']> = (
  _,
  { id, version },
  { em, viewer },
) =>
  runMutation(em, async (tx) => {
    const query = await savedQueryToWrite(tx, viewer, id, version);
    recordRevision(tx, viewer, query, 'DELETED', [], query.version + 1);
    tx.remove(query);
    await tx.flush();
    return query.id;
  });
