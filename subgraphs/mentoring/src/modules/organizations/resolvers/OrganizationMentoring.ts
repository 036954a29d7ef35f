import { findConnection } from '@mentoring/platform/pagination';
import type { OrganizationMentoringResolvers } from '../../../__generated__/types.generated.js';
import { mentorsConnection } from '../../mentors/mentor-search.js';
import { pairsConnection, pairsWhere } from '../../pairs/pair-search.js';
import { ProgrammeSchema } from '../../programmes/programme.entity.js';

export const OrganizationMentoring: OrganizationMentoringResolvers = {
  // The organization's scope was checked by Organization.mentoring, so the pairs are not limited again.
  pairs: (organization, { status, ...page }, { em }) =>
    pairsConnection(em, pairsWhere({ organizationId: organization.id, status }, { kind: 'all' }), page),
  programmes: (organization, page, { em }) =>
    findConnection(em, ProgrammeSchema, { pair: { organizationId: organization.id } }, page, {
      startDate: 'desc',
      id: 'asc',
    }),
  mentors: (organization, page, context) => mentorsConnection(context, { organizationId: organization.id }, page),
};
