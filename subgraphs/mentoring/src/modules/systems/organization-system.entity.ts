import { DATA_ORIGINS } from '@mentoring/sources';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Система наставничества организации: положение adopted by order, curator,
 * methodical association, website section «Целевая модель наставничества».
 * Keyed by the registry organization id: one system per organization, so it
 * does not take the base entity's own uuid (and with it the base's version);
 * it locks with a version of its own.
 */
export const OrganizationSystemSchema = defineEntity({
  name: 'OrganizationSystem',
  tableName: 'organization_system',
  properties: {
    organizationId: p.uuid().primary(),
    regulationOrderNumber: p.string().nullable(),
    regulationOrderDate: p.date().nullable(),
    regulationUrl: p.string().nullable(),
    curatorPersonId: p.uuid().nullable(),
    hasMethodicalAssociation: p.boolean(),
    websiteSectionUrl: p.string().nullable(),
    /** SEED, SYNTHETIC (demo data) or ENTERED by users. */
    dataOrigin: p.enum(DATA_ORIGINS).default('ENTERED'),
    version: p.integer().version(),
  },
});

export type OrganizationSystem = InferEntity<typeof OrganizationSystemSchema>;
