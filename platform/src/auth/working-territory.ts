import type { Viewer } from './viewer.js';

/** Where a counted territory lies, as the registry's published view `registry_pub.organization_territory` places it. */
export interface WorkingPlace {
  regionCode: string;
  municipalityOktmo: string | null;
  organizationId: string | null;
}

/**
 * Whether a place lies in the territory the viewer works in: the regional operator's region, the municipal
 * coordinator's municipality, the curator's or head's organization. Other roles (analysts, other regions' systems,
 * the public) work in none: they write no forms there and see no small counts of its people. Every count of people
 * a subgraph shows (statistics, indicators, pair counts) asks this one rule.
 */
export function withinWorkingTerritory(viewer: Viewer, place: WorkingPlace | null): boolean {
  if (!place) return false;
  const { scope } = viewer;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR':
      return scope.regionCode === place.regionCode;
    case 'MUNICIPAL_COORDINATOR':
      return place.municipalityOktmo !== null && scope.municipalityOktmo === place.municipalityOktmo;
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return place.organizationId !== null && scope.organizationId === place.organizationId;
    default:
      return false;
  }
}
