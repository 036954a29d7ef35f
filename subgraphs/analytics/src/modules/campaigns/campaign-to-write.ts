import type { Viewer } from '@mentoring/platform/auth';
import { assertVersion, type EntityManager } from '@mentoring/platform/database';
import { forbidden, notFound } from '@mentoring/platform/errors';
import { MonitoringCampaignSchema, type MonitoringCampaign } from './campaign.entity.js';

/**
 * A campaign the regional operator changes (opens, closes): one of their region, at the version they read. Another
 * region's draft is answered as absent, as reads answer it (NOT_FOUND); another region's open or closed campaign, which
 * everyone reads, is FORBIDDEN.
 */
export async function campaignToWrite(
  tx: EntityManager,
  viewer: Viewer,
  id: string,
  version: number,
): Promise<MonitoringCampaign> {
  const campaign = await tx.findOne(MonitoringCampaignSchema, { id });
  const { regionCode } = viewer.scope;
  if (!campaign || (campaign.status === 'DRAFT' && campaign.regionCode !== regionCode))
    throw notFound(`Мониторинг ${id} не найден; no monitoring campaign with id ${id}.`);
  if (campaign.regionCode !== regionCode)
    throw forbidden('Мониторинг другого региона; the campaign belongs to another region.');
  assertVersion(campaign, version, 'Мониторинг');
  return campaign;
}
