import { type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { forbidden, notFound } from '@mentoring/platform/errors';
import type { Roadmap } from './roadmap.entity.js';

type Level = Roadmap['level'];

/** Whose roadmap it is: exactly one registry id, of the level's kind. */
export interface RoadmapOwner {
  level: Level;
  regionId: string | null;
  municipalityId: string | null;
  organizationId: string | null;
}

/** Where the owner lies, read from the registry's published territory views. */
export interface OwnerTerritory {
  level: Level;
  regionId: string;
  regionCode: string;
  municipalityId: string | null;
  municipalityOktmo: string | null;
  organizationId: string | null;
}

/** The owner's place in the registry; an id the registry does not know is NOT_FOUND naming the argument. */
export async function ownerTerritory(
  em: EntityManager,
  owner: RoadmapOwner,
  argument: string,
): Promise<OwnerTerritory> {
  const missing = (what: string, id: string | null) =>
    notFound(`${what} ${id} не найден(о) в реестре; no such registry id.`, { argument });
  if (owner.level === 'ORGANIZATION') {
    const [row] = await em.execute<
      { region_id: string; region_code: string; municipality_id: string; municipality_oktmo: string }[]
    >(
      'select region_id, region_code, municipality_id, municipality_oktmo from registry_pub.organization_territory where organization_id = ?',
      [owner.organizationId],
    );
    if (!row) throw missing('Организация', owner.organizationId);
    return {
      level: 'ORGANIZATION',
      regionId: row.region_id,
      regionCode: row.region_code,
      municipalityId: row.municipality_id,
      municipalityOktmo: row.municipality_oktmo,
      organizationId: owner.organizationId,
    };
  }
  if (owner.level === 'MUNICIPALITY') {
    const [row] = await em.execute<{ region_id: string; region_code: string; municipality_oktmo: string }[]>(
      'select region_id, region_code, municipality_oktmo from registry_pub.municipality_territory where municipality_id = ?',
      [owner.municipalityId],
    );
    if (!row) throw missing('Муниципальное образование', owner.municipalityId);
    return {
      level: 'MUNICIPALITY',
      regionId: row.region_id,
      regionCode: row.region_code,
      municipalityId: owner.municipalityId,
      municipalityOktmo: row.municipality_oktmo,
      organizationId: null,
    };
  }
  const [row] = await em.execute<{ region_id: string; region_code: string }[]>(
    'select region_id, region_code from registry_pub.municipality_territory where region_id = ? limit 1',
    [owner.regionId],
  );
  if (!row) throw missing('Субъект РФ', owner.regionId);
  return {
    level: 'REGION',
    regionId: row.region_id,
    regionCode: row.region_code,
    municipalityId: null,
    municipalityOktmo: null,
    organizationId: null,
  };
}

/**
 * Who edits a roadmap: its owners and the territory above them — a regional operator every roadmap of their region;
 * a municipal coordinator the municipal roadmaps of their municipality and its organizations' roadmaps; a school's head
 * or curator their own organization's roadmaps.
 */
export function mayEdit(viewer: Viewer, territory: OwnerTerritory): boolean {
  const { regionCode, municipalityOktmo, organizationId } = viewer.scope;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR':
      return regionCode !== undefined && territory.regionCode === regionCode;
    case 'MUNICIPAL_COORDINATOR':
      return (
        territory.level !== 'REGION' &&
        municipalityOktmo !== undefined &&
        territory.municipalityOktmo === municipalityOktmo
      );
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return (
        territory.level === 'ORGANIZATION' &&
        organizationId !== undefined &&
        territory.organizationId === organizationId
      );
    default:
      return false;
  }
}

export const EDIT_REFUSAL =
  'Дорожную карту ведут её владельцы: региональную — региональный оператор субъекта РФ; муниципальную — муниципальный координатор (и региональный оператор); дорожную карту образовательной организации — её руководитель или куратор (и муниципальный координатор, региональный оператор); this roadmap is outside your territory or level.';

/** The roadmap's territory, or FORBIDDEN when the viewer does not edit it. */
export async function assertMayEdit(em: EntityManager, viewer: Viewer, roadmap: Roadmap): Promise<OwnerTerritory> {
  const territory = await ownerTerritory(
    em,
    {
      level: roadmap.level,
      regionId: roadmap.regionId ?? null,
      municipalityId: roadmap.municipalityId ?? null,
      organizationId: roadmap.organizationId ?? null,
    },
    'id',
  );
  if (!mayEdit(viewer, territory)) throw forbidden(EDIT_REFUSAL);
  return territory;
}
