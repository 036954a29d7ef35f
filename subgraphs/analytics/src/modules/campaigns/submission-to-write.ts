import { assertVersion, type EntityManager } from '@mentoring/platform/database';
import { conflict, notFound } from '@mentoring/platform/errors';
import type { Context } from '../../context.js';
import { MonitoringCampaignSchema, type MonitoringCampaign } from './campaign.entity.js';
import { CampaignSubmissionSchema, type CampaignSubmission } from './submission.entity.js';
import { assertOrganizationInTerritory } from './territory.js';

/** A form to change: it exists, its organization lies in the viewer's territory, its campaign is open. */
export async function submissionToWrite(
  context: Context,
  tx: EntityManager,
  id: string,
  version: number | null,
): Promise<{ submission: CampaignSubmission; campaign: MonitoringCampaign }> {
  const submission = await tx.findOne(CampaignSubmissionSchema, { id });
  if (!submission) throw notFound(`Форма ${id} не найдена; no submission with id ${id}.`);
  await assertOrganizationInTerritory(tx, context.viewer, submission.organizationId);
  if (version !== null) assertVersion(submission, version, 'Форма');
  const campaign = await tx.findOneOrFail(MonitoringCampaignSchema, { id: submission.campaign.id });
  assertOpen(campaign);
  return { submission, campaign };
}

export function assertOpen(campaign: MonitoringCampaign): void {
  if (campaign.status !== 'OPEN')
    throw conflict(
      `Мониторинг «${campaign.title}» ${campaign.status === 'DRAFT' ? 'ещё не открыт' : 'завершён'}; the campaign is not open.`,
    );
}
