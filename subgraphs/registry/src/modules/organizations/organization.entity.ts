import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { type CatalogueSource, DATA_ORIGINS } from '@mentoring/sources';
import { VersionedEntitySchema } from '@mentoring/platform/database';
import { MunicipalitySchema } from '../territories/municipality.entity.js';

export const ORGANIZATION_KINDS = [
  'GENERAL_EDUCATION',
  'ADDITIONAL_EDUCATION',
  'VOCATIONAL',
  'PRESCHOOL',
  'HIGHER',
  'EMPLOYER',
  'METHODICAL_CENTER',
  'EDUCATION_AUTHORITY',
] as const;

/** Организация: школа, СПО, ЦНППМ, орган управления образованием, работодатель. */
/** The most characters of one participation tag («500+», «Точка роста»). */
export const TAG_MAX_LENGTH = 100;

export const OrganizationSchema = defineEntity({
  name: 'Organization',
  tableName: 'organization',
  extends: VersionedEntitySchema,
  properties: {
    inn: p.string().length(10).unique(),
    name: p.text(),
    shortName: p.string(),
    kind: p.enum(ORGANIZATION_KINDS).index(),
    municipality: () => p.manyToOne(MunicipalitySchema).index(),
    address: p.text().nullable(),
    website: p.string().nullable(),
    tags: p.array(),
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    /** For a SEED organization: the seed's passage naming it. */
    source: p.json<CatalogueSource>().nullable(),
  },
  // Name search is ILIKE '%…%' (Russian, partial): trigram indexes serve it (pg_trgm, created by the migration).
  indexes: [
    {
      name: 'organization_names_trgm',
      expression:
        'create index "organization_names_trgm" on "registry"."organization" using gin ("name" public.gin_trgm_ops, "short_name" public.gin_trgm_ops)',
    },
  ],
  // The maxima the SDL declares (@maxLength); text columns stay text because published views read them.
  checks: [
    { name: 'organization_name_length', expression: 'char_length("name") <= 500' },
    { name: 'organization_address_length', expression: 'char_length("address") <= 500' },
    { name: 'organization_tags_length', expression: `"registry"."longest_text"("tags") <= ${TAG_MAX_LENGTH}` },
  ],
});

export type Organization = InferEntity<typeof OrganizationSchema>;
