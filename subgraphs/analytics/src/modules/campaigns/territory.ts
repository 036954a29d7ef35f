import type { Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { forbidden, notFound } from '@mentoring/platform/errors';
import { placesOf, withinWorkingTerritory, type TerritoryPlace } from '../territories/places.js';

/** Refuses a write about an organization outside the viewer's working territory (see withinWorkingTerritory). */
export async function assertOrganizationInTerritory(
  em: EntityManager,
  viewer: Viewer,
  organizationId: string,
): Promise<TerritoryPlace> {
  const territory = (await placesOf(em, 'ORGANIZATION', [organizationId])).get(organizationId);
  if (!territory)
    throw notFound(`Организация ${organizationId} не найдена; no organization with id ${organizationId}.`);
  if (!withinWorkingTerritory(viewer, territory))
    throw forbidden('Эта организация вне вашей территории; this organization is outside your territory.');
  return territory;
}
