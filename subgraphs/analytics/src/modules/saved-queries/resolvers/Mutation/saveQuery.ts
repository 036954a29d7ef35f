import { runMutation } from '@mentoring/platform/database';
import { requiredName } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { checkedDocument, checkedVariables } from '../../document-rules.js';
import { REVISED_FIELDS } from '../../revision.entity.js';
import { recordRevision } from '../../revisions.js';
import { SavedQuerySchema } from '../../saved-query.entity.js';

/** A new saved query of the viewer (author: token subject and role, shared within the token's region), and its first revision. */
export const saveQuery: NonNullable<MutationResolvers['saveQuery']> = (_, { input }, { em, viewer }) =>
  runMutation(em, async (tx) => {
    const name = requiredName(input.name, 'input.name');
    const document = checkedDocument(input.query, input.operationName, {
      query: 'input.query',
      operationName: 'input.operationName',
    });
    const variables = checkedVariables(input.variables, 'input.variables');
    const query = tx.create(SavedQuerySchema, {
      name,
      description: input.description?.trim() ?? '',
      ...document,
      variables,
      sharing: input.sharing ?? 'PRIVATE',
      author: viewer.subject,
      authorRole: viewer.role,
      regionCode: viewer.scope.regionCode ?? null,
      librarySlug: null,
      source: null,
    });
    await tx.flush();
    recordRevision(tx, viewer, query, 'CREATED', REVISED_FIELDS, query.version);
    await tx.flush();
    return query;
  });
