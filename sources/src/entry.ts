import { p } from '@mikro-orm/core';
import { sourceView, type CatalogueSource } from './sources.js';

/**
 * The columns every catalogue entry carries in every domain: the seed's name, the passage that names it, the
 * seed's own definition or rule (null where no seed gives one) with its passage, and the other seeds naming the
 * same thing. Catalogue rows are inserted by migrations, never by demo data.
 */
export const catalogueProperties = {
  position: p.smallint(),
  name: p.string(),
  source: p.json<CatalogueSource>(),
  definition: p.text().nullable(),
  definitionSource: p.json<CatalogueSource>().nullable(),
  alsoIn: p.json<CatalogueSource[]>(),
};

interface CatalogueRow {
  source: CatalogueSource;
  definitionSource?: CatalogueSource | null;
  alsoIn: CatalogueSource[];
}

/** Field resolvers of a catalogue type whose GraphQL type maps to the stored row: each source by its document's printed title. */
export const catalogueSourceResolvers = {
  source: (row: CatalogueRow) => sourceView(row.source),
  definitionSource: (row: CatalogueRow) => (row.definitionSource ? sourceView(row.definitionSource) : null),
  alsoIn: (row: CatalogueRow) => row.alsoIn.map(sourceView),
};

/** A catalogue row as GraphQL shows it, for types resolved as plain objects. */
export function catalogueEntryView<T extends CatalogueRow & { definition?: string | null }>(row: T) {
  return {
    ...row,
    definition: row.definition ?? null,
    source: catalogueSourceResolvers.source(row),
    definitionSource: catalogueSourceResolvers.definitionSource(row),
    alsoIn: catalogueSourceResolvers.alsoIn(row),
  };
}

/** The `source` field of a record that may be SEED: the stored passage with its document's title, null otherwise. */
export const optionalSourceView = (record: { source?: CatalogueSource | null }) =>
  record.source ? sourceView(record.source) : null;
