import type { Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { forbidden, notFound } from '@mentoring/platform/errors';

/**
 * Which organizations' forms a viewer works with, as a condition on the registry's published view
 * `registry_pub.organization_territory` (alias `t`): the regional operator the region, the municipal coordinator
 * (оператор ОМСУ) the municipality, the school curator (координатор ОО) and the head their organization. Other roles
 * read aggregates only: no condition matches for them. Never a list of ids.
 */
export function territoryCondition(viewer: Viewer): { sql: string; params: string[] } {
  const { regionCode, municipalityOktmo, organizationId } = viewer.scope;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR':
      return regionCode ? { sql: 't.region_code = ?', params: [regionCode] } : { sql: 'false', params: [] };
    case 'MUNICIPAL_COORDINATOR':
      return municipalityOktmo
        ? { sql: 't.municipality_oktmo = ?', params: [municipalityOktmo] }
        : { sql: 'false', params: [] };
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return organizationId ? { sql: 't.organization_id = ?', params: [organizationId] } : { sql: 'false', params: [] };
    default:
      return { sql: 'false', params: [] };
  }
}

export interface OrganizationTerritory {
  organization_id: string;
  municipality_id: string;
  municipality_oktmo: string;
  region_id: string;
  region_code: string;
}

/** The organization's municipality and region from the registry's published view, or null when it knows none. */
export async function territoryOf(em: EntityManager, organizationId: string): Promise<OrganizationTerritory | null> {
  const rows = await em.execute<OrganizationTerritory[]>(
    'select organization_id, municipality_id, municipality_oktmo, region_id, region_code from registry_pub.organization_territory where organization_id = ?',
    [organizationId],
  );
  return rows[0] ?? null;
}

/** Whether the organization lies in the viewer's working territory (see territoryCondition). */
export function withinTerritory(viewer: Viewer, territory: OrganizationTerritory): boolean {
  const { regionCode, municipalityOktmo, organizationId } = viewer.scope;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR':
      return territory.region_code === regionCode;
    case 'MUNICIPAL_COORDINATOR':
      return territory.municipality_oktmo === municipalityOktmo;
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return territory.organization_id === organizationId;
    default:
      return false;
  }
}

/** Refuses a write about an organization outside the viewer's territory. */
export async function assertOrganizationInTerritory(
  em: EntityManager,
  viewer: Viewer,
  organizationId: string,
): Promise<OrganizationTerritory> {
  const territory = await territoryOf(em, organizationId);
  if (!territory)
    throw notFound(`Организация ${organizationId} не найдена; no organization with id ${organizationId}.`);
  if (!withinTerritory(viewer, territory))
    throw forbidden('Эта организация вне вашей территории; this organization is outside your territory.');
  return territory;
}
