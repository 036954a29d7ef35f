import { type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { forbidden, notFound } from '@mentoring/platform/errors';
import type { Context } from '../../context.js';
import { RoadmapItemSchema, type RoadmapItem } from './roadmap-item.entity.js';
import type { Roadmap } from './roadmap.entity.js';

/** The registry id of the territory whose roadmaps the viewer records on, or null when the token names none. */
export async function recordingTerritory(em: EntityManager, viewer: Viewer): Promise<string | null> {
  const { regionCode, municipalityOktmo, organizationId } = viewer.scope;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR': {
      if (!regionCode) return null;
      const [row] = await em.execute<{ region_id: string }[]>(
        'select region_id from registry_pub.municipality_territory where region_code = ? limit 1',
        [regionCode],
      );
      return row?.region_id ?? null;
    }
    case 'MUNICIPAL_COORDINATOR': {
      if (!municipalityOktmo) return null;
      const [row] = await em.execute<{ municipality_id: string }[]>(
        'select municipality_id from registry_pub.municipality_territory where municipality_oktmo = ?',
        [municipalityOktmo],
      );
      return row?.municipality_id ?? null;
    }
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return organizationId ?? null;
    default:
      return null;
  }
}

/**
 * Whether the roadmap lies in the viewer's territory at the viewer's level (the territory read by recordingTerritory
 * from the registry's published views): a regional operator keeps the regional roadmaps of their region, a municipal
 * coordinator the municipal roadmaps of their municipality, a school's head or curator their organization's roadmaps.
 * (Editing reaches further down: roadmap-rights.ts.)
 */
export function mayRecordIn(territoryId: string | null, viewer: Viewer, roadmap: Roadmap): boolean {
  if (territoryId === null) return false;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR':
      return roadmap.level === 'REGION' && roadmap.regionId === territoryId;
    case 'MUNICIPAL_COORDINATOR':
      return roadmap.level === 'MUNICIPALITY' && roadmap.municipalityId === territoryId;
    case 'SCHOOL_CURATOR':
    case 'SCHOOL_HEAD':
      return roadmap.level === 'ORGANIZATION' && roadmap.organizationId === territoryId;
    default:
      return false;
  }
}

/** Whether the viewer records completions on the roadmap (and links events to its items). */
export async function mayRecord(
  em: EntityManager,
  { viewer }: Pick<Context, 'viewer'>,
  roadmap: Roadmap,
): Promise<boolean> {
  return mayRecordIn(await recordingTerritory(em, viewer), viewer, roadmap);
}

const RECORDING_REFUSAL =
  'Отметки о выполнении вносит региональный оператор — в региональные дорожные карты своего субъекта РФ, муниципальный координатор — в муниципальные дорожные карты своего муниципального образования, руководитель или куратор ОО — в дорожные карты своей организации; this roadmap is outside your territory or level.';

/**
 * The item with its roadmap, for a write that rests on it (a completion record, an event or an obligation that fulfils
 * it): unknown ids are NOT_FOUND naming the argument, roadmaps outside the viewer's territory or level FORBIDDEN with
 * the refusal given.
 */
export async function itemToWrite(
  em: EntityManager,
  context: Pick<Context, 'viewer'>,
  itemId: string,
  { argument = 'itemId', refusal = RECORDING_REFUSAL }: { argument?: string; refusal?: string } = {},
): Promise<RoadmapItem> {
  const item = await em.findOne(RoadmapItemSchema, { id: itemId }, { populate: ['roadmap'] });
  if (!item)
    throw notFound(`Мероприятие дорожной карты ${itemId} не найдено; no roadmap item with id ${itemId}.`, { argument });
  if (!(await mayRecord(em, context, item.roadmap))) throw forbidden(refusal);
  return item;
}
