import type { Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { notFound } from '@mentoring/platform/errors';
import type { MonitoringCampaign } from './campaign.entity.js';
import { visibleCampaign } from './search.js';

/** A campaign the viewer may read, else NOT_FOUND (another region's draft is answered as absent). */
export async function campaignToRead(em: EntityManager, viewer: Viewer, id: string): Promise<MonitoringCampaign> {
  const campaign = await visibleCampaign(em, viewer, id);
  if (!campaign) throw notFound(`Мониторинг ${id} не найден; no monitoring campaign with id ${id}.`);
  return campaign;
}
