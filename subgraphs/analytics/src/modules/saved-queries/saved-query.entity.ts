import { VersionedEntitySchema } from '@mentoring/platform/database';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** PRIVATE: only the author; TERRITORY: every signed-in user of the author's region (nation-wide authors: nation-wide analysts). */
export const SAVED_QUERY_SHARINGS = ['PRIVATE', 'TERRITORY'] as const;
export type SavedQuerySharing = (typeof SAVED_QUERY_SHARINGS)[number];

/** The longest texts a saved query holds, as the SDL's @maxLength and the table's checks say. */
export const SAVED_QUERY_LIMITS = {
  name: 200,
  description: 2000,
  query: 20_000,
  operationName: 200,
  variables: 20_000,
} as const;

/**
 * Сохранённый запрос (saved query) of the analyst's workbench, and the библиотека запросов in the same table: a
 * library row has a `librarySlug` (the file it comes from) and no author; a user's row has an author (token subject
 * and role) and the author's region, within which TERRITORY sharing shares it. One table keeps one visibility rule,
 * one list and one cursor for both.
 */
export const SavedQuerySchema = defineEntity({
  name: 'SavedQuery',
  tableName: 'saved_query',
  extends: VersionedEntitySchema,
  properties: {
    name: p.text(),
    description: p.text().default(''),
    /** A GraphQL document with at least one operation (checked for syntax only). */
    query: p.text(),
    operationName: p.text().nullable(),
    /** JSON text of an object, as the author wrote it; "{}" when none. */
    variables: p.text().default('{}'),
    sharing: p.enum(SAVED_QUERY_SHARINGS).default('PRIVATE'),
    /** Token subject and role of the author; null for library rows. */
    author: p.text().nullable(),
    authorRole: p.text().nullable(),
    /** Код субъекта РФ of the author's token; null for nation-wide authors and the library. */
    regionCode: p.text().nullable(),
    /** Библиотека запросов: the slug of `library/library.json` the row is loaded from; null for users' queries. */
    librarySlug: p.text().nullable().unique(),
    /** Library rows: the seed question the query answers. */
    source: p.text().nullable(),
  },
  indexes: [{ properties: ['author', 'authorRole'] }, { properties: ['regionCode', 'sharing'] }],
  checks: [
    { name: 'saved_query_name_length', expression: 'char_length("name") <= 200' },
    { name: 'saved_query_description_length', expression: 'char_length("description") <= 2000' },
    { name: 'saved_query_query_length', expression: 'char_length("query") <= 20000' },
    { name: 'saved_query_operation_name_length', expression: 'char_length("operation_name") <= 200' },
    { name: 'saved_query_variables_length', expression: 'char_length("variables") <= 20000' },
    {
      name: 'saved_query_author_or_library',
      expression: '("library_slug" is null) = ("author" is not null) and ("author" is null) = ("author_role" is null)',
    },
  ],
});

export type SavedQuery = InferEntity<typeof SavedQuerySchema>;
