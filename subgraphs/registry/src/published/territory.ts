import type { OrganizationScope, Viewer } from '@mentoring/platform/auth';
import type { EntityManager } from '@mentoring/platform/database';

const ORGANIZATIONS_OF = {
  region: 'select organization_id from registry_pub.organization_territory where region_code = ?',
  municipality: 'select organization_id from registry_pub.organization_territory where municipality_oktmo = ?',
};

/**
 * Territory scope of a viewer in terms of organizations, read from the
 * registry's published view (never its tables): a regional operator sees
 * the region, a municipal coordinator the municipality, a curator or head
 * their organization, an analyst their region or the nation.
 */
export async function organizationScope(em: EntityManager, viewer: Viewer): Promise<OrganizationScope> {
  const { regionCode, municipalityOktmo, organizationId } = viewer.scope;
  const some = async (sql: string, value: string): Promise<OrganizationScope> => {
    const rows = await em.getConnection().execute<{ organization_id: string }[]>(sql, [value]);
    return { kind: 'some', ids: new Set(rows.map((row) => row.organization_id)) };
  };
  switch (viewer.role) {
    case 'ANALYST':
      return regionCode ? some(ORGANIZATIONS_OF.region, regionCode) : { kind: 'all' };
    case 'REGIONAL_OPERATOR':
    case 'EXTERNAL_SYSTEM':
      return regionCode ? some(ORGANIZATIONS_OF.region, regionCode) : { kind: 'some', ids: new Set() };
    case 'MUNICIPAL_COORDINATOR':
      return municipalityOktmo
        ? some(ORGANIZATIONS_OF.municipality, municipalityOktmo)
        : { kind: 'some', ids: new Set() };
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return { kind: 'some', ids: new Set(organizationId ? [organizationId] : []) };
    case 'PUBLIC':
      return { kind: 'some', ids: new Set() };
  }
}

/** Registry ids of the organizations of a region or municipality, from the registry's published view. */
export async function organizationsOfTerritory(
  em: EntityManager,
  territory: { regionCode?: string | null; municipalityOktmo?: string | null },
): Promise<string[]> {
  const conditions: string[] = [];
  const values: string[] = [];
  if (territory.regionCode) {
    conditions.push('region_code = ?');
    values.push(territory.regionCode);
  }
  if (territory.municipalityOktmo) {
    conditions.push('municipality_oktmo = ?');
    values.push(territory.municipalityOktmo);
  }
  const rows = await em
    .getConnection()
    .execute<{ organization_id: string }[]>(
      `select organization_id from registry_pub.organization_territory${conditions.length ? ` where ${conditions.join(' and ')}` : ''}`,
      values,
    );
  return rows.map((row) => row.organization_id);
}
