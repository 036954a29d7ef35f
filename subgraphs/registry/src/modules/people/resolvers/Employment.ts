import { present } from '@mentoring/platform/graphql';
import type { EmploymentResolvers } from '../../../__generated__/types.generated.js';

export const Employment: EmploymentResolvers = {
  organization: async (employment, _, { loaders }) =>
    present(
      await loaders.organizationById.load(employment.organization.id),
      `organization of employment ${employment.id}`,
    ),
};
