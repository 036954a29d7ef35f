import { runMutation } from '@mentoring/platform/database';
import { conflict } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { campaignToWrite } from '../../campaign-to-write.js';

/** Closing ends collection: every write on a form requires an OPEN campaign (submissionToWrite, saveCampaignAnswers). */
export const closeMonitoringCampaign: NonNullable<MutationResolvers['closeMonitoringCampaign']> = (
  _,
  { id, version },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const campaign = await campaignToWrite(tx, context.viewer, id, version);
    if (campaign.status !== 'OPEN')
      throw conflict(
        `Мониторинг «${campaign.title}» ${campaign.status === 'DRAFT' ? 'ещё не открыт' : 'уже завершён'}; only an open campaign is closed.`,
      );
    campaign.status = 'CLOSED';
    await tx.flush();
    return campaign;
  });
