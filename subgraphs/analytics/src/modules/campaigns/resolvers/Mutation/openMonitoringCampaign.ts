import { runMutation } from '@mentoring/platform/database';
import { conflict } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { campaignToWrite } from '../../campaign-to-write.js';

/** Opening gives every targeted organization of the region its form, in one statement over the published view. */
export const openMonitoringCampaign: NonNullable<MutationResolvers['openMonitoringCampaign']> = (
  _,
  { id, version },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const campaign = await campaignToWrite(tx, context.viewer, id, version);
    if (campaign.status !== 'DRAFT') throw conflict('Мониторинг уже открыт; only a draft campaign is opened.');
    const inserted = await tx.execute<{ id: string }[]>(
      `insert into analytics.campaign_submission (id, campaign_id, organization_id, status, data_origin, version, created_at, updated_at)
       select gen_random_uuid(), ?, t.organization_id, 'NOT_STARTED', 'ENTERED', 1, now(), now()
         from registry_pub.organization_territory t where t.region_code = ? and t.kind in (?)
       returning id`,
      [campaign.id, campaign.regionCode, campaign.targetKinds],
    );
    if (inserted.length === 0)
      throw conflict('В регионе нет организаций этих видов; no organization of the targeted kinds in the region.');
    campaign.status = 'OPEN';
    await tx.flush();
    return campaign;
  });
