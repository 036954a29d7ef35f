import type { Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import {
  REVISED_FIELDS,
  SavedQueryRevisionSchema,
  type RevisedField,
  type SavedQueryAction,
} from './revision.entity.js';
import type { SavedQuery } from './saved-query.entity.js';

/** The values of a saved query a revision records. */
export type RevisedValues = Pick<SavedQuery, RevisedField>;

export const revisedValues = (query: SavedQuery): RevisedValues => ({
  name: query.name,
  description: query.description,
  query: query.query,
  operationName: query.operationName ?? null,
  variables: query.variables,
  sharing: query.sharing,
});

/** The fields whose values differ, in the order of REVISED_FIELDS. */
export const changedFields = (before: RevisedValues, after: RevisedValues): RevisedField[] =>
  REVISED_FIELDS.filter((field) => before[field] !== after[field]);

/**
 * Записать изменение: who (token subject and role) did what to the query, which fields changed and the values after,
 * in the transaction of the change itself. `version` is the query's version after the change.
 */
export function recordRevision(
  tx: EntityManager,
  viewer: Viewer,
  query: SavedQuery,
  action: SavedQueryAction,
  fields: readonly RevisedField[],
  version: number,
): void {
  tx.create(SavedQueryRevisionSchema, {
    savedQueryId: query.id,
    version,
    changedBy: viewer.subject,
    changedByRole: viewer.role,
    action,
    changedFields: [...fields],
    ...revisedValues(query),
  });
}
