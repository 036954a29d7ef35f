import type DataLoader from 'dataloader';
import { type Viewer } from '@mentoring/platform/auth';
import { idsMeetingLoader, type EntityManager, type SqlCondition } from '@mentoring/platform/database';

/**
 * The one rule that decides whether a viewer may see a person (физическое лицо):
 * - anonymous viewers and other regions' systems: adults with a valid consent to
 *   publication (registry_pub.publication_consent — minors never appear there);
 * - staff roles: people who work or study now in the viewer's territory
 *   (region, municipality or organization);
 * - analysts: the same for their region, everyone without a region.
 * Territory is a join on the registry's published view registry_pub.person_territory,
 * never a list of ids. Every subgraph applies it through `createPersonVisibilityLoader`
 * (references it hands out) and `personVisibilitySql` (lists it filters in SQL).
 */
const IN_TERRITORY = {
  region: 'region_code',
  municipality: 'municipality_oktmo',
  organization: 'organization_id',
} as const;

function inTerritory(column: string, level: keyof typeof IN_TERRITORY, value: string | undefined): SqlCondition {
  // A token without the scope its role needs sees no one (tokens are checked for it, this is the second fence).
  if (!value) return { sql: 'false', params: [] };
  return {
    sql: `${column} in (select person_id from registry_pub.person_territory where ${IN_TERRITORY[level]} = ?${level === 'organization' ? '::uuid' : ''})`,
    params: [value],
  };
}

/** The rule as a SQL condition on a column holding person ids. */
export function personVisibilitySql(viewer: Viewer, column: string): SqlCondition {
  const { regionCode, municipalityOktmo, organizationId } = viewer.scope;
  switch (viewer.role) {
    case 'PUBLIC':
    case 'EXTERNAL_SYSTEM':
      return { sql: `${column} in (select person_id from registry_pub.publication_consent)`, params: [] };
    case 'ANALYST':
      return regionCode ? inTerritory(column, 'region', regionCode) : { sql: 'true', params: [] };
    case 'REGIONAL_OPERATOR':
      return inTerritory(column, 'region', regionCode);
    case 'MUNICIPAL_COORDINATOR':
      return inTerritory(column, 'municipality', municipalityOktmo);
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return inTerritory(column, 'organization', organizationId);
  }
}

/** Whether the viewer may see each asked person: one statement per batch of a request. */
export function createPersonVisibilityLoader(em: EntityManager, viewer: Viewer): DataLoader<string, boolean> {
  return idsMeetingLoader(em, (column) => personVisibilitySql(viewer, column));
}
