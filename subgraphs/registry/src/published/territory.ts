import DataLoader from 'dataloader';
import type { OrganizationScope, Viewer } from '@mentoring/platform/auth';
import { idsMeetingLoader, isUuid, type EntityManager, type SqlCondition } from '@mentoring/platform/database';

/**
 * Territory scope of a viewer in terms of organizations: a regional operator
 * sees the region, a municipal coordinator the municipality, a curator or head
 * their organization, an analyst their region or the nation. It is read from
 * the token alone; what it means in organizations is a condition on the
 * registry's published view (never its tables), evaluated by PostgreSQL.
 */
export function organizationScope(viewer: Viewer): OrganizationScope {
  const { regionCode, municipalityOktmo, organizationId } = viewer.scope;
  // A token without the scope its role needs sees nothing (tokens are checked for it, this is the second fence).
  const territory = (
    level: 'region' | 'municipality' | 'organization',
    value: string | undefined,
  ): OrganizationScope => (value ? { kind: 'territory', level, value } : { kind: 'none' });
  switch (viewer.role) {
    case 'ANALYST':
      return regionCode ? territory('region', regionCode) : { kind: 'all' };
    case 'REGIONAL_OPERATOR':
    case 'EXTERNAL_SYSTEM':
      return territory('region', regionCode);
    case 'MUNICIPAL_COORDINATOR':
      return territory('municipality', municipalityOktmo);
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return territory('organization', organizationId);
    case 'PUBLIC':
      return { kind: 'none' };
  }
}

const TERRITORY_COLUMN = { region: 'region_code', municipality: 'municipality_oktmo' } as const;

/**
 * The scope as a SQL condition on a column holding organization ids: one
 * subquery on registry_pub.organization_territory with one parameter, the
 * same text for a region of ten schools or of ten thousand.
 */
export function organizationScopeSql(scope: OrganizationScope, column: string): SqlCondition {
  switch (scope.kind) {
    case 'all':
      return { sql: 'true', params: [] };
    case 'none':
      return { sql: 'false', params: [] };
    case 'territory':
      if (scope.level === 'organization') {
        // An organization id in a token that is not a UUID names no organization; it must not reach the cast.
        return isUuid(scope.value)
          ? { sql: `${column} = ?::uuid`, params: [scope.value] }
          : { sql: 'false', params: [] };
      }
      return {
        sql: `${column} in (select organization_id from registry_pub.organization_territory where ${TERRITORY_COLUMN[scope.level]} = ?)`,
        params: [scope.value],
      };
  }
}

/** Whether each asked organization lies in the scope: one statement per batch of a request, none for all or none. */
export function createOrganizationInScopeLoader(
  em: EntityManager,
  scope: OrganizationScope,
): DataLoader<string, boolean> {
  // All or none needs no statement: the answer does not depend on the organization.
  if (scope.kind !== 'territory') return new DataLoader((ids) => Promise.resolve(ids.map(() => scope.kind === 'all')));
  return idsMeetingLoader(em, (column) => organizationScopeSql(scope, column));
}

/** The organizations among `ids` that lie in the scope, for checks of many rows at once (imports). */
export async function organizationsInScope(
  loader: DataLoader<string, boolean>,
  ids: Iterable<string>,
): Promise<Set<string>> {
  const asked = [...new Set(ids)];
  const answers = await loader.loadMany(asked);
  return new Set(asked.filter((_, index) => answers[index] === true));
}

/**
 * A condition selecting the organizations of a region and/or municipality on a
 * column of organization ids, from the registry's published view.
 */
export function organizationsOfTerritorySql(
  territory: { regionCode?: string | null; municipalityOktmo?: string | null },
  column: string,
): SqlCondition {
  const conditions: string[] = [];
  const params: string[] = [];
  if (territory.regionCode) {
    conditions.push('region_code = ?');
    params.push(territory.regionCode);
  }
  if (territory.municipalityOktmo) {
    conditions.push('municipality_oktmo = ?');
    params.push(territory.municipalityOktmo);
  }
  return {
    sql: `${column} in (select organization_id from registry_pub.organization_territory${conditions.length ? ` where ${conditions.join(' and ')}` : ''})`,
    params,
  };
}
