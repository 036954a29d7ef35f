import type { Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { type ConnectionArgs } from '@mentoring/platform/pagination';
import { raw, type FilterQuery } from '@mikro-orm/core';
import type { CampaignLevel, CampaignSubmissionFilter } from '../../__generated__/types.generated.js';
import { MonitoringCampaignSchema, type MonitoringCampaign } from './campaign.entity.js';
import { anchoredConnection } from './cursors.js';
import {
  ACCEPTED_STATUSES,
  CampaignSubmissionSchema,
  EDITABLE_STATUSES,
  type CampaignSubmission,
} from './submission.entity.js';
import { territoryCondition } from '../territories/places.js';

/** Open and closed campaigns for every reader; a draft only for the regional operator of its region. */
export function visibleCampaigns(viewer: Viewer): FilterQuery<MonitoringCampaign> {
  const drafts =
    viewer.role === 'REGIONAL_OPERATOR' && viewer.scope.regionCode ? [{ regionCode: viewer.scope.regionCode }] : [];
  return { $or: [{ status: { $ne: 'DRAFT' } }, ...drafts] };
}

export async function visibleCampaign(
  em: EntityManager,
  viewer: Viewer,
  id: string,
): Promise<MonitoringCampaign | null> {
  return em.findOne(MonitoringCampaignSchema, { $and: [{ id }, visibleCampaigns(viewer)] });
}

/**
 * The forms in the viewer's territory: a semi-join on the registry's published view `organization_territory`
 * (never a list of ids), with the filter's municipality in the same condition.
 */
export function submissionsInTerritory(
  viewer: Viewer,
  campaign: MonitoringCampaign,
  filter: CampaignSubmissionFilter | null | undefined,
): FilterQuery<CampaignSubmission> {
  const scope = territoryCondition(viewer);
  const conditions = [scope.sql];
  const params: unknown[] = [...scope.params];
  if (filter?.municipalityOktmo) {
    conditions.push('t.municipality_oktmo = ?');
    params.push(filter.municipalityOktmo);
  }
  const inTerritory = raw(
    (alias: string) =>
      `exists (select 1 from registry_pub.organization_territory t where t.organization_id = ${alias}.organization_id and ${conditions.join(' and ')})`,
    params,
  );
  return {
    $and: [
      { campaign: campaign.id },
      { [inTerritory]: [] },
      ...(filter?.status ? [{ status: filter.status }] : []),
      ...(filter?.organizationId ? [{ organizationId: filter.organizationId }] : []),
    ],
  };
}

const NOTHING: FilterQuery<CampaignSubmission> = { id: { $in: [] } };

/**
 * Просроченные формы at a level as of a day: the level's deadline has passed by then and the step it owes was not
 * taken by then (judged by the dates of submit and acceptance, and the form's status now).
 */
export function overdueAt(
  campaign: MonitoringCampaign,
  level: CampaignLevel,
  asOf: string,
): FilterQuery<CampaignSubmission> {
  switch (level) {
    case 'ORGANIZATION':
      return asOf > campaign.organizationDeadline
        ? { $or: [{ status: { $in: [...EDITABLE_STATUSES] } }, { submittedOn: { $gt: asOf } }] }
        : NOTHING;
    case 'COORDINATOR':
      return asOf > campaign.coordinatorDeadline
        ? {
            submittedOn: { $lte: asOf },
            $or: [
              { status: 'SUBMITTED' },
              { status: { $in: [...ACCEPTED_STATUSES] }, coordinatorAcceptedOn: { $gt: asOf } },
            ],
          }
        : NOTHING;
    case 'OPERATOR':
      return asOf > campaign.operatorDeadline
        ? {
            coordinatorAcceptedOn: { $lte: asOf },
            $or: [
              { status: 'ACCEPTED_BY_COORDINATOR' },
              { status: 'ACCEPTED_BY_OPERATOR', operatorAcceptedOn: { $gt: asOf } },
            ],
          }
        : NOTHING;
  }
}

/**
 * Forms by organization (the id keeps pages stable); `scope` is every form of the campaign the viewer may list, where
 * an `after` cursor's form must lie (see anchoredConnection).
 */
export const submissionsConnection = (
  em: EntityManager,
  scope: FilterQuery<CampaignSubmission>,
  where: FilterQuery<CampaignSubmission>,
  page: ConnectionArgs,
) =>
  anchoredConnection(em, CampaignSubmissionSchema, 'CampaignSubmission', scope, where, page, {
    organizationId: 'asc',
    id: 'asc',
  });

/** Campaigns the viewer may see, newest reporting period first; an `after` cursor must name one of them. */
export const campaignsConnection = (
  em: EntityManager,
  viewer: Viewer,
  where: FilterQuery<MonitoringCampaign>,
  page: ConnectionArgs,
) => {
  const scope = visibleCampaigns(viewer);
  return anchoredConnection(em, MonitoringCampaignSchema, 'MonitoringCampaign', scope, { $and: [scope, where] }, page, {
    periodEnd: 'desc',
    id: 'asc',
  });
};
