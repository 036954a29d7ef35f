import { BaseEntitySchema } from '@mentoring/platform/database';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { SAVED_QUERY_SHARINGS } from './saved-query.entity.js';

export const SAVED_QUERY_ACTIONS = ['CREATED', 'UPDATED', 'DELETED'] as const;
export type SavedQueryAction = (typeof SAVED_QUERY_ACTIONS)[number];

/** The fields of a saved query a revision records, in this order in `changedFields`. */
export const REVISED_FIELDS = ['name', 'description', 'query', 'operationName', 'variables', 'sharing'] as const;
export type RevisedField = (typeof REVISED_FIELDS)[number];

/**
 * Изменение сохранённого запроса: written in the transaction of each create, update and delete — who (token subject
 * and role), when, which fields changed, and the values after. The saved query's id is no foreign key: a deleted query
 * leaves the lists, its revisions stay.
 */
export const SavedQueryRevisionSchema = defineEntity({
  name: 'SavedQueryRevision',
  tableName: 'saved_query_revision',
  extends: BaseEntitySchema,
  properties: {
    savedQueryId: p.uuid(),
    /** The saved query's version after the change; a deletion takes the next number. */
    version: p.integer(),
    changedBy: p.text(),
    changedByRole: p.text(),
    action: p.enum(SAVED_QUERY_ACTIONS),
    changedFields: p.array(),
    name: p.text(),
    description: p.text(),
    query: p.text(),
    operationName: p.text().nullable(),
    variables: p.text(),
    sharing: p.enum(SAVED_QUERY_SHARINGS),
  },
  uniques: [{ properties: ['savedQueryId', 'version'] }],
});

export type SavedQueryRevision = InferEntity<typeof SavedQueryRevisionSchema>;
