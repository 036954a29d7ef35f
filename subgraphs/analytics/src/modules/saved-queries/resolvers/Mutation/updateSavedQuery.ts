import { runMutation } from '@mentoring/platform/database';
import { requiredName } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { checkedDocument, checkedVariables } from '../../document-rules.js';
import { changedFields, recordRevision, revisedValues, type RevisedValues } from '../../revisions.js';
import { savedQueryToWrite } from '../../saved-query-to-write.js';

/**
 * Only the given fields change (operationName: null clears it); the document and its operation are checked together as
 * saveQuery checks them. A change that changes nothing writes nothing and keeps the version.
 */
export const updateSavedQuery: NonNullable<MutationResolvers['updateSavedQuery']> = (
  _,
  { id, version, changes },
  { em, viewer },
) =>
  runMutation(em, async (tx) => {
    const query = await savedQueryToWrite(tx, viewer, id, version);
    const before = revisedValues(query);
    const operationName = 'operationName' in changes ? changes.operationName : before.operationName;
    const after: RevisedValues = {
      name:
        changes.name === null || changes.name === undefined ? before.name : requiredName(changes.name, 'changes.name'),
      description: changes.description?.trim() ?? before.description,
      ...checkedDocument(changes.query ?? before.query, operationName, {
        query: 'changes.query',
        operationName: 'changes.operationName',
      }),
      variables:
        changes.variables === null || changes.variables === undefined
          ? before.variables
          : checkedVariables(changes.variables, 'changes.variables'),
      sharing: changes.sharing ?? before.sharing,
    };
    const fields = changedFields(before, after);
    if (fields.length === 0) return query;
    tx.assign(query, after);
    await tx.flush();
    recordRevision(tx, viewer, query, 'UPDATED', fields, query.version);
    await tx.flush();
    return query;
  });
