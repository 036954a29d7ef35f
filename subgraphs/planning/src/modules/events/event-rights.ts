import { type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { forbidden, notFound } from '@mentoring/platform/errors';
import type { Event } from './event.entity.js';

/** Where an organization lies, from the registry's published territory view. */
export interface OrganizationPlace {
  organizationId: string;
  municipalityOktmo: string;
  regionCode: string;
}

/** The organization's place, or NOT_FOUND naming the argument: an id the registry does not know. */
export async function organizationPlace(em: EntityManager, id: string, argument: string): Promise<OrganizationPlace> {
  const [row] = await em.execute<{ municipality_oktmo: string; region_code: string }[]>(
    'select municipality_oktmo, region_code from registry_pub.organization_territory where organization_id = ?',
    [id],
  );
  if (!row) throw notFound(`Организация ${id} не найдена; no organization with id ${id}.`, { argument });
  return { organizationId: id, municipalityOktmo: row.municipality_oktmo, regionCode: row.region_code };
}

/** Whether the organization lies in the viewer's territory: the operator's region, the coordinator's municipality, a school's own. */
export function inViewerTerritory(viewer: Viewer, place: OrganizationPlace): boolean {
  const { regionCode, municipalityOktmo, organizationId } = viewer.scope;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR':
      return regionCode !== undefined && place.regionCode === regionCode;
    case 'MUNICIPAL_COORDINATOR':
      return municipalityOktmo !== undefined && place.municipalityOktmo === municipalityOktmo;
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return organizationId !== undefined && place.organizationId === organizationId;
    default:
      return false;
  }
}

/**
 * The territory whose events the viewer keeps: a regional operator the regional events of their region, a municipal
 * coordinator the events of their municipality (which lie in its region). Read from the registry's published view.
 */
export async function keptTerritory(
  em: EntityManager,
  viewer: Viewer,
): Promise<{ regionId: string; municipalityId: string | null }> {
  const { regionCode, municipalityOktmo } = viewer.scope;
  if (viewer.role === 'REGIONAL_OPERATOR' && regionCode) {
    const [row] = await em.execute<{ region_id: string }[]>(
      'select region_id from registry_pub.municipality_territory where region_code = ? limit 1',
      [regionCode],
    );
    if (row) return { regionId: row.region_id, municipalityId: null };
  }
  if (viewer.role === 'MUNICIPAL_COORDINATOR' && municipalityOktmo) {
    const [row] = await em.execute<{ region_id: string; municipality_id: string }[]>(
      'select region_id, municipality_id from registry_pub.municipality_territory where municipality_oktmo = ?',
      [municipalityOktmo],
    );
    if (row) return { regionId: row.region_id, municipalityId: row.municipality_id };
  }
  throw forbidden(
    'Мероприятия ведут региональный оператор (региональные мероприятия своего субъекта РФ) и муниципальный координатор (мероприятия своего муниципального образования); your token names no such territory.',
  );
}

/** Whether the viewer keeps the event (creates it, records attendance): the same territories as keptTerritory. */
export async function keepsEvent(em: EntityManager, viewer: Viewer, event: Event): Promise<boolean> {
  const { regionCode, municipalityOktmo } = viewer.scope;
  const found = async (sql: string, params: string[]) => (await em.execute<unknown[]>(sql, params)).length > 0;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR':
      return (
        event.municipalityId == null &&
        regionCode !== undefined &&
        found('select 1 from registry_pub.municipality_territory where region_id = ? and region_code = ? limit 1', [
          event.regionId,
          regionCode,
        ])
      );
    case 'MUNICIPAL_COORDINATOR':
      return (
        event.municipalityId != null &&
        municipalityOktmo !== undefined &&
        found(
          'select 1 from registry_pub.municipality_territory where municipality_id = ? and municipality_oktmo = ?',
          [event.municipalityId, municipalityOktmo],
        )
      );
    default:
      return false;
  }
}

/** Whether the person works or studies at the organization now, from the registry's published view. */
export async function belongsTo(em: EntityManager, personId: string, organizationId: string): Promise<boolean> {
  const rows = await em.execute<unknown[]>(
    'select 1 from registry_pub.person_territory where person_id = ? and organization_id = ? limit 1',
    [personId, organizationId],
  );
  return rows.length > 0;
}

/** Why an event may not fulfil an item of a roadmap the viewer does not keep (createEvent, updateEvent). */
export const EVENT_ROADMAP_REFUSAL =
  'Мероприятие может выполнять пункт только той дорожной карты, которую вы ведёте (региональной — региональный оператор, муниципальной — муниципальный координатор); this roadmap is outside your territory or level.';
