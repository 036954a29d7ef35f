import { type EntityManager } from '@mentoring/platform/database';
import { forbidden, notFound } from '@mentoring/platform/errors';
import type { Context } from '../../context.js';
import { RoadmapItemSchema, type RoadmapItem } from './roadmap-item.entity.js';
import type { Roadmap } from './roadmap.entity.js';

/**
 * Whether the roadmap lies in the viewer's territory at the viewer's level,
 * read from the registry's published territory view: a regional operator
 * keeps the regional roadmaps of their region, a municipal coordinator the
 * municipal roadmaps of their municipality.
 */
export async function mayRecord(
  em: EntityManager,
  { viewer }: Pick<Context, 'viewer'>,
  roadmap: Roadmap,
): Promise<boolean> {
  const territory = async (sql: string, id: string | null | undefined, code: string | undefined) =>
    Boolean(id && code) &&
    (await em.execute<unknown[]>(`select 1 from registry_pub.organization_territory where ${sql} limit 1`, [id, code]))
      .length > 0;
  switch (viewer.role) {
    case 'REGIONAL_OPERATOR':
      return (
        roadmap.level === 'REGION' &&
        territory('region_id = ? and region_code = ?', roadmap.regionId, viewer.scope.regionCode)
      );
    case 'MUNICIPAL_COORDINATOR':
      return (
        roadmap.level === 'MUNICIPALITY' &&
        territory(
          'municipality_id = ? and municipality_oktmo = ?',
          roadmap.municipalityId,
          viewer.scope.municipalityOktmo,
        )
      );
    default:
      return false;
  }
}

/** The item with its roadmap; unknown ids are NOT_FOUND, roadmaps outside the viewer's territory or level FORBIDDEN. */
export async function itemToWrite(em: EntityManager, context: Context, itemId: string): Promise<RoadmapItem> {
  const item = await em.findOne(RoadmapItemSchema, { id: itemId }, { populate: ['roadmap'] });
  if (!item)
    throw notFound(`Мероприятие дорожной карты ${itemId} не найдено; no roadmap item with id ${itemId}.`, {
      argument: 'itemId',
    });
  if (!(await mayRecord(em, context, item.roadmap))) {
    throw forbidden(
      'Отметки о выполнении вносит региональный оператор — в региональные дорожные карты своего субъекта РФ, муниципальный координатор — в муниципальные дорожные карты своего муниципального образования; this roadmap is outside your territory or level.',
    );
  }
  return item;
}
