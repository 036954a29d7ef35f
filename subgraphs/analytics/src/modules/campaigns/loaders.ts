import { type EntityManager } from '@mentoring/platform/database';
import { groupedLoader, uniqueLoader } from '@mentoring/platform/loaders';
import DataLoader from 'dataloader';
import { CampaignAnswerSchema } from './answer.entity.js';
import { MonitoringCampaignSchema } from './campaign.entity.js';
import { CampaignQuestionSchema } from './question.entity.js';
import type { OrganizationTerritory } from './territory.js';

/** Per request: the campaign, questions, answers and territories of N forms cost one statement each. */
export function createCampaignLoaders(em: EntityManager) {
  return {
    campaignById: uniqueLoader(em, MonitoringCampaignSchema, 'id'),
    questionById: uniqueLoader(em, CampaignQuestionSchema, 'id'),
    questionsByCampaign: groupedLoader(em, CampaignQuestionSchema, 'campaign', { orderBy: { position: 'asc' } }),
    answersBySubmission: groupedLoader(em, CampaignAnswerSchema, 'submission'),
    /** The organization's municipality and region, from the registry's published view. */
    territoryByOrganization: new DataLoader<string, OrganizationTerritory | null>(async (ids) => {
      const rows = await em.execute<OrganizationTerritory[]>(
        'select organization_id, municipality_id, municipality_oktmo, region_id, region_code from registry_pub.organization_territory where organization_id in (?)',
        [[...ids]],
      );
      const byId = new Map(rows.map((row) => [row.organization_id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type CampaignLoaders = ReturnType<typeof createCampaignLoaders>;
